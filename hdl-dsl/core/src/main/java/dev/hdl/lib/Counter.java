package dev.hdl.lib;

import static dev.hdl.Hdl.*;
import static dev.hdl.lib.Widths.bitsFor;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Counts the cycles {@code enable} is high, modulo {@code modulus}: {@code value} runs 0, 1, ...,
 * modulus − 1, 0, ... from reset. {@code wrap} is high in a cycle whose enable takes the count
 * from modulus − 1 back to 0 (enable high and value modulus − 1): the last step of a lap. A counter
 * made with {@link #withClear} has a {@code clear} input that sets the count to 0 at the next
 * edge, over the enable; {@code clear} is null in one made with {@link #Counter(long)}.
 */
public final class Counter extends Component {
  public final Bool enable;
  public final Bool clear;
  public final UInt value;
  public final Bool wrap;
  private final long modulus;

  /** A counter of {@code modulus} values (at least 1), without a clear input. */
  public Counter(long modulus) {
    this(modulus, false);
  }

  /** A counter of {@code modulus} values (at least 1) with a synchronous {@code clear} input. */
  public static Counter withClear(long modulus) {
    return new Counter(modulus, true);
  }

  private Counter(long modulus, boolean clearable) {
    Caller.require(modulus >= 1, "a counter counts modulo at least 1, not " + modulus + ".");
    this.modulus = modulus;
    enable = input(bool());
    clear = clearable ? input(bool()) : null;
    value = output(uint(bitsFor(modulus - 1)));
    wrap = output(bool());

    UInt count = reg(uint(bitsFor(modulus - 1)), 0);
    Bool last = count.eq(modulus - 1);
    // The explicit wrap, since only a power-of-two modulus wraps by itself.
    when(enable, () -> count.assign(mux(last, lit(0, count.width()), count.add(1))));
    if (clearable) {
      when(clear, () -> count.assign(lit(0, count.width())));
    }
    value.assign(count);
    wrap.assign(enable.and(last));
  }

  @Override
  public String moduleName() {
    return "Counter_mod" + modulus + (clear == null ? "" : "_clear");
  }
}
