package dev.gemini.testbench;

import dev.gemini.lockstep.Transaction;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;

/** A transaction bundle of a simulated design, read and written as a {@link Txn}. */
public record TxnPort(SimSignal valid, SimSignal kind, SimSignal tag, SimSignal address, SimSignal byteEnables,
    SimSignal data) {
  public static TxnPort of(Simulation sim, Transaction t) {
    return new TxnPort(sim.signal(t.valid()), sim.signal(t.kind()), sim.signal(t.tag()), sim.signal(t.address()),
        sim.signal(t.byteEnables()), sim.signal(t.data()));
  }

  public void poke(Txn t) {
    valid.set(t.valid() ? 1 : 0);
    kind.set(t.kind());
    tag.set(t.tag());
    address.set(t.address());
    byteEnables.set(t.byteEnables());
    data.set(new BigInteger(Long.toUnsignedString(t.data())));
  }

  public Txn peek() {
    return new Txn(valid.get() != 0, (int) kind.get(), (int) tag.get(), address.get(), (int) byteEnables.get(),
        data.get());
  }
}
