package dev.gemini.testbench;

import dev.gemini.lockstep.InboundEvent;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;

/** An inbound-event bundle of a simulated design, read and written as an {@link Event}. */
public record EventPort(SimSignal valid, SimSignal kind, SimSignal tag, SimSignal status, SimSignal address,
    SimSignal data) {
  public static EventPort of(Simulation sim, InboundEvent e) {
    return new EventPort(sim.signal(e.valid()), sim.signal(e.kind()), sim.signal(e.tag()), sim.signal(e.status()),
        sim.signal(e.address()), sim.signal(e.data()));
  }

  public void poke(Event e) {
    valid.set(e.valid() ? 1 : 0);
    kind.set(e.kind());
    tag.set(e.tag());
    status.set(e.status());
    address.set(e.address());
    data.set(new BigInteger(Long.toUnsignedString(e.data())));
  }

  public Event peek() {
    return new Event(valid.get() != 0, (int) kind.get(), (int) tag.get(), (int) status.get(), address.get(),
        data.get());
  }
}
