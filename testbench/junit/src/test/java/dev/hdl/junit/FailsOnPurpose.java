package dev.hdl.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.hdl.Hdl.*;

/**
 * A test bench that fails on purpose, run only by {@link FailureArtifactsTest} through the JUnit
 * launcher (its name keeps it out of the build's own test run), on the backend the {@code
 * hdl.sim.backend} property names.
 */
@ExtendWith(SimulationExtension.class)
class FailsOnPurpose {
  static final int FAILING_CYCLE = 20;

  static final class Summer extends Component {
    final UInt in = input(uint(8));
    final UInt total = output(uint(8));

    Summer() {
      UInt sum = reg(uint(8), 0);
      sum.assign(sum.add(in));
      total.assign(sum);
    }
  }

  @Test
  void failsAtCycleTwenty(TestSimulator simulator) {
    try (Simulation sim = simulator.open(Elaboration.elaborate(Summer::new))) {
      sim.reset(1);
      long expected = 0;
      while (sim.cycle() < FAILING_CYCLE + 5) {
        int in = simulator.random().nextInt(256);
        sim.poke("in", in);
        sim.step();
        expected = (expected + in) & 0xff;
        long wrongOnce = sim.cycle() == FAILING_CYCLE ? expected ^ 1 : expected;
        assertEquals(wrongOnce, sim.peek("total"), "total at cycle " + sim.cycle());
      }
    }
  }

  @Test
  void passes(TestSimulator simulator) {
    try (Simulation sim = simulator.open(Elaboration.elaborate(Summer::new))) {
      sim.reset(1);
      sim.poke("in", 3);
      sim.step(4);
      assertEquals(12, sim.peek("total"));
    }
  }
}
