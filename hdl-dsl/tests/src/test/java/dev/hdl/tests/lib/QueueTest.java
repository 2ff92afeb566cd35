package dev.hdl.tests.lib;

import static dev.hdl.Hdl.uint;
import static dev.hdl.tests.lib.Lockstep.bits;
import static dev.hdl.tests.lib.Lockstep.chance;

import dev.hdl.lib.Queue;
import dev.hdl.sim.Simulator;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Queue against a Java deque: every word out in order, full and empty on the cycle they happen. */
class QueueTest {
  /**
   * A bounded deque. The stream rates change every few hundred cycles, so that the queue runs
   * full, empty and in between, and at one word a cycle both ways.
   */
  static final class Model implements Lockstep.Model {
    private static final int[] RATES = {10, 50, 90, 100};
    private final int depth;
    private final ArrayDeque<Long> words = new ArrayDeque<>();
    private int cycle;
    private int pushRate;
    private int popRate;

    Model(int depth) {
      this.depth = depth;
    }

    @Override
    public Map<String, Long> inputs(Random random) {
      if (cycle++ % 300 == 0) {
        pushRate = RATES[random.nextInt(RATES.length)];
        popRate = RATES[random.nextInt(RATES.length)];
      }
      return Map.of("rst", chance(random, 0.2), "in_valid", chance(random, pushRate),
          "in_payload", bits(random, 8), "out_ready", chance(random, popRate));
    }

    @Override
    public Map<String, Long> outputs(Map<String, Long> in) {
      Map<String, Long> out = new HashMap<>(Map.of("in_ready", words.size() < depth ? 1L : 0L,
          "out_valid", words.isEmpty() ? 0L : 1L, "count", (long) words.size()));
      if (!words.isEmpty()) {
        out.put("out_payload", words.peek());
      }
      return out;
    }

    @Override
    public void clock(Map<String, Long> in) {
      if (in.get("rst") == 1) {
        words.clear();
        return;
      }
      boolean push = in.get("in_valid") == 1 && words.size() < depth;
      if (in.get("out_ready") == 1 && !words.isEmpty()) {
        words.remove();
      }
      if (push) {
        words.add(in.get("in_payload"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void holdsFourWords(Simulator backend) {
    Lockstep.run(backend, () -> new Queue<>(uint(8), 4), new Model(4), 6000);
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void holdsThreeWordsRoundARingThatIsNoPowerOfTwo(Simulator backend) {
    Lockstep.run(backend, () -> new Queue<>(uint(8), 3), new Model(3), 6000);
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void holdsOneWord(Simulator backend) {
    Lockstep.run(backend, () -> new Queue<>(uint(8), 1), new Model(1), 3000);
  }
}
