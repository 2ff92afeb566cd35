package dev.hdl.jvmsim;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatDomain;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import dev.hdl.ir.Memory;
import dev.hdl.ir.Stmt;
import dev.hdl.sim.AssertionFailure;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Everything one clock's edge updates: registers (through the model's generated code, see
 * {@link EdgeEmitter}), registered reads, memory writes, and the checks it samples. An edge is two
 * steps: {@link #stage} takes what everything will hold, before anything changes, since a write's
 * address or a register's next value may come straight from a register; {@link #commit} stores it
 * and wakes the logic that reads what changed. Keeps the slots of the layout it was made with.
 */
final class Sequential {
  private final FlatNetlist net;
  private final Layout layout;
  private final Memories memories;
  private final CompiledModel model;
  private final int clock;
  private final Memories.Write[] writes;
  private final FlatNetlist.FlatCheck[] checks;

  /**
   * Per read port: the node, its slots, how many, its readers, where its word is staged, the slots
   * of its address and enable (or -1).
   */
  private final int[] reads;
  private final int[] at;
  private final int[] words;
  private final int[][] readers;
  private final int[] stagedAt;
  private final long[] staged;
  private final int[] address;
  private final int[] enable;

  /** Registers with a reset value in a domain whose reset is asynchronous, and what they need to be held at it. */
  private final int[] asyncReset;
  private final long[][] resetWords;

  /** Everything of clock number {@code clock}, which drives the domains {@code clocked} accepts. */
  Sequential(FlatNetlist net, Layout layout, Schedule schedule, Memories memories, CompiledModel model, int clock,
      IntPredicate clocked) {
    this.net = net;
    this.layout = layout;
    this.memories = memories;
    this.model = model;
    this.clock = clock;
    List<FlatNode> nodes = net.nodes();
    writes = net.writes().stream().filter(w -> clocked.test(w.domain()))
        .map(w -> memories.new Write(w.memory(), layout.at(w.enable()), layout.at(w.addr()), layout.at(w.data()),
            nodes.get(w.data()).width(), w.mask() < 0 ? -1 : layout.at(w.mask())))
        .toArray(Memories.Write[]::new);
    checks = net.checks().stream().filter(c -> clocked.test(c.domain())).toArray(FlatNetlist.FlatCheck[]::new);
    reads = nodes.stream().filter(n -> n.kind() == Kind.MEM_READ && n.domain() >= 0 && clocked.test(n.domain()))
        .mapToInt(FlatNode::id).toArray();
    asyncReset = nodes.stream().filter(n -> n.kind() == Kind.REG && n.value() != null && clocked.test(n.domain())
        && net.domains().get(n.domain()).asyncReset()).mapToInt(FlatNode::id).toArray();

    // Read ports, then asynchronously reset registers: both stored through put().
    int all = reads.length + asyncReset.length;
    at = new int[all];
    words = new int[all];
    readers = new int[all][];
    for (int i = 0; i < all; i++) {
      int id = i < reads.length ? reads[i] : asyncReset[i - reads.length];
      at[i] = layout.at(id);
      words[i] = WideWords.words(nodes.get(id).width());
      readers[i] = schedule.readers(id);
    }
    stagedAt = new int[reads.length];
    address = new int[reads.length];
    enable = new int[reads.length];
    int total = 0;
    for (int i = 0; i < reads.length; i++) {
      stagedAt[i] = total;
      total += words[i];
      List<Integer> args = nodes.get(reads[i]).args();
      address[i] = layout.at(args.get(0));
      enable[i] = args.size() < 2 ? -1 : layout.at(args.get(1));
    }
    staged = new long[total];
    resetWords = new long[asyncReset.length][];
    for (int i = 0; i < asyncReset.length; i++) {
      FlatNode n = nodes.get(asyncReset[i]);
      resetWords[i] = new long[words[reads.length + i]];
      WideWords.put(resetWords[i], 0, n.width(), n.value());
    }
  }

  /**
   * Takes what every register, read port and memory write gets at this edge, before any of them
   * changes; adds the writes to {@code memoryWrites} and failed checks to {@code failures}.
   */
  void stage(long cycle, List<AssertionFailure> failures, List<Memories.Write> memoryWrites) {
    long[] s = model.s;
    for (Memories.Write w : writes) {
      if (w.take(s)) {
        memoryWrites.add(w);
      }
    }
    model.stageRegisters(clock);
    for (int i = 0; i < reads.length; i++) {
      stageRead(i, memoryWrites);
    }
    for (FlatNetlist.FlatCheck c : checks) {
      if (c.kind() != Stmt.CheckKind.COVER && s[layout.at(c.enable())] != 0 && s[layout.at(c.cond())] == 0
          && !resetActive(c.domain())) {
        failures.add(new AssertionFailure(cycle, c.loc(), c.message()));
      }
    }
  }

  private boolean resetActive(int domain) {
    FlatDomain d = net.domains().get(domain);
    return d.reset() >= 0 && ((model.s[layout.at(d.reset())] != 0) != d.resetActiveLow());
  }

  /** A read port takes the word at its address when enabled, with this edge's writes if write-first. */
  private void stageRead(int i, List<Memories.Write> memoryWrites) {
    long[] s = model.s;
    FlatNode n = net.nodes().get(reads[i]);
    if (enable[i] >= 0 && s[enable[i]] == 0) {
      copy(s, at[i], staged, stagedAt[i], words[i]);
      return;
    }
    long addr = s[address[i]];
    if (Long.compareUnsigned(addr, memories.memory(n.memory()).depth()) < 0) {
      copy(model.mem[n.memory()], (int) addr * words[i], staged, stagedAt[i], words[i]);
    } else {
      Arrays.fill(staged, stagedAt[i], stagedAt[i] + words[i], 0);
    }
    if (writesFirst(n)) {
      for (Memories.Write w : memoryWrites) {
        if (w.memory == n.memory() && w.address == addr) {
          w.applyTo(staged, stagedAt[i]);
        }
      }
    }
  }

  /** A write-first read port of a memory in its own domain sees this edge's writes. */
  private boolean writesFirst(FlatNode read) {
    FlatNetlist.FlatMemory m = net.memories().get(read.memory());
    return m.memory().readUnderWrite() == Memory.ReadUnderWrite.WRITE_FIRST && m.domain() == read.domain();
  }

  /** Stores what {@link #stage} took, waking the readers of what changed. */
  void commit() {
    model.commitRegisters(clock);
    for (int i = 0; i < reads.length; i++) {
      put(i, staged, stagedAt[i]);
    }
  }

  /** An asynchronous reset holds its registers at their reset value without waiting for an edge. */
  void holdAsyncResets() {
    for (int i = 0; i < asyncReset.length; i++) {
      if (resetActive(net.nodes().get(asyncReset[i]).domain())) {
        put(reads.length + i, resetWords[i], 0);
      }
    }
  }

  /** Stores the new value of read port or register {@code i}, waking its readers if it changed. */
  private void put(int i, long[] from, int fromAt) {
    long[] s = model.s;
    if (!Arrays.equals(from, fromAt, fromAt + words[i], s, at[i], at[i] + words[i])) {
      copy(from, fromAt, s, at[i], words[i]);
      for (int g : readers[i]) {
        model.stale[g] = true;
      }
    }
  }

  /**
   * Copies the words of a value, a few at most: a loop, because System.arraycopy is a call into
   * the VM until C2 compiles the caller.
   */
  private static void copy(long[] from, int fromAt, long[] to, int toAt, int words) {
    for (int k = 0; k < words; k++) {
      to[toAt + k] = from[fromAt + k];
    }
  }
}
