package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hdl.BlackBox;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.testing.Emitted;
import dev.hdl.verilog.VerilogOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An external Verilog module: instantiated by name with its parameters, listed by its file. */
class BlackBoxTest {
  static final String FIFO_FILE = "vendor/vendor_fifo.v";
  static final String FIFO_VERILOG = """
      module vendor_fifo #(parameter DEPTH = 4, parameter NAME = "fifo") (
        input  wire       clk,
        input  wire [7:0] din,
        output reg  [7:0] dout
      );
        initial $display("%s: %0d words", NAME, DEPTH);
        always @(posedge clk) dout <= din;
      endmodule
      """;

  static final class VendorFifo extends BlackBox {
    final Bool clk = input(bool());
    final UInt din = input(uint(8));
    final UInt dout = output(uint(8));

    VendorFifo(int depth) {
      super("vendor_fifo", FIFO_FILE);
      parameter("DEPTH", Integer.toString(depth));
      parameter("NAME", "\"rx\"");
    }
  }

  static final class Receiver extends Component {
    final Bool sclk = input(bool());
    final UInt data = input(uint(8));
    final UInt word = output(uint(8));

    Receiver() {
      VendorFifo queue = instance(() -> new VendorFifo(16));
      queue.clk.assign(sclk);
      queue.din.assign(data);
      word.assign(queue.dout);
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Receiver::new);
  }

  @Test
  void acceptedByAllToolsWithTheVendorFile() {
    v.assertAcceptedByAll(Map.of(FIFO_FILE, FIFO_VERILOG));
  }

  @Test
  void instantiatedByItsVerilogNameWithParameters() {
    v.assertLines("Receiver", """
        vendor_fifo #(.DEPTH(16), .NAME("rx")) queue (
          .clk  (queue_clk),
          .din  (queue_din),
          .dout (queue_dout)
        );
        """);
  }

  /** Its own file is listed before the modules that use it, and no Verilog is written for it. */
  @Test
  void itsFileIsInTheFileListInsteadOfAnEmittedModule() {
    assertEquals(List.of(FIFO_FILE, "Receiver.v"), v.output().files().get(VerilogOutput.FILE_LIST).lines().toList());
    assertFalse(v.output().files().containsKey("vendor_fifo.v"));
  }

  static final String CELLS_FILE = "vendor/cells.v";

  static final class CellA extends BlackBox {
    final UInt a = input(uint(4));
    final UInt y = output(uint(4));

    CellA() {
      super("cell_a", CELLS_FILE);
    }
  }

  static final class CellB extends BlackBox {
    final UInt a = input(uint(4));
    final UInt y = output(uint(4));

    CellB() {
      super("cell_b", CELLS_FILE);
    }
  }

  static final class TwoCells extends Component {
    final UInt in = input(uint(4));
    final UInt out = output(uint(4));

    TwoCells() {
      CellA first = instance(CellA::new);
      CellB second = instance(CellB::new);
      first.a.assign(in);
      second.a.assign(first.y);
      out.assign(second.y);
    }
  }

  /** Two black boxes from one file: listed once, or the tools would see each module twice. */
  @Test
  void aFileOfSeveralBlackBoxesIsListedOnce() {
    Emitted cells = Emitted.of(TwoCells::new);
    assertEquals(List.of(CELLS_FILE, "TwoCells.v"), cells.output().files().get(VerilogOutput.FILE_LIST).lines().toList());
    cells.assertAcceptedByAll(Map.of(CELLS_FILE, """
        /* verilator lint_off DECLFILENAME */
        module cell_a (input wire [3:0] a, output wire [3:0] y);
          assign y = a + 4'd1;
        endmodule

        module cell_b (input wire [3:0] a, output wire [3:0] y);
          assign y = ~a;
        endmodule
        """));
  }
}
