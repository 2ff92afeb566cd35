package dev.hdl.lib;

/** Widths of addresses, indices and counters, from how many values they must tell apart. */
public final class Widths {
  private Widths() {}

  /**
   * ⌈log₂ n⌉ for {@code n} ≥ 1: the bits that number {@code n} things from 0, where one thing
   * needs none. {@code log2Ceil(1)} = 0, {@code log2Ceil(2)} = 1, {@code log2Ceil(5)} = 3,
   * {@code log2Ceil(8)} = 3. An error for {@code n} < 1.
   */
  public static int log2Ceil(long n) {
    Caller.require(n >= 1, "log2Ceil(" + n + ") is undefined: it takes a count of at least 1.");
    return Long.SIZE - Long.numberOfLeadingZeros(n - 1);
  }

  /**
   * The bits of an unsigned value that holds every number from 0 to {@code n}, for {@code n} ≥ 0,
   * and at least 1, since no signal is narrower: {@code bitsFor(0)} = 1, {@code bitsFor(1)} = 1,
   * {@code bitsFor(7)} = 3, {@code bitsFor(8)} = 4. So a count of up to {@code n} takes
   * {@code bitsFor(n)} bits and an index into {@code n} things {@code bitsFor(n - 1)}. An error for
   * {@code n} < 0.
   */
  public static int bitsFor(long n) {
    Caller.require(n >= 0, "bitsFor(" + n + ") is undefined: it takes the largest value to hold, at least 0.");
    return Math.max(1, Long.SIZE - Long.numberOfLeadingZeros(n));
  }
}
