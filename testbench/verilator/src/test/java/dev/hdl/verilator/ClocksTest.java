package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import org.junit.jupiter.api.Test;

/** Two clocks driven by the simulator, counted in cycles of the first. */
class ClocksTest {
  @Test
  void secondClockTicksAtItsOwnPeriod() {
    SimOptions options = SimOptions.defaults().clock("clk", 2, 0).clock("clk2", 6, 0);
    try (Simulation sim = new VerilatorSimulator().open(TestDesigns.twoClocks(), options)) {
      sim.reset(3);
      long fast = sim.peek("fast");
      long slow = sim.peek("slow");
      sim.step(9);
      assertEquals(fast + 9, sim.peek("fast"));
      assertEquals(slow + 3, sim.peek("slow"), "a period of three cycles");
      assertEquals(12, sim.cycle());
    }
  }

  @Test
  void phaseShiftsTheEdgesWithinTheCycle() {
    // clk2 has the period of clk but rises half a cycle later: both count every cycle.
    SimOptions options = SimOptions.defaults().clock("clk", 4, 0).clock("clk2", 4, 2);
    try (Simulation sim = new VerilatorSimulator().open(TestDesigns.twoClocks(), options)) {
      sim.reset(2);
      sim.step(10);
      assertEquals(10, sim.peek("fast"));
      assertEquals(10, sim.peek("slow"));
    }
  }

  @Test
  void withoutOptionsOnlyClkIsDriven() {
    try (Simulation sim = new VerilatorSimulator().open(TestDesigns.twoClocks(), SimOptions.defaults())) {
      sim.reset(2);
      sim.step(5);
      assertEquals(5, sim.peek("fast"));
      assertEquals(0, sim.peek("slow"));
    }
  }
}
