package dev.gemini.bench;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.gemini.testbench.cpu.TraceComparison;
import dev.gemini.testbench.cpu.iss.Rv32Iss;
import dev.gemini.testbench.cpu.random.RandomProgram;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import dev.hdl.verilator.VerilatorSimulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU against its ISS over random programs, on each back end: the programs whose retire trace
 * differed from the ISS's anywhere, and the cycles a second each back end simulates the test
 * system at, running the same programs without the comparison (the JVM's as a ratio to
 * Verilator's, measured in the same run).
 */
final class CpuBench {
  /** Retired instructions compared per back end. */
  private static final long INSTRUCTIONS = Long.getLong("bench.cpu.instructions", 1_000_000);
  private static final int BLOCKS = 4_000;
  private static final long MAX_CYCLES = 1_000_000;
  private static final String VERILATOR = new VerilatorSimulator().name();

  private CpuBench() {}

  static void run() {
    Design design = Elaboration.elaborate(CpuTestSystem::new);
    long differences = 0;
    long retired = 0;
    long programs = 0;
    Map<String, Double> rates = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    for (Simulator simulator : List.of(new JvmSimulator(), new VerilatorSimulator())) {
      try (Simulation sim = simulator.open(design, SimOptions.defaults())) {
        TraceComparison comparison = new TraceComparison(sim);
        long here = 0;
        long seed = 0;
        long cycles = 0;
        long nanos = 0;
        while (here < INSTRUCTIONS) {
          long[] program = RandomProgram.generate(seed, BLOCKS);
          TraceComparison.Outcome outcome = comparison.run(program, new Rv32Iss(program));
          if (!(outcome instanceof TraceComparison.Agreed)) {
            differences++;
            System.err.println("bench: " + simulator.name() + ", random program " + seed + ": " + outcome.report());
          }
          here += outcome.retired();
          // The same program again with nothing read but done: the speed of the back end alone.
          TraceComparison.load(sim, program);
          long start = System.nanoTime();
          cycles += sim.runUntil(() -> sim.peek("done") == 1, MAX_CYCLES);
          nanos += System.nanoTime() - start;
          seed++;
        }
        retired += here;
        programs += seed;
        rates.put(simulator.name(), cycles / (nanos / 1e9));
        totals.put(simulator.name(), cycles);
      }
    }
    Bench.report("CPU.iss_differences", differences, "programs (of " + programs + " random programs, " + retired
        + " retired instructions compared with the ISS on jvm and verilator, target 0)");
    double baseline = rates.get(VERILATOR);
    rates.forEach((name, rate) -> Bench.report("CPU.cycles_per_s." + name, Math.round(rate), "cycles/s (CpuTestSystem, "
        + totals.get(name) + " cycles of random programs; " + String.format(Locale.ROOT, "%.3g", rate / baseline)
        + "x verilator's)"));
  }


}
