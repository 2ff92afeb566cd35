package dev.gemini.common;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.UInt;

/** Logic over the bits of a vector: the lowest set bit, and the number of set bits, as trees. */
public final class BitScan {
  private BitScan() {}

  /** Whether any bit is set, and the index of the lowest set bit (zero when none). */
  public record Lowest(Bool any, UInt index) {}

  /** The lowest set bit of {@code bits}, whose width must be a power of two, at least 2. */
  public static Lowest lowest(UInt bits) {
    int width = bits.width();
    if (Integer.bitCount(width) != 1 || width < 2) {
      throw new IllegalArgumentException("lowest: the width must be a power of two, at least 2, not " + width);
    }
    if (width == 2) {
      return new Lowest(bits.orReduce(), bits.bit(0).not().asUInt());
    }
    int half = width / 2;
    Lowest low = lowest(bits.slice(half - 1, 0));
    Lowest high = lowest(bits.slice(width - 1, half));
    // The index gains one bit per level: 0 for the low half, 1 for the high half.
    UInt index = mux(low.any(), cat(lit(false), low.index()), cat(lit(true), high.index()));
    return new Lowest(low.any().or(high.any()), index);
  }

  /** The number of set bits of {@code bits}, {@code resultBits} wide. */
  public static UInt count(UInt bits, int resultBits) {
    int width = bits.width();
    if (width == 1) {
      return bits.extend(resultBits);
    }
    int half = width / 2;
    return count(bits.slice(half - 1, 0), resultBits).add(count(bits.slice(width - 1, half), resultBits));
  }
}
