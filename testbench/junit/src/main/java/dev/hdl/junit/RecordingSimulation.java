package dev.hdl.junit;

import dev.hdl.ir.Design;
import dev.hdl.sim.Fault;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A simulation that notes which signals the test looked at or drove, for the failure waveform. */
final class RecordingSimulation implements Simulation {
  private final Simulation inner;
  private final String clock;
  private final String top;
  /** Its place among the test's simulations, in the order they were opened. */
  private final int index;
  private final TimeLimit limit;
  private final Set<String> touched = new LinkedHashSet<>();
  private Path trace;
  private long traceFrom;
  private boolean tracing;
  private boolean closed;
  private long lastCycle;

  RecordingSimulation(Simulation inner, String clock, int index, TimeLimit limit) {
    this.inner = inner;
    this.clock = clock;
    this.top = inner.design().top();
    this.index = index;
    this.limit = limit;
  }

  /** The design's top module, whose scope the trace puts its signals in. */
  String top() {
    return top;
  }

  /** Traces into {@code file} from cycle {@code from} on (at once if the simulation is there). */
  void startTrace(Path file, long from) {
    trace = file;
    traceFrom = from;
    startTraceIfDue();
  }

  private void startTraceIfDue() {
    if (trace != null && !tracing && inner.cycle() >= traceFrom) {
      inner.traceTo(trace);
      tracing = true;
    }
  }

  /** How many of {@code cycles} to step before the trace is due to start. */
  private int beforeTrace(int cycles) {
    if (trace == null || tracing) {
      return cycles;
    }
    return (int) Math.min(cycles, Math.max(1, traceFrom - inner.cycle()));
  }

  Path trace() {
    return trace;
  }

  String clock() {
    return clock;
  }

  /** The signals in the order the test first touched them. */
  List<String> touched() {
    return List.copyOf(touched);
  }

  void closeQuietly() {
    if (!closed) {
      try {
        close();
      } catch (RuntimeException e) {
        // The test's own failure is the one to report.
      }
    }
  }

  @Override
  public SimSignal signal(String path) {
    SimSignal s = inner.signal(path);
    touched.add(path);
    return s;
  }

  @Override
  public void step() {
    if (limit.watching()) {
      limit.allowed(index, inner.cycle(), 1, top);
    }
    inner.step();
    startTraceIfDue();
  }

  @Override
  public void step(int cycles) {
    for (int left = cycles; left > 0; ) {
      int part = beforeTrace(left);
      stepWithin(part);
      startTraceIfDue();
      left -= part;
    }
  }

  private void stepWithin(int cycles) {
    if (!limit.watching()) {
      inner.step(cycles);
      return;
    }
    int allowed = (int) limit.allowed(index, inner.cycle(), cycles, top);
    inner.step(allowed);
    if (allowed < cycles) {
      limit.allowed(index, inner.cycle(), cycles - allowed, top); // throws: the replayed stop is reached
    }
  }

  @Override
  public long cycle() {
    return inner.cycle();
  }

  @Override
  public void reset(int cycles) {
    inner.reset(cycles);
    startTraceIfDue();
  }

  @Override
  public BigInteger readMemory(String path, int address) {
    return inner.readMemory(path, address);
  }

  @Override
  public void writeMemory(String path, int address, BigInteger value) {
    inner.writeMemory(path, address, value);
  }

  @Override
  public void inject(Fault fault) {
    inner.inject(fault);
  }

  @Override
  public void traceTo(Path file) {
    inner.traceTo(file);
  }

  @Override
  public long seed() {
    return inner.seed();
  }

  @Override
  public Design design() {
    return inner.design();
  }

  /** The cycle the simulation was at when it was closed. */
  long lastCycle() {
    return lastCycle;
  }

  @Override
  public void close() {
    closed = true;
    lastCycle = inner.cycle();
    inner.close();
  }
}
