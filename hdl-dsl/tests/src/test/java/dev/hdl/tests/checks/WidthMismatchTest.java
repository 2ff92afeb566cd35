package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Widths never change silently: assigning or combining values of different widths is an error. */
class WidthMismatchTest {
  static final class NarrowingAssign extends Component {
    static String wide, narrow, assign;

    NarrowingAssign() {
      wide = here(); UInt a = input(uint(8));
      narrow = here(); UInt y = output(uint(4));
      assign = here(); y.assign(a);
    }
  }

  @Test
  void assigningAWiderValueNamesBothSignals() {
    String message = rejectionOf(NarrowingAssign::new);
    assertEquals(NarrowingAssign.assign + ": width mismatch: UInt(8) 'a' from " + NarrowingAssign.wide
        + " is assigned to UInt(4) 'y' from " + NarrowingAssign.narrow
        + ". Say how to fit it: truncate(4) or resize(4).", message);
  }

  static final class MixedOperands extends Component {
    static String first, second, use;

    MixedOperands(BinaryOperator<UInt> op) {
      first = here(); UInt a = input(uint(8));
      second = here(); UInt b = input(uint(4));
      UInt y = output(uint(8));
      use = here(); y.assign(op.apply(a, b));
    }
  }

  static Stream<Arguments> bitwiseOperators() {
    return Stream.of(
        Arguments.of("and", (BinaryOperator<UInt>) UInt::and),
        Arguments.of("or", (BinaryOperator<UInt>) UInt::or),
        Arguments.of("xor", (BinaryOperator<UInt>) UInt::xor));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bitwiseOperators")
  void bitwiseOperandsMustHaveOneWidth(String word, BinaryOperator<UInt> op) {
    String message = rejectionOf(() -> new MixedOperands(op));
    assertEquals(MixedOperands.use + ": width mismatch: " + word + " of UInt(8) 'a' from " + MixedOperands.first
        + " and UInt(4) 'b' from " + MixedOperands.second
        + ". Make the widths equal with resize(), truncate() or extend().", message);
  }

  static final class MixedMux extends Component {
    static String whenTrue, whenFalse, select;

    MixedMux() {
      Bool s = input(bool());
      whenTrue = here(); UInt a = input(uint(8));
      whenFalse = here(); UInt b = input(uint(4));
      UInt y = output(uint(8));
      select = here(); y.assign(mux(s, a, b));
    }
  }

  @Test
  void muxSidesMustHaveOneWidth() {
    String message = rejectionOf(MixedMux::new);
    assertEquals(MixedMux.select + ": width mismatch: mux of UInt(8) 'a' from " + MixedMux.whenTrue
        + " and UInt(4) 'b' from " + MixedMux.whenFalse
        + ". Make the widths equal with resize(), truncate() or extend().", message);
  }
}
