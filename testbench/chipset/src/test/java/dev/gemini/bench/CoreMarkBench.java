package dev.gemini.bench;

import dev.gemini.cpu.CoreMark;
import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import dev.hdl.verilator.VerilatorSimulator;

/**
 * CPU.coremark_per_mhz, CPU.cycles_per_s, CPU.ratio_vs_plain_verilator and AREA.cpu_cells:
 * CoreMark's performance run on the module's CPU in the CPU test system, on each back end (both
 * must report the same ticks and CRCs) and on a plain Verilator model of the same RTL.
 */
final class CoreMarkBench {
  private static final int ITERATIONS = Integer.getInteger("bench.coremarkIterations", 10);
  private static final long MAX_CYCLES = 1_000_000L * ITERATIONS + 2_000_000;

  private CoreMarkBench() {}

  static void run() {
    Elaborated<CpuTestSystem> system = Elaboration.elaborateTop(CpuTestSystem::new);
    Timed verilator = timed(new VerilatorSimulator(), system);
    Timed jvm = timed(new JvmSimulator(), system);
    if (verilator.result.ticks() != jvm.result.ticks() || verilator.result.crcFinal() != jvm.result.crcFinal()) {
      throw new IllegalStateException("the back ends disagree: Verilator " + verilator.result.ticks() + " ticks, crc "
          + verilator.result.crcFinal() + "; JVM " + jvm.result.ticks() + " ticks, crc " + jvm.result.crcFinal());
    }
    CoreMark.Result r = verilator.result;
    Bench.report("CPU.coremark_per_mhz", r.perMhz(), String.format(
        "CoreMark/MHz (simulation, %d iterations, %s; target >= 2.5, goal 3.0; %d cycles; CRCs %s; crcfinal 0x%04x)",
        r.iterations(), "gcc " + CoreMark.OPTIMISATION, r.ticks(), r.crcsValid() ? "valid" : "WRONG", r.crcFinal()));
    Bench.report("CPU.cycles_per_s.verilator", verilator.cyclesPerSecond(), "cycles/s (CoreMark on the CPU test system)");
    Bench.report("CPU.cycles_per_s.jvm", jvm.cyclesPerSecond(), "cycles/s (CoreMark on the CPU test system)");
    PlainVerilatorCpu.Run plain = new PlainVerilatorCpu().run(CoreMark.image(ITERATIONS), MAX_CYCLES);
    if (plain.tohost() != 1) {
      throw new IllegalStateException("CoreMark on the plain Verilator model ended with tohost " + plain.tohost());
    }
    Bench.report("CPU.ratio_vs_plain_verilator", verilator.cyclesPerSecond() / plain.cyclesPerSecond(), String.format(
        "x (the harness's cycles/s over plain Verilator's, -O3 --x-assign fast and no public signals, %.4g cycles/s;"
        + " the same CoreMark image)", plain.cyclesPerSecond()));
    SynthesisArea.report("AREA.cpu_cells", "Rv32Cpu");
  }

  private record Timed(CoreMark.Result result, long cycles, double seconds) {
    double cyclesPerSecond() {
      return cycles / seconds;
    }
  }

  /** One run; the clock starts after the model is built and loaded, with the first cycle. */
  private static Timed timed(Simulator backend, Elaborated<CpuTestSystem> system) {
    try (Simulation sim = backend.open(system.design())) {
      long start = System.nanoTime();
      CoreMark.Result result = CoreMark.run(sim, system.top(), ITERATIONS, MAX_CYCLES);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Timed(result, sim.cycle(), seconds);
    }
  }
}
