package dev.hdl.ir;

import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.List;

/**
 * A memory array.
 *
 * @param init initial contents (empty: none); shorter than depth leaves the rest zero
 * @param lanes number of write-mask lanes (1: no mask)
 * @param domain the clock domain of its write port, or -1 for a memory nothing writes
 */
public record Memory(
    String name,
    String javaPath,
    int width,
    int depth,
    int lanes,
    List<BigInteger> init,
    ReadUnderWrite readUnderWrite,
    int domain,
    SourceLoc loc) {

  public Memory {
    init = List.copyOf(init);
  }

  /** What a registered read returns when the same cycle writes the same address. */
  public enum ReadUnderWrite {
    /** The word as it was before the write. */
    READ_FIRST,
    /** The word being written (lane by lane under a mask), as if the write came first. */
    WRITE_FIRST
  }

  public int addressWidth() {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(depth - 1));
  }
}
