package dev.hdl.formal;

import dev.hdl.source.SourceLoc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Every {@code cover} of the design was reached within {@code depth} cycles out of reset. */
public record Coverage(String top, int depth, List<Reached> reached, Duration time) {
  public Coverage {
    reached = List.copyOf(reached);
  }

  /**
   * A cover and the first cycle at which its condition held; {@code trace} is the solver's VCD
   * of the inputs that get there.
   */
  public record Reached(SourceLoc loc, String message, long cycle, Path trace) {}
}
