package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rv32ui and rv32um test of riscv-tests runs to its end on the core and passes. */
@ExtendWith(SimulationExtension.class)
class RiscvTestsTest {
  /** Far more than the longest test takes (a few thousand cycles). */
  static final long MAX_CYCLES = 200_000;

  private static final Elaborated<CpuTestSystem> SYSTEM = Elaboration.elaborateTop(CpuTestSystem::new);

  static List<String> tests() {
    return RiscvTestSuite.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tests")
  void passes(String test, TestSimulator simulator) {
    run(test, simulator);
  }

  /** Runs a program of the suite on the test system until it writes tohost, and asserts a pass. */
  static void run(String test, TestSimulator simulator) {
    try (Simulation sim = simulator.open(SYSTEM.design())) {
      Firmware.Run run = Firmware.run(sim, SYSTEM.top(), RiscvTestSuite.program(test), MAX_CYCLES);
      assertEquals(1, run.tohost(), test + ": " + RiscvTestSuite.describe(run.tohost()) + " (tohost " + run.tohost()
          + ") after " + run.cycles() + " cycles");
    }
  }
}
