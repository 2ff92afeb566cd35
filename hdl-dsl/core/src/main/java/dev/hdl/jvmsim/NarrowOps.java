package dev.hdl.jvmsim;

/**
 * The operators the compiled model calls rather than spells out: those that compare or choose,
 * on values of at most 64 bits held unsigned in a {@code long} with the bits above their width
 * clear. The model calls them with constant widths; HotSpot inlines them and folds the constants.
 */
public final class NarrowOps {
  private NarrowOps() {}

  public static long mask(int width) {
    return width >= 64 ? -1L : (1L << width) - 1;
  }

  /** The value extended to 64 bits by its signedness. */
  public static long ext(long value, int width, boolean signed) {
    return signed && width < 64 ? (value << (64 - width)) >> (64 - width) : value;
  }

  public static long dshl(long a, long amount, int w) {
    return Long.compareUnsigned(amount, w) >= 0 ? 0 : (a << amount) & mask(w);
  }

  public static long dshr(long a, long amount, int wa, boolean sa, int w) {
    long k = Long.compareUnsigned(amount, 63) > 0 ? 63 : amount;
    long x = ext(a, wa, sa);
    long shifted = sa ? x >> k : (Long.compareUnsigned(amount, 64) >= 0 ? 0 : x >>> k);
    return shifted & mask(w);
  }

  /** Comparisons of operands already extended to 64 bits. */
  public static long eq(long a, long b) {
    return a == b ? 1 : 0;
  }

  public static long ne(long a, long b) {
    return a != b ? 1 : 0;
  }

  public static long lt(long a, long b, boolean signed) {
    return compare(a, b, signed) < 0 ? 1 : 0;
  }

  public static long le(long a, long b, boolean signed) {
    return compare(a, b, signed) <= 0 ? 1 : 0;
  }

  public static long gt(long a, long b, boolean signed) {
    return compare(a, b, signed) > 0 ? 1 : 0;
  }

  public static long ge(long a, long b, boolean signed) {
    return compare(a, b, signed) >= 0 ? 1 : 0;
  }

  private static int compare(long a, long b, boolean signed) {
    return signed ? Long.compare(a, b) : Long.compareUnsigned(a, b);
  }

  public static long mux(long cond, long a, long b) {
    return cond != 0 ? a : b;
  }

  public static long andReduce(long a, int wa) {
    return a == mask(wa) ? 1 : 0;
  }

  public static long orReduce(long a) {
    return a != 0 ? 1 : 0;
  }

  public static long xorReduce(long a) {
    return Long.bitCount(a) & 1;
  }

  /**
   * Word {@code k} of an asynchronous read of a memory kept as {@code perEntry} words an entry;
   * past the end of the memory reads zero.
   */
  public static long memRead(long[] words, long address, int depth, int perEntry, int k) {
    return Long.compareUnsigned(address, depth) < 0 ? words[(int) address * perEntry + k] : 0;
  }
}
