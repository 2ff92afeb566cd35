package dev.hdl.formal;

import dev.hdl.sim.AssertionFailure;
import dev.hdl.source.SourceLoc;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An input sequence out of reset under which an assertion fails, found by the solver: the
 * assertion's Java line, the cycle, where its waveforms are, and what the JVM simulator did when
 * it replayed the same inputs.
 */
public final class Counterexample extends AssertionError {
  private static final long serialVersionUID = 1L;
  private final SourceLoc loc;
  private final long cycle;
  private final Path artifacts;
  private final AssertionFailure replayed;

  Counterexample(String message, SourceLoc loc, long cycle, Path artifacts, AssertionFailure replayed) {
    super(message);
    this.loc = loc;
    this.cycle = cycle;
    this.artifacts = artifacts;
    this.replayed = replayed;
  }

  /** The line of the {@code assertThat} that fails. */
  public SourceLoc loc() {
    return loc;
  }

  /** The cycle out of reset at which its condition is false; reset is held in cycle 0. */
  public long cycle() {
    return cycle;
  }

  /** The directory with the solver's trace, the replay's trace and their renderings. */
  public Path artifacts() {
    return artifacts;
  }

  /** The assertion failure the JVM simulator raised on replaying the inputs, if it raised one. */
  public Optional<AssertionFailure> replayed() {
    return Optional.ofNullable(replayed);
  }
}
