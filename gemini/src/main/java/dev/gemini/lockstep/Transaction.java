package dev.gemini.lockstep;

import static dev.hdl.Hdl.bool;
import static dev.hdl.Hdl.uint;

import dev.hdl.Bool;
import dev.hdl.UInt;

/**
 * An outbound CPU-to-IO transaction as the GeminiEngine sees it: a request of some kind to an
 * address, with data and byte enables, tagged so that its completion finds its way back.
 */
public record Transaction(Bool valid, UInt kind, UInt tag, UInt address, UInt byteEnables, UInt data) {
  public static final int KIND_BITS = 3;
  public static final int TAG_BITS = 8;
  public static final int ADDRESS_BITS = 48;
  public static final int DATA_BITS = 64;

  /** The hardware type of a transaction. */
  public static Transaction type() {
    return new Transaction(bool(), uint(KIND_BITS), uint(TAG_BITS), uint(ADDRESS_BITS), uint(DATA_BITS / 8),
        uint(DATA_BITS));
  }

  /** The payload fields, in the order of their bits in {@link TransactionComparator}'s field vector. */
  public enum Field {
    VALID,
    KIND,
    TAG,
    ADDRESS,
    BYTE_ENABLES,
    DATA
  }
}
