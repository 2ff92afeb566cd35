package dev.gemini.cpu;

import static dev.hdl.Hdl.bool;
import static dev.hdl.Hdl.uint;

import dev.hdl.Bool;
import dev.hdl.UInt;

/**
 * One instruction that left the core, as a golden model sees it: either it retired ({@code trap}
 * low) with its register write and its memory access, or it trapped (an exception it raised, or an
 * interrupt taken before it) with the {@code cause} written to mcause. A fetch that faults reports
 * a {@code word} of zero. {@code rd} is zero when no register is written; {@code memData} is the
 * store's data (the bytes of its size) or the load's result, at {@code memAddress}.
 */
public record RetireTrace(Bool valid, UInt pc, UInt word, UInt rd, UInt rdValue, Bool load, Bool store,
    UInt memAddress, UInt memData, Bool trap, UInt cause) {
  public static RetireTrace type() {
    return new RetireTrace(bool(), uint(32), uint(32), uint(5), uint(32), bool(), bool(), uint(32), uint(32), bool(),
        uint(32));
  }
}
