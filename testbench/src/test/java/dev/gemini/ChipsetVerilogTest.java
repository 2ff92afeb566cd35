package dev.gemini;

import dev.hdl.Elaboration;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import org.junit.jupiter.api.Test;

/** The chipset's Verilog, as make rtl writes it, passes Verilator's linter, Icarus and Yosys. */
class ChipsetVerilogTest {
  @Test
  void theGeminiEngineIsAcceptedByTheThreeTools() {
    VerilogTools.assertAcceptedByAll(VerilogOutput.of(Elaboration.elaborate(GeminiEngine::new)), "GeminiEngine");
  }
}
