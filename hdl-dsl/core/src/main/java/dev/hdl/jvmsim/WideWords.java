package dev.hdl.jvmsim;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values of any width as little-endian words of 64 bits with the bits above the width clear: how
 * the model keeps node values and memory words, converted here to and from {@link BigInteger}.
 */
final class WideWords {
  private WideWords() {}

  /** All-ones masks by width, made once: building them on every use was most of a wide node's cost. */
  private static final ConcurrentHashMap<Integer, BigInteger> MASKS = new ConcurrentHashMap<>();

  static int words(int width) {
    return (width + 63) >>> 6;
  }

  static BigInteger mask(int width) {
    return MASKS.computeIfAbsent(width, w -> BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
  }

  static BigInteger unsigned(long v) {
    return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
  }

  /** The unsigned value held in the words of a {@code width}-bit value from {@code a[at]} on. */
  static BigInteger get(long[] a, int at, int width) {
    BigInteger v = BigInteger.ZERO;
    for (int k = words(width) - 1; k >= 0; k--) {
      v = v.shiftLeft(64).or(unsigned(a[at + k]));
    }
    return v;
  }

  /** Writes a value, truncated to {@code width} bits, into the words from {@code a[at]} on. */
  static void put(long[] a, int at, int width, BigInteger value) {
    BigInteger v = value.signum() >= 0 && value.bitLength() <= width ? value : value.and(mask(width));
    for (int k = 0; k < words(width); k++) {
      a[at + k] = v.shiftRight(64 * k).longValue();
    }
  }
}
