package dev.hdl.jvmsim;

/**
 * The operators on values of at most 64 bits, held unsigned in a {@code long} with the bits above
 * their width clear. The compiled model calls these with constant widths; HotSpot inlines them
 * and folds the constants, so they cost what hand-written shifts and masks would.
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

  public static long add(long a, int wa, boolean sa, long b, int wb, boolean sb, int w) {
    return (ext(a, wa, sa) + ext(b, wb, sb)) & mask(w);
  }

  public static long sub(long a, int wa, boolean sa, long b, int wb, boolean sb, int w) {
    return (ext(a, wa, sa) - ext(b, wb, sb)) & mask(w);
  }

  public static long mul(long a, int wa, boolean sa, long b, int wb, boolean sb, int w) {
    return (ext(a, wa, sa) * ext(b, wb, sb)) & mask(w);
  }

  public static long and(long a, long b) {
    return a & b;
  }

  public static long or(long a, long b) {
    return a | b;
  }

  public static long xor(long a, long b) {
    return a ^ b;
  }

  public static long neg(long a, int wa, boolean sa, int w) {
    return -ext(a, wa, sa) & mask(w);
  }

  public static long not(long a, int w) {
    return ~a & mask(w);
  }

  public static long shl(long a, int k, int w) {
    return k >= 64 ? 0 : (a << k) & mask(w);
  }

  public static long shr(long a, int k, int wa, boolean sa, int w) {
    long x = ext(a, wa, sa);
    long shifted = sa ? x >> Math.min(k, 63) : (k >= 64 ? 0 : x >>> k);
    return shifted & mask(w);
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

  public static long eq(long a, int wa, boolean sa, long b, int wb, boolean sb) {
    return ext(a, wa, sa) == ext(b, wb, sb) ? 1 : 0;
  }

  public static long ne(long a, int wa, boolean sa, long b, int wb, boolean sb) {
    return ext(a, wa, sa) != ext(b, wb, sb) ? 1 : 0;
  }

  public static long lt(long a, int wa, boolean sa, long b, int wb, boolean sb) {
    return compare(a, wa, sa, b, wb, sb) < 0 ? 1 : 0;
  }

  public static long le(long a, int wa, boolean sa, long b, int wb, boolean sb) {
    return compare(a, wa, sa, b, wb, sb) <= 0 ? 1 : 0;
  }

  public static long gt(long a, int wa, boolean sa, long b, int wb, boolean sb) {
    return compare(a, wa, sa, b, wb, sb) > 0 ? 1 : 0;
  }

  public static long ge(long a, int wa, boolean sa, long b, int wb, boolean sb) {
    return compare(a, wa, sa, b, wb, sb) >= 0 ? 1 : 0;
  }

  private static int compare(long a, int wa, boolean sa, long b, int wb, boolean sb) {
    long x = ext(a, wa, sa);
    long y = ext(b, wb, sb);
    return sa ? Long.compare(x, y) : Long.compareUnsigned(x, y);
  }

  public static long mux(long cond, long a, long b) {
    return cond != 0 ? a : b;
  }

  /** Appends {@code a} ({@code wa} bits) below what was concatenated so far. */
  public static long cat(long high, long a, int wa) {
    return wa >= 64 ? a : (high << wa) | a;
  }

  public static long slice(long a, int hi, int lo) {
    return (a >>> lo) & mask(hi - lo + 1);
  }

  public static long extend(long a, int wa, boolean sa, int w) {
    return ext(a, wa, sa) & mask(w);
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

  /** An asynchronous read; past the end of the memory reads zero. */
  public static long memRead(long[] words, long address) {
    return Long.compareUnsigned(address, words.length) < 0 ? words[(int) address] : 0;
  }
}
