package dev.hdl.tests.random;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.testing.VerilogTools;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The JVM backend and Icarus, running the emitted Verilog, agree on random circuits every cycle. */
public class DifferentialTest {
  static final int DESIGNS = Integer.getInteger("diff.designs", 200);
  static final int CYCLES = Integer.getInteger("diff.cycles", 10_000);

  @Test
  void jvmSimulatorAgreesWithIcarusOnRandomCircuits() throws Exception {
    assumeTrue(VerilogTools.onPath("iverilog"), "iverilog is not installed; `make test` installs it");
    long only = Long.getLong("diff.seed", -1);
    // Icarus runs as a separate process: two at a time keep both cores busy.
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      pool.submit(() -> LongStream.range(0, DESIGNS).parallel().map(d -> only >= 0 ? only : 1000 + d).distinct()
          .forEach(DifferentialTest::randomDesign)).get();
    } finally {
      pool.shutdown();
    }
  }

  private static void randomDesign(long seed) {
    Design design = Elaboration.elaborate(() -> new RandomCircuit(seed, 24, seed % 3 == 0));
    againstIcarus(design, CYCLES, seed);
  }

  /** Runs {@code design} in Icarus and in the JVM on the same random stimulus and compares them. */
  public static void againstIcarus(Design design, int cycles, long seed) {
    Stimulus stimulus = Stimulus.random(design.topModule(), cycles, seed);
    try {
      compare(design, stimulus, IcarusReference.run(design, stimulus), seed);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs the JVM model on the same stimulus; fails at the first differing output and cycle. */
  static void compare(Design design, Stimulus stimulus, BigInteger[][] reference, long seed) {
    try (Simulation sim = new JvmSimulator().open(design, SimOptions.defaults().seed(seed))) {
      List<SimSignal> in = new ArrayList<>();
      stimulus.inputs().forEach(n -> in.add(sim.signal(n.name())));
      List<SimSignal> out = new ArrayList<>();
      stimulus.outputs().forEach(n -> out.add(sim.signal(n.name())));
      for (int c = 0; c < stimulus.values().length; c++) {
        for (int i = 0; i < in.size(); i++) {
          in.get(i).set(stimulus.values()[c][i]);
        }
        for (int o = 0; c >= Stimulus.COMPARED_FROM && o < out.size(); o++) {
          BigInteger expected = reference[c][o];
          BigInteger actual = out.get(o).getBig();
          if (!actual.equals(expected)) {
            fail("seed " + seed + ": output '" + out.get(o).path() + "' differs at cycle " + c + ": Icarus "
                + (expected == null ? "x" : "0x" + expected.toString(16)) + ", JVM 0x" + actual.toString(16)
                + " (replay: -Ddiff.seed=" + seed + ")");
          }
        }
        sim.step();
      }
    }
  }
}
