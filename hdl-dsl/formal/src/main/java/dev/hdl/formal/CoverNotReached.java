package dev.hdl.formal;

import dev.hdl.source.SourceLoc;
import java.util.List;

/** Covers that no input sequence reaches within the depth asked for. */
public final class CoverNotReached extends AssertionError {
  private static final long serialVersionUID = 1L;
  private final List<SourceLoc> unreached;

  CoverNotReached(String message, List<SourceLoc> unreached) {
    super(message);
    this.unreached = List.copyOf(unreached);
  }

  public List<SourceLoc> unreached() {
    return unreached;
  }
}
