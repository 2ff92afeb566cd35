package dev.gemini.registers;

import java.util.List;

/**
 * One 32-bit register of the control interface: where it is, how software may access it, its
 * reset value, and what its fields mean.
 */
public record Register(String name, int offset, Access access, long reset, String description, List<Field> fields) {
  /** How software accesses a register. */
  public enum Access {
    /** Read-write storage; the GE uses its value. */
    RW,
    /** Read-only status from the GE; a write is an error. */
    RO,
    /** Status bits the GE sets; writing a one clears the bit. */
    W1C,
    /** A command: a write makes a one-cycle pulse with the data; reads return zero. */
    WO
  }

  /** Bits {@code hi..lo} of a register. */
  public record Field(String name, int hi, int lo, String description) {}

  public static Field field(String name, int hi, int lo, String description) {
    return new Field(name, hi, lo, description);
  }

  public static Field bit(String name, int at, String description) {
    return new Field(name, at, at, description);
  }
}
