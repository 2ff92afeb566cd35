package dev.hdl.tests.random;


import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.testing.IcarusComparison;
import dev.hdl.testing.RandomCircuit;
import dev.hdl.testing.VerilogTools;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The JVM backend and Icarus, running the emitted Verilog, agree on random circuits every cycle. */
class DifferentialTest {
  static final int DESIGNS = Integer.getInteger("diff.designs", 200);
  static final int CYCLES = Integer.getInteger("diff.cycles", 3_000);

  @Test
  void jvmSimulatorAgreesWithIcarusOnRandomCircuits() throws Exception {
    VerilogTools.requireTool("iverilog");
    long only = Long.getLong("diff.seed", -1);
    // Icarus runs as a separate process: two at a time keep both cores busy.
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      pool.submit(() -> LongStream.range(0, DESIGNS).parallel().map(d -> only >= 0 ? only : 1000 + d).distinct()
          .forEach(DifferentialTest::randomDesign)).get();
    } finally {
      pool.shutdown();
    }
  }

  private static void randomDesign(long seed) {
    Design design = Elaboration.elaborate(() -> new RandomCircuit(seed, 24, seed % 3 == 0));
    IcarusComparison.againstIcarus(design, CYCLES, seed);
  }
}
