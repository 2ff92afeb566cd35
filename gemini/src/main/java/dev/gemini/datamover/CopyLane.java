package dev.gemini.datamover;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.UInt;

/**
 * The Data Mover's share of the cross-link, one each way every cycle: a memory word on its way to
 * the partner's memory, and the answer to a word received from the partner. Words are answered in
 * the order they were sent, so an answer needs no address.
 *
 * @param valid a word is on the lane
 * @param address its word address in memory
 * @param data the word
 * @param check {@link #checkOf} of address and data, computed by the sender
 * @param ack the receiver wrote the oldest unanswered word it was sent
 * @param nack the receiver refused it: bad check, or this module is not the copy's target
 */
public record CopyLane(Bool valid, UInt address, UInt data, UInt check, Bool ack, Bool nack) {
  public static final int DATA_BITS = 64;
  /** Interleaved parity: catches every error burst of up to this many bits. */
  public static final int CHECK_BITS = 8;

  public static CopyLane type(int addressBits) {
    return new CopyLane(bool(), uint(addressBits), uint(DATA_BITS), uint(CHECK_BITS), bool(), bool());
  }

  /** Bit i is the parity of the bits of address and data whose index is i modulo {@link #CHECK_BITS}. */
  public static UInt checkOf(UInt address, UInt data) {
    UInt all = cat(address, data);
    int padded = (all.width() + CHECK_BITS - 1) / CHECK_BITS * CHECK_BITS;
    UInt bits = all.extend(padded);
    UInt check = bits.slice(CHECK_BITS - 1, 0);
    for (int lo = CHECK_BITS; lo < padded; lo += CHECK_BITS) {
      check = check.xor(bits.slice(lo + CHECK_BITS - 1, lo));
    }
    return check;
  }
}
