package dev.hdl.junit;

import dev.hdl.sim.SimulationException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * How long a simulation test may run. Once the time has passed, the test's next step throws, so a
 * test that hangs while it steps fails, and leaves its artefacts, like any other. The traced run
 * that follows replays the same stimulus, so it is stopped at the same cycle of the same
 * simulation instead: a hung test costs one time limit, not two.
 */
final class TimeLimit implements AutoCloseable {
  static final String PROPERTY = "hdl.sim.timeLimitSeconds";
  static final Duration DEFAULT = Duration.ofMinutes(5);

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "hdl-sim-time-limit");
    t.setDaemon(true);
    return t;
  });

  /** Where a run was stopped: the simulation, by the order the test opened them, and its cycle. */
  record Stop(int simulation, long cycle) {}

  private final Duration limit;
  /** For a traced run, where the first run was stopped; else null. */
  private final Stop replayed;
  private final ScheduledFuture<?> timer;
  private volatile boolean passed;
  private Stop stopped;

  private TimeLimit(Duration limit, Stop replayed) {
    this.limit = limit;
    this.replayed = replayed;
    this.timer = replayed == null ? TIMER.schedule(() -> passed = true, limit.toMillis(), TimeUnit.MILLISECONDS) : null;
  }

  /** Starts the clock of a first run. */
  static TimeLimit start() {
    return new TimeLimit(configured(), null);
  }

  /** A traced run's limit: where {@code first} was stopped, if it was. */
  static TimeLimit replaying(TimeLimit first) {
    return new TimeLimit(first.limit, first.stopped);
  }

  /** {@code -Dhdl.sim.timeLimitSeconds}, else {@link #DEFAULT}. */
  static Duration configured() {
    String given = System.getProperty(PROPERTY);
    if (given == null || given.isBlank()) {
      return DEFAULT;
    }
    try {
      long seconds = Long.parseLong(given.strip());
      if (seconds > 0) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // reported below, with the property's name
    }
    throw new IllegalArgumentException("-D" + PROPERTY + "=" + given + " is not a positive number of seconds");
  }

  /** Whether steps must ask {@link #allowed} first: the time has passed, or this run replays a stop. */
  boolean watching() {
    return passed || replayed != null;
  }

  /**
   * How many of {@code cycles} the simulation may run from {@code cycle} now; throws when it may
   * run none.
   */
  long allowed(int simulation, long cycle, long cycles, String top) {
    if (passed) {
      stopped = new Stop(simulation, cycle);
      throw new SimulationException(exceeded(cycle, top));
    }
    if (replayed == null || replayed.simulation() != simulation) {
      return cycles;
    }
    if (cycle >= replayed.cycle()) {
      throw new SimulationException(exceeded(cycle, top));
    }
    return Math.min(cycles, replayed.cycle() - cycle);
  }

  private String exceeded(long cycle, String top) {
    return "the test ran past its time limit of " + limit.toSeconds() + " s: stopped at cycle " + cycle + " of " + top
        + " (-D" + PROPERTY + "=N sets the limit)";
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.cancel(false);
    }
  }
}
