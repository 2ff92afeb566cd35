package dev.gemini.cpu;

import static dev.hdl.Hdl.cat;

import dev.hdl.UInt;

/** The 32-bit words of the core's 64-bit registers (mtime, mtimecmp, mcycle, minstret), read and written a word at a time. */
final class Words {
  private Words() {}

  /** Word {@code index} of a 64-bit {@code value}: 0 the low word, 1 the high. */
  static UInt word(UInt value, int index) {
    return value.slice(32 * index + 31, 32 * index);
  }

  /** A 64-bit {@code value} with its word {@code index} replaced by {@code word}. */
  static UInt withWord(UInt value, int index, UInt word) {
    return index == 0 ? cat(value.slice(63, 32), word) : cat(word, value.slice(31, 0));
  }
}
