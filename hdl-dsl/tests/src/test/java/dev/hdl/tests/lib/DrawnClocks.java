package dev.hdl.tests.lib;

import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimOptions.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Clocks for a test across clock domains: unrelated periods and phases drawn from the seed, and
 * before them a tick of period 2 on an input that nothing uses. The tick is the first clock, the
 * one {@code step()} counts, so a step spans ticks {@code (2c, 2c + 2]} after {@code c} steps,
 * and a test pokes and peeks between any two edges of the drawn clocks: each of them, at least
 * 4 ticks long, rises at most once a step.
 */
record DrawnClocks(List<Clock> clocks) {
  static final String TICK = "tick";

  /** One clock per port, of an even period from 4 to 30 ticks and any phase. */
  static DrawnClocks draw(Random random, String... ports) {
    return new DrawnClocks(Arrays.stream(ports).map(port -> {
      int period = 2 * (2 + random.nextInt(14));
      return new Clock(port, period, random.nextInt(period));
    }).toList());
  }

  Clock get(int i) {
    return clocks.get(i);
  }

  SimOptions options() {
    SimOptions options = SimOptions.defaults().seed(Lockstep.SEED).clock(TICK, 2, 0);
    clocks.forEach(c -> options.clock(c.port(), c.period(), c.phase()));
    return options;
  }

  /** Steps that hold at least two cycles of every drawn clock, for a reset to reach every register. */
  int resetSteps() {
    return clocks.stream().mapToInt(Clock::period).max().orElse(2) + 1;
  }

  /** The ticks at which the steps done so far end. */
  static long now(long stepsDone) {
    return 2 * stepsDone;
  }

  /** How many times {@code c} rises in the ticks {@code (from, to]}. */
  static long rises(Clock c, long from, long to) {
    return Math.floorDiv(to - c.phase(), c.period()) - Math.floorDiv(from - c.phase(), c.period());
  }

  /** The tick at which {@code c} rises in the step after tick {@code now}, or -1 if it does not. */
  static long riseInNextStep(Clock c, long now) {
    long at = now + 2 - Math.floorMod(now + 2 - c.phase(), c.period());
    return at > now ? at : -1;
  }

  @Override
  public String toString() {
    return clocks.stream().map(c -> c.port() + " period " + c.period() + " phase " + c.phase()).toList().toString();
  }
}
