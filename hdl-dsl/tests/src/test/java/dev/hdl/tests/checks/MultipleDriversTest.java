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
 * Two unconditional assignments in one block leave the first dead; the message names both lines
 * so the author can pick the one they meant.
 */
class MultipleDriversTest {
  static final class OutputAssignedTwice extends Component {
    static String declared, first, second;

    OutputAssignedTwice() {
      UInt a = input(uint(8));
      declared = here(); UInt y = output(uint(8));
      first = here(); y.assign(a);
      second = here(); y.assign(a.add(1));
    }
  }

  @Test
  void secondAssignmentInOneBlockNamesBoth() {
    String message = rejectionOf(OutputAssignedTwice::new);
    assertEquals(OutputAssignedTwice.second + ": multiple drivers: output 'y' (" + OutputAssignedTwice.declared
        + ") is driven at " + OutputAssignedTwice.first + " and again at " + OutputAssignedTwice.second
        + " in the same block, so the first has no effect. Remove one, or put one under when(...).", message);
  }

  static final class ChildPortDrivenTwice extends Component {
    static String first, second;

    ChildPortDrivenTwice() {
      UInt a = input(uint(8));
      UInt b = input(uint(8));
      UInt y = output(uint(8));
      Increment inc = instance(Increment::new);
      first = here(); inc.in.assign(a);
      second = here(); inc.in.assign(b);
      y.assign(inc.out);
    }
  }

  @Test
  void childPortDrivenTwiceNamesThePortAndBothLines() {
    String message = rejectionOf(ChildPortDrivenTwice::new);
    assertEquals(ChildPortDrivenTwice.second + ": multiple drivers: port 'in' of instance 'inc' is driven at "
        + ChildPortDrivenTwice.first + " and again at " + ChildPortDrivenTwice.second
        + " in the same block, so the first has no effect. Remove one, or put one under when(...).", message);
  }

  /** A default followed by a conditional override is the usual idiom, not a second driver. */
  static final class DefaultThenOverride extends Component {
    DefaultThenOverride() {
      Bool c = input(bool());
      UInt a = input(uint(8));
      UInt y = output(uint(8));
      y.assign(a);
      when(c, () -> y.assign(a.add(1)));
    }
  }

  @Test
  void assignmentUnderWhenOverridesTheDefault() {
    assertDoesNotThrow(() -> Elaboration.elaborate(DefaultThenOverride::new));
  }
}
