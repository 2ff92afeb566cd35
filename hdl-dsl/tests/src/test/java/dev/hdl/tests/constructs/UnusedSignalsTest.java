package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.testing.Emitted;
import org.junit.jupiter.api.Test;

/** Signals nothing reads are told to the linter, which -Wall would otherwise stop at. */
class UnusedSignalsTest {
  static final class Spares extends Component {
    final UInt a = input(uint(8));
    final Bool spare0 = input(bool());
    final Bool spare1 = input(bool());
    final Bool top = output(bool());

    Spares() {
      UInt low = a.slice(3, 0);
      UInt high = a.slice(7, 4);
      top.assign(a.bit(7));
    }
  }

  /** One lint_off / lint_on pair around a run of unused signals, not one per signal. */
  @Test
  void adjacentUnusedSignalsShareOneLintRegion() {
    Emitted v = Emitted.of(Spares::new);
    v.assertLines("Spares", """
          input  wire [7:0] a,
          /* verilator lint_off UNUSEDSIGNAL */
          input  wire spare0,
          input  wire spare1,
          /* verilator lint_on UNUSEDSIGNAL */
          output wire top
        );
          /* verilator lint_off UNUSEDSIGNAL */
          wire [3:0] low = a[3:0];
          wire [3:0] high = a[7:4];
          /* verilator lint_on UNUSEDSIGNAL */
          wire a_7 = a[7];
        """);
    v.assertAcceptedByAll();
  }
}
