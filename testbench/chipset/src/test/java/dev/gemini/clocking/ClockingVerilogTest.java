package dev.gemini.clocking;

import dev.hdl.Elaboration;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import org.junit.jupiter.api.Test;

/** The clocking blocks' Verilog passes Verilator's linter, Icarus and Yosys. */
class ClockingVerilogTest {
  @Test
  void thePhaseAlignerIsAcceptedByTheThreeTools() {
    VerilogTools.assertAcceptedByAll(VerilogOutput.of(Elaboration.elaborate(PhaseAligner::new)), "PhaseAligner");
  }

  @Test
  void theResetSequencerIsAcceptedByTheThreeTools() {
    VerilogTools.assertAcceptedByAll(VerilogOutput.of(Elaboration.elaborate(ResetSequencer::new)), "ResetSequencer");
  }
}
