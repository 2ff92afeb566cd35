package dev.gemini.bench;

import dev.gemini.lockstep.TransactionComparator;
import dev.gemini.testbench.DuplexHarness;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import dev.hdl.testing.RandomCircuit;
import dev.hdl.testing.Stimulus;
import dev.gemini.differential.BackendComparison;
import dev.hdl.verilator.VerilatorSimulator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** S3 and S4: the JVM backend's start-up and speed against Verilator's, and their agreement. */
final class JvmBackendFigures {
  private static final int S4_CYCLES = Integer.getInteger("bench.s4.cycles", 1_000_000);
  private static final int DUPLEX_CYCLES = Integer.getInteger("bench.duplex.cycles", 100_000);

  private JvmBackendFigures() {}

  static void run() {
    firstCycle();
    smallDesignSpeed();
    duplexSpeed();
    agreement();
  }

  /** S3: from opening the largest real design (two GEs and their link) to its first cycle done. */
  private static void firstCycle() {
    Design design = DuplexHarness.elaborated(4).design();
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      try (Simulation sim = new JvmSimulator().open(design, SimOptions.defaults())) {
        sim.step();
        best = Math.min(best, (System.nanoTime() - start) / 1e6);
      }
    }
    Bench.report("S3.first_cycle_ms", best, "ms (two GEs and their link, best of 5, target <= 200)");
  }

  /** S3: a poke/step/peek loop on the transaction comparator, each backend in turn. */
  private static void smallDesignSpeed() {
    Design design = Elaboration.elaborate(TransactionComparator::new);
    Stimulus stimulus = Stimulus.random(design.topModule(), 4096, 3);
    double jvm = loopRate(new JvmSimulator(), design, stimulus);
    double verilator = loopRate(new VerilatorSimulator(), design, stimulus);
    Bench.report("S3.ratio_vs_verilator.TransactionComparator", jvm / verilator, "x (jvm " + Math.round(jvm)
        + " cycles/s, verilator " + Math.round(verilator) + " cycles/s, target >= 1.0)");
  }

  private static double loopRate(Simulator simulator, Design design, Stimulus stimulus) {
    try (Simulation sim = simulator.open(design, SimOptions.defaults())) {
      List<SimSignal> in = new ArrayList<>();
      stimulus.inputs().forEach(n -> in.add(sim.signal(n.name())));
      SimSignal out = sim.signal(stimulus.outputs().get(0).name());
      long[][] values = new long[stimulus.values().length][in.size()];
      for (int c = 0; c < values.length; c++) {
        for (int i = 0; i < in.size(); i++) {
          BigInteger v = stimulus.values()[c][i];
          values[c][i] = v.longValue();
        }
      }
      long sink = 0;
      double best = 0;
      for (int round = 0; round < 8; round++) {
        long start = System.nanoTime();
        for (int c = 0; c < 200_000; c++) {
          long[] row = values[c & (values.length - 1)];
          for (int i = 0; i < row.length; i++) {
            in.get(i).set(row[i] & mask(in.get(i).width()));
          }
          sim.step();
          sink += out.get();
        }
        best = Math.max(best, 200_000 / ((System.nanoTime() - start) / 1e9));
      }
      if (sink == 42) {
        System.out.print("");
      }
      return best;
    }
  }

  private static long mask(int width) {
    return width >= 64 ? -1L : (1L << width) - 1;
  }

  /** S3: the two-GE system under the CPU and IO models' traffic, each backend in turn. */
  private static void duplexSpeed() {
    double jvm = duplexRate(new JvmSimulator());
    double verilator = duplexRate(new VerilatorSimulator());
    Bench.report("S3.ratio_vs_verilator.DuplexSystem", jvm / verilator, "x (jvm " + Math.round(jvm)
        + " cycles/s, verilator " + Math.round(verilator) + " cycles/s, models included, target >= 0.5)");
  }

  private static double duplexRate(Simulator simulator) {
    try (DuplexHarness h = new DuplexHarness(simulator, 4, 5, 0.5, 0.05)) {
      for (int c = 0; c < 5_000; c++) {
        h.cycle();
      }
      long start = System.nanoTime();
      int cycles = 30_000;
      for (int c = 0; c < cycles; c++) {
        h.cycle();
      }
      return cycles / ((System.nanoTime() - start) / 1e9);
    }
  }

  /** S4: outputs and registers compared every cycle between the JVM backend and Verilator. */
  private static void agreement() {
    long differences = 0;
    long cycles = 0;
    List<Design> designs = new ArrayList<>();
    designs.add(Elaboration.elaborate(TransactionComparator::new));
    for (long seed = 9000; seed < 9003; seed++) {
      long s = seed;
      designs.add(Elaboration.elaborate(() -> new RandomCircuit(s, 24, true)));
    }
    for (Design d : designs) {
      differences += differencesIn(() -> BackendComparison.compare(d, new JvmSimulator(), new VerilatorSimulator(),
          S4_CYCLES, 77));
      cycles += S4_CYCLES;
    }
    Bench.report("S4.differences", differences, "(" + designs.size() + " designs x " + S4_CYCLES
        + " cycles, jvm against verilator, target 0)");
    long duplex = differencesIn(JvmBackendFigures::duplexAgreement);
    Bench.report("S4.differences.DuplexSystem", duplex, "(" + DUPLEX_CYCLES + " cycles under traffic, target 0)");
  }

  private static long duplexAgreement() {
    try (DuplexHarness jvm = new DuplexHarness(new JvmSimulator(), 4, 33, 0.5, 0.05);
        DuplexHarness verilator = new DuplexHarness(new VerilatorSimulator(), 4, 33, 0.5, 0.05)) {
      List<SimSignal[]> registers = BackendComparison.registers(jvm.sim.design(), jvm.sim, verilator.sim);
      for (int c = 0; c < DUPLEX_CYCLES; c++) {
        BackendComparison.requireEqual(registers, "DuplexSystem", c, "jvm", "verilator");
        jvm.cycle();
        verilator.cycle();
      }
    }
    return 0;
  }

  /** 0 when the comparison ran clean; 1, with the difference printed, when it stopped at one. */
  private static long differencesIn(java.util.function.LongSupplier comparison) {
    try {
      return comparison.getAsLong();
    } catch (AssertionError e) {
      System.out.println("  " + e.getMessage());
      return 1;
    }
  }
}
