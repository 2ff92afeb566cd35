package dev.hdl.junit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hdl.Elaboration;
import dev.hdl.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test bench that fails after a long run, run only by {@link FailureArtifactsTest} through the
 * JUnit launcher: its traced replay records only the last cycles.
 */
@ExtendWith(SimulationExtension.class)
class FailsLateOnPurpose {
  static final int FAILING_CYCLE = 3 * (int) SimulationExtension.TRACED_CYCLES;

  @Test
  void failsLate(TestSimulator simulator) {
    try (Simulation sim = simulator.open(Elaboration.elaborate(FailsOnPurpose.Summer::new))) {
      sim.reset(1);
      sim.poke("in", 1);
      sim.step(FAILING_CYCLE - 1 - (int) sim.cycle());
      sim.step();
      assertNotEquals(FAILING_CYCLE, sim.cycle(), "the run reached cycle " + sim.cycle());
    }
  }
}
