package dev.gemini.bench;

import dev.gemini.cpu.CpuIcarusBench;
import dev.gemini.cpu.Firmware;
import dev.gemini.cpu.RiscvTestSuite;
import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.gemini.testbench.cpu.TraceComparison;
import dev.gemini.testbench.cpu.iss.Rv32Iss;
import dev.gemini.testbench.cpu.random.RandomProgram;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import dev.hdl.verilator.VerilatorSimulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU on riscv-tests, on each back end and on Icarus, and against its ISS over random
 * programs, on each back end: the programs whose retire trace differed from the ISS's anywhere.
 * The back ends' speed on the CPU is {@link CoreMarkBench}'s.
 */
final class CpuBench {
  /** Retired instructions compared per back end. */
  private static final long INSTRUCTIONS = Long.getLong("bench.cpu.instructions", 1_000_000);
  private static final int BLOCKS = 4_000;
  /** Far more than the longest riscv-test takes. */
  private static final long RISCV_TEST_CYCLES = 200_000;

  private CpuBench() {}

  static void run() {
    Elaborated<CpuTestSystem> system = Elaboration.elaborateTop(CpuTestSystem::new);
    riscvTests(system);
    long differences = 0;
    long retired = 0;
    long programs = 0;
    for (Simulator simulator : List.of(new JvmSimulator(), new VerilatorSimulator())) {
      try (Simulation sim = simulator.open(system.design(), SimOptions.defaults())) {
        TraceComparison comparison = new TraceComparison(sim, system.top().retire);
        long here = 0;
        long seed = 0;
        while (here < INSTRUCTIONS) {
          long[] program = RandomProgram.generate(seed, BLOCKS);
          TraceComparison.Outcome outcome = comparison.run(program, new Rv32Iss(program));
          if (!(outcome instanceof TraceComparison.Agreed)) {
            differences++;
            System.err.println("bench: " + simulator.name() + ", random program " + seed + ": " + outcome.report());
          }
          here += outcome.retired();
          seed++;
        }
        retired += here;
        programs += seed;
      }
    }
    Bench.report("CPU.iss_differences", differences, "programs (of " + programs + " random programs, " + retired
        + " retired instructions compared with the ISS on jvm and verilator, target 0)");
  }

  /** CPU.riscv_tests_passed: the fewest of the rv32ui and rv32um tests passed anywhere. */
  private static void riscvTests(Elaborated<CpuTestSystem> system) {
    List<String> tests = RiscvTestSuite.names();
    Map<String, Integer> passed = new LinkedHashMap<>();
    for (Simulator simulator : List.of(new JvmSimulator(), new VerilatorSimulator())) {
      int n = 0;
      for (String test : tests) {
        try (Simulation sim = simulator.open(system.design())) {
          n += Firmware.run(sim, system.top(), RiscvTestSuite.program(test), RISCV_TEST_CYCLES).passed() ? 1 : 0;
        }
      }
      passed.put(simulator.name(), n);
    }
    passed.put("icarus", (int) tests.stream()
        .filter(t -> CpuIcarusBench.tohost(RiscvTestSuite.program(t), RISCV_TEST_CYCLES) == 1).count());
    Bench.report("CPU.riscv_tests_passed", passed.values().stream().mapToInt(Integer::intValue).min().orElseThrow(),
        "of " + tests.size() + " rv32ui and rv32um tests (target all; " + passed + ")");
  }
}
