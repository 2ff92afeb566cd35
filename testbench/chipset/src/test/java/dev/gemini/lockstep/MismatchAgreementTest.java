package dev.gemini.lockstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.isolation.PairMode;
import dev.gemini.isolation.IsolationController;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.registers.RegisterMap;
import dev.gemini.testbench.DuplexHarness;
import dev.gemini.testbench.Txn;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A divergence is caught one cycle after the two copies are aligned, never reaches IO, and both
 * GEs decide on the same cycle whom to isolate: the module that flagged an error, else by rank,
 * and fail-stop when both flagged. The survivor carries on with nothing lost or duplicated.
 */
@ExtendWith(SimulationExtension.class)
class MismatchAgreementTest {
  private static final int L = 3;

  private static DuplexHarness pair(TestSimulator simulator, long seed) {
    DuplexHarness h = new DuplexHarness(simulator, L, seed, 0.5, 0.03);
    h.cycles(300);
    return h;
  }

  private static SubsystemState cpuState(DuplexHarness h, int ge, int cpu) {
    return h.state(ge, cpu);
  }

  /** Cycles until both GEs leave the given mode; asserts they do so on the same cycle. */
  private static int untilBothLeave(DuplexHarness h, PairMode mode) {
    for (int n = 1; n < 200; n++) {
      h.cycle();
      PairMode m0 = h.mode(0);
      PairMode m1 = h.mode(1);
      assertEquals(m0, m1, "the GEs disagree on the mode at cycle " + h.sim.cycle());
      if (m0 != mode) {
        return n;
      }
    }
    throw new AssertionError("mode stayed " + mode);
  }

  @Test
  void aDataDivergenceIsFlaggedOneCycleAfterAlignmentInBothGes(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 1)) {
      h.divergeNext(1, t -> new Txn(true, t.kind(), t.tag(), t.address(), t.byteEnables(), t.data() ^ 0x10), 1);
      // The frame register holds it for a cycle, then L cycles align both copies at the comparators.
      h.cycles(L);
      assertEquals(0x10, h.peek(h.ge(0).compare.m0.data()) ^ h.peek(h.ge(0).compare.m1.data()));
      assertEquals(0, h.peek(h.ge(0).compare.mismatch));
      h.cycle();
      assertEquals(1, h.peek(h.ge(0).compare.mismatch));
      assertEquals(1, h.peek(h.ge(1).compare.mismatch));
      h.cycle();
      assertEquals(1 << Transaction.Field.DATA.ordinal(), h.peek(h.ge(0).compare.recordFields));
      assertEquals(0x10, h.peek(h.ge(1).compare.recordSyndrome));
    }
  }

  @Test
  void theModuleThatFlaggedAnErrorIsIsolatedAndTheSurvivorLosesNothing(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 2)) {
      h.divergeNext(1, t -> new Txn(true, t.kind(), t.tag(), t.address() ^ 0x100, t.byteEnables(), t.data()), 1);
      int toDeciding = untilBothLeave(h, PairMode.DUPLEX);
      assertEquals(PairMode.DECIDING, h.mode(0));
      int decided = untilBothLeave(h, PairMode.DECIDING);
      assertEquals(IsolationController.DECIDE_CYCLES, decided);
      assertTrue(toDeciding <= L + 3, "reached the head " + toDeciding + " cycles after");
      assertEquals(PairMode.SIMPLEX_M0, h.mode(1));
      assertEquals(SubsystemState.DIAGNOSING, cpuState(h, 0, 1));
      assertEquals(SubsystemState.DIAGNOSING, cpuState(h, 1, 1));
      assertEquals(SubsystemState.ONLINE, cpuState(h, 1, 0));
      h.cycles(2000);
      h.drain(300);
      assertEquals(0, h.escaped);
      assertEquals(0, h.duplicated);
      assertEquals(0, h.lostTo(0) + h.lostTo(1));
      assertEquals(0, h.hung(0));
      assertEquals(0, h.cpu[0].badCompletions);
      assertEquals(0, h.cpu[0].unsupported);
      assertEquals(0, h.peek(h.module(1).ledGreen()));
      assertEquals(3, h.peek(h.module(1).ledState()));
      assertEquals(2, h.peek(h.module(0).ledState()));
    }
  }

  @Test
  void withNoErrorFlaggedTheRankPolicyKeepsM0ThenM1WhenAsked(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 3)) {
      h.divergeNext(0, t -> new Txn(true, t.kind() ^ 1, t.tag(), t.address(), t.byteEnables(), t.data()), 0);
      untilBothLeave(h, PairMode.DUPLEX);
      untilBothLeave(h, PairMode.DECIDING);
      assertEquals(PairMode.SIMPLEX_M0, h.mode(0));
      h.cycles(500);
      h.drain(300);
      // Nobody knows whose copy was right: the divergent transaction is dropped, never forwarded.
      assertEquals(0, h.escaped, h.escapes.toString());
      assertEquals(1, h.lostTo(0) + h.lostTo(1));
      assertEquals(0, h.hung(0));
    }
    try (DuplexHarness h = pair(simulator, 4)) {
      h.csrWriteBoth(RegisterMap.offset("CONTROL"), 1);
      h.cycles(h.writeDelay());
      h.divergeNext(0, t -> new Txn(true, t.kind(), t.tag() ^ 1, t.address(), t.byteEnables(), t.data()), 0);
      untilBothLeave(h, PairMode.DUPLEX);
      untilBothLeave(h, PairMode.DECIDING);
      assertEquals(PairMode.SIMPLEX_M1, h.mode(0));
      assertEquals(PairMode.SIMPLEX_M1, h.mode(1));
      h.cycles(500);
      h.drain(300);
      assertEquals(0, h.escaped, h.escapes.toString());
      assertEquals(0, h.hung(1));
      assertEquals(1, h.lostTo(0) + h.lostTo(1));
    }
  }

  @Test
  void whenBothModulesFlaggedThePairFailStopsWithIoFrozen(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 5)) {
      h.cpuError(0, 1);
      h.divergeNext(1, t -> new Txn(true, t.kind(), t.tag(), t.address(), t.byteEnables() ^ 1, t.data()), 1);
      h.cpuError(0, 0);
      untilBothLeave(h, PairMode.DUPLEX);
      untilBothLeave(h, PairMode.DECIDING);
      assertEquals(PairMode.FAIL_STOP, h.mode(0));
      assertEquals(PairMode.FAIL_STOP, h.mode(1));
      long before = h.io[0].received() + h.io[1].received();
      h.cycles(300);
      assertEquals(before, h.io[0].received() + h.io[1].received());
      assertEquals(0, h.escaped);
      assertEquals(6, h.peek(h.module(0).ledState()));
      assertEquals(1, h.peek(h.module(1).ledAmber()));
    }
  }

  @Test
  void aSpuriousValidIsAMismatchToo(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 6)) {
      h.divergeNext(1, t -> t, 0);
      for (int i = 0; i < 50 && h.cpu[1].offer().valid(); i++) {
        h.cycle();
      }
      h.corruptCpu(1, t -> t.valid() ? t : new Txn(true, 1, 0, 0, 1, 0xdead));
      h.cycle();
      h.corruptCpu(1, t -> t);
      untilBothLeave(h, PairMode.DUPLEX);
      untilBothLeave(h, PairMode.DECIDING);
      assertEquals(1, h.peek(h.ge(0).compare.recordFields) & 1);
      assertEquals(PairMode.SIMPLEX_M0, h.mode(1));
      h.cycles(300);
      h.drain(300);
      // Decided by rank: the pairs that differed while deciding are dropped, none forwarded.
      assertEquals(0, h.escaped, h.escapes.toString());
      assertTrue(h.lostTo(0) + h.lostTo(1) <= OutboundCompare.CPU_CREDITS);
      assertEquals(0, h.hung(0));
    }
  }
}
