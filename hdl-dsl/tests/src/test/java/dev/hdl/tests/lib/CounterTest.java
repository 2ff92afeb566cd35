package dev.hdl.tests.lib;

import static dev.hdl.tests.lib.Lockstep.chance;

import dev.hdl.lib.Counter;
import dev.hdl.sim.Simulator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Counter against a model that counts enabled cycles modulo its modulus. */
class CounterTest {
  /** The count, cleared by reset, by clear when there is one, and wrapped at the modulus. */
  static final class Model implements Lockstep.Model {
    private final long modulus;
    private final boolean clearable;
    private long count;

    Model(long modulus, boolean clearable) {
      this.modulus = modulus;
      this.clearable = clearable;
    }

    @Override
    public Map<String, Long> inputs(Random random) {
      long rst = chance(random, 1);
      long enable = chance(random, 80);
      return clearable ? Map.of("rst", rst, "enable", enable, "clear", chance(random, 3))
          : Map.of("rst", rst, "enable", enable);
    }

    @Override
    public Map<String, Long> outputs(Map<String, Long> in) {
      return Map.of("value", count, "wrap", in.get("enable") == 1 && count == modulus - 1 ? 1L : 0L);
    }

    @Override
    public void clock(Map<String, Long> in) {
      if (in.get("rst") == 1 || in.getOrDefault("clear", 0L) == 1) {
        count = 0;
      } else if (in.get("enable") == 1) {
        count = (count + 1) % modulus;
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void countsModuloTenAndClears(Simulator backend) {
    Lockstep.run(backend, () -> Counter.withClear(10), new Model(10, true), 4000);
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void countsModuloAPowerOfTwoWithoutClear(Simulator backend) {
    Lockstep.run(backend, () -> new Counter(16), new Model(16, false), 4000);
  }
}
