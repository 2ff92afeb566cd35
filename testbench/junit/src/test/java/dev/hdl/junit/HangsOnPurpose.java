package dev.hdl.junit;

import dev.hdl.Elaboration;
import dev.hdl.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test bench that never ends, run only by {@link FailureArtifactsTest} through the JUnit launcher
 * with a short time limit: it waits for a total that its stimulus never makes, a cycle a
 * millisecond, as a bench waiting on something outside it would.
 */
@ExtendWith(SimulationExtension.class)
class HangsOnPurpose {
  @Test
  void waitsForEver(TestSimulator simulator) throws InterruptedException {
    try (Simulation sim = simulator.open(Elaboration.elaborate(FailsOnPurpose.Summer::new))) {
      sim.reset(1);
      sim.poke("in", 2);
      while (sim.peek("total") != 1) { // an even total, for ever
        sim.step();
        Thread.sleep(1);
      }
    }
  }
}
