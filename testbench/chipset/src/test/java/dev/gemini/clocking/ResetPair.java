package dev.gemini.clocking;

import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import java.util.function.IntPredicate;

/**
 * Two reset sequencers, master and partner, joined by a link with its own latency each way, that
 * come out of power-on reset and lock on cycles of their own. Cycles are of the shared reference
 * clock; sysref pulses on both every {@code 2^counterBits} cycles.
 */
public final class ResetPair implements AutoCloseable {
  public static final int COUNTER_BITS = 8;
  public static final int MAX_LATENCY = 32;
  public static final int MARGIN = 2 * MAX_LATENCY + 8;
  private static final Elaborated<ResetSequencer> ELABORATED =
      Elaboration.elaborateTop(() -> new ResetSequencer(COUNTER_BITS, MARGIN));
  private static final ResetSequencer SEQUENCER = ELABORATED.top();
  private static final int RING = 64;

  private final Simulation[] sim = new Simulation[2];
  /** Cycle each module's CPU reset was released, and compare started; -1 if not yet. */
  public final long[] released = new long[2];
  public final long[] compared = new long[2];

  public ResetPair(Simulator simulator) {
    for (int m = 0; m < 2; m++) {
      sim[m] = simulator.open(ELABORATED.design(), SimOptions.defaults());
    }
  }

  /**
   * Runs from power-on: module m is held in power-on reset up to cycle {@code start[m]}, is locked from
   * {@code lockedFrom} (a test on the cycle, so the aligner's lock can come and go), and its link
   * messages reach the other {@code latency[m]} cycles after it sends them. Returns the cycles run.
   */
  public long run(int[] start, IntPredicate[] lockedFrom, int[] latency, int maxCycles) {
    int[][] kind = new int[2][RING];
    long[][] value = new long[2][RING];
    for (int m = 0; m < 2; m++) {
      released[m] = -1;
      compared[m] = -1;
      sim[m].poke(SEQUENCER.moduleId, m);
    }
    for (int t = 0; t < maxCycles; t++) {
      for (int m = 0; m < 2; m++) {
        Simulation s = sim[m];
        int other = 1 - m;
        s.poke(SEQUENCER.sysref, t % (1 << COUNTER_BITS) == 0 ? 1 : 0);
        s.poke(SEQUENCER.locked, lockedFrom[m].test(t) ? 1 : 0);
        s.poke(SEQUENCER.linkInKind, kind[other][t % RING]);
        s.poke(SEQUENCER.linkInCycle, value[other][t % RING]);
        kind[other][t % RING] = 0;
        if (t <= start[m]) {
          s.reset(1);
          continue;
        }
        s.step();
        int arrives = (t + 1 + latency[m]) % RING;
        kind[m][arrives] = (int) s.peek(SEQUENCER.linkOutKind);
        value[m][arrives] = s.peek(SEQUENCER.linkOutCycle);
        if (released[m] < 0 && s.peek(SEQUENCER.cpuReset) == 0) {
          released[m] = t;
        }
        if (compared[m] < 0 && s.peek(SEQUENCER.compareStart) == 1) {
          compared[m] = t;
        }
      }
      if (compared[0] >= 0 && compared[1] >= 0) {
        return t + 1;
      }
    }
    return maxCycles;
  }

  public Simulation module(int m) {
    return sim[m];
  }

  @Override
  public void close() {
    sim[0].close();
    sim[1].close();
  }
}
