package dev.gemini.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.datamover.DataMover;
import dev.gemini.testbench.DuplexHarness;
import dev.gemini.testbench.resync.ResyncRig;
import dev.gemini.testbench.resync.ResyncRun;
import dev.gemini.lockstep.TransactionComparator;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimSignal;
import dev.hdl.testing.VerilogTools;
import dev.hdl.testing.IcarusComparison;
import dev.hdl.testing.RandomCircuit;
import dev.hdl.verilator.VerilatorSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JVM backend and Verilator agree, output by output and register by register, on random
 * circuits and on the chipset's real designs; the real designs also agree with Icarus.
 */
class BackendDifferentialTest {
  private static final int RANDOM_DESIGNS = Integer.getInteger("diff.verilator.designs", 12);
  private static final int CYCLES = 10_000;

  @Test
  void jvmAndVerilatorAgreeOnRandomCircuits() {
    VerilogTools.requireTool("verilator");
    for (int d = 0; d < RANDOM_DESIGNS; d++) {
      long seed = 5000 + d;
      Design design = Elaboration.elaborate(() -> new RandomCircuit(seed, 24, seed % 2 == 0));
      BackendComparison.compare(design, new JvmSimulator(), new VerilatorSimulator(), CYCLES, seed);
    }
  }

  @Test
  void jvmAndVerilatorAgreeOnTheTransactionComparator() {
    VerilogTools.requireTool("verilator");
    Design design = Elaboration.elaborate(TransactionComparator::new);
    BackendComparison.compare(design, new JvmSimulator(), new VerilatorSimulator(), CYCLES, 11);
    IcarusComparison.againstIcarus(design, CYCLES, 11);
  }

  /**
   * Two GEs joined by their cross-link, under the CPU and IO models' legal traffic (random
   * stimulus would break the GE's handshakes and stop the run at its first assertion).
   */
  @Test
  void jvmAndVerilatorAgreeOnTwoGeminiEnginesUnderTraffic() {
    VerilogTools.requireTool("verilator");
    try (DuplexHarness jvm = new DuplexHarness(new JvmSimulator(), 4, 21, 0.5, 0.05);
        DuplexHarness verilator = new DuplexHarness(new VerilatorSimulator(), 4, 21, 0.5, 0.05)) {
      List<SimSignal[]> registers = BackendComparison.registers(jvm.sim.design(), jvm.sim, verilator.sim);
      for (int c = 0; c < CYCLES; c++) {
        BackendComparison.requireEqual(registers, "DuplexSystem under traffic, seed 21", c, "jvm", "verilator");
        jvm.cycle();
        verilator.cycle();
      }
    }
  }

  /** The resync rig through a whole resynchronisation: brownout passes, blackout, duplex. */
  @Test
  void jvmAndVerilatorAgreeOnTheDataMoverThroughAResync() {
    VerilogTools.requireTool("verilator");
    ResyncRun.Workload workload = new ResyncRun.Workload(31, 24, 96, 12);
    try (ResyncRun jvm = new ResyncRun(new JvmSimulator(), ResyncRig.Config.DEFAULT, workload);
        ResyncRun verilator = new ResyncRun(new VerilatorSimulator(), ResyncRig.Config.DEFAULT, workload)) {
      List<SimSignal[]> registers = BackendComparison.registers(jvm.sim.design(), jvm.sim, verilator.sim);
      Map<Integer, Integer> script = Map.of(5, DataMover.CMD_COPY_ALL, 2300, DataMover.CMD_COPY_DIRTY,
          4600, DataMover.CMD_COPY_DIRTY, 6900, DataMover.CMD_BLACKOUT);
      for (int c = 0; c < CYCLES; c++) {
        BackendComparison.requireEqual(registers, "ResyncRig, workload " + workload, c, "jvm", "verilator");
        Integer command = script.get(c);
        for (ResyncRun run : new ResyncRun[] {jvm, verilator}) {
          if (command != null) {
            run.registers.command(command);
          } else {
            run.sim.step();
          }
        }
      }
      assertEquals(1, jvm.sim.peek(jvm.top.synced), "the script reached the end of a resync");
    }
  }
}
