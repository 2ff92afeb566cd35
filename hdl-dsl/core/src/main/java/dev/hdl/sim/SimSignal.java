package dev.hdl.sim;

import java.math.BigInteger;

/** A port or named signal of a running simulation. */
public interface SimSignal {
  String path();

  int width();

  /** The value as an unsigned number; for signals wider than 64 bits, the low 64 bits. */
  long get();

  BigInteger getBig();

  /** The value read as a two's complement number of its width. */
  default BigInteger getSignedBig() {
    BigInteger v = getBig();
    return v.testBit(width() - 1) ? v.subtract(BigInteger.ONE.shiftLeft(width())) : v;
  }

  /** As {@link #getSignedBig()}, for signals of at most 64 bits. */
  default long getSigned() {
    if (width() > 64) {
      throw new SimulationException("'" + path() + "' has " + width() + " bits, more than a long holds: use"
          + " getSignedBig()");
    }
    int unused = 64 - width();
    return get() << unused >> unused;
  }

  /** The value as a constant of {@code type}, read as its ordinal, as enum-typed hardware stores it. */
  default <E extends Enum<E>> E getEnum(Class<E> type) {
    E[] constants = type.getEnumConstants();
    BigInteger v = getBig();
    if (v.compareTo(BigInteger.valueOf(constants.length)) >= 0) {
      throw new SimulationException("'" + path() + "' holds " + v + ", which is no constant of " + type.getSimpleName()
          + " (0 to " + (constants.length - 1) + ")");
    }
    return constants[v.intValue()];
  }

  /** Drives a top-level input; an error for anything else, or for a value wider than the port. */
  void set(long value);

  void set(BigInteger value);
}
