package dev.gemini.formal;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.clocking.ResetSequencer;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.formal.Formal;
import dev.hdl.formal.Proof;
import org.junit.jupiter.api.Test;

/**
 * Both GEs' reset sequencers, joined by a cross-link of one cycle each way and sampling the same
 * sysref, release their CPUs on the same cycle whatever the lock and sysref inputs do.
 */
class ResetSequencerProofTest {
  /** A small sequencer, so that a release falls within a bound the solver reaches in seconds. */
  static final int COUNTER_BITS = 5;
  static final int MARGIN = 6;

  static final class Pair extends Component {
    final Bool locked0 = input(bool());
    final Bool locked1 = input(bool());
    final Bool sysref = input(bool());

    Pair() {
      ResetSequencer m0 = instance(() -> new ResetSequencer(COUNTER_BITS, MARGIN));
      ResetSequencer m1 = instance(() -> new ResetSequencer(COUNTER_BITS, MARGIN));
      m0.moduleId.assign(false);
      m1.moduleId.assign(true);
      m0.locked.assign(locked0);
      m1.locked.assign(locked1);
      m0.sysref.assign(sysref);
      m1.sysref.assign(sysref);
      m0.linkInKind.assign(link(m1.linkOutKind));
      m0.linkInCycle.assign(link(m1.linkOutCycle));
      m1.linkInKind.assign(link(m0.linkOutKind));
      m1.linkInCycle.assign(link(m0.linkOutCycle));

      // The board's sysref has the count's period: after the first, a pulse finds the count wrapping.
      Bool seen = reg(bool(), false);
      when(sysref, () -> seen.assign(true));
      assume(sysref.not().or(seen.not()).or(m0.count.eq((1 << COUNTER_BITS) - 1)),
          "sysref repeats with the count's period");

      assertThat(m0.count.eq(m1.count), "both counts agree");
      assertThat(m0.cpuReset.eq(m1.cpuReset), "both CPUs leave reset on the same cycle");
      assertThat(m0.compareStart.eq(m1.compareStart), "both start comparing on the same cycle");
      cover(m0.cpuReset.not(), "the CPUs leave reset");
    }
  }

  /** One cycle of cross-link, whose sender is reset with its GE: nothing arrives from before the reset. */
  static UInt link(UInt sent) {
    UInt arriving = reg(uint(sent.width()), 0);
    arriving.assign(sent);
    return arriving;
  }

  @Test
  void bothModulesReleaseOnTheSameCycle() {
    Proof proof = Figures.report("reset_release_agreement", Formal.prove(Elaboration.elaborate(Pair::new), 40));
    assertEquals(40, proof.depth());
  }

  @Test
  void theReleaseIsReachedWithinTheBound() {
    Formal.cover(Elaboration.elaborate(Pair::new), 40);
  }
}
