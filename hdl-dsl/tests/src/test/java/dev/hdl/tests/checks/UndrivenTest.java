package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.UInt;
import org.junit.jupiter.api.Test;

/** Something declared to carry a value but never given one is reported at its declaration. */
class UndrivenTest {
  static final class OutputNeverAssigned extends Component {
    static String declared;

    OutputNeverAssigned() {
      declared = here(); UInt y = output(uint(8));
    }
  }

  @Test
  void undrivenOutput() {
    String message = rejectionOf(OutputNeverAssigned::new);
    assertEquals(OutputNeverAssigned.declared + ": undriven: output 'y' of OutputNeverAssigned is never assigned.",
        message);
  }

  static final class WireNeverAssigned extends Component {
    static String declared;

    WireNeverAssigned() {
      UInt y = output(uint(8));
      declared = here(); UInt w = wire(uint(8));
      y.assign(w);
    }
  }

  @Test
  void undrivenWire() {
    String message = rejectionOf(WireNeverAssigned::new);
    assertEquals(WireNeverAssigned.declared + ": undriven: wire 'w' of WireNeverAssigned is never assigned.",
        message);
  }

  static final class ChildInputNeverAssigned extends Component {
    static String placed;

    ChildInputNeverAssigned() {
      UInt y = output(uint(8));
      placed = here(); Increment inc = instance(Increment::new);
      y.assign(inc.out);
    }
  }

  @Test
  void undrivenInstanceInputIsReportedWhereTheInstanceIsMade() {
    String message = rejectionOf(ChildInputNeverAssigned::new);
    assertEquals(ChildInputNeverAssigned.placed
        + ": undriven: input 'in' of instance 'inc' in ChildInputNeverAssigned is never assigned.", message);
  }

  static final class RegisterNeverAssigned extends Component {
    static String declared;

    RegisterNeverAssigned(boolean withReset) {
      UInt y = output(uint(8));
      declared = here(); UInt r = withReset ? reg(uint(8), 0) : reg(uint(8));
      y.assign(r);
    }
  }

  @Test
  void registerWithResetNeverAssignedWouldBeAConstant() {
    String message = rejectionOf(() -> new RegisterNeverAssigned(true));
    assertEquals(RegisterNeverAssigned.declared + ": undriven: register 'r' of RegisterNeverAssigned is never"
        + " assigned, so it would hold its reset value forever. Assign it, or use a constant.", message);
  }

  @Test
  void registerWithoutResetNeverAssignedHasNoValue() {
    String message = rejectionOf(() -> new RegisterNeverAssigned(false));
    assertEquals(RegisterNeverAssigned.declared + ": undriven: register 'r' of RegisterNeverAssigned is never"
        + " assigned, so it would never hold a defined value. Assign it, or use a constant.", message);
  }
}
