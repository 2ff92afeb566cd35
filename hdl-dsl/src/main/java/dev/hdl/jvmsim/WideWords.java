package dev.hdl.jvmsim;

/**
 * Values wider than 64 bits as little-endian words, bits above the width clear. The operators
 * that wide values mostly meet — copies, selections, slices, concatenations, bitwise logic and
 * equality — work on the words directly; the rest go through {@link java.math.BigInteger}.
 */
final class WideWords {
  private WideWords() {}

  static int words(int width) {
    return (width + 63) >>> 6;
  }

  /** Word {@code k} of node {@code id}'s value, zero past its top. */
  static long word(CompiledModel m, int id, int width, int k) {
    if (width > 64) {
      long[] v = m.w[id];
      return k < v.length ? v[k] : 0;
    }
    return k == 0 ? m.s[id] : 0;
  }

  /** {@code count} (at most 64) bits of node {@code id} from bit {@code lo} on. */
  static long bits(CompiledModel m, int id, int width, int lo, int count) {
    int k = lo >>> 6;
    int off = lo & 63;
    long v = word(m, id, width, k) >>> off;
    if (off != 0 && off + count > 64) {
      v |= word(m, id, width, k + 1) << (64 - off);
    }
    return v & NarrowOps.mask(count);
  }

  /** Writes {@code count} (at most 64) bits of {@code value} into {@code dst} from bit {@code lo} on. */
  static void put(long[] dst, int lo, long value, int count) {
    long v = value & NarrowOps.mask(count);
    int k = lo >>> 6;
    int off = lo & 63;
    dst[k] |= v << off;
    if (off != 0 && off + count > 64) {
      dst[k + 1] |= v >>> (64 - off);
    }
  }

  /** Clears the bits of the top word above {@code width}. */
  static void trim(long[] v, int width) {
    int top = width & 63;
    if (top != 0) {
      v[v.length - 1] &= (1L << top) - 1;
    }
  }
}
