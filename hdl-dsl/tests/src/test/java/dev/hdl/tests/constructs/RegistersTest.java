package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.ResetKind;
import dev.hdl.UInt;
import dev.hdl.testing.Emitted;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registers of every reset flavour, with and without enable. */
class RegistersTest {
  static final class Registers extends Component {
    final Bool aclk = input(bool());
    final Bool arst_n = input(bool());
    final Bool bclk = input(bool());
    final Bool brst = input(bool());
    final Bool en = input(bool());
    final UInt d = input(uint(8));
    final UInt counted = output(uint(8));
    final UInt delayed = output(uint(8));
    final UInt held = output(uint(8));
    final UInt wide = output(uint(72));
    final UInt lowReset = output(uint(8));
    final UInt highReset = output(uint(8));

    Registers() {
      UInt count = reg(uint(8), 5);
      count.assign(count.add(1));
      counted.assign(count);
      UInt last = regNext(d);
      delayed.assign(last);
      UInt hold = reg(uint(8), 0);
      enable(hold, en);
      hold.assign(d);
      held.assign(hold);
      UInt big = reg(uint(72), BigInteger.ONE.shiftLeft(70));
      big.assign(big.add(1));
      wide.assign(big);
      ClockDomain lowAsync = clockDomain(aclk, arst_n, ResetKind.ASYNC, true);
      withDomain(lowAsync, () -> {
        UInt sample = reg(uint(8), 0xa5);
        sample.assign(d);
        lowReset.assign(sample);
      });
      ClockDomain highAsync = clockDomain(bclk, brst, ResetKind.ASYNC, false);
      withDomain(highAsync, () -> {
        UInt capture = reg(uint(8), 1);
        capture.assign(d);
        highReset.assign(capture);
      });
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Registers::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  @Test
  void synchronousResetIsTheFirstBranchOfTheClockedBlock() {
    v.assertLines("Registers", """
        always @(posedge clk) begin
          if (rst) begin
            count <= 8'd5;
          end else begin
            count <= count_add_1;
          end
        end
        """);
  }

  @Test
  void registerWithoutResetOnlyFollowsTheClock() {
    v.assertLines("Registers", """
        always @(posedge clk) begin
          last <= d;
        end
        """);
  }

  @Test
  void enableGuardsTheLoadButNotTheReset() {
    v.assertLines("Registers", """
        always @(posedge clk) begin
          if (rst) begin
            hold <= 8'd0;
          end else if (en) begin
            hold <= d;
          end
        end
        """);
  }

  @Test
  void resetValueWiderThan64Bits() {
    v.assertLines("Registers", "big <= 72'h400000000000000000;");
  }

  @Test
  void asynchronousActiveLowResetIsInTheSensitivityList() {
    v.assertLines("Registers", """
        always @(posedge aclk or negedge arst_n) begin
          if (!arst_n) begin
            sample <= 8'd165;
          end else begin
            sample <= d;
          end
        end
        """);
  }

  @Test
  void asynchronousActiveHighReset() {
    v.assertLines("Registers", """
        always @(posedge bclk or posedge brst) begin
          if (brst) begin
        """);
  }
}
