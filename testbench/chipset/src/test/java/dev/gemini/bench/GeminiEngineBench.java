package dev.gemini.bench;

import dev.gemini.isolation.PairMode;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.registers.RegisterMap;
import dev.gemini.testbench.DuplexHarness;
import dev.gemini.testbench.Txn;
import dev.hdl.sim.Simulator;
import dev.hdl.verilator.VerilatorSimulator;
import java.util.Random;

/**
 * The GE's figures: detection latency and containment over a divergence campaign (C1, C2),
 * false mismatches over fault-free traffic (C7), isolation latency and hung requests (E1),
 * transient and permanent error counting (E4), and the Yosys cell count of the top (AREA).
 * Campaign sizes are scaled to keep {@code make bench} within minutes on the JVM simulator; each
 * line says how much was run.
 */
public final class GeminiEngineBench {
  private static final int L = 3;
  private static final int INJECTIONS = Integer.getInteger("bench.injections", 10_000);
  private static final long CLEAN_CYCLES = Long.getLong("bench.cleanCycles", 100_000_000);
  private static final int TRANSIENTS = Integer.getInteger("bench.transients", 10_000);
  /**
   * The campaigns run on Verilator: about four times the JVM backend's speed on this design today.
   * C7's 10^8 fault-free cycles take about 14 minutes on one core; -Dbench.cleanCycles=N shortens it.
   */
  private static final Simulator BACKEND = new VerilatorSimulator();

  private GeminiEngineBench() {}

  public static void run() {
    divergenceCampaign();
    faultFreeTraffic();
    isolation();
    errorCounting();
    SynthesisArea.report("AREA.ge_cells", "GeminiEngine");
  }

  /** C1 and C2: random divergences on either module, flagged or not; each is detected, decided, resynced. */
  private static void divergenceCampaign() {
    Random random = new Random(5);
    int detectMax = 0;
    try (DuplexHarness h = new DuplexHarness(BACKEND, L, 99, 0.5, 0.03)) {
      h.cycles(100);
      long start = System.nanoTime();
      for (int i = 0; i < INJECTIONS; i++) {
        if (h.mode(0) != PairMode.DUPLEX) {
          throw new IllegalStateException("injection " + i + ": the pair is not duplex");
        }
        int victim = random.nextInt(2);
        int field = random.nextInt(5);
        int bit = random.nextInt(32);
        h.divergeNext(victim, t -> change(t, field, bit), random.nextInt(10) < 8 ? 1 : 0);
        int n = 0;
        while (h.peek(h.ge(0).compare.mismatch) == 0 && n < 50) {
          h.cycle();
          n++;
        }
        // The frame register and the link's L cycles align the copies; n counts from the take.
        detectMax = Math.max(detectMax, n - L);
        h.runUntil(() -> h.mode(0) != PairMode.DECIDING
            && h.mode(0) != PairMode.DUPLEX, 10_000, "ge0 to decide for simplex");
        int survivor = h.mode(0) == PairMode.SIMPLEX_M0 ? 0 : 1;
        h.drain(60);
        h.cpu[1 - survivor].copyStateFrom(h.cpu[survivor]);
        // Offline once its bucket fills: replaced, then diagnosed and resynced like a transient.
        h.csrWriteBoth(RegisterMap.offset("COMMAND"), (RegisterMap.CMD_REPLACED << 4) | (1 - survivor));
        h.csrWriteBoth(RegisterMap.offset("COMMAND"), (RegisterMap.CMD_DIAG_PASS << 4) | (1 - survivor));
        h.csrWriteBoth(RegisterMap.offset("COMMAND"), (RegisterMap.CMD_RESYNC_DONE << 4) | (1 - survivor));
        h.cycles(h.writeDelay() + 2);
        h.cpu[0].issueAt(0.5);
        h.cpu[1].issueAt(0.5);
        h.cycles(10);
      }
      if (System.getenv("BENCH_VERBOSE") != null) {
        System.out.println("campaign: " + h.sim.cycle() + " cycles in " + (System.nanoTime() - start) / 1e9 + " s");
      }
      Bench.report("C1.detect_cycles_max", detectMax, "cycles_after_alignment");
      Bench.report("C2.escaped", h.escaped + h.duplicated, "transactions_over_" + INJECTIONS + "_injections");
    }
  }

  private static Txn change(Txn t, int field, int bit) {
    return switch (field) {
      case 0 -> new Txn(true, t.kind() ^ (1 << (bit % 2)), t.tag(), t.address(), t.byteEnables(), t.data());
      case 1 -> new Txn(true, t.kind(), t.tag() ^ (1 << (bit % 5)), t.address(), t.byteEnables(), t.data());
      case 2 -> new Txn(true, t.kind(), t.tag(), t.address() ^ (1L << (bit + 3)), t.byteEnables(), t.data());
      case 3 -> new Txn(true, t.kind(), t.tag(), t.address(), t.byteEnables() ^ (1 << (bit % 8)), t.data());
      default -> new Txn(true, t.kind(), t.tag(), t.address(), t.byteEnables(), t.data() ^ (1L << bit));
    };
  }

  /** C7: fault-free random IO traffic, interrupts and DMA. */
  private static void faultFreeTraffic() {
    try (DuplexHarness h = new DuplexHarness(BACKEND, L, 7, 0.5, 0.05)) {
      for (long c = 0; c < CLEAN_CYCLES; c++) {
        h.cycle();
      }
      long mismatches = h.peek(h.ge(0).compare.mismatches) + h.peek(h.ge(1).compare.mismatches);
      Bench.report("C7.false_mismatches", mismatches, "over_" + CLEAN_CYCLES + "_cycles_(target_1e8)");
    }
  }

  /** E1: cycles from a fatal error to the subsystem cut off, over IO and CPU; requests left hanging. */
  private static void isolation() {
    int worst = 0;
    int hung = 0;
    for (int run = 0; run < 20; run++) {
      try (DuplexHarness h = new DuplexHarness(BACKEND, L, 300 + run, 0.5, 0.03)) {
        h.cycles(100 + run);
        int m = run % 2;
        boolean io = run % 4 < 2;
        if (io) {
          h.ioError(m, 4);
        } else {
          h.cpuError(m, 4);
        }
        int n = 0;
        do {
          h.cycle();
          n++;
          h.ioError(m, 0);
          h.cpuError(m, 0);
        } while (h.peek(io ? "ge" + m + ".ioContained" : "ge" + m + ".cpuContained") == 0 && n < 100);
        worst = Math.max(worst, n);
        h.cycles(500);
        h.drain(200);
        int survivor = io ? 0 : 1 - m;
        hung += h.hung(survivor) + (io ? h.hung(1 - survivor) : 0);
      }
    }
    Bench.report("E1.isolate_cycles_max", worst, "cycles");
    Bench.report("E1.hung_requests", hung, "requests");
  }

  /** E4: spaced transients never take IO0 offline; a permanent fault does within the capacity. */
  private static void errorCounting() {
    int capacity = 4;
    int period = 64;
    int falseOfflines = 0;
    int offlineAfter = -1;
    try (DuplexHarness h = new DuplexHarness(BACKEND, L, 17, 0.0, 0.0)) {
      h.csrWriteBoth(RegisterMap.offset("ERROR_PERIOD"), period);
      h.csrWriteBoth(RegisterMap.offset("ERROR_CAPACITY"), capacity);
      h.cycles(h.writeDelay());
      for (int i = 0; i < TRANSIENTS; i++) {
        h.ioError(0, 4);
        h.cycle();
        h.ioError(0, 0);
        h.cycles(2 * L + 4);
        if (ioState(h) == SubsystemState.OFFLINE) {
          falseOfflines++;
          h.csrWriteBoth(RegisterMap.offset("COMMAND"), (RegisterMap.CMD_REPLACED << 4) | RegisterMap.IO0);
          h.cycles(h.writeDelay());
        }
        h.csrWriteBoth(RegisterMap.offset("COMMAND"), (RegisterMap.CMD_DIAG_PASS << 4) | RegisterMap.IO0);
        h.cycles(period + 8);
      }
      for (int n = 1; n <= 2 * capacity && offlineAfter < 0; n++) {
        h.ioError(0, 4);
        h.cycle();
        h.ioError(0, 0);
        h.cycles(2 * L + 4);
        if (ioState(h) == SubsystemState.OFFLINE) {
          offlineAfter = n;
        } else {
          h.csrWriteBoth(RegisterMap.offset("COMMAND"), (RegisterMap.CMD_DIAG_PASS << 4) | RegisterMap.IO0);
          h.cycles(h.writeDelay());
        }
      }
    }
    Bench.report("E4.false_offlines", falseOfflines, "over_" + TRANSIENTS + "_spaced_transients");
    Bench.report("E4.permanent_offline_after", offlineAfter, "errors_(capacity_" + capacity + ")");
  }

  private static SubsystemState ioState(DuplexHarness h) {
    return h.state(0, RegisterMap.IO0);
  }
}
