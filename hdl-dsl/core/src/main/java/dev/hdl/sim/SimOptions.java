package dev.hdl.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to run a simulation: the seed, and the clocks the simulator drives. Time is counted in
 * ticks from 0, where every clock is low, so opening a simulation is no clock edge; a clock with
 * period {@code p} then rises at the ticks after 0 that are {@code phase} modulo {@code p} ({@code
 * p}, {@code 2p}, ... for phase 0) and falls half a period after each rise. The first clock is the
 * default one that {@link Simulation#step} counts. Without clocks given, the top module's {@code
 * clk} input is the default clock with period 2.
 */
public final class SimOptions {
  private long seed;
  private final List<Clock> clocks = new ArrayList<>();
  private final Set<String> exposed = new TreeSet<>();

  /** A clock input driven by the simulator. */
  public record Clock(String port, int period, int phase) {
    public Clock {
      if (period < 2 || period % 2 != 0 || phase < 0 || phase >= period) {
        throw new SimulationException("clock " + port + ": the period must be even and at least 2, and the phase"
            + " within it (got period " + period + ", phase " + phase + ")");
      }
    }
  }

  public static SimOptions defaults() {
    return new SimOptions();
  }

  public SimOptions seed(long seed) {
    this.seed = seed;
    return this;
  }

  public SimOptions clock(String port, int period, int phase) {
    clocks.add(new Clock(port, period, phase));
    return this;
  }

  /**
   * Makes signals that are not ports, registers or memories readable by name ({@code
   * "u_child.sum"}): see {@link Visibility}.
   */
  public SimOptions expose(String... paths) {
    exposed.addAll(List.of(paths));
    return this;
  }

  public long seed() {
    return seed;
  }

  public List<Clock> clocks() {
    return List.copyOf(clocks);
  }

  /** The exposed signals, sorted. */
  public Set<String> exposed() {
    return Collections.unmodifiableSet(new TreeSet<>(exposed));
  }
}
