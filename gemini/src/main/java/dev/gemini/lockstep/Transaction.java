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
  public static final int TAG_BITS = 5;
  public static final int ADDRESS_BITS = 48;
  public static final int DATA_BITS = 64;

  /** Kinds: a posted memory write needs no completion; every other kind does. */
  public static final int KIND_READ = 0;
  public static final int KIND_WRITE = 1;
  public static final int KIND_CONFIG_READ = 2;
  public static final int KIND_CONFIG_WRITE = 3;

  /** The hardware type of a transaction. */
  public static Transaction type() {
    return new Transaction(bool(), uint(KIND_BITS), uint(TAG_BITS), uint(ADDRESS_BITS), uint(DATA_BITS / 8),
        uint(DATA_BITS));
  }

  /** Which IO subsystem the transaction is for: the address's top bit (0: IO0, 1: IO1). */
  public Bool target() {
    return address.bit(ADDRESS_BITS - 1);
  }

  /** Whether the request is non-posted: its requester waits for a completion. */
  public Bool needsCompletion() {
    return kind.ne(KIND_WRITE);
  }

  /** The payload fields, low bit first in {@link TransactionComparator}'s field vector. */
  public enum Field {
    VALID,
    KIND,
    TAG,
    ADDRESS,
    BYTE_ENABLES,
    DATA
  }
}
