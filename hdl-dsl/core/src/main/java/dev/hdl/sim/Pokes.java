package dev.hdl.sim;

import java.math.BigInteger;

/**
 * What a poke may drive and which values it takes, with one wording, for every back end.
 *
 * <p>Only top-level inputs that the simulator does not clock are driven. An input of width w takes
 * 0 to 2<sup>w</sup>−1; an {@code SInt} input also takes −2<sup>w−1</sup> to −1, stored as two's
 * complement. A negative value into any other input is an error, as is a value too wide. A
 * {@code long} poked into an input of 64 bits or more is taken as its 64 bits. A memory word
 * written from a test takes 0 to 2<sup>w</sup>−1, at an address below the memory's depth.
 */
public final class Pokes {
  private Pokes() {}

  /** The bits to store for {@code value}, for an input of at most 64 bits. */
  public static long bits(String path, int width, boolean signed, long value) {
    if (width >= 64 || (value >>> width) == 0) {
      return value;
    }
    if (signed && value < 0 && value >= -(1L << (width - 1))) {
      return value & ((1L << width) - 1);
    }
    throw doesNotFit(path, width, signed, BigInteger.valueOf(value));
  }

  /** The bits to store for {@code value}, as a non-negative number below 2<sup>width</sup>. */
  public static BigInteger bits(String path, int width, boolean signed, BigInteger value) {
    if (value.signum() >= 0 && value.bitLength() <= width) {
      return value;
    }
    if (signed && value.signum() < 0 && value.bitLength() < width) {
      return value.add(BigInteger.ONE.shiftLeft(width));
    }
    throw doesNotFit(path, width, signed, value);
  }

  /** Fails unless {@code address} is one of the {@code depth} words of memory {@code path}. */
  public static void checkAddress(String path, int depth, int address) {
    if (address < 0 || address >= depth) {
      throw new SimulationException("address " + address + " is outside memory '" + path + "' of depth " + depth);
    }
  }

  /** Fails unless {@code value} fits a {@code width}-bit word of memory {@code path}. */
  public static void checkWord(String path, int width, BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > width) {
      throw new SimulationException("value " + value + " does not fit in the " + width + "-bit words of memory '"
          + path + "'");
    }
  }

  /** A poke of something other than an input, or of a clock the simulator drives. */
  public static SimulationException notDrivable(String path, boolean clock) {
    return new SimulationException("'" + path + "' cannot be driven: " + (clock
        ? "it is a clock, which the simulator drives (set its period and phase with SimOptions.clock)"
        : "only top-level inputs can be poked (use inject() to upset internal state)"));
  }

  /** A clock in the options that is not a one-bit input of the top module. */
  public static SimulationException notAClock(String port, String top) {
    return new SimulationException("clock '" + port + "' is not a 1-bit input of " + top);
  }

  private static SimulationException doesNotFit(String path, int width, boolean signed, BigInteger value) {
    BigInteger top = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    String range = signed ? BigInteger.ONE.shiftLeft(width - 1).negate() + " to " + top + ", negative values as"
        + " two's complement" : "0 to " + top;
    return new SimulationException("value " + value + " does not fit in the " + width + "-bit "
        + (signed ? "signed" : "unsigned") + " input '" + path + "' (it takes " + range + ")");
  }
}
