package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bit selections outside a value, or upside down, are errors rather than wrapped or clamped. */
class BitIndexTest {
  static final class Slices extends Component {
    static String declared, select;

    Slices(int hi, int lo) {
      declared = here(); UInt a = input(uint(8));
      UInt y = output(uint(4));
      select = here(); y.assign(a.slice(hi, lo));
    }
  }

  @ParameterizedTest(name = "slice({0}, {1})")
  @CsvSource({"2, -1", "2, 5", "8, 5"})
  void sliceOutsideTheValueOrReversedIsRejected(int hi, int lo) {
    String message = rejectionOf(() -> new Slices(hi, lo));
    assertEquals(Slices.select + ": slice(" + hi + ", " + lo + ") is outside UInt(8) 'a' from " + Slices.declared
        + ": bits run from 7 down to 0, and hi must not be below lo.", message);
  }

  static final class BitPastTheTop extends Component {
    static String declared, select;

    BitPastTheTop() {
      declared = here(); UInt a = input(uint(8));
      Bool y = output(bool());
      select = here(); y.assign(a.bit(8));
    }
  }

  @Test
  void bitPastTheTopIsRejected() {
    String message = rejectionOf(BitPastTheTop::new);
    assertEquals(BitPastTheTop.select + ": bit(8) is outside UInt(8) 'a' from " + BitPastTheTop.declared
        + ": bits run from 7 down to 0.", message);
  }
}
