package dev.hdl.formal;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.mutation.Mutant;
import dev.hdl.mutation.Mutants;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Equivalence checks of mutants whose answers are known: masked, visible at once, and visible only late. */
class EquivalenceTest {
  /**
   * Two pending slots, set by {@code left} and cleared one per {@code announce}, slot 0 first. The
   * mask that clears slot 1 may as well clear slot 0 too: slot 1 is announced only when slot 0 is clear.
   */
  static final class PendingSlots extends Component {
    final Bool announce = input(bool());
    final UInt left = input(uint(2));
    final UInt pending = output(uint(2));

    PendingSlots() {
      UInt slots = reg(uint(2), 0);
      Bool slot1 = slots.bit(0).not();
      UInt cleared = mux(announce, mux(slot1, lit(2, 2), lit(1, 2)), lit(0, 2));
      slots.assign(slots.and(cleared.not()).or(left));
      pending.assign(slots);
    }
  }

  /** Raises {@code done} on the 200th cycle out of reset. */
  static final class LateFlag extends Component {
    final Bool done = output(bool());

    LateFlag() {
      UInt count = reg(uint(8), 0);
      count.assign(count.add(1));
      done.assign(count.eq(200));
    }
  }

  private static Equivalence check(Supplier<? extends Component> top, String change, int depth) {
    Design original = Elaboration.elaborate(top);
    Mutant mutant = Mutants.of(original).stream().filter(m -> m.change().equals(change)).findFirst().orElseThrow();
    return Formal.equivalence(original, Elaboration.elaborate(top, mutant), mutant.module(), depth);
  }

  @Test
  void aMaskedChangeIsProvedEquivalentThoughAnInternalSignalDiffers() {
    Equivalence e = check(PendingSlots::new, "2 -> 3", 10);
    assertEquals(Equivalence.Verdict.EQUIVALENT, e.verdict(), e::toString);
  }

  @Test
  void aVisibleChangeComesWithTheCycleAndTheInputsThatShowIt() throws Exception {
    // Clearing slot 1 for slot 0 shows once slot 0 is set (in cycle 1) and announced (in cycle 2).
    Equivalence e = check(PendingSlots::new, "1 -> 2", 10);
    assertEquals(Equivalence.Verdict.DIFFERENT, e.verdict(), e::toString);
    assertEquals(3, e.differingCycle(), e::toString);
    assertTrue(Files.readString(e.trace()).contains("announce"), "the trace shows the inputs");
  }

  @Test
  void aChangeSeenOnlyAfterTheDepthIsAlikeToItButNotProved() {
    Equivalence late = check(LateFlag::new, "200 -> 201", 20);
    assertEquals(Equivalence.Verdict.ALIKE_TO_DEPTH, late.verdict(), late::toString);
    Equivalence seen = check(LateFlag::new, "200 -> 201", 205);
    assertEquals(Equivalence.Verdict.DIFFERENT, seen.verdict(), seen::toString);
  }

  @Test
  void aModuleMissingFromTheDesignIsNamed() {
    Design design = Elaboration.elaborate(LateFlag::new);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Formal.equivalence(design, design, "Counter", 5));
    assertTrue(e.getMessage().contains("LateFlag has no module Counter; its modules are [LateFlag]"), e.getMessage());
  }
}
