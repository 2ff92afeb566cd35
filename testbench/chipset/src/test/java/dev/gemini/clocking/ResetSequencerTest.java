package dev.gemini.clocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.testbench.PhasePlant;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Both CPU resets are released on one reference cycle, whatever the start-up skew and link latency. */
@ExtendWith(SimulationExtension.class)
class ResetSequencerTest {

  private static IntPredicate from(int cycle) {
    return t -> t >= cycle;
  }

  @Test
  void theMasterPicksACycleMarginAheadAndBothReleaseOnIt(TestSimulator simulator) {
    try (ResetPair pair = new ResetPair(simulator)) {
      // Both out of reset at once, locked at 10, sysref at 256: master ready at 256, sees READY
      // from the partner 5 cycles after it was sent.
      pair.run(new int[] {0, 0}, new IntPredicate[] {from(10), from(10)}, new int[] {3, 5}, 2000);
      assertEquals(pair.released[0], pair.released[1]);
      assertEquals(pair.compared[0], pair.compared[1]);
      assertEquals(ResetSequencer.COMPARE_DELAY, pair.compared[0] - pair.released[0]);
      // Ready at 257 (sysref seen at 256), READY arrives 256 + 1 + 5 and is registered a cycle
      // later; the count then reads 7 and the release is MARGIN ahead of it.
      long armedAt = 256 + 1 + 5 + 1;
      assertEquals(armedAt + ResetPair.MARGIN, pair.released[0]);
    }
  }

  @Test
  void aPartnerThatLocksLateHoldsBackTheRelease(TestSimulator simulator) {
    try (ResetPair pair = new ResetPair(simulator)) {
      pair.run(new int[] {0, 40}, new IntPredicate[] {from(5), from(900)}, new int[] {1, 1}, 3000);
      assertEquals(pair.released[0], pair.released[1]);
      assertTrue(pair.released[0] > 900 + ResetPair.MARGIN, "released at " + pair.released[0]);
    }
  }

  @Test
  void randomSkewsAndLatenciesAlwaysReleaseOnTheSameCycle(TestSimulator simulator) {
    Random random = new Random(6);
    try (ResetPair pair = new ResetPair(simulator)) {
      for (int run = 0; run < 300; run++) {
        int[] start = {random.nextInt(300), random.nextInt(300)};
        IntPredicate[] locked = {from(random.nextInt(700)), from(random.nextInt(700))};
        int[] latency = {1 + random.nextInt(ResetPair.MAX_LATENCY), 1 + random.nextInt(ResetPair.MAX_LATENCY)};
        pair.run(start, locked, latency, 3000);
        assertTrue(pair.released[0] >= 0, "run " + run + " released");
        assertEquals(pair.released[0], pair.released[1], "run " + run);
        assertEquals(pair.released[0] + ResetSequencer.COMPARE_DELAY, pair.compared[1], "run " + run);
      }
    }
  }

  @Test
  void alignersClosingTheirLoopsFromRandomSkewsGateTheRelease(TestSimulator simulator) {
    Random random = new Random(7);
    try (ResetPair pair = new ResetPair(simulator)) {
      for (int run = 0; run < 4; run++) {
        Simulation[] aligner = {PhaseAlignerTest.open(simulator), PhaseAlignerTest.open(simulator)};
        PhasePlant[] plant = new PhasePlant[2];
        long[] lockedAt = new long[2];
        IntPredicate[] locked = new IntPredicate[2];
        for (int m = 0; m < 2; m++) {
          int module = m;
          plant[m] = PhaseAlignerTest.plant(random.nextDouble() * 6400, random.nextLong());
          lockedAt[m] = -1;
          // Called once a cycle per module: one cycle of that module's phase loop.
          locked[m] = t -> {
            plant[module].cycle(aligner[module], PhaseAlignerTest.ALIGNER);
            boolean in = aligner[module].peek(PhaseAlignerTest.ALIGNER.locked) == 1;
            if (in && lockedAt[module] < 0) {
              lockedAt[module] = t;
            }
            return in;
          };
        }
        int[] latency = {1 + random.nextInt(ResetPair.MAX_LATENCY), 1 + random.nextInt(ResetPair.MAX_LATENCY)};
        pair.run(new int[] {random.nextInt(100), random.nextInt(100)}, locked, latency, 5000);
        assertTrue(lockedAt[0] > 0 && lockedAt[1] > 0, "both locked");
        assertTrue(pair.released[0] > Math.max(lockedAt[0], lockedAt[1]) + ResetPair.MARGIN - 1,
            "released at " + pair.released[0] + " after locks at " + lockedAt[0] + ", " + lockedAt[1]);
        assertEquals(pair.released[0], pair.released[1], "run " + run);
        for (int m = 0; m < 2; m++) {
          assertTrue(plant[m].residualTaps((int) aligner[m].peek(PhaseAlignerTest.ALIGNER.tap)) <= 1);
          aligner[m].close();
        }
      }
    }
  }
}
