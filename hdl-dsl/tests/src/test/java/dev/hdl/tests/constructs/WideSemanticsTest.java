package dev.hdl.tests.constructs;

import dev.hdl.testing.Emitted;
import dev.hdl.testing.IcarusBench;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Runs {@link WideValuesTest.Wide} in Icarus and compares it with BigInteger arithmetic in Java. */
class WideSemanticsTest {
  private static final int VECTORS = 200;

  private record Operands(BigInteger x, BigInteger y, BigInteger p, BigInteger q, int amt, int scale) {
    static Operands random(Random r) {
      return new Operands(unsigned(r, 100), r.nextInt(8) == 0 ? WideValuesTest.PATTERN : unsigned(r, 130),
          signed(r, 100), signed(r, 130), r.nextInt(256), r.nextInt(16));
    }

    /** A value of {@code width} bits, often all zeros, all ones or only the top bit. */
    private static BigInteger unsigned(Random r, int width) {
      BigInteger ones = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
      return switch (r.nextInt(8)) {
        case 0 -> BigInteger.ZERO;
        case 1 -> ones;
        case 2 -> BigInteger.ONE.shiftLeft(width - 1);
        default -> new BigInteger(width, r);
      };
    }

    private static BigInteger signed(Random r, int width) {
      BigInteger bits = unsigned(r, width);
      return bits.testBit(width - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(width)) : bits;
    }
  }

  @Test
  void wideOperatorsComputeWhatBigIntegerComputes() {
    Random random = new Random(130);
    List<Operands> vectors = new ArrayList<>();
    List<Map<String, BigInteger>> expected = new ArrayList<>();
    IcarusBench bench = IcarusBench.combinational(Emitted.of(WideValuesTest.Wide::new));
    for (int i = 0; i < VECTORS; i++) {
      Operands o = Operands.random(random);
      vectors.add(o);
      expected.add(expected(o));
      bench.step("x", o.x, "y", o.y, "p", o.p, "q", o.q, "amt", o.amt, "scale", o.scale);
    }
    bench.assertOutputs(expected, vectors);
  }

  private static Map<String, BigInteger> expected(Operands o) {
    Map<String, BigInteger> v = new LinkedHashMap<>();
    v.put("sum", o.y.add(o.x).mod(BigInteger.ONE.shiftLeft(130)));
    v.put("carry", o.y.add(o.y));
    v.put("difference", o.q.subtract(o.p));
    v.put("product", o.x.multiply(BigInteger.valueOf(o.scale)));
    v.put("joined", o.x.shiftLeft(130).or(o.y));
    v.put("upper", o.y.shiftRight(60));
    v.put("flipped", o.y.xor(WideValuesTest.PATTERN));
    v.put("equal", o.y.equals(WideValuesTest.PATTERN) ? BigInteger.ONE : BigInteger.ZERO);
    v.put("arithmeticShift", o.p.shiftRight(70));
    v.put("logicalShift", o.y.shiftRight(o.amt));
    v.put("less", o.p.compareTo(o.q) < 0 ? BigInteger.ONE : BigInteger.ZERO);
    v.put("widened", o.p);
    return v;
  }
}
