package dev.hdl.ir;

import dev.hdl.source.SourceLoc;

/**
 * A clock domain of a module: a clock input and an optional reset input.
 *
 * @param clock node id of the clock (a 1-bit input)
 * @param reset node id of the reset, or -1
 */
public record Domain(String name, int clock, int reset, ResetKind resetKind, boolean resetActiveLow, SourceLoc loc) {

  public enum ResetKind {
    SYNC,
    ASYNC
  }
}
