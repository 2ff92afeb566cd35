package dev.hdl.tests.constructs;

import dev.hdl.testing.Emitted;
import dev.hdl.testing.IcarusBench;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Runs the memories of {@link MemoriesTest.Rams} in Icarus against a Java model of what the
 * language promises: lane-masked writes, read-first and write-first registered reads that hold
 * while disabled, and initial contents.
 */
class MemorySemanticsTest {
  private static final int STEPS = 300;

  /** One cycle's inputs. */
  private record Stimulus(int we, int waddr, int wdata, int wmask, int ren, int raddr) {
    static Stimulus random(Random r) {
      // Few addresses, so that reads and writes often meet.
      return new Stimulus(r.nextInt(2), r.nextInt(3), r.nextInt(1 << 16), r.nextInt(4), r.nextInt(2), r.nextInt(3));
    }
  }

  @Test
  void readPortsMatchTheModelCycleByCycle() {
    Random random = new Random(20240611);
    List<Stimulus> stimuli = new ArrayList<>();
    List<Map<String, BigInteger>> expected = new ArrayList<>();
    IcarusBench bench = IcarusBench.clocked(Emitted.of(MemoriesTest.Rams::new), "clk");
    int[] older = {0x1234, 0xbeef, 0, 0, 0, 0};
    int[] newer = {1, 2, 3, 4, 5, 6};
    // The registered reads hold x until their first load.
    Integer readFirst = null;
    Integer writeFirst = null;
    Integer latest = null;
    for (int i = 0; i < STEPS; i++) {
      Stimulus s = Stimulus.random(random);
      stimuli.add(s);
      bench.step("we", s.we, "waddr", s.waddr, "wdata", s.wdata, "wmask", s.wmask, "ren", s.ren, "raddr", s.raddr);
      Map<String, BigInteger> sample = new HashMap<>();
      sample.put("direct", big(older[s.raddr]));
      sample.put("readFirst", big(readFirst));
      sample.put("writeFirst", big(writeFirst));
      sample.put("latest", big(latest));
      expected.add(sample);

      if (s.ren == 1) {
        readFirst = older[s.raddr];
      }
      if (s.we == 1) {
        older[s.waddr] = merge(older[s.waddr], s.wdata, s.wmask);
        newer[s.waddr] = merge(newer[s.waddr], s.wdata, s.wmask);
      }
      if (s.ren == 1) {
        writeFirst = newer[s.raddr];
      }
      latest = newer[s.raddr];
    }
    bench.assertOutputs(expected, stimuli);
  }

  /** The word after a write of {@code data} through the 8-bit lanes {@code mask} selects. */
  private static int merge(int word, int data, int mask) {
    int bits = ((mask & 1) != 0 ? 0x00ff : 0) | ((mask & 2) != 0 ? 0xff00 : 0);
    return (word & ~bits) | (data & bits);
  }

  private static BigInteger big(Integer value) {
    return value == null ? null : BigInteger.valueOf(value);
  }
}
