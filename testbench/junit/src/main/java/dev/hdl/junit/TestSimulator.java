package dev.hdl.junit;

import dev.hdl.ir.Design;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a simulation test is handed: a backend whose simulations carry the test's seed, and a
 * random source from that seed for stimulus, so a run is replayed by giving the seed back. It
 * remembers the simulations it opened and the signals the test touched; when tracing, each
 * simulation writes a waveform into the trace directory.
 */
public final class TestSimulator implements Simulator {
  private final Simulator backend;
  private final long seed;
  private final Random random;
  private final Path traceDirectory;
  private final List<RecordingSimulation> opened = new ArrayList<>();
  private final TimeLimit limit;
  /** Per simulation, in the order opened, the cycle its trace starts at; none listed: at once. */
  private final List<Long> traceFrom;

  TestSimulator(Simulator backend, long seed, Path traceDirectory, TimeLimit limit) {
    this(backend, seed, traceDirectory, limit, List.of());
  }

  TestSimulator(Simulator backend, long seed, Path traceDirectory, TimeLimit limit, List<Long> traceFrom) {
    this.backend = backend;
    this.seed = seed;
    this.random = new Random(seed);
    this.traceDirectory = traceDirectory;
    this.limit = limit;
    this.traceFrom = List.copyOf(traceFrom);
  }

  TimeLimit limit() {
    return limit;
  }

  @Override
  public String name() {
    return backend.name();
  }

  /** Opens with the test's seed; any seed in {@code options} is replaced by it. */
  @Override
  public Simulation open(Design design, SimOptions options) {
    Simulation sim = backend.open(design, options.seed(seed));
    String clock = options.clocks().isEmpty() ? "clk" : options.clocks().get(0).port();
    long from = opened.size() < traceFrom.size() ? traceFrom.get(opened.size()) : 0;
    RecordingSimulation recording = new RecordingSimulation(sim, clock, opened.size(), limit);
    opened.add(recording);
    if (traceDirectory != null) {
      recording.startTrace(traceDirectory.resolve("wave-" + opened.size() + "-" + design.top() + ".vcd"), from);
    }
    return recording;
  }

  /** Stimulus for the test, from its seed. */
  public Random random() {
    return random;
  }

  public long seed() {
    return seed;
  }

  List<RecordingSimulation> opened() {
    return List.copyOf(opened);
  }

  /** Closes what the test left open, which also finishes its waveforms. */
  void closeAll() {
    for (RecordingSimulation s : opened) {
      s.closeQuietly();
    }
  }
}
