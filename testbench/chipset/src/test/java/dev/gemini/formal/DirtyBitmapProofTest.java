package dev.gemini.formal;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.datamover.DirtyBitmap;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.Vec;
import dev.hdl.formal.Formal;
import dev.hdl.formal.Proof;
import org.junit.jupiter.api.Test;

/**
 * No snooped write is missed: a page written since its copy cleared it is dirty, and a page is
 * dirty only if written (or marked for a retry, or all were) since. Shown for any one page, which
 * the scan, started at that page, reads back.
 */
class DirtyBitmapProofTest {
  /** The GE's 256 pages (GeminiEngine.Config.DEFAULT), in four words: the word selection is part of the proof. */
  static final int PAGE_BITS = 8;

  static final class Watched extends Component {
    final Bool markValid = input(bool());
    final UInt markPage = input(uint(PAGE_BITS));
    final Vec<Bool> retryValid = input(vec(DirtyBitmap.RETRY_PORTS, bool()));
    final Vec<UInt> retryPage = input(vec(DirtyBitmap.RETRY_PORTS, uint(PAGE_BITS)));
    final Bool clearValid = input(bool());
    final UInt clearPage = input(uint(PAGE_BITS));
    final Bool setAll = input(bool());
    /** The page the proof follows: any one, the same in every cycle. */
    final UInt page = input(uint(PAGE_BITS));

    Watched() {
      DirtyBitmap bitmap = instance(() -> new DirtyBitmap(PAGE_BITS));
      bitmap.markValid.assign(markValid);
      bitmap.markPage.assign(markPage);
      connect(bitmap.retryValid, retryValid);
      connect(bitmap.retryPage, retryPage);
      bitmap.clearValid.assign(clearValid);
      bitmap.clearPage.assign(clearPage);
      bitmap.setAll.assign(setAll);
      bitmap.from.assign(page.extend(PAGE_BITS + 1));

      Bool started = reg(bool(), false);
      started.assign(true);
      UInt pageBefore = regNext(page);
      assume(started.not().or(page.eq(pageBefore)), "the watched page stays the same");

      Bool marked = markValid.and(markPage.eq(page));
      for (int r = 0; r < DirtyBitmap.RETRY_PORTS; r++) {
        marked = marked.or(retryValid.get(r).and(retryPage.get(r).eq(page)));
      }
      Bool written = reg(bool(), false);
      written.assign(setAll.or(marked).or(written.and(clearValid.and(clearPage.eq(page)).not())));
      Bool dirty = bitmap.found.and(bitmap.foundPage.eq(page));
      assertThat(written.eq(dirty), "the page is dirty exactly when written since its last clear");
    }
  }

  @Test
  void noSnoopedWriteIsMissed() {
    Proof proof = Figures.report("dirty_bitmap", Formal.prove(Elaboration.elaborate(Watched::new), 2));
    assertTrue(proof.proved(), proof::toString);
  }
}
