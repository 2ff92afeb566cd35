package dev.hdl.lib;

import static dev.hdl.Hdl.*;
import static dev.hdl.lib.Widths.bitsFor;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * The index of the lowest set bit of an {@code n}-bit input: {@code valid} is high when a bit is
 * set, and {@code index} is 0 when none is.
 */
public final class PriorityEncoder extends Component {
  public final UInt in;
  public final UInt index;
  public final Bool valid;
  private final int n;

  /** An encoder of {@code n} (at least 1) bits; {@code index} has {@code bitsFor(n - 1)} bits. */
  public PriorityEncoder(int n) {
    Caller.require(n >= 1, "a priority encoder takes at least 1 bit, not " + n + ".");
    this.n = n;
    in = input(uint(n));
    index = output(uint(bitsFor(n - 1)));
    valid = output(bool());

    // From the top bit down, so that the lowest set bit decides last.
    UInt lowest = lit(0, index.width());
    for (int i = n - 1; i >= 0; i--) {
      lowest = mux(in.bit(i), lit(i, index.width()), lowest);
    }
    index.assign(lowest);
    valid.assign(in.orReduce());
  }

  @Override
  public String moduleName() {
    return "PriorityEncoder_" + n;
  }
}
