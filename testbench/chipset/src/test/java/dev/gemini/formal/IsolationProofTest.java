package dev.gemini.formal;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.isolation.IsolationController;
import dev.gemini.isolation.LeakyBucket;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.registers.RegisterMap;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.HwEnum;
import dev.hdl.UInt;
import dev.hdl.Vec;
import dev.hdl.formal.Formal;
import dev.hdl.formal.Proof;
import org.junit.jupiter.api.Test;

/** The isolation controller's decisions: E5, and both GEs' copies deciding alike. */
class IsolationProofTest {
  /** The inputs both GEs' controllers see alike: error reports, commands, settings. */
  abstract static class Inputs extends Component {
    final UInt errors0 = input(uint(6));
    final UInt errors1 = input(uint(6));
    final Bool headMismatch = input(bool());
    final Bool commandValid = input(bool());
    final Bool resyncDone = input(bool());
    final RegisterMap.Command command = input(RegisterMap.COMMAND.type());
    final UInt capacity = input(uint(LeakyBucket.LEVEL_BITS));
    final UInt period = input(uint(32));
    final Bool rankM1First = input(bool());
    final Bool partnerFresh = input(bool());
    final Bool partnerPresent = input(bool());

    /** A controller fed these inputs, with the link up. */
    IsolationController controller(boolean moduleId) {
      IsolationController c = instance(IsolationController::new);
      c.errors0.assign(errors0);
      c.errors1.assign(errors1);
      c.headMismatch.assign(headMismatch);
      c.commandValid.assign(commandValid);
      c.resyncDone.assign(resyncDone);
      connect(c.command, command);
      c.capacity.assign(capacity);
      c.period.assign(period);
      c.rankM1First.assign(rankM1First);
      c.linkLost.assign(false);
      c.partnerFresh.assign(partnerFresh);
      c.partnerPresent.assign(partnerPresent);
      c.moduleId.assign(moduleId);
      return c;
    }
  }

  /**
   * E5 while the link is up: of each kind, CPU and IO, one subsystem is always not offline, and
   * one that is the last online is never taken offline. (A lost link takes the partner's
   * subsystems out of this GE's view: that is the partner gone, not a decision.)
   */
  static final class LastHealthy extends Inputs {
    LastHealthy() {
      IsolationController c = controller(false);
      Vec<HwEnum<SubsystemState>> states = c.states;
      Bool started = reg(bool(), false);
      started.assign(true);
      Vec<HwEnum<SubsystemState>> before = regNext(states);
      for (int kind = 0; kind < 4; kind += 2) {
        assertThat(states.get(kind).is(SubsystemState.OFFLINE).and(states.get(kind + 1).is(SubsystemState.OFFLINE)).not(),
            "one subsystem of each kind is never offline");
        for (int x = kind; x < kind + 2; x++) {
          Bool wasLastOnline = before.get(x).is(SubsystemState.ONLINE)
              .and(before.get(x ^ 1).is(SubsystemState.ONLINE).not());
          Bool stillThere = states.get(x).is(SubsystemState.OFFLINE).not();
          when(started.and(wasLastOnline), () -> assertThat(stillThere, "the last online subsystem is not taken offline"));
        }
      }
    }
  }

  @Test
  void theLastHealthySubsystemIsNeverTakenOffline() {
    Proof proof = Figures.report("e5_last_healthy", Formal.prove(Elaboration.elaborate(LastHealthy::new), 3));
    assertTrue(proof.proved(), proof::toString);
  }

  /** Both GEs' controllers on the same inputs, with their own module ids: a miter of their decisions. */
  static final class Agreement extends Inputs {
    Agreement() {
      IsolationController m0 = controller(false);
      IsolationController m1 = controller(true);
      assertThat(m0.states.asUInt().eq(m1.states.asUInt()), "both GEs see the same subsystem states");
      assertThat(m0.mode.eq(m1.mode), "both GEs are in the same mode");
      assertThat(m0.culpritKnown.eq(m1.culpritKnown), "both GEs know the culprit alike");
      // The pulses are registers without reset: in the first cycle out of a one-cycle reset they
      // show what each copy computed from its state before the reset, which the two need not share.
      Bool outOfReset = reg(bool(), false);
      outOfReset.assign(true);
      Bool pulsesValid = reg(bool(), false);
      pulsesValid.assign(outOfReset);
      when(pulsesValid, () -> {
        assertThat(m0.isolated.eq(m1.isolated).and(m0.wentOffline.eq(m1.wentOffline))
            .and(m0.returned.eq(m1.returned)).and(m0.leftService.eq(m1.leftService)), "both GEs decide alike");
        assertThat(m0.failStopped.eq(m1.failStopped), "both GEs fail-stop alike");
      });
    }
  }

  /**
   * To a bound only: each copy's leaky buckets count cycles toward a leak in 32 bits that no
   * output shows, so no short induction can tell two copies' hidden states apart. The bound spans
   * a mismatch's decision window and a whole blame window.
   */
  @Test
  void bothControllersDecideAlikeOnTheSameCycle() {
    int depth = IsolationController.DECIDE_CYCLES + IsolationController.BLAME_WINDOW + 5;
    Proof proof = Figures.report("isolation_agreement", Formal.bmc(Elaboration.elaborate(Agreement::new), depth));
    assertEquals(depth, proof.depth());
  }
}
