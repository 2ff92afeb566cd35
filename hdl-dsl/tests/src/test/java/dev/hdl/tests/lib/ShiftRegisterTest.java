package dev.hdl.tests.lib;

import static dev.hdl.Hdl.sint;
import static dev.hdl.Hdl.uint;
import static dev.hdl.tests.lib.Lockstep.bits;
import static dev.hdl.tests.lib.Lockstep.chance;

import dev.hdl.lib.ShiftRegister;
import dev.hdl.sim.Simulator;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ShiftRegister against an array that shifts on enabled edges. */
class ShiftRegisterTest {
  static final class Model implements Lockstep.Model {
    private final int width;
    private final long[] stages;

    Model(int width, int stages) {
      this.width = width;
      this.stages = new long[stages];
    }

    @Override
    public Map<String, Long> inputs(Random random) {
      return Map.of("rst", chance(random, 0.5), "in", bits(random, width), "enable", chance(random, 60));
    }

    @Override
    public Map<String, Long> outputs(Map<String, Long> in) {
      return Map.of("out", stages[stages.length - 1]);
    }

    @Override
    public void clock(Map<String, Long> in) {
      if (in.get("rst") == 1) {
        Arrays.fill(stages, 0);
      } else if (in.get("enable") == 1) {
        System.arraycopy(stages, 0, stages, 1, stages.length - 1);
        stages[0] = in.get("in");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void delaysByThreeEnabledEdges(Simulator backend) {
    Lockstep.run(backend, () -> new ShiftRegister<>(uint(8), 3), new Model(8, 3), 4000);
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void delaysSignedValuesByOneEnabledEdge(Simulator backend) {
    Lockstep.run(backend, () -> new ShiftRegister<>(sint(5), 1), new Model(5, 1), 2000);
  }
}
