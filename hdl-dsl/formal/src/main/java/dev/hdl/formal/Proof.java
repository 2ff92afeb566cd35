package dev.hdl.formal;

import java.time.Duration;

/**
 * The design's assertions held under its assumptions: for every input sequence of {@code depth}
 * cycles out of reset, and for ever when {@code proved} (k-induction closed at that depth).
 */
public record Proof(String top, int depth, boolean proved, Duration time) {
  @Override
  public String toString() {
    return top + (proved ? ": proved by " + depth + "-induction" : ": holds to depth " + depth) + " in "
        + time.toMillis() + " ms";
  }
}
