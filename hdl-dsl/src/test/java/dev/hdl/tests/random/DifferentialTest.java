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
import org.junit.jupiter.api.Test;

/** The JVM backend and Icarus, running the emitted Verilog, agree on random circuits every cycle. */
class DifferentialTest {
  static final int DESIGNS = Integer.getInteger("diff.designs", 200);
  static final int CYCLES = Integer.getInteger("diff.cycles", 10_000);

  @Test
  void jvmSimulatorAgreesWithIcarusOnRandomCircuits() throws Exception {
    assumeTrue(VerilogTools.onPath("iverilog"), "iverilog is not installed; `make test` installs it");
    for (int d = 0; d < DESIGNS; d++) {
      long seed = 1000 + d;
      Design design = Elaboration.elaborate(() -> new RandomCircuit(seed, 24, seed % 3 == 0));
      Stimulus stimulus = Stimulus.random(design.topModule(), CYCLES, seed);
      BigInteger[][] reference = IcarusReference.run(design, stimulus);
      compare(design, stimulus, reference, seed);
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
