package dev.gemini.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The leaky bucket alone: one error in, one out per period, nearly full one error before capacity. */
@ExtendWith(SimulationExtension.class)
class LeakyBucketTest {
  private static final Elaborated<LeakyBucket> ELABORATED = Elaboration.elaborateTop(LeakyBucket::new);
  private static final LeakyBucket BUCKET = ELABORATED.top();

  private static Simulation bucket(TestSimulator simulator, int capacity, int period) {
    Simulation sim = simulator.open(ELABORATED.design(), SimOptions.defaults());
    sim.poke(BUCKET.capacity, capacity);
    sim.poke(BUCKET.period, period);
    sim.reset(1);
    return sim;
  }

  private static void hit(Simulation sim) {
    sim.poke(BUCKET.hit, 1);
    sim.step();
    sim.poke(BUCKET.hit, 0);
  }

  @Test
  void errorsFasterThanThePeriodFillIt(TestSimulator simulator) {
    try (Simulation sim = bucket(simulator, 3, 100)) {
      hit(sim);
      assertEquals(0, sim.peek(BUCKET.nearlyFull));
      hit(sim);
      assertEquals(2, sim.peek(BUCKET.level));
      assertEquals(1, sim.peek(BUCKET.nearlyFull), "the next error would bring it to the capacity");
    }
  }

  @Test
  void oneErrorLeaksOutEveryPeriod(TestSimulator simulator) {
    try (Simulation sim = bucket(simulator, 8, 50)) {
      hit(sim);
      hit(sim);
      sim.step(48);
      assertEquals(2, sim.peek(BUCKET.level), "not before the period");
      sim.step(1);
      assertEquals(1, sim.peek(BUCKET.level));
      sim.step(50);
      assertEquals(0, sim.peek(BUCKET.level));
      sim.step(500);
      assertEquals(0, sim.peek(BUCKET.level), "an empty bucket stays empty");
    }
  }

  @Test
  void spacedErrorsNeverFillItAndClearEmptiesIt(TestSimulator simulator) {
    try (Simulation sim = bucket(simulator, 2, 20)) {
      for (int i = 0; i < 50; i++) {
        hit(sim);
        sim.step(25);
        assertEquals(0, sim.peek(BUCKET.level), "error " + i + " leaked out before the next");
      }
      hit(sim);
      sim.poke(BUCKET.clear, 1);
      sim.step();
      assertEquals(0, sim.peek(BUCKET.level));
    }
  }
}
