package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import org.junit.jupiter.api.Test;

/**
 * A value that depends on itself within a cycle has no value. The message walks the loop the way
 * the signal flows, every hop with its line and, for wires and ports, the assignment that feeds
 * it, because that assignment is the line to change.
 */
class CombinationalLoopTest {
  static final class WireLoop extends Component {
    static String aAt, bAt, nextAt, assignA, assignB;

    WireLoop() {
      UInt y = output(uint(8));
      aAt = here(); UInt a = wire(uint(8));
      bAt = here(); UInt b = wire(uint(8));
      nextAt = here(); UInt next = b.add(1);
      assignA = here(); a.assign(next);
      assignB = here(); b.assign(a);
      y.assign(b);
    }
  }

  @Test
  void loopThroughWiresListsEveryHop() {
    String message = rejectionOf(WireLoop::new);
    assertEquals(WireLoop.nextAt + ": combinational loop: a value depends on itself within one clock cycle:\n"
        + "  WireLoop.next (" + WireLoop.nextAt + ") ->\n"
        + "  WireLoop.a (" + WireLoop.aAt + ", assigned at " + WireLoop.assignA + ") ->\n"
        + "  WireLoop.b (" + WireLoop.bAt + ", assigned at " + WireLoop.assignB + ") ->\n"
        + "  WireLoop.next (" + WireLoop.nextAt + ")\n"
        + "Break the loop with a register.", message);
  }

  static final class FeedsChildItsOwnOutput extends Component {
    static String placed, feedBack;

    FeedsChildItsOwnOutput() {
      UInt y = output(uint(8));
      placed = here(); Increment inc = instance(Increment::new);
      feedBack = here(); inc.in.assign(inc.out);
      y.assign(inc.out);
    }
  }

  @Test
  void loopThroughAChildListsTheHopsInsideIt() {
    String message = rejectionOf(FeedsChildItsOwnOutput::new);
    String top = "FeedsChildItsOwnOutput";
    String placed = FeedsChildItsOwnOutput.placed;
    String feedBack = FeedsChildItsOwnOutput.feedBack;
    assertEquals(placed + ": combinational loop: a value depends on itself within one clock cycle:\n"
        + "  " + top + ".inc_in (" + placed + ", assigned at " + feedBack + ") ->\n"
        + "  " + top + ".inc.in (" + Increment.inAt + ") ->\n"
        + "  " + top + ".inc.sum (" + Increment.sumAt + ") ->\n"
        + "  " + top + ".inc.out (" + Increment.outAt + ", assigned at " + Increment.assignOut + ") ->\n"
        + "  " + top + ".inc_out (" + placed + ") ->\n"
        + "  " + top + ".inc_in (" + placed + ", assigned at " + feedBack + ")\n"
        + "Break the loop with a register.", message);
  }

  static final class RegisteredIncrement extends Component {
    final UInt in = input(uint(8));
    final UInt out = output(uint(8));

    RegisteredIncrement() {
      out.assign(regNext(in.add(1)));
    }
  }

  static final class FeedsBackThroughARegister extends Component {
    FeedsBackThroughARegister() {
      UInt y = output(uint(8));
      RegisteredIncrement inc = instance(RegisteredIncrement::new);
      inc.in.assign(inc.out);
      y.assign(inc.out);
    }
  }

  @Test
  void registerInsideTheChildBreaksTheLoop() {
    assertDoesNotThrow(() -> Elaboration.elaborate(FeedsBackThroughARegister::new));
  }
}
