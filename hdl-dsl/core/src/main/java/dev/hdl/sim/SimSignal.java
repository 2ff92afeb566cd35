package dev.hdl.sim;

import java.math.BigInteger;

/** A port or named signal of a running simulation. */
public interface SimSignal {
  String path();

  int width();

  /** The value as an unsigned number; for signals wider than 64 bits, the low 64 bits. */
  long get();

  BigInteger getBig();

  /** Drives a top-level input; an error for anything else, or for a value wider than the port. */
  void set(long value);

  void set(BigInteger value);
}
