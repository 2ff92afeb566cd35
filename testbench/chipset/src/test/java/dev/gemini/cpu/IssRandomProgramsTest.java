package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.fail;

import dev.gemini.testbench.cpu.TraceComparison;
import dev.gemini.testbench.cpu.iss.Rv32Iss;
import dev.gemini.testbench.cpu.random.RandomProgram;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Random programs from the test's seed, each retired instruction compared with the ISS's. */
@ExtendWith(SimulationExtension.class)
class IssRandomProgramsTest {
  static final int BLOCKS = 2_000;

  @RepeatedTest(8)
  void retiresAsTheIss(TestSimulator simulator) {
    long seed = simulator.random().nextLong();
    long[] program = RandomProgram.generate(seed, BLOCKS);
    try (Simulation sim = simulator.open(IssRiscvTestsTest.DESIGN)) {
      TraceComparison.Outcome outcome = new TraceComparison(sim).run(program, new Rv32Iss(program));
      if (!(outcome instanceof TraceComparison.Agreed)) {
        fail("random program " + seed + " (RandomProgram.generate(" + seed + "L, " + BLOCKS + ")): "
            + outcome.report());
      }
    }
  }
}
