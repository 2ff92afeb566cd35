package dev.gemini.datamover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dirty bitmap against a set of pages: marks, retries, clears and set-all drawn from the seed,
 * and after every cycle the count of dirty pages, the scan's answer from a random start, and
 * whether a mark found its page clean.
 */
@ExtendWith(SimulationExtension.class)
class DirtyBitmapTest {
  private static final int PAGE_BITS = 8;
  private static final int PAGES = 1 << PAGE_BITS;
  private static final Elaborated<DirtyBitmap> ELABORATED = Elaboration.elaborateTop(() -> new DirtyBitmap(PAGE_BITS));
  private static final DirtyBitmap BITMAP = ELABORATED.top();

  @Test
  void countScanAndFreshMarksFollowASetOfPages(TestSimulator simulator) {
    Random random = simulator.random();
    BitSet dirty = new BitSet(PAGES);
    try (Simulation sim = simulator.open(ELABORATED.design())) {
      sim.reset(1);
      for (int n = 0; n < 3000; n++) {
        // Pages from a narrow window now and then, so marks, clears and retries meet on one page.
        int window = random.nextInt(4) == 0 ? 4 : PAGES;
        boolean mark = random.nextInt(2) == 0;
        int markPage = random.nextInt(window);
        boolean clear = random.nextInt(3) == 0;
        int clearPage = random.nextInt(window);
        boolean setAll = random.nextInt(400) == 0;
        int from = random.nextInt(PAGES + 1);
        sim.poke(BITMAP.markValid, mark ? 1 : 0);
        sim.poke(BITMAP.markPage, markPage);
        sim.poke(BITMAP.clearValid, clear ? 1 : 0);
        sim.poke(BITMAP.clearPage, clearPage);
        sim.poke(BITMAP.setAll, setAll ? 1 : 0);
        sim.poke(BITMAP.from, from);
        int[] retries = new int[DirtyBitmap.RETRY_PORTS];
        boolean[] retrying = new boolean[DirtyBitmap.RETRY_PORTS];
        for (int r = 0; r < retries.length; r++) {
          retrying[r] = random.nextInt(8) == 0;
          retries[r] = random.nextInt(window);
          sim.poke(BITMAP.retryValid.get(r), retrying[r] ? 1 : 0);
          sim.poke(BITMAP.retryPage.get(r), retries[r]);
        }
        String at = "cycle " + n;
        int lowest = from < PAGES ? dirty.nextSetBit(from) : -1;
        assertEquals(lowest >= 0 ? 1 : 0, sim.peek(BITMAP.found), "found from " + from + " at " + at);
        if (lowest >= 0) {
          assertEquals(lowest, sim.peek(BITMAP.foundPage), "lowest dirty page from " + from + " at " + at);
        }
        boolean fresh = !dirty.get(markPage) || (clear && clearPage == markPage);
        assertEquals(fresh ? 1 : 0, sim.peek(BITMAP.markFresh), "page " + markPage + " fresh at " + at);
        sim.step();
        if (setAll) {
          dirty.set(0, PAGES);
        } else {
          if (clear) {
            dirty.clear(clearPage);
          }
          if (mark) {
            dirty.set(markPage);
          }
          for (int r = 0; r < retries.length; r++) {
            if (retrying[r]) {
              dirty.set(retries[r]);
            }
          }
        }
        assertEquals(dirty.cardinality(), sim.peek(BITMAP.dirtyPages), "dirty pages after " + at);
      }
    }
  }
}
