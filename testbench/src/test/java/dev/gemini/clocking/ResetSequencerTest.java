package dev.gemini.clocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Both CPU resets are released on one reference cycle, whatever the start-up skew and link latency. */
class ResetSequencerTest {

  private static IntPredicate from(int cycle) {
    return t -> t >= cycle;
  }

  @Test
  void theMasterPicksACycleMarginAheadAndBothReleaseOnIt() {
    try (ResetPair pair = new ResetPair()) {
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
  void aPartnerThatLocksLateHoldsBackTheRelease() {
    try (ResetPair pair = new ResetPair()) {
      pair.run(new int[] {0, 40}, new IntPredicate[] {from(5), from(900)}, new int[] {1, 1}, 3000);
      assertEquals(pair.released[0], pair.released[1]);
      assertTrue(pair.released[0] > 900 + ResetPair.MARGIN, "released at " + pair.released[0]);
    }
  }

  @Test
  void randomSkewsAndLatenciesAlwaysReleaseOnTheSameCycle() {
    Random random = new Random(6);
    try (ResetPair pair = new ResetPair()) {
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
}
