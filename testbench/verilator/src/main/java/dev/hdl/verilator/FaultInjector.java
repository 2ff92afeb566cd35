package dev.hdl.verilator;

import dev.hdl.sim.Fault;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Faults waiting for their cycle, applied between runs of the model by writing its storage.
 * Stuck-at bits are handed to the native loop, which holds them after every evaluation, so a
 * fault lasting many cycles does not split a batched run.
 */
final class FaultInjector {
  /** Where a fault lands: the bytes of one register or memory word. */
  record Site(ByteBuffer data, int offset, int width) {}

  /** Holds ({@code on}) or releases bits of one byte of storage in the native loop. */
  interface Forcing {
    void force(ByteBuffer data, int offset, int mask, int value, boolean on);
  }

  private record Action(long at, long order, Runnable apply) {}

  private final PriorityQueue<Action> pending = new PriorityQueue<>((a, b) -> a.at != b.at
      ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
  private final Forcing forcing;
  private long scheduled;

  FaultInjector(Forcing forcing) {
    this.forcing = forcing;
  }

  void schedule(Fault fault, Site site) {
    int offset = site.offset() + fault.bit() / 8;
    int mask = 1 << (fault.bit() % 8);
    ByteBuffer data = site.data();
    switch (fault) {
      case Fault.BitFlip f -> add(f.cycle(), () -> data.put(offset, (byte) (data.get(offset) ^ mask)));
      case Fault.StuckAt s -> {
        int value = s.value() ? mask : 0;
        add(s.cycle(), () -> forcing.force(data, offset, mask, value, true));
        if (s.cycles() != Long.MAX_VALUE) {
          // Released at the start of its last cycle: the bit stays as held until the edge ending
          // that cycle, where the logic writes the register again.
          add(s.cycle() + Math.max(s.cycles(), 1) - 1, () -> forcing.force(data, offset, mask, value, false));
        }
      }
      case Fault.Glitch g -> add(g.cycle(), () -> {
        data.put(offset, (byte) (data.get(offset) ^ mask));
        byte[] glitched = snapshot(site);
        // Its readers saw the inverted bit for one cycle. A register that kept the glitched
        // value through the edge was not written, so it gets its own bit back; one that was
        // written keeps what its logic computed.
        add(g.cycle() + 1, () -> {
          if (Arrays.equals(glitched, snapshot(site))) {
            data.put(offset, (byte) (data.get(offset) ^ mask));
          }
        });
      });
    }
  }

  private static byte[] snapshot(Site site) {
    byte[] bytes = new byte[(site.width() + 7) / 8];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = site.data().get(site.offset() + i);
    }
    return bytes;
  }

  private void add(long at, Runnable apply) {
    pending.add(new Action(at, scheduled++, apply));
  }

  /** The cycle of the next pending action, or {@link Long#MAX_VALUE}. */
  long nextAt() {
    Action next = pending.peek();
    return next == null ? Long.MAX_VALUE : next.at;
  }

  /** Applies every action due at or before {@code cycle}; true when there was one. */
  boolean applyDue(long cycle) {
    boolean any = false;
    while (!pending.isEmpty() && pending.peek().at <= cycle) {
      pending.poll().apply.run();
      any = true;
    }
    return any;
  }
}
