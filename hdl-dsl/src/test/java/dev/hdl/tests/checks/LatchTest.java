package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import org.junit.jupiter.api.Test;

/**
 * Combinational logic assigned on some paths only would have to remember its value: a latch.
 * The message starts at the first assignment and lists them all, since one of them needs a
 * companion on the missing path.
 */
class LatchTest {
  static final class WhenWithoutOtherwise extends Component {
    static String declared, assign;

    WhenWithoutOtherwise() {
      Bool c = input(bool());
      UInt a = input(uint(8));
      UInt y = output(uint(8));
      declared = here(); UInt w = wire(uint(8));
      when(c, () -> { assign = here(); w.assign(a); });
      y.assign(w);
    }
  }

  @Test
  void wireAssignedOnlyUnderWhenIsALatch() {
    String message = rejectionOf(WhenWithoutOtherwise::new);
    assertEquals(WhenWithoutOtherwise.assign + ": latch: wire 'w' (" + WhenWithoutOtherwise.declared
        + ") of WhenWithoutOtherwise is assigned only under conditions that do not cover every case (at "
        + WhenWithoutOtherwise.assign + "), so it would have to remember its value. Assign a default before the"
        + " when/switch, or add otherwise(...).", message);
  }

  static final class WhenWithOtherwise extends Component {
    WhenWithOtherwise() {
      Bool c = input(bool());
      UInt a = input(uint(8));
      UInt y = output(uint(8));
      UInt w = wire(uint(8));
      when(c, () -> w.assign(a)).otherwise(() -> w.assign(a.add(1)));
      y.assign(w);
    }
  }

  @Test
  void otherwiseCoversTheRest() {
    assertDoesNotThrow(() -> Elaboration.elaborate(WhenWithOtherwise::new));
  }

  /** Cases 0 and 1 of a 2-bit subject leave 2 and 3 unassigned. */
  static final class SwitchMissingValues extends Component {
    static String declared, zero, one;

    SwitchMissingValues() {
      UInt s = input(uint(2));
      UInt a = input(uint(8));
      declared = here(); UInt y = output(uint(8));
      switchOn(s, cases -> cases
          .is(0, () -> { zero = here(); y.assign(a); })
          .is(1, () -> { one = here(); y.assign(a.add(1)); }));
    }
  }

  @Test
  void switchWithoutOtherwiseNotCoveringEveryValueIsALatch() {
    String message = rejectionOf(SwitchMissingValues::new);
    assertEquals(SwitchMissingValues.zero + ": latch: output 'y' (" + SwitchMissingValues.declared
        + ") of SwitchMissingValues is assigned only under conditions that do not cover every case (at "
        + SwitchMissingValues.zero + ", " + SwitchMissingValues.one + "), so it would have to remember its value."
        + " Assign a default before the when/switch, or add otherwise(...).", message);
  }
}
