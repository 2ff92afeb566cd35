package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.SInt;
import dev.hdl.UInt;
import dev.hdl.testing.Emitted;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values wider than a Java long: 100 and 130 bits, and constants that need more than 64. */
class WideValuesTest {
  /** 2^129 plus a pattern that fills more than 64 bits. */
  static final BigInteger PATTERN = BigInteger.ONE.shiftLeft(129).add(new BigInteger("deadbeefcafebabe12345678", 16));

  static final class Wide extends Component {
    final UInt x = input(uint(100));
    final UInt y = input(uint(130));
    final SInt p = input(sint(100));
    final SInt q = input(sint(130));
    final UInt amt = input(uint(8));
    final UInt scale = input(uint(4));

    final UInt sum = output(uint(130));
    final UInt carry = output(uint(131));
    final SInt difference = output(sint(131));
    final UInt product = output(uint(104));
    final UInt joined = output(uint(230));
    final UInt upper = output(uint(70));
    final UInt flipped = output(uint(130));
    final Bool equal = output(bool());
    final SInt arithmeticShift = output(sint(100));
    final UInt logicalShift = output(uint(130));
    final Bool less = output(bool());
    final SInt widened = output(sint(130));

    Wide() {
      UInt pattern = lit(PATTERN, 130);
      sum.assign(y.add(x));
      carry.assign(y.addExpand(y));
      difference.assign(q.subExpand(p));
      // A narrow factor: a full 100 x 130 multiplier takes Yosys half a minute to synthesise.
      product.assign(x.mul(scale));
      joined.assign(cat(x, y));
      upper.assign(y.slice(129, 60));
      UInt toggled = y.xor(pattern);
      flipped.assign(toggled);
      Bool same = y.eq(pattern);
      equal.assign(same);
      arithmeticShift.assign(p.shiftRight(70));
      logicalShift.assign(y.shiftRight(amt));
      less.assign(p.lt(q));
      widened.assign(p.extend(130));
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Wide::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  @Test
  void arithmeticOnWideOperands() {
    v.assertLines("Wide", "wire [129:0] y_add_x = y + {30'd0, x};");
    v.assertLines("Wide", "wire [130:0] y_add_y = {1'd0, y} + {1'd0, y};");
    v.assertLines("Wide", "wire [130:0] q_sub_p = {q[129], q} - {{31{p[99]}}, p};");
    v.assertLines("Wide", "wire [103:0] x_mul_scale = {4'd0, x} * {100'd0, scale};");
  }

  @Test
  void concatenationAndSliceBeyond64Bits() {
    v.assertLines("Wide", "wire [229:0] cat_x_y = {x, y};");
    v.assertLines("Wide", "wire [69:0] y_129_60 = y[129:60];");
  }

  @Test
  void constantsBeyond64BitsAreWrittenInFull() {
    v.assertLines("Wide", "wire [129:0] toggled = y ^ 130'h200000000deadbeefcafebabe12345678;");
    v.assertLines("Wide", "wire same = y == 130'h200000000deadbeefcafebabe12345678;");
  }

  @Test
  void shiftsAndSignedCompareOnWideValues() {
    v.assertLines("Wide", "wire [99:0] p_shr70 = {{70{p[99]}}, p[99:70]};");
    v.assertLines("Wide", "wire [129:0] y_dshr_amt = y >> amt;");
    v.assertLines("Wide", "wire p_lt_q = $signed({{30{p[99]}}, p}) < $signed(q);");
    v.assertLines("Wide", "wire [129:0] p_ext = {{30{p[99]}}, p};");
  }
}
