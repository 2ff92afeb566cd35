package dev.gemini.testbench.resync;

import dev.hdl.UInt;

/** Marsaglia's xorshift64: the pseudo-random source of the rig's CPU and DMA models, in hardware. */
final class Xorshift {
  private Xorshift() {}

  /** The state after {@code x}: never zero when {@code x} is not. */
  static UInt next(UInt x) {
    UInt a = x.xor(x.shiftLeft(13));
    UInt b = a.xor(a.shiftRight(7));
    return b.xor(b.shiftLeft(17));
  }
}
