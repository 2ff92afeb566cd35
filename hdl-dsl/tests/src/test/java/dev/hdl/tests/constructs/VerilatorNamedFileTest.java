package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import org.junit.jupiter.api.Test;

/**
 * A design described in a file whose name starts with a tool's name: its locators must not read
 * as that tool's directives ({@code // verilator ...}).
 */
class VerilatorNamedFileTest {

  static final class Passthrough extends Component {
    final UInt a = input(uint(4));
    final UInt y = output(uint(4));

    Passthrough() {
      y.assign(a);
    }
  }

  @Test
  void locatorsOfSuchAFileAreNotDirectives() {
    VerilogOutput out = VerilogOutput.of(Elaboration.elaborate(Passthrough::new));
    String v = out.module("Passthrough");
    assertTrue(v.contains("// at VerilatorNamedFileTest.java:"), v);
    VerilogTools.assertAcceptedByAll(out, "Passthrough");
  }
}
