package dev.hdl.jvmsim;

/**
 * The state of a compiled design and its generated combinational logic. Node values live in
 * {@link #s} where the model's {@link Layout} puts them; each memory in {@link #mem}, entry after
 * entry, as the words of its width.
 */
public abstract class CompiledModel {
  public long[] s;
  public long[][] mem;
  /** For nodes computed by {@link WideOps}: the netlist, read at run time. */
  public WideOps wide;

  /** Bits of each hooked node, by node id, that a fault inverts as its readers see them (0: none). */
  public long[] bent;

  /** Recomputes every combinational node from the inputs and state, in dependency order. */
  public abstract void settle();
}
