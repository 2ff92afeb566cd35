package dev.gemini.bench;

import dev.gemini.datamover.DataMover;
import dev.gemini.testbench.resync.FtControl;
import dev.gemini.testbench.resync.ResyncRig;
import dev.gemini.testbench.resync.ResyncRun;
import dev.hdl.verilator.VerilatorSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * D1, D2, D3 and the dirty-pages plot: module resynchronisations in the resync rig on Verilator,
 * M1's memory scrambled before each, with random CPU and DMA write rates and writes aimed at the
 * copy cursor, driven by the ft control software model.
 */
final class ResyncBench {
  private static final ResyncRig.Config CONFIG = ResyncRig.Config.DEFAULT;
  private static final int RUNS = Integer.getInteger("bench.resyncRuns", 1000);
  private static final FtControl.StopRule RULE = new FtControl.StopRule(4, 8);
  private static final int[] PLOT_RATES = {2, 8, 32};
  private static final Path PLOT = Path.of("target", "bench", "dirty-pages-per-pass.svg");

  private ResyncBench() {}

  static void run() {
    DataMover.Config mc = CONFIG.mover();
    int pageWords = 1 << mc.pageBits();
    int pages = 1 << mc.pageCountBits();
    Random random = new Random(17);
    try (ResyncRun rig = new ResyncRun(new VerilatorSimulator(), CONFIG, new ResyncRun.Workload(1, 0, 0, 0))) {
      // D1: a first pass, every page, while the CPU writes and races the cursor.
      double utilisation = 1;
      for (int run = 0; run < 20; run++) {
        rig.start(new ResyncRun.Workload(random.nextLong() | 1, random.nextInt(80), 128, random.nextInt(30)));
        long words = rig.sim.peek(rig.top.linkWords);
        long start = rig.sim.cycle();
        rig.registers.command(DataMover.CMD_COPY_ALL);
        rig.sim.runUntil(() -> rig.sim.peek(rig.top.passes) == 1, 100L * pages * pageWords);
        long copied = rig.sim.peek(rig.top.linkWords) - words;
        utilisation = Math.min(utilisation, (double) copied / (rig.sim.cycle() - start));
      }
      Bench.report("D1.link_utilisation", utilisation, String.format(
          "x (target >= 0.95; words on the link / cycles from command to last answer, worst of 20 first passes of %d"
          + " pages of %d words)", pages, pageWords));

      // D2 and D3.
      int identical = 0;
      double worstModelError = 0;
      long worstBlackout = 0;
      for (int run = 0; run < RUNS; run++) {
        rig.scramble(random);
        rig.start(new ResyncRun.Workload(random.nextLong() | 1, random.nextInt(80), random.nextInt(256),
            random.nextInt(30)));
        rig.sim.step(random.nextInt(1000));
        FtControl.Outcome outcome = new FtControl(rig.registers, RULE, 2, 1 + random.nextInt(16), 10_000_000).resync();
        rig.sim.step(500);
        boolean same = outcome.synced() && rig.firstDifference() == -1
            && rig.sim.peek(rig.top.digest0) == rig.sim.peek(rig.top.digest1);
        identical += same ? 1 : 0;
        if (outcome.synced()) {
          FtControl.Pass last = outcome.blackout().get(outcome.blackout().size() - 1);
          long predicted = predictedBlackout(last.copied() * (long) pageWords * 8);
          worstModelError = Math.max(worstModelError,
              Math.abs(outcome.blackoutCycles() - predicted) / (double) predicted);
          worstBlackout = Math.max(worstBlackout, outcome.blackoutCycles());
        }
      }
      Bench.report("D2.identical_images", (double) identical / RUNS, String.format(
          "fraction (target 1.0; %d resyncs, memories compared word by word and CPUs in lockstep 500 cycles later)",
          RUNS));
      Bench.report("D3.blackout_model_error", worstModelError, String.format(
          "worst |measured - model| / model over %d blackouts (target <= 0.05; longest %d cycles)", RUNS,
          worstBlackout));

      List<PassPlot.Series> series = new ArrayList<>();
      for (int rate : PLOT_RATES) {
        rig.scramble(random);
        rig.start(new ResyncRun.Workload(99, rate, 0, 0));
        FtControl.Outcome outcome = new FtControl(rig.registers, new FtControl.StopRule(0, 10), 0, 8, 10_000_000)
            .resync();
        List<Integer> copied = new ArrayList<>();
        outcome.brownout().forEach(p -> copied.add(p.copied()));
        outcome.blackout().forEach(p -> copied.add(p.copied()));
        series.add(new PassPlot.Series(String.format("CPU writes %d/256 cycles", rate), copied));
      }
      write(PassPlot.render("Pages copied per pass (last: blackout)", pages, series));
      System.out.println("bench D.plot " + PLOT + " (pages copied per pass at " + series.size() + " write rates: "
          + series.stream().map(s -> s.pages().toString()).toList() + ")");
    }
  }

  /**
   * The blackout's length as the design predicts it: the IO hold (one cycle: the rig's DMA waits at
   * its source), stop and context flush (context words + 1),
   * the remaining dirty bytes at the link's 8 bytes a cycle plus the choice of the first page and
   * the link's round trip (2L + 5), and the synchronous reset (reset cycles + 1).
   */
  static long predictedBlackout(long dirtyBytes) {
    return 1 + CONFIG.contextWords() + 1 + dirtyBytes / 8 + 2L * CONFIG.linkLatency() + 5 + CONFIG.resetCycles() + 1;
  }

  private static void write(String svg) {
    try {
      Files.createDirectories(PLOT.getParent());
      Files.writeString(PLOT, svg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
