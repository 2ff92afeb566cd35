package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.testing.Emitted;
import dev.hdl.verilog.VerilogOutput;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Instances, the wires that bind their ports, and which modules they elaborate to. */
class HierarchyTest {
  static final class Adder extends Component {
    final UInt in = input(uint(8));
    final UInt out = output(uint(8));

    Adder(int increment) {
      UInt sum = reg(uint(8), 0);
      sum.assign(in.add(increment));
      out.assign(sum);
    }
  }

  /** Two identical adders and one with another increment, in a chain. */
  static final class Chain extends Component {
    final UInt x = input(uint(8));
    final UInt y = output(uint(8));

    Chain() {
      Adder first = instance(() -> new Adder(1));
      Adder second = instance(() -> new Adder(1));
      Adder third = instance(() -> new Adder(2));
      first.in.assign(x);
      second.in.assign(first.out);
      third.in.assign(second.out);
      y.assign(third.out);
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Chain::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  @Test
  void identicalInstancesShareOneModuleAndVariantsAreNumbered() {
    assertEquals(List.of("Adder.v", "Adder_1.v", "Chain.v"),
        v.output().files().get(VerilogOutput.FILE_LIST).lines().toList());
    v.assertLines("Chain", "Adder second (");
    v.assertLines("Chain", "Adder_1 third (");
    v.assertLines("Adder", "wire [7:0] in_add_1 = in + 8'd1;");
    v.assertLines("Adder_1", "wire [7:0] in_add_2 = in + 8'd2;");
  }

  /** A second top that shares the first adder with the chain. */
  static final class Single extends Component {
    final UInt x = input(uint(8));
    final UInt y = output(uint(8));

    Single() {
      Adder only = instance(() -> new Adder(1));
      only.in.assign(x);
      y.assign(only.out);
    }
  }

  @Test
  void designsWrittenTogetherShareTheirCommonModulesAndOneFileList() {
    VerilogOutput both = VerilogOutput.of(List.of(Elaboration.elaborate(Chain::new), Elaboration.elaborate(Single::new)));
    assertEquals(List.of("Adder.v", "Adder_1.v", "Chain.v", "Single.v"),
        both.files().get(VerilogOutput.FILE_LIST).lines().toList());
    assertTrue(both.files().get(VerilogOutput.NAME_MAP).contains("\"Single\": {"));
  }

  @Test
  void designsWrittenTogetherMayNotGiveOneNameToTwoModules() {
    // Single's only adder is Chain's first: named Adder in both. A lone Adder(2) is named Adder too.
    Design other = Elaboration.elaborate(() -> new Adder(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VerilogOutput.of(List.of(Elaboration.elaborate(Chain::new), other)));
    assertTrue(e.getMessage().contains("different modules named Adder"), e.getMessage());
  }

  @Test
  void eachPortIsAWireNamedAfterTheInstance() {
    v.assertLines("Chain", """
        wire [7:0] first_in;
        wire [7:0] first_out;
        wire first_clk;
        wire first_rst;
        """);
    v.assertLines("Chain", """
        Adder first (
          .in  (first_in),
          .out (first_out),
          .clk (first_clk),
          .rst (first_rst)
        );
        """);
  }

  /** The parent drives its children's inputs, including the default clock and reset. */
  @Test
  void parentDrivesInputsAndReadsOutputsThroughThoseWires() {
    v.assertLines("Chain", "assign first_in = x;");
    v.assertLines("Chain", "assign second_in = first_out;");
    v.assertLines("Chain", "assign y = third_out;");
    v.assertLines("Chain", "assign first_clk = clk;");
  }
}
