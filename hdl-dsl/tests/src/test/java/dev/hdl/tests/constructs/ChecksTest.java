package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.ResetKind;
import dev.hdl.UInt;
import dev.hdl.testing.Emitted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Assertions, assumptions and covers: immediate SystemVerilog checks in a clocked block that
 * skips reset, plain for a formal tool and with a message naming the Java line for simulators.
 */
class ChecksTest {
  static final class Checked extends Component {
    final Bool sclk = input(bool());
    final Bool srst_n = input(bool());
    final UInt level = input(uint(4));
    final Bool valid = input(bool());

    Checked() {
      assertThat(level.ne(15), "level never saturates");
      assume(valid.or(level.eq(0)), "an idle input is quiet");
      cover(level.eq(8), "half full");
      when(valid, () -> assertThat(level.gt(0), "valid data has a level"));
      ClockDomain side = clockDomain(sclk, srst_n, ResetKind.ASYNC, true);
      withDomain(side, () -> assertThat(level.lt(12), "the side clock sees room"));
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Checked::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  /** Synthesis drops the checks, but a formal flow must see every one of them. */
  @Test
  void formalFlowSeesEveryCheck() {
    v.assertFormalChecks(3, 1, 1);
  }

  @Test
  void checksRunOnTheClockOutOfResetAndOutsideSynthesis() {
    v.assertLines("Checked", """
        `ifndef SYNTHESIS
          always @(posedge clk) begin
            if (!rst) begin
        `ifdef FORMAL
              assert (level_ne_15);
        `else
        """);
    v.assertLineMatches("Checked",
        "assert \\(level_ne_15\\) else \\$error\\(\"ChecksTest\\.java:\\d+: level never saturates\"\\);");
  }

  @Test
  void assumptionsAndCovers() {
    v.assertLines("Checked", """
        `ifdef FORMAL
              assume (valid_or_level_eq_0);
        `else
        """);
    v.assertLineMatches("Checked",
        "assume \\(valid_or_level_eq_0\\) else \\$error\\(\"ChecksTest\\.java:\\d+: an idle input is quiet\"\\);");
    v.assertLines("Checked", "cover (level_eq_8);");
  }

  @Test
  void checkUnderWhenIsGuardedByItsCondition() {
    v.assertLines("Checked", """
        if (valid) begin
        `ifdef FORMAL
          assert (level_gt_0);
        """);
  }

  /** A domain with an active-low reset checks while its reset input is high. */
  @Test
  void eachDomainChecksOnItsOwnClock() {
    v.assertLines("Checked", """
          always @(posedge sclk) begin
            if (srst_n) begin
        `ifdef FORMAL
              assert (level_lt_12);
        """);
    v.assertNoLineContains("Checked", "!(");
  }
}
