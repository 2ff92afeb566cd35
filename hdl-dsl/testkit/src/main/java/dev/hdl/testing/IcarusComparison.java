package dev.hdl.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The JVM simulator against Icarus running the emitted Verilog, on one random stimulus, every cycle. */
public final class IcarusComparison {
  private IcarusComparison() {}

  /** Runs {@code design} in Icarus and in the JVM on the same random stimulus and compares them. */
  public static void againstIcarus(Design design, int cycles, long seed) {
    Stimulus stimulus = Stimulus.random(design.topModule(), cycles, seed);
    try {
      compare(design, stimulus, IcarusReference.run(design, stimulus), seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
