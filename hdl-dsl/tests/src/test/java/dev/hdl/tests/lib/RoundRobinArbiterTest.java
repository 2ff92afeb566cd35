package dev.hdl.tests.lib;

import static dev.hdl.tests.lib.Lockstep.bits;
import static dev.hdl.tests.lib.Lockstep.chance;

import dev.hdl.lib.RoundRobinArbiter;
import dev.hdl.sim.Simulator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** RoundRobinArbiter against a model that scans the requesters after the last one granted. */
class RoundRobinArbiterTest {
  static final class Model implements Lockstep.Model {
    private final int n;
    private int previous;

    Model(int n) {
      this.n = n;
      previous = n - 1;
    }

    @Override
    public Map<String, Long> inputs(Random random) {
      // Sparse, dense and full request patterns, so that the turn passes over idle requesters too.
      long request = switch (random.nextInt(4)) {
        case 0 -> bits(random, n) & bits(random, n);
        case 1 -> bits(random, n) | bits(random, n);
        case 2 -> (1L << n) - 1;
        default -> bits(random, n);
      };
      return Map.of("rst", chance(random, 0.5), "request", request);
    }

    @Override
    public Map<String, Long> outputs(Map<String, Long> in) {
      int granted = granted(in.get("request"));
      return Map.of("grant", granted < 0 ? 0L : 1L << granted);
    }

    @Override
    public void clock(Map<String, Long> in) {
      int granted = granted(in.get("request"));
      if (in.get("rst") == 1) {
        previous = n - 1;
      } else if (granted >= 0) {
        previous = granted;
      }
    }

    /** The first requester after the previous grant, or -1. */
    private int granted(long request) {
      for (int k = 1; k <= n; k++) {
        int candidate = (previous + k) % n;
        if ((request >> candidate & 1) == 1) {
          return candidate;
        }
      }
      return -1;
    }
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void grantsFiveRequestersInTurn(Simulator backend) {
    Lockstep.run(backend, () -> new RoundRobinArbiter(5), new Model(5), 5000);
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void grantsALoneRequesterWheneverItAsks(Simulator backend) {
    Lockstep.run(backend, () -> new RoundRobinArbiter(1), new Model(1), 1000);
  }
}
