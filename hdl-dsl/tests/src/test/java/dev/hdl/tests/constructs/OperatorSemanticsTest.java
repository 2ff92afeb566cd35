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

/**
 * Runs {@link OperatorsTest.Operators} in Icarus on random and boundary operands and compares
 * every output with the value the language defines, computed in Java: this is what proves the
 * emitter's widths, sign extensions and shifts, not only that the tools accept them.
 */
class OperatorSemanticsTest {
  private static final int VECTORS = 400;

  private record Operands(int a, int b, int n, int s, int t, int r, int amt) {
    /** Operands drawn at random, often from the values where widths and signs go wrong. */
    static Operands random(Random random) {
      return new Operands(
          pick(random, 0, 255, 0, 1, 127, 128, 255),
          pick(random, 0, 255, 0, 1, 127, 128, 255),
          pick(random, 0, 15, 0, 15),
          pick(random, -128, 127, -128, -1, 0, 1, 127),
          pick(random, -128, 127, -128, -1, 0, 1, 127),
          pick(random, -8, 7, -8, -1, 0, 7),
          pick(random, 0, 15, 0, 7, 8, 15));
    }

    private static int pick(Random random, int min, int max, int... edges) {
      return random.nextInt(4) == 0 ? edges[random.nextInt(edges.length)] : min + random.nextInt(max - min + 1);
    }
  }

  @Test
  void everyOperatorComputesWhatJavaComputes() {
    Random random = new Random(1163);
    List<Operands> vectors = new ArrayList<>();
    List<Map<String, BigInteger>> expected = new ArrayList<>();
    IcarusBench bench = IcarusBench.combinational(Emitted.of(OperatorsTest.Operators::new));
    for (int i = 0; i < VECTORS; i++) {
      Operands o = Operands.random(random);
      vectors.add(o);
      expected.add(expected(o));
      bench.step("a", o.a, "b", o.b, "n", o.n, "s", o.s, "t", o.t, "r", o.r, "amt", o.amt);
    }
    bench.assertOutputs(expected, vectors);
  }

  /** Each output as the language defines it; signed outputs as signed numbers. */
  private static Map<String, BigInteger> expected(Operands o) {
    int a = o.a;
    int b = o.b;
    int s = o.s;
    Map<String, Long> v = new LinkedHashMap<>();
    v.put("add", bits(a + b, 8));
    v.put("addExpand", (long) a + b);
    v.put("addNarrow", bits(a + o.n, 8));
    v.put("addConst", bits(a + 200, 8));
    v.put("saddNarrow", signed(s + o.r, 8));
    v.put("sub", bits(a - b, 8));
    v.put("subExpand", (long) s - o.t);
    v.put("subConst", signed(s + 3, 8));
    v.put("mul", (long) a * b);
    v.put("smul", (long) s * o.r);
    v.put("neg", (long) -s);
    v.put("bitAnd", (long) (a & b));
    v.put("bitOr", (long) (a | b));
    v.put("bitXor", (long) (a ^ b));
    v.put("bitNot", bits(~a, 8));
    v.put("shl", bits(a << 3, 8));
    v.put("shr", (long) (a >> 3));
    v.put("sshr", (long) (s >> 3));
    v.put("dshl", bits(a << o.amt, 8));
    v.put("dshr", (long) (a >> o.amt));
    v.put("sdshr", (long) (s >> o.amt));
    v.put("lt", flag(a < b));
    v.put("slt", flag(s < o.t));
    v.put("sle", flag(s <= o.r));
    v.put("sgeConst", flag(s >= -3));
    v.put("gtConst", flag(a > 100));
    v.put("eq", flag(a == b));
    v.put("neConst", flag(a != 7));
    v.put("pick", (long) (s < o.t ? a : b));
    v.put("joined", (long) ((a & 15) << 5 | o.n << 1 | (s < 0 ? 1 : 0)));
    v.put("middle", signed(s >> 2, 5));
    v.put("bitAt", o.amt < 8 ? (long) ((a >> o.amt) & 1) : 0L);
    v.put("allOnes", flag(a == 255));
    v.put("anyOne", flag(a != 0));
    v.put("parity", (long) (Integer.bitCount(a) & 1));
    v.put("zext", (long) a);
    v.put("sext", (long) s);
    v.put("narrowed", signed(s, 4));
    v.put("reinterpreted", signed(a, 8));
    Map<String, BigInteger> out = new LinkedHashMap<>();
    v.forEach((k, x) -> out.put(k, BigInteger.valueOf(x)));
    return out;
  }

  private static long bits(long x, int width) {
    return x & ((1L << width) - 1);
  }

  private static long signed(long x, int width) {
    long u = bits(x, width);
    return u >= 1L << (width - 1) ? u - (1L << width) : u;
  }

  private static long flag(boolean b) {
    return b ? 1 : 0;
  }
}
