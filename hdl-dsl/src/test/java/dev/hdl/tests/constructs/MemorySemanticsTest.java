package dev.hdl.tests.constructs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.testing.Emitted;
import dev.hdl.testing.IcarusBench;
import java.math.BigInteger;
import java.util.ArrayList;
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
    IcarusBench bench = IcarusBench.clocked(Emitted.of(MemoriesTest.Rams::new), "clk");
    for (int i = 0; i < STEPS; i++) {
      Stimulus s = Stimulus.random(random);
      stimuli.add(s);
      bench.step("we", s.we, "waddr", s.waddr, "wdata", s.wdata, "wmask", s.wmask, "ren", s.ren, "raddr", s.raddr);
    }
    List<Map<String, BigInteger>> samples = bench.run();

    int[] older = {0x1234, 0xbeef, 0, 0, 0, 0};
    int[] newer = {1, 2, 3, 4, 5, 6};
    Integer before = null;
    Integer after = null;
    Integer latest = null;
    for (int step = 0; step < STEPS; step++) {
      Stimulus s = stimuli.get(step);
      Map<String, BigInteger> sample = samples.get(step);
      assertEquals(BigInteger.valueOf(older[s.raddr]), sample.get("direct"), "asynchronous read at step " + step);
      assertEquals(big(before), sample.get("readFirst"), "read-first read at step " + step);
      assertEquals(big(after), sample.get("writeFirst"), "write-first read at step " + step);
      assertEquals(big(latest), sample.get("latest"), "write-first read without enable at step " + step);

      if (s.ren == 1) {
        before = older[s.raddr];
      }
      if (s.we == 1) {
        older[s.waddr] = merge(older[s.waddr], s.wdata, s.wmask);
        newer[s.waddr] = merge(newer[s.waddr], s.wdata, s.wmask);
      }
      if (s.ren == 1) {
        after = newer[s.raddr];
      }
      latest = newer[s.raddr];
    }
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
