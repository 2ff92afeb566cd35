package dev.hdl.formal;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.source.SourceLoc;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The formal back end on small designs whose answers are known. */
class FormalTest {
  /** The line of the caller, so that a test can name the line of the check beside it. */
  static SourceLoc here() {
    StackTraceElement e = new Throwable().getStackTrace()[1];
    return new SourceLoc(e.getFileName(), e.getLineNumber());
  }

  /** Counts its enabled cycles from 0 to 9 and round again. */
  static final class DecadeCounter extends Component {
    static SourceLoc neverSeven;
    final Bool enable = input(bool());
    final UInt count = output(uint(4));

    DecadeCounter(boolean claimNeverSeven) {
      UInt value = reg(uint(4), 0);
      when(enable, () -> value.assign(value.add(1)));
      when(value.eq(9).and(enable), () -> value.assign(0));
      count.assign(value);
      assertThat(value.lt(10), "the count stays below ten");
      cover(value.eq(9), "the count reaches nine");
      if (claimNeverSeven) {
        neverSeven = here(); assertThat(value.ne(7), "the count never shows seven");
      }
    }
  }

  @Test
  void anInductiveAssertionIsProved() {
    Proof proof = Formal.prove(Elaboration.elaborate(() -> new DecadeCounter(false)), 3);
    assertTrue(proof.proved(), proof::toString);
    assertEquals(3, proof.depth());
  }

  /** Steps by two from 0: odd values are unreachable, but only a bound shows it without an invariant. */
  static final class EvenStepper extends Component {
    final UInt count = output(uint(4));

    EvenStepper(boolean withInvariant) {
      UInt value = reg(uint(4), 0);
      value.assign(value.add(2));
      count.assign(value);
      assertThat(value.ne(7), "the count never shows seven");
      if (withInvariant) {
        assertThat(value.bit(0).not(), "the count is even");
      }
    }
  }

  @Test
  void aTrueAssertionWithoutItsInvariantIsProvedOnlyToItsDepth() {
    Proof bounded = Formal.prove(Elaboration.elaborate(() -> new EvenStepper(false)), 4);
    assertFalse(bounded.proved(), bounded::toString);   // holds for 4 cycles; induction does not close
    assertEquals(4, bounded.depth());
    Proof proved = Formal.prove(Elaboration.elaborate(() -> new EvenStepper(true)), 4);
    assertTrue(proved.proved(), proved::toString);      // with the invariant it holds for ever
  }

  @Test
  void aFailingAssertionGivesItsLineTheCycleArtefactsAndAReplay() {
    Design design = Elaboration.elaborate(() -> new DecadeCounter(true));
    Counterexample cex = assertThrows(Counterexample.class, () -> Formal.bmc(design, 20));
    assertEquals(DecadeCounter.neverSeven, cex.loc());
    // Reset in cycle 0, then one enabled cycle for each count: seven shows in cycle 8.
    assertEquals(8, cex.cycle());
    assertTrue(cex.getMessage().startsWith(DecadeCounter.neverSeven + ": assertion failed at cycle 8"),
        cex::getMessage);
    for (String file : new String[] {"solver.vcd", "solver.fst", "solver.gtkw", "replay.vcd", "replay.fst",
        "replay.gtkw", "replay.txt", "replay.svg"}) {
      assertTrue(Files.isRegularFile(cex.artifacts().resolve(file)), file + " in " + cex.artifacts());
    }
    assertEquals(DecadeCounter.neverSeven, cex.replayed().orElseThrow(() -> cex).loc());
    assertEquals(8, cex.replayed().orElseThrow().cycle());
  }

  @Test
  void aFreshSolverPerStepFindsTheSameCounterexample() {
    Design design = Elaboration.elaborate(() -> new DecadeCounter(true));
    Counterexample cex = assertThrows(Counterexample.class, () -> Formal.bmc(design, 20, Solving.FRESH_PER_STEP));
    assertEquals(DecadeCounter.neverSeven, cex.loc());
    assertEquals(8, cex.cycle());
  }

  /**
   * A register that reset leaves alone and that is never loaded: the solver picks its value, and
   * the replay must start from it.
   */
  static final class Unreset extends Component {
    static SourceLoc notFive;
    final Bool load = input(bool());
    final UInt data = input(uint(4));
    final UInt out = output(uint(4));

    Unreset() {
      UInt kept = reg(uint(4));
      when(load, () -> kept.assign(data));
      out.assign(kept);
      assume(load.not(), "nothing loads");
      notFive = here(); assertThat(kept.ne(5), "the kept value is not five");
    }
  }

  @Test
  void theReplayStartsFromTheStateTheSolverChose() {
    Counterexample cex = assertThrows(Counterexample.class, () -> Formal.bmc(Elaboration.elaborate(Unreset::new), 5));
    assertEquals(Unreset.notFive, cex.loc());
    assertEquals(Unreset.notFive, cex.replayed().orElseThrow(() -> cex).loc());
  }

  @Test
  void aCoverIsReachedWithATrace() {
    Coverage coverage = Formal.cover(Elaboration.elaborate(() -> new DecadeCounter(false)), 15);
    Coverage.Reached nine = coverage.reached().getFirst();
    assertEquals("the count reaches nine", nine.message());
    assertEquals(10, nine.cycle());
    assertTrue(Files.isRegularFile(nine.trace()), nine.trace().toString());
  }

  @Test
  void aCoverOutOfReachIsNamed() {
    CoverNotReached e = assertThrows(CoverNotReached.class,
        () -> Formal.cover(Elaboration.elaborate(() -> new DecadeCounter(false)), 8));
    assertEquals(1, e.unreached().size());
    assertTrue(e.getMessage().contains("the count reaches nine"), e::getMessage);
  }

  /** Registers its input; the assertion holds only for the inputs the assumption allows. */
  static final class Latch extends Component {
    final UInt in = input(uint(4));
    final UInt out = output(uint(4));

    Latch(boolean assumeSmallInputs) {
      UInt held = reg(uint(4), 0);
      held.assign(in);
      out.assign(held);
      if (assumeSmallInputs) {
        assume(in.lt(8), "inputs are below eight");
      }
      assertThat(held.lt(8), "the held value is below eight");
    }
  }

  @Test
  void assumptionsConstrainTheInputs() {
    assertTrue(Formal.prove(Elaboration.elaborate(() -> new Latch(true)), 3).proved());
    // Reset in cycle 0, an input of eight or more in cycle 1, held in cycle 2.
    Counterexample cex = assertThrows(Counterexample.class,
        () -> Formal.prove(Elaboration.elaborate(() -> new Latch(false)), 3));
    assertEquals(2, cex.cycle());
    assertTrue(cex.replayed().isPresent(), cex::getMessage);
  }

  @Test
  void badCallsSayWhatIsWrong() {
    Design design = Elaboration.elaborate(() -> new DecadeCounter(false));
    IllegalArgumentException depth = assertThrows(IllegalArgumentException.class, () -> Formal.bmc(design, 0));
    assertTrue(depth.getMessage().matches("FormalTest\\.java:\\d+: Formal\\.bmc\\(DecadeCounter\\): depth 0 is not"
        + " valid.*"), depth::getMessage);
    Design unchecked = Elaboration.elaborate(() -> new Component() {
      final UInt out = output(uint(2));

      {
        out.assign(1);
      }
    });
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Formal.prove(unchecked, 5));
    assertTrue(none.getMessage().endsWith("has no assertThat to prove."), none::getMessage);
  }
}
