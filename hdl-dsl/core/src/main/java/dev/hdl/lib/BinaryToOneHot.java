package dev.hdl.lib;

import static dev.hdl.Hdl.*;
import static dev.hdl.lib.Widths.bitsFor;

import dev.hdl.Component;
import dev.hdl.UInt;

/** Index to one-hot: bit {@code index} of the {@code n}-bit {@code oneHot} is set, or none for an index of n or more. */
public final class BinaryToOneHot extends Component {
  public final UInt index;
  public final UInt oneHot;
  private final int n;

  /** A decoder to {@code n} (at least 1) bits; {@code index} has {@code bitsFor(n - 1)} bits. */
  public BinaryToOneHot(int n) {
    Caller.require(n >= 1, "a one-hot value has at least 1 bit, not " + n + ".");
    this.n = n;
    index = input(uint(bitsFor(n - 1)));
    oneHot = output(uint(n));
    oneHot.assign(lit(1, n).shiftLeft(index));
  }

  @Override
  public String moduleName() {
    return "BinaryToOneHot_" + n;
  }
}
