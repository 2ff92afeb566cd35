package dev.hdl.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.sim.VcdWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trace read for its last clock edges keeps what those need and nothing older. */
class VcdTraceTest {
  @TempDir
  Path dir;

  @Test
  void readingForTheLastEdgesKeepsTheirValuesAndForgetsTheRest() {
    Path vcd = dir.resolve("t.vcd");
    try (VcdWriter w = new VcdWriter(vcd, List.of("Top.clk", "Top.count", "Top.quiet"), List.of(1, 16, 8))) {
      for (int cycle = 0; cycle < 1000; cycle++) {
        BigInteger quiet = BigInteger.valueOf(cycle < 10 ? cycle : 9); // stops changing early
        w.sample(2L * cycle, List.of(BigInteger.ZERO, BigInteger.valueOf(cycle), quiet));
        w.sample(2L * cycle + 1, List.of(BigInteger.ONE, BigInteger.valueOf(cycle), quiet));
      }
    }
    VcdTrace full = VcdTrace.read(vcd);
    VcdTrace last = VcdTrace.read(vcd, "TOP.Top", "clk", 4);
    VcdTrace.Variable clk = last.find("TOP.Top", "clk");
    assertTrue(clk.times.size() <= 8, "clock changes kept: " + clk.times);
    assertTrue(last.find("TOP.Top", "count").times.size() <= 5);
    assertEquals(1, last.find("TOP.Top", "quiet").times.size());
    for (long edge = 2L * 996 + 1; edge < 2000; edge += 2) {
      for (String name : List.of("clk", "count", "quiet")) {
        assertEquals(full.find("TOP.Top", name).at(edge), last.find("TOP.Top", name).at(edge), name + " at " + edge);
      }
    }
    assertEquals(BigInteger.valueOf(999), last.find("TOP.Top", "count").at(1999));
  }
}
