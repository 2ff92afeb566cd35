package dev.hdl.tests.naming;

import dev.hdl.Bool;
import dev.hdl.UInt;

/** Hardware functions in a class of their own, as a user's library of generators would be. */
final class Arithmetic {
  private Arithmetic() {}

  /** Returns its result directly: the caller's variable names it. */
  static UInt average(UInt x, UInt y) {
    return x.addExpand(y).shiftRight(1).truncate(x.width());
  }

  /** Keeps its result in a local: that local names it. */
  static Bool parity(UInt x) {
    Bool odd = x.xorReduce();
    return odd;
  }
}
