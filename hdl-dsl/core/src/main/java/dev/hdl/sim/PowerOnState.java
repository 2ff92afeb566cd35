package dev.hdl.sim;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.Node;
import java.math.BigInteger;

/**
 * What state holds before anything sets it, the same on every back end: a register with no
 * reset, and every word of a memory with no initial contents, start from values drawn from the simulation's seed and the
 * state's name, as hardware starts from whatever its cells hold. A design that only works from
 * zeros then fails a test, and the seed the failure prints reproduces it. Registers with a reset
 * start from it once reset is applied; before that they read 0.
 */
public final class PowerOnState {
  private static final BigInteger LOW_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private PowerOnState() {}

  /** Whether a register of the netlist starts from a drawn value: it has no reset. */
  public static boolean drawn(FlatNetlist net, FlatNode node) {
    if (node.kind() != FlatNetlist.Kind.REG || node.path() == null || !(node.source() instanceof Node.Reg reg)) {
      return false;
    }
    return reg.resetValue() == null || net.domains().get(node.domain()).reset() < 0;
  }

  /** Whether a memory starts from drawn words: it has no initial contents. */
  public static boolean drawn(FlatNetlist.FlatMemory memory) {
    return memory.memory().init().isEmpty();
  }

  /** A register's first value. */
  public static BigInteger register(long seed, String path, int width) {
    return bits(mix(seed ^ mix(path.hashCode())), width);
  }

  /** A memory word's first value. */
  public static BigInteger memoryWord(long seed, String path, int address, int width) {
    return bits(mix(seed ^ mix(path.hashCode()) ^ mix(0x9E37_79B9_7F4A_7C15L + address)), width);
  }

  /** Width bits, each 64-bit chunk the next value of a SplitMix64 sequence from {@code state}. */
  private static BigInteger bits(long state, int width) {
    BigInteger value = BigInteger.ZERO;
    for (int low = 0; low < width; low += 64) {
      state = mix(state);
      value = value.or(BigInteger.valueOf(state).and(LOW_64).shiftLeft(low));
    }
    return value.and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
  }

  private static long mix(long z) {
    z += 0x9E37_79B9_7F4A_7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
