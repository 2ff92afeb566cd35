package dev.hdl.sim;

import dev.hdl.source.SourceLoc;

/** A design's {@code assertThat} that did not hold: the cycle and the user's line. */
public class AssertionFailure extends SimulationException {
  private static final long serialVersionUID = 1L;
  private final long cycle;
  private final SourceLoc loc;

  public AssertionFailure(long cycle, SourceLoc loc, String message) {
    super(loc + ": assertion failed at cycle " + cycle + ": " + message);
    this.cycle = cycle;
    this.loc = loc;
  }

  public long cycle() {
    return cycle;
  }

  public SourceLoc loc() {
    return loc;
  }
}
