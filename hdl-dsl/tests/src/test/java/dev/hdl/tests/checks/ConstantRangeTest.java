package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.SInt;
import dev.hdl.UInt;
import org.junit.jupiter.api.Test;

/** A constant that does not fit its width would be silently cut; each is an error with the range. */
class ConstantRangeTest {
  static final class AddsTooMuch extends Component {
    static String add;

    AddsTooMuch() {
      UInt a = input(uint(8));
      UInt y = output(uint(8));
      add = here(); y.assign(a.add(300));
    }
  }

  @Test
  void operandConstantMustFitTheOperandWidth() {
    String message = rejectionOf(AddsTooMuch::new);
    assertEquals(AddsTooMuch.add + ": constant 300 does not fit in UInt(8) (range 0 to 255).", message);
  }

  static final class NegativeUnsigned extends Component {
    static String literal;

    NegativeUnsigned() {
      UInt y = output(uint(4));
      literal = here(); y.assign(lit(-1, 4));
    }
  }

  @Test
  void unsignedLiteralCannotBeNegative() {
    String message = rejectionOf(NegativeUnsigned::new);
    assertEquals(NegativeUnsigned.literal + ": constant -1 does not fit in UInt(4) (range 0 to 15).", message);
  }

  static final class SignedTooLarge extends Component {
    static String literal;

    SignedTooLarge() {
      SInt y = output(sint(4));
      literal = here(); y.assign(slit(8, 4));
    }
  }

  @Test
  void signedLiteralReportsTheSignedRange() {
    String message = rejectionOf(SignedTooLarge::new);
    assertEquals(SignedTooLarge.literal + ": constant 8 does not fit in SInt(4) (range -8 to 7).", message);
  }

  static final class ResetTooLarge extends Component {
    static String declared;

    ResetTooLarge() {
      UInt y = output(uint(8));
      declared = here(); UInt r = reg(uint(8), 256);
      r.assign(r);
      y.assign(r);
    }
  }

  @Test
  void resetValueMustFitTheRegister() {
    String message = rejectionOf(ResetTooLarge::new);
    assertEquals(ResetTooLarge.declared + ": reset value 256 does not fit in UInt(8).", message);
  }
}
