package dev.hdl.formal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@link Formal#equivalence} found between a module and a changed copy of it, run side by
 * side on the same inputs out of reset, with the state that no reset sets starting at zero in both.
 *
 * @param differingCycle for {@link Verdict#DIFFERENT}, the first cycle at which an output differs;
 *     otherwise -1
 * @param trace for {@link Verdict#DIFFERENT}, the solver's VCD of the inputs that tell them apart;
 *     otherwise null
 */
public record Equivalence(String module, Verdict verdict, int depth, long differingCycle, Path trace, Duration time) {
  /** The verdicts, from alike to apart. */
  public enum Verdict {
    /** Proved by induction: every output agrees in every cycle, however long the run. */
    EQUIVALENT,
    /** No input sequence of {@code depth} cycles makes an output differ; induction did not close. */
    ALIKE_TO_DEPTH,
    /** Some input sequence makes an output differ. */
    DIFFERENT
  }

  @Override
  public String toString() {
    return module + ": " + switch (verdict) {
      case EQUIVALENT -> "equivalent, proved by induction";
      case ALIKE_TO_DEPTH -> "no output differs within " + depth + " cycles of reset; not proved beyond";
      case DIFFERENT -> "an output differs at cycle " + differingCycle + ", inputs in " + trace;
    } + " (" + time.toMillis() + " ms)";
  }
}
