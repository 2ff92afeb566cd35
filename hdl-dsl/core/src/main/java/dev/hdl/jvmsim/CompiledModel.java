package dev.hdl.jvmsim;

/**
 * The state of a compiled design, its generated combinational logic and register updates. Node
 * values live in {@link #s} where the model's {@link Layout} puts them; each memory in {@link
 * #mem}, entry after entry, as the words of its width.
 */
public abstract class CompiledModel {
  public long[] s;
  public long[][] mem;
  /** For nodes computed by {@link WideOps}: the netlist, read at run time. */
  public WideOps wide;

  /** By group of the {@link Schedule}: whether a value it reads changed since it last ran. */
  public boolean[] stale;
  /** The inputs' words, in the order of the netlist's inputs, as the last settle saw them. */
  public long[] seen;

  /** Bits of each hooked node, by node id, that a fault inverts as its readers see them (0: none). */
  public long[] bent;

  /** Scratch of a clock edge: registers' next values taken before any changes, and the resets then. */
  public long[] staged;
  public boolean[] resetNow;

  /** Recomputes the stale groups of combinational nodes, in dependency order, and clears their flags. */
  public abstract void settle();

  /** Takes what the registers of a clock (by index) need at its edge, before any register changes. */
  public abstract void stageRegisters(int clock);

  /** Stores the registers' next values after {@link #stageRegisters}, waking the groups that read what changed. */
  public abstract void commitRegisters(int clock);
}
