package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.SInt;
import dev.hdl.UInt;
import dev.hdl.testing.Emitted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operator on small operands, one output each. Each emitted expression must give its
 * operands the operator's width explicitly, so that no Verilog sizing or signedness rule applies.
 */
class OperatorsTest {
  static final class Operators extends Component {
    final UInt a = input(uint(8));
    final UInt b = input(uint(8));
    final UInt n = input(uint(4));
    final SInt s = input(sint(8));
    final SInt t = input(sint(8));
    final SInt r = input(sint(4));
    final UInt amt = input(uint(4));

    final UInt add = output(uint(8));
    final UInt addExpand = output(uint(9));
    final UInt addNarrow = output(uint(8));
    final UInt addConst = output(uint(8));
    final SInt saddNarrow = output(sint(8));
    final UInt sub = output(uint(8));
    final SInt subExpand = output(sint(9));
    final SInt subConst = output(sint(8));
    final UInt mul = output(uint(16));
    final SInt smul = output(sint(12));
    final SInt neg = output(sint(9));
    final UInt bitAnd = output(uint(8));
    final UInt bitOr = output(uint(8));
    final UInt bitXor = output(uint(8));
    final UInt bitNot = output(uint(8));
    final UInt shl = output(uint(8));
    final UInt shr = output(uint(8));
    final SInt sshr = output(sint(8));
    final UInt dshl = output(uint(8));
    final UInt dshr = output(uint(8));
    final SInt sdshr = output(sint(8));
    final Bool lt = output(bool());
    final Bool slt = output(bool());
    final Bool sle = output(bool());
    final Bool sgeConst = output(bool());
    final Bool gtConst = output(bool());
    final Bool eq = output(bool());
    final Bool neConst = output(bool());
    final UInt pick = output(uint(8));
    final UInt joined = output(uint(9));
    final SInt middle = output(sint(5));
    final Bool bitAt = output(bool());
    final Bool allOnes = output(bool());
    final Bool anyOne = output(bool());
    final Bool parity = output(bool());
    final UInt zext = output(uint(12));
    final SInt sext = output(sint(12));
    final SInt narrowed = output(sint(4));
    final SInt reinterpreted = output(sint(8));

    Operators() {
      add.assign(a.add(b));
      addExpand.assign(a.addExpand(b));
      addNarrow.assign(a.add(n));
      addConst.assign(a.add(200));
      saddNarrow.assign(s.add(r));
      sub.assign(a.sub(b));
      subExpand.assign(s.subExpand(t));
      subConst.assign(s.sub(-3));
      mul.assign(a.mul(b));
      smul.assign(s.mul(r));
      neg.assign(s.neg());
      bitAnd.assign(a.and(b));
      bitOr.assign(a.or(b));
      bitXor.assign(a.xor(b));
      bitNot.assign(a.not());
      shl.assign(a.shiftLeft(3));
      shr.assign(a.shiftRight(3));
      sshr.assign(s.shiftRight(3));
      dshl.assign(a.shiftLeft(amt));
      dshr.assign(a.shiftRight(amt));
      sdshr.assign(s.shiftRight(amt));
      lt.assign(a.lt(b));
      slt.assign(s.lt(t));
      sle.assign(s.le(r));
      sgeConst.assign(s.ge(-3));
      gtConst.assign(a.gt(100));
      eq.assign(a.eq(b));
      neConst.assign(a.ne(7));
      pick.assign(mux(s.lt(t), a, b));
      joined.assign(cat(a.slice(3, 0), n, s.bit(7)));
      middle.assign(s.slice(6, 2));
      bitAt.assign(a.bit(amt));
      allOnes.assign(a.andReduce());
      anyOne.assign(a.orReduce());
      parity.assign(a.xorReduce());
      zext.assign(a.extend(12));
      sext.assign(s.extend(12));
      narrowed.assign(s.resize(4));
      reinterpreted.assign(a.asSInt());
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Operators::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  @Test
  void arithmeticWidensOperandsByTheirSignedness() {
    v.assertLines("Operators", "wire [7:0] a_add_b = a + b;");
    v.assertLines("Operators", "wire [8:0] a_add_b_1 = {1'd0, a} + {1'd0, b};");
    v.assertLines("Operators", "wire [7:0] a_add_n = a + {4'd0, n};");
    v.assertLines("Operators", "wire [7:0] a_add_200 = a + 8'd200;");
    v.assertLines("Operators", "wire [7:0] s_add_r = s + {{4{r[3]}}, r};");
    v.assertLines("Operators", "wire [8:0] s_sub_t = {s[7], s} - {t[7], t};");
    v.assertLines("Operators", "wire [7:0] s_sub_m3 = s - 8'd253;");
    v.assertLines("Operators", "wire [15:0] a_mul_b = {8'd0, a} * {8'd0, b};");
    v.assertLines("Operators", "wire [11:0] s_mul_r = {{4{s[7]}}, s} * {{8{r[3]}}, r};");
    v.assertLines("Operators", "wire [8:0] neg_s = -{s[7], s};");
  }

  @Test
  void bitwiseOperatorsKeepTheWidth() {
    v.assertLines("Operators", """
        wire [7:0] a_and_b = a & b;
        wire [7:0] a_or_b = a | b;
        wire [7:0] a_xor_b = a ^ b;
        wire [7:0] not_a = ~a;
        """);
  }

  /** Constant shifts are concatenations: the fill is explicit, sign bits for signed values. */
  @Test
  void constantShiftsConcatenateTheFill() {
    v.assertLines("Operators", """
        wire [7:0] a_shl3 = {a[4:0], 3'd0};
        wire [7:0] a_shr3 = {3'd0, a[7:3]};
        wire [7:0] s_shr3 = {{3{s[7]}}, s[7:3]};
        """);
  }

  @Test
  void signedShiftRightByASignalIsArithmetic() {
    v.assertLines("Operators", """
        wire [7:0] a_dshl_amt = a << amt;
        wire [7:0] a_dshr_amt = a >> amt;
        wire [7:0] s_dshr_amt = $unsigned($signed(s) >>> amt);
        """);
  }

  @Test
  void signedComparisonsCompareSignedValues() {
    v.assertLines("Operators", "wire a_lt_b = a < b;");
    v.assertLines("Operators", "wire s_lt_t = $signed(s) < $signed(t);");
    v.assertLines("Operators", "wire s_le_r = $signed(s) <= $signed({{4{r[3]}}, r});");
    v.assertLines("Operators", "wire s_ge_m3 = $signed(s) >= -8'sd3;");
    v.assertLines("Operators", "wire a_gt_100 = a > 8'd100;");
    v.assertLines("Operators", "wire a_eq_b = a == b;");
    v.assertLines("Operators", "wire a_ne_7 = a != 8'd7;");
  }

  @Test
  void selectionConcatenationAndSlices() {
    v.assertLines("Operators", "wire [7:0] mux_s_lt_t_1 = s_lt_t_1 ? a : b;");
    v.assertLines("Operators", "wire [8:0] cat_a_3_0_n_s_7 = {a_3_0, n, s_7};");
    v.assertLines("Operators", "wire [4:0] s_6_2 = s[6:2];");
    // A dynamic bit select reads only bit 0 of the shift, which the linter must be told.
    v.assertLines("Operators", """
        /* verilator lint_off UNUSEDSIGNAL */
        wire [7:0] a_dshr_amt_1 = a >> amt;
        /* verilator lint_on UNUSEDSIGNAL */
        wire a_dshr_amt_1_0 = a_dshr_amt_1[0];
        """);
  }

  @Test
  void reductionsAndResizing() {
    v.assertLines("Operators", """
        wire and_reduce_a = &a;
        wire or_reduce_a = |a;
        wire xor_reduce_a = ^a;
        wire [11:0] a_ext = {4'd0, a};
        wire [11:0] s_ext = {{4{s[7]}}, s};
        wire [3:0] s_3_0 = s[3:0];
        wire [7:0] a_cast = a;
        """);
  }
}
