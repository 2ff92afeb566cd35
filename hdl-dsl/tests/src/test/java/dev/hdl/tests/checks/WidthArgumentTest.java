package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.UInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A width below one bit is a slip (a count or an index passed where a width was meant). */
class WidthArgumentTest {
  static final class PortOfWidth extends Component {
    static String declared;

    PortOfWidth(int width) {
      declared = here(); UInt a = input(uint(width));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3})
  void widthBelowOneBitIsRejected(int width) {
    String message = rejectionOf(() -> new PortOfWidth(width));
    assertEquals(PortOfWidth.declared + ": width " + width
        + " is not a valid width: it must be between 1 and 1048576.", message);
  }
}
