package dev.gemini.bench;

import dev.gemini.clocking.PhaseAligner;
import dev.gemini.clocking.ResetPair;
import dev.gemini.testbench.PhasePlant;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * A2 and A4: the phase aligner against the plant from random skews, with jitter and drift on,
 * against a plain bang-bang loop (one tap per sample) in the same plant; and the reset sequencers
 * over random start-up skews, lock times and link latencies. JVM backend.
 */
final class ClockingBench {
  private static final int TAPS = 64;
  private static final double JITTER_PS = 25;
  private static final double DRIFT_PS_PER_CYCLE = 0.004;
  private static final double METASTABLE_PS = 10;
  private static final int LATENCY = 2;
  private static final int LOCK_RUNS = 1000;
  private static final int TRACK_RUNS = 100;
  private static final int TRACK_CYCLES = 50_000;
  private static final int RESET_RUNS = 10_000;
  /** The baseline loop has no lock timer of its own: a run that never locks must still end. */
  private static final int BANG_BANG_LIMIT = 1 << 20;

  private ClockingBench() {}

  static void run() {
    Random random = new Random(2);
    Elaborated<PhaseAligner> aligner = Elaboration.elaborateTop(PhaseAligner::new);
    int[] lockCycles = new int[LOCK_RUNS];
    int residual = 0;
    try (Simulation sim = new JvmSimulator().open(aligner.design(), SimOptions.defaults())) {
      for (int run = 0; run < LOCK_RUNS; run++) {
        sim.reset(2);
        PhasePlant plant = plant(random);
        int n = 0;
        while (sim.peek(aligner.top().locked) == 0 && n < 10_000) {
          plant.cycle(sim, aligner.top());
          n++;
        }
        lockCycles[run] = n;
        if (run < TRACK_RUNS) {
          residual = Math.max(residual, worstResidual(sim, aligner.top(), plant));
        }
      }
    }
    // A plain bang-bang loop: a tap a sample, no filter, no wait for the delay line.
    Elaborated<PhaseAligner> bangBang = Elaboration.elaborateTop(() -> new PhaseAligner(TAPS, 16, 0, 1, 1 << 20, 1));
    int bangResidual = 0;
    try (Simulation sim = new JvmSimulator().open(bangBang.design(), SimOptions.defaults())) {
      for (int run = 0; run < TRACK_RUNS; run++) {
        sim.reset(2);
        PhasePlant plant = plant(random);
        for (int n = 0; sim.peek(bangBang.top().locked) == 0; n++) {
          if (n == BANG_BANG_LIMIT) {
            throw new IllegalStateException("the bang-bang loop did not lock within " + n + " cycles");
          }
          plant.cycle(sim, bangBang.top());
        }
        bangResidual = Math.max(bangResidual, worstResidual(sim, bangBang.top(), plant));
      }
    }
    Arrays.sort(lockCycles);
    Bench.report("A2.residual_taps_max", residual, "taps_over_" + TRACK_RUNS + "x" + TRACK_CYCLES
        + "_cycles_jitter_" + (int) JITTER_PS + "ps_rms_drift_" + DRIFT_PS_PER_CYCLE + "ps_per_cycle");
    Bench.report("A2.residual_taps_max_bangbang", bangResidual, "taps_plain_bang_bang_baseline");
    Bench.report("A2.lock_cycles_p99", lockCycles[(int) Math.ceil(0.99 * LOCK_RUNS) - 1],
        "cycles_over_" + LOCK_RUNS + "_random_skews_max_" + lockCycles[LOCK_RUNS - 1]);

    int same = 0;
    try (ResetPair pair = new ResetPair(new JvmSimulator())) {
      for (int run = 0; run < RESET_RUNS; run++) {
        int[] start = {random.nextInt(500), random.nextInt(500)};
        int[] lockAt = {random.nextInt(2000), random.nextInt(2000)};
        IntPredicate[] locked = {t -> t >= lockAt[0], t -> t >= lockAt[1]};
        int[] latency = {1 + random.nextInt(ResetPair.MAX_LATENCY), 1 + random.nextInt(ResetPair.MAX_LATENCY)};
        pair.run(start, locked, latency, 5000);
        if (pair.released[0] >= 0 && pair.released[0] == pair.released[1]) {
          same++;
        }
      }
    }
    Bench.report("A4.same_cycle_release", (double) same / RESET_RUNS,
        "fraction_over_" + RESET_RUNS + "_random_skews_and_latencies");
  }

  private static PhasePlant plant(Random random) {
    return new PhasePlant(TAPS, random.nextDouble() * TAPS * PhasePlant.TAP_PS, JITTER_PS, DRIFT_PS_PER_CYCLE,
        METASTABLE_PS, LATENCY, random.nextLong());
  }

  private static int worstResidual(Simulation sim, PhaseAligner aligner, PhasePlant plant) {
    int worst = 0;
    for (int n = 0; n < TRACK_CYCLES; n++) {
      plant.cycle(sim, aligner);
      worst = Math.max(worst, plant.residualTaps((int) sim.peek(aligner.tap)));
    }
    return worst;
  }
}
