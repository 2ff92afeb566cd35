package dev.gemini.clocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.testbench.PhasePlant;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The aligner closes the loop with the plant: it finds the edge from anywhere, then holds it. */
@ExtendWith(SimulationExtension.class)
class PhaseAlignerTest {
  static final int TAPS = 64;
  static final double JITTER_PS = 25;
  static final double DRIFT_PS_PER_CYCLE = 0.004;
  static final double METASTABLE_PS = 10;
  static final int LATENCY = 2;
  static final Elaborated<PhaseAligner> ELABORATED = Elaboration.elaborateTop(PhaseAligner::new);
  /** The aligner of every simulation {@link #open} opens. */
  static final PhaseAligner ALIGNER = ELABORATED.top();

  static Simulation open(Simulator simulator) {
    Simulation sim = simulator.open(ELABORATED.design(), SimOptions.defaults());
    sim.reset(2);
    return sim;
  }

  static PhasePlant plant(double skewPs, long seed) {
    return new PhasePlant(TAPS, skewPs, JITTER_PS, DRIFT_PS_PER_CYCLE, METASTABLE_PS, LATENCY, seed);
  }

  /** Cycles until lock, or -1. */
  static int lock(Simulation sim, PhasePlant plant, int max) {
    for (int n = 1; n <= max; n++) {
      plant.cycle(sim, ALIGNER);
      if (sim.peek(ALIGNER.locked) == 1) {
        return n;
      }
    }
    return -1;
  }

  /** The worst residual, in taps, over some cycles of tracking; fails if lock is lost. */
  static int track(Simulation sim, PhasePlant plant, int cycles) {
    int worst = 0;
    for (int n = 0; n < cycles; n++) {
      plant.cycle(sim, ALIGNER);
      assertEquals(1, sim.peek(ALIGNER.locked), "lock held at cycle " + sim.cycle());
      worst = Math.max(worst, plant.residualTaps((int) sim.peek(ALIGNER.tap)));
    }
    return worst;
  }

  private static void assertWindowBrackets(Simulation sim, int ideal) {
    int lo = (int) sim.peek(ALIGNER.windowLo);
    int hi = (int) sim.peek(ALIGNER.windowHi);
    int below = Math.floorMod(ideal - lo, TAPS);
    int above = Math.floorMod(hi - ideal, TAPS);
    assertTrue(below >= 1 && below <= 2 && above >= 0 && above <= 2,
        "window " + lo + ".." + hi + " around tap " + ideal);
  }

  @Test
  void locksWhenTheEdgeIsAtTheBottomOfTheRange(TestSimulator simulator) {
    try (Simulation sim = open(simulator)) {
      // Zero error at tap 0: the sweep starts on the edge and must go round once to see it from below.
      PhasePlant plant = plant(0, 1);
      int cycles = lock(sim, plant, 4000);
      assertTrue(cycles > 0 && cycles <= 2 * TAPS * 20 + 20, "locked after " + cycles);
      assertTrue(plant.residualTaps((int) sim.peek(ALIGNER.tap)) <= 1, "tap " + sim.peek(ALIGNER.tap));
      assertWindowBrackets(sim, plant.idealTap());
      assertTrue(track(sim, plant, 20_000) <= 1);
    }
  }

  @Test
  void locksWhenTheEdgeIsAtTheTopOfTheRange(TestSimulator simulator) {
    try (Simulation sim = open(simulator)) {
      PhasePlant plant = plant(100, 2);
      assertEquals(TAPS - 1, plant.idealTap());
      int cycles = lock(sim, plant, 4000);
      assertTrue(cycles > 0 && cycles <= TAPS * 20 + 20, "locked after " + cycles);
      assertTrue(plant.residualTaps((int) sim.peek(ALIGNER.tap)) <= 1, "tap " + sim.peek(ALIGNER.tap));
      assertWindowBrackets(sim, TAPS - 1);
      assertTrue(track(sim, plant, 20_000) <= 1);
    }
  }

  @Test
  void residualStaysWithinOneTapWhileTheSkewDriftsAcrossSeveralTaps(TestSimulator simulator) {
    try (Simulation sim = open(simulator)) {
      PhasePlant plant = plant(-2345, 3);
      assertTrue(lock(sim, plant, 4000) > 0);
      int before = (int) sim.peek(ALIGNER.tap);
      // 0.004 ps more skew a cycle over 100k cycles: 400 ps, four taps fewer of delay.
      assertTrue(track(sim, plant, 100_000) <= 1);
      int moved = Math.floorMod(before - (int) sim.peek(ALIGNER.tap), TAPS);
      assertTrue(moved >= 3 && moved <= 5, "moved " + moved);
    }
  }

  @Test
  void aStepOfSkewLosesLockAndTheSearchFindsTheNewEdge(TestSimulator simulator) {
    try (Simulation sim = open(simulator)) {
      PhasePlant plant = plant(1234, 4);
      assertTrue(lock(sim, plant, 4000) > 0);
      track(sim, plant, 2000);
      plant.jump(2000);
      int lostAt = -1;
      for (int n = 1; n <= 200 && lostAt < 0; n++) {
        plant.cycle(sim, ALIGNER);
        if (sim.peek(ALIGNER.lockLost) == 1) {
          lostAt = n;
        }
      }
      assertTrue(lostAt > 0, "lock lost after the step");
      assertEquals(0, sim.peek(ALIGNER.locked));
      assertTrue(lock(sim, plant, 4000) > 0, "locked again");
      assertTrue(plant.residualTaps((int) sim.peek(ALIGNER.tap)) <= 1);
      assertTrue(track(sim, plant, 10_000) <= 1);
    }
  }
}
