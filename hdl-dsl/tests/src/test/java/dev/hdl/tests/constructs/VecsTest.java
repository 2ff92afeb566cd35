package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.Vec;
import dev.hdl.testing.Emitted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Vectors: elements as numbered ports, a read at a run-time index, and a write at one. */
class VecsTest {
  static final class Lanes extends Component {
    final Vec<UInt> in = input(vec(3, uint(8)));
    final UInt sel = input(uint(2));
    final UInt value = input(uint(8));
    final UInt picked = output(uint(8));
    final Vec<UInt> out = output(vec(3, uint(8)));

    Lanes() {
      picked.assign(in.get(sel));
      for (int i = 0; i < 3; i++) {
        out.get(i).assign(in.get(i));
      }
      out.assignAt(sel, value);
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Lanes::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  @Test
  void elementsAreNumberedPorts() {
    v.assertLines("Lanes", """
        input  wire [7:0] in_0,
        input  wire [7:0] in_1,
        input  wire [7:0] in_2,
        """);
  }

  /** Indices past the end read the last element. */
  @Test
  void readAtARuntimeIndexIsAMuxChain() {
    v.assertLines("Lanes", """
        wire sel_eq_1 = sel == 2'd1;
        wire [7:0] mux_sel_eq_1 = sel_eq_1 ? in_1 : in_2;
        wire sel_eq_0 = sel == 2'd0;
        wire [7:0] mux_sel_eq_0 = sel_eq_0 ? in_0 : mux_sel_eq_1;
        """);
    v.assertLines("Lanes", "assign picked = mux_sel_eq_0;");
  }

  @Test
  void writeAtARuntimeIndexOverridesOnlyTheChosenElement() {
    v.assertLines("Lanes", """
        always @(*) begin
          out_1 = in_1;
          if (sel_eq_1_1) begin
            out_1 = value;
          end
        end
        """);
  }
}
