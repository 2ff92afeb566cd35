package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rv32ui and rv32um test of riscv-tests runs to its end on the core and passes. */
@ExtendWith(SimulationExtension.class)
class RiscvTestsTest {
  /** Far more than the longest test takes (a few thousand cycles). */
  static final long MAX_CYCLES = 200_000;

  private static final Design DESIGN = Elaboration.elaborate(CpuTestSystem::new);

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
    long[] program = RiscvTestSuite.program(test).words();
    try (Simulation sim = simulator.open(DESIGN)) {
      for (int i = 0; i < program.length; i++) {
        sim.writeMemory("ram", i, BigInteger.valueOf(program[i]));
      }
      sim.reset(2);
      sim.runUntil(() -> sim.peek("done") == 1, MAX_CYCLES);
      long tohost = sim.peek("tohost");
      assertEquals(1, tohost, test + ": " + RiscvTestSuite.describe(tohost) + " (tohost " + tohost + ") at cycle "
          + sim.cycle());
    }
  }
}
