package dev.gemini.cpu;

import dev.hdl.Elaboration;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import org.junit.jupiter.api.Test;

/** The CPU's Verilog passes Verilator's linter, Icarus and Yosys. */
class CpuVerilogTest {
  @Test
  void theCpuIsAcceptedByTheThreeTools() {
    VerilogTools.assertAcceptedByAll(VerilogOutput.of(Elaboration.elaborate(Rv32Cpu::new)), "Rv32Cpu");
  }
}
