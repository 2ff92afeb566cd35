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

/** Two clock domains in one module, with a toggle crossing from one to the other through two flops. */
class ClockDomainsTest {
  static final class TwoClocks extends Component {
    final Bool fastClk = input(bool());
    final Bool fastRst = input(bool());
    final Bool slowClk = input(bool());
    final Bool slowRst = input(bool());
    final Bool pulse = input(bool());
    final Bool seen = output(bool());
    final UInt ticks = output(uint(4));

    TwoClocks() {
      ClockDomain fast = clockDomain(fastClk, fastRst, ResetKind.SYNC, false);
      ClockDomain slow = clockDomain(slowClk, slowRst, ResetKind.SYNC, false);
      Bool crossing = wire(bool());
      withDomain(fast, () -> {
        Bool toggle = reg(bool(), false);
        toggle.assign(toggle.xor(pulse));
        crossing.assign(toggle);
      });
      withDomain(slow, () -> {
        Bool meta = reg(bool(), false);
        synchronizerStage(meta);
        meta.assign(crossing);
        Bool stable = regNext(meta);
        seen.assign(stable);
        UInt count = reg(uint(4), 0);
        count.assign(count.add(1));
        ticks.assign(count);
      });
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(TwoClocks::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  @Test
  void eachRegisterIsClockedByItsDomain() {
    v.assertLines("TwoClocks", """
        always @(posedge fastClk) begin
          if (fastRst) begin
            toggle <= 1'd0;
          end else begin
            toggle <= toggle_xor_pulse;
          end
        end
        """);
    v.assertLines("TwoClocks", """
        always @(posedge slowClk) begin
          if (slowRst) begin
            meta <= 1'd0;
          end else begin
            meta <= crossing;
          end
        end
        """);
    v.assertLines("TwoClocks", """
        always @(posedge slowClk) begin
          stable <= meta;
        end
        """);
  }

  /** Declaring domains on inputs adds no default clock or reset port. */
  @Test
  void noImplicitClockPortsWhenEveryRegisterHasADomain() {
    v.assertNoLineContains("TwoClocks", "input  wire clk");
  }
}
