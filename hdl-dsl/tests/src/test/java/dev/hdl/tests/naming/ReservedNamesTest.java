package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import org.junit.jupiter.api.Test;

/** Java names that Verilog cannot take as they are, and Java paths that name several signals. */
class ReservedNamesTest {

  static final class KeywordPorts extends Component {
    final UInt before = input(uint(8));
    final UInt matches = output(uint(8));

    KeywordPorts() {
      matches.assign(before);
    }
  }

  @Test
  void systemVerilogKeywordsGetATrailingUnderscore() {
    VerilogOutput out = VerilogOutput.of(Elaboration.elaborate(KeywordPorts::new));
    String v = out.module("KeywordPorts");
    assertTrue(v.contains("input  wire [7:0] before_"), v);
    assertTrue(v.contains("assign matches_ = before_;"), v);
    VerilogTools.assertAcceptedByAll(out, "KeywordPorts");
  }

  static final class ConstantFirst extends Component {
    final UInt a = input(uint(32));
    final UInt y = output(uint(32));

    ConstantFirst() {
      y.assign(lit(0x47450100L, 32).or(a));
    }
  }

  @Test
  void aTemporaryNamedAfterAConstantStillStartsWithALetterOrUnderscore() {
    VerilogOutput out = VerilogOutput.of(Elaboration.elaborate(ConstantFirst::new));
    assertTrue(out.module("ConstantFirst").contains("wire [31:0] _1195704576_or_a = "), out.module("ConstantFirst"));
    VerilogTools.assertAcceptedByAll(out, "ConstantFirst");
  }

  static final class LoopNames extends Component {
    final UInt a = input(uint(8));
    final UInt y = output(uint(8));

    LoopNames() {
      UInt last = a;
      for (int i = 0; i < 3; i++) {
        UInt t = last.add(1);
        last = t;
      }
      y.assign(last);
    }
  }

  @Test
  void theNameMapListsEveryNameAJavaPathGave() {
    String json = VerilogOutput.of(Elaboration.elaborate(LoopNames::new)).files().get(VerilogOutput.NAME_MAP);
    assertTrue(json.contains("\"LoopNames.new.t\": [\"t\", \"t_1\", \"t_2\"]"), json);
    assertEquals(1, json.split("LoopNames.new.t\"", -1).length - 1, json);
  }
}
