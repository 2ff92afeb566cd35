package dev.gemini;

import dev.gemini.datamover.DataMover;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import org.junit.jupiter.api.Test;

/** The chipset's Verilog, as make rtl writes it, passes Verilator's linter, Icarus and Yosys. */
class ChipsetVerilogTest {
  @Test
  void theGeminiEngineIsAcceptedByTheThreeTools() {
    VerilogTools.assertAcceptedByAll(VerilogOutput.of(Elaboration.elaborate(GeminiEngine::new)), "GeminiEngine");
  }

  /** The Data Mover, with a bitmap of one word and of several. */
  @Test
  void theDataMoverIsAcceptedByTheThreeTools() {
    for (DataMover.Config config : new DataMover.Config[] {new DataMover.Config(5, 6, 4), new DataMover.Config(3, 8, 4)}) {
      Design mover = Elaboration.elaborate(() -> new DataMover(config));
      VerilogTools.assertAcceptedByAll(VerilogOutput.of(mover), mover.top());
    }
  }
}
