package dev.gemini.bench;

import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.verilog.VerilogOutput;

/** E1: elaboration plus emission time for generated designs of doubling size. */
final class EmitScaling {
  private static final int[] SIZES = {10_000, 20_000, 40_000, 80_000};
  private static final int RUNS = 3;

  private EmitScaling() {}

  static void run() {
    measure(5_000); // warm the JIT so that the first size is not charged for it
    double worst = 0;
    double previous = 0;
    for (int size : SIZES) {
      double best = Double.MAX_VALUE;
      int nodes = 0;
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        nodes = measure(size);
        best = Math.min(best, (System.nanoTime() - start) / 1e9);
      }
      Bench.report("E1.emit_s." + size, best, "s (" + nodes + " IR nodes)");
      if (previous > 0) {
        worst = Math.max(worst, best / previous);
      }
      previous = best;
    }
    Bench.report("E1.ratio_per_doubling", worst, "x (target <= 2.2)");
  }

  private static int measure(int size) {
    Design d = Elaboration.elaborate(() -> new GeneratedDesign(size, 42));
    VerilogOutput.of(d).files();
    return GeneratedDesign.nodeCount(d);
  }
}
