package dev.hdl.tests.lib;

import static dev.hdl.tests.lib.Lockstep.bits;

import dev.hdl.lib.BinaryToOneHot;
import dev.hdl.lib.OneHotToBinary;
import dev.hdl.lib.PriorityEncoder;
import dev.hdl.sim.Simulator;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The encoders and the decoder against Java's bit arithmetic. */
class EncodersTest {
  /** A block without state: its outputs are a function of the inputs drawn. */
  record Combinational(Function<Random, Map<String, Long>> draw, Function<Map<String, Long>, Map<String, Long>> function)
      implements Lockstep.Model {
    @Override
    public Map<String, Long> inputs(Random random) {
      return draw.apply(random);
    }

    @Override
    public Map<String, Long> outputs(Map<String, Long> in) {
      return function.apply(in);
    }

    @Override
    public void clock(Map<String, Long> in) {}
  }

  /** Values of {@code n} bits with one bit set most of the time, else none or any. */
  private static long mostlyOneHot(Random random, int n) {
    return switch (random.nextInt(8)) {
      case 0 -> 0;
      case 1 -> bits(random, n);
      default -> 1L << random.nextInt(n);
    };
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void priorityEncoderGivesTheLowestSetBit(Simulator backend) {
    Lockstep.run(backend, () -> new PriorityEncoder(7), new Combinational(
        random -> Map.of("in", random.nextBoolean() ? bits(random, 7) : mostlyOneHot(random, 7)),
        in -> Map.of("index", in.get("in") == 0 ? 0L : Long.numberOfTrailingZeros(in.get("in")),
            "valid", in.get("in") == 0 ? 0L : 1L)), 3000);
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void binaryToOneHotSetsTheIndexedBit(Simulator backend) {
    Lockstep.run(backend, () -> new BinaryToOneHot(5), new Combinational(
        random -> Map.of("index", bits(random, 3)),
        in -> Map.of("oneHot", in.get("index") < 5 ? 1L << in.get("index") : 0L)), 1000);
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void oneHotToBinaryGivesThePositionOfTheSetBit(Simulator backend) {
    Lockstep.run(backend, () -> new OneHotToBinary(8), new Combinational(
        random -> Map.of("oneHot", mostlyOneHot(random, 8)),
        in -> Map.of("index", positionsOred(in.get("oneHot")))), 3000);
  }

  /** The OR of the positions of the set bits: the position itself for a one-hot value. */
  private static long positionsOred(long value) {
    long index = 0;
    for (int i = 0; i < Long.SIZE; i++) {
      if ((value >> i & 1) == 1) {
        index |= i;
      }
    }
    return index;
  }
}
