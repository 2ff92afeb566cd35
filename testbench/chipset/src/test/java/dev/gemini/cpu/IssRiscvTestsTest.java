package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.gemini.testbench.cpu.TraceComparison;
import dev.gemini.testbench.cpu.iss.Rv32Iss;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every riscv-test and machine-mode test, each retired instruction compared with the ISS's. */
@ExtendWith(SimulationExtension.class)
class IssRiscvTestsTest {
  static final Design DESIGN = Elaboration.elaborate(CpuTestSystem::new);

  static List<String> tests() {
    List<String> all = new ArrayList<>(RiscvTestSuite.names());
    all.addAll(RiscvTestSuite.machineTests());
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tests")
  void retiresAsTheIss(String test, TestSimulator simulator) {
    long[] program = RiscvTestSuite.program(test);
    try (Simulation sim = simulator.open(DESIGN)) {
      TraceComparison.Outcome outcome = new TraceComparison(sim).run(program, new Rv32Iss(program));
      if (!(outcome instanceof TraceComparison.Agreed)) {
        fail(test + ": " + outcome.report());
      }
      assertEquals(1, sim.peek("tohost"), test + " ran as the ISS has it, but failed: " + outcome.report());
    }
  }
}
