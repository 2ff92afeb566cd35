package dev.gemini.bench;

import dev.gemini.cpu.Firmware;
import dev.gemini.cpu.RiscvBuild;
import dev.gemini.testbench.machine.DeathLab;
import dev.gemini.testbench.machine.DuplexMachine;
import dev.gemini.testbench.machine.MachineHarness;
import dev.gemini.testbench.machine.ServiceRig;
import dev.hdl.Elaborated;
import dev.hdl.sim.Simulation;
import dev.hdl.verilator.VerilatorSimulator;

/**
 * LS and DL on the real machine: the key-value service (one firmware image) behind the checking
 * network, on Verilator. LS runs the same requests on module 0 alone and on the pair; DL is the
 * {@link DeathLab}.
 */
final class MachineBench {
  private static final int LS_REQUESTS = Integer.getInteger("bench.lsRequests", 2000);
  private static final int DL_EVENTS = Integer.getInteger("bench.dlEvents", 1000);
  private static final long MAX_CYCLES = 50_000_000L;

  private MachineBench() {}

  static void run() {
    RiscvBuild.Image image = Firmware.service();
    Elaborated<DuplexMachine> machine = MachineHarness.elaborated();
    VerilatorSimulator simulator = new VerilatorSimulator();
    long[] cycles = new long[2];
    double[] latency = new double[2];
    for (int duplex = 0; duplex < 2; duplex++) {
      try (Simulation sim = simulator.open(machine.design())) {
        ServiceRig rig = new ServiceRig(sim, machine.top(), image.words(), duplex == 1, 21, LS_REQUESTS);
        cycles[duplex] = rig.runUntil(rig.network::done, MAX_CYCLES);
        requireRight(rig, "LS");
        latency[duplex] = rig.network.meanLatency();
      }
    }
    Bench.report("LS.throughput_ratio", (double) cycles[0] / cycles[1], String.format(
        "x (target >= 0.95; requests per cycle on the lockstepped pair over module 0 alone, the same firmware;"
        + " %d requests, 4 in flight: %d and %d cycles)", LS_REQUESTS, cycles[1], cycles[0]));
    Bench.report("LS.added_io_latency_cycles", latency[1] - latency[0], String.format(
        "cycles (mean request latency at the network, pair minus alone: %.1f - %.1f)", latency[1], latency[0]));
    deathLab(simulator, machine, image);
  }

  private static void deathLab(VerilatorSimulator simulator, Elaborated<DuplexMachine> machine, RiscvBuild.Image image) {
    long start = System.nanoTime();
    try (Simulation sim = simulator.open(machine.design())) {
      DeathLab.Result r = new DeathLab(sim, machine.top(), image.words(), image.symbol("ft_counts"), 29).run(DL_EVENTS);
      if (!r.wrong().isEmpty()) {
        System.out.println("DL: wrong replies: " + r.wrong());
      }
      Bench.report("DL.events", r.total(), String.format("events (target >= 1000; %s; %d requests answered in %d"
          + " cycles, %.0f s)", r.events(), r.answered(), r.cycles(), (System.nanoTime() - start) / 1e9));
      Bench.report("DL.lost", r.lost(), String.format("replies lost, duplicated or wrong (target 0; %d wrong, %d"
          + " unanswered, by the network's golden model; %d requests sent again after a timeout; the firmware"
          + " counted %s)", r.wrong().size(), r.unanswered(), r.retries(), r.firmware()));
      Bench.report("DL.max_service_gap_cycles", r.longestGap(), "cycles (longest time without a right answer)");
      Bench.report("DL.blackout_cycles_p99", r.blackoutPercentile(0.99), String.format("cycles (p99 of %d"
          + " blackouts, longest %d, as the source GE's Data Mover counted them)", r.blackouts().size(),
          r.blackoutPercentile(1.0)));
    }
  }

  private static void requireRight(ServiceRig rig, String figure) {
    if (!rig.network.problems().isEmpty()) {
      throw new AssertionError(figure + ": wrong replies: " + rig.network.problems());
    }
  }
}
