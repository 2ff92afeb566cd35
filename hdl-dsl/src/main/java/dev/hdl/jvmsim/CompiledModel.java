package dev.hdl.jvmsim;

import java.math.BigInteger;

/**
 * The state of a compiled design and its generated combinational logic. Values of up to 64 bits
 * live in {@link #s}, wider ones in {@link #w} as little-endian words, both indexed by
 * flat-netlist node id; memories in {@link #mem} (up to 64-bit words) or {@link #wideMem}.
 */
public abstract class CompiledModel {
  public long[] s;
  public long[][] w;
  public long[][] mem;
  public BigInteger[][] wideMem;
  /** For nodes computed by {@link WideOps}: the netlist, read at run time. */
  public WideOps wide;

  /** Bits of each hooked node that a fault inverts as its readers see them (0: none). */
  public long[] bent;

  /** Recomputes every combinational node from the inputs and state, in dependency order. */
  public abstract void settle();

  /** Called by compiled code right after a hooked node is computed: applies a glitch, if any. */
  public final void bend(int id) {
    s[id] ^= bent[id];
  }
}
