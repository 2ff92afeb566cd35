package dev.gemini.clocking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.testbench.PhasePlant;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.verilator.VerilatorSimulator;
import org.junit.jupiter.api.Test;

/** The Verilator model of the aligner follows the JVM one tap for tap in the same plant. */
class PhaseAlignerBackendsTest {
  private static final int CYCLES = 4000;

  private static int[] taps(Simulation sim) {
    sim.reset(2);
    PhasePlant plant = PhaseAlignerTest.plant(-3210, 9);
    int[] taps = new int[CYCLES];
    for (int n = 0; n < CYCLES; n++) {
      plant.cycle(sim, PhaseAlignerTest.ALIGNER);
      taps[n] = (int) sim.peek(PhaseAlignerTest.ALIGNER.tap);
    }
    assertEquals(1, sim.peek(PhaseAlignerTest.ALIGNER.locked));
    return taps;
  }

  @Test
  void verilatorAndTheJvmBackendAgreeEveryCycle() {
    int[] jvm;
    try (Simulation sim = PhaseAlignerTest.open(new JvmSimulator())) {
      jvm = taps(sim);
    }
    try (Simulation sim = new VerilatorSimulator().open(PhaseAlignerTest.ELABORATED.design(), SimOptions.defaults())) {
      assertArrayEquals(jvm, taps(sim));
    }
  }
}
