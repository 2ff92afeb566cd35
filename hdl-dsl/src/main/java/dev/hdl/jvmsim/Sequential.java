package dev.hdl.jvmsim;

import dev.hdl.ir.Memory;
import dev.hdl.ir.Stmt;
import dev.hdl.pass.FlatNetlist;
import dev.hdl.pass.FlatNetlist.FlatDomain;
import dev.hdl.pass.FlatNetlist.FlatNode;
import dev.hdl.pass.FlatNetlist.Kind;
import dev.hdl.sim.AssertionFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Everything one clock's edge updates: registers, registered reads, memory writes, and the checks
 * it samples. An edge is two steps: {@link #stage} takes what everything will hold, before
 * anything changes, since a write's address or a register's next value may come straight from a
 * register; {@link #commit} stores it and wakes the logic that reads what changed. Keeps the
 * slots of the layout it was made with.
 */
final class Sequential {
  private final FlatNetlist net;
  private final CompiledModel model;
  private final Memories memories;
  private final int[] regs;
  private final int[] reads;
  private final Memories.Write[] writes;
  private final FlatNetlist.FlatCheck[] checks;
  private final Layout layout;

  /** Per register, then per read port: its slots, how many, its readers, where its next value is staged. */
  private final int[] at;
  private final int[] words;
  private final int[][] readers;
  private final int[] stagedAt;
  private final long[] staged;

  /**
   * Per register: the slot of its next value, and whether it reads that at commit rather than at
   * stage. It can when the value is computed by the logic, which an edge does not change; it
   * cannot when it is another register's, or a read port's, which the edge may change first.
   */
  private final int[] driver;
  private final boolean[] direct;
  private final int[] staging;
  /** Per register: its reset condition (an index into the conditions below), or -1, and its reset value. */
  private final int[] reset;
  private final long[][] resetWords;
  /** Registers with a reset value in a domain whose reset is asynchronous. */
  private final int[] asyncReset;
  /** The distinct reset conditions of the registers: the slot of the reset and its active level. */
  private final int[] resetAt;
  private final boolean[] resetLow;
  private final boolean[] resetNow;

  /** Per read port: the slots of its address and enable (or -1). */
  private final int[] address;
  private final int[] enable;

  /** Everything in the domains {@code clocked} accepts. */
  Sequential(FlatNetlist net, Layout layout, Schedule schedule, Memories memories, CompiledModel model,
      IntPredicate clocked) {
    this.net = net;
    this.layout = layout;
    this.model = model;
    this.memories = memories;
    List<FlatNode> nodes = net.nodes();
    List<Integer> r = new ArrayList<>();
    List<Integer> m = new ArrayList<>();
    for (FlatNode n : nodes) {
      if (n.domain() >= 0 && clocked.test(n.domain())) {
        (n.kind() == Kind.REG ? r : m).add(n.id());
      }
    }
    regs = r.stream().mapToInt(Integer::intValue).toArray();
    reads = m.stream().mapToInt(Integer::intValue).toArray();
    writes = net.writes().stream().filter(w -> clocked.test(w.domain()))
        .map(w -> memories.new Write(w.memory(), layout.at(w.enable()), layout.at(w.addr()), layout.at(w.data()),
            nodes.get(w.data()).width(), w.mask() < 0 ? -1 : layout.at(w.mask())))
        .toArray(Memories.Write[]::new);
    checks = net.checks().stream().filter(c -> clocked.test(c.domain())).toArray(FlatNetlist.FlatCheck[]::new);
    int all = regs.length + reads.length;
    at = new int[all];
    words = new int[all];
    readers = new int[all][];
    stagedAt = new int[all];
    int total = 0;
    for (int i = 0; i < all; i++) {
      int id = i < regs.length ? regs[i] : reads[i - regs.length];
      at[i] = layout.at(id);
      words[i] = WideWords.words(nodes.get(id).width());
      readers[i] = schedule.readers(id);
      stagedAt[i] = total;
      total += words[i];
    }
    staged = new long[total];

    driver = new int[regs.length];
    direct = new boolean[regs.length];
    reset = new int[regs.length];
    resetWords = new long[regs.length][];
    List<Integer> staging = new ArrayList<>();
    List<Integer> async = new ArrayList<>();
    List<int[]> conditions = new ArrayList<>();
    for (int i = 0; i < regs.length; i++) {
      FlatNode n = nodes.get(regs[i]);
      FlatNode source = nodes.get(layout.home(n.args()[0]));
      driver[i] = layout.at(n.args()[0]);
      direct[i] = source.kind() != Kind.REG && !(source.kind() == Kind.MEM_READ && source.domain() >= 0);
      if (!direct[i]) {
        staging.add(i);
      }
      FlatDomain d = net.domains().get(n.domain());
      reset[i] = -1;
      if (n.value() != null && d.reset() >= 0) {
        int[] condition = {layout.at(d.reset()), d.resetActiveLow() ? 1 : 0};
        int index = indexOf(conditions, condition);
        if (index < 0) {
          index = conditions.size();
          conditions.add(condition);
        }
        reset[i] = index;
        resetWords[i] = new long[words[i]];
        WideWords.put(resetWords[i], 0, n.width(), n.value());
        if (d.asyncReset()) {
          async.add(i);
        }
      }
    }
    this.staging = staging.stream().mapToInt(Integer::intValue).toArray();
    asyncReset = async.stream().mapToInt(Integer::intValue).toArray();
    resetAt = conditions.stream().mapToInt(c -> c[0]).toArray();
    resetLow = new boolean[conditions.size()];
    for (int j = 0; j < conditions.size(); j++) {
      resetLow[j] = conditions.get(j)[1] == 1;
    }
    resetNow = new boolean[conditions.size()];

    address = new int[reads.length];
    enable = new int[reads.length];
    for (int i = 0; i < reads.length; i++) {
      int[] args = nodes.get(reads[i]).args();
      address[i] = layout.at(args[0]);
      enable[i] = args.length < 2 ? -1 : layout.at(args[1]);
    }
  }

  private static int indexOf(List<int[]> list, int[] item) {
    for (int i = 0; i < list.size(); i++) {
      if (Arrays.equals(list.get(i), item)) {
        return i;
      }
    }
    return -1;
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
    for (int j = 0; j < resetAt.length; j++) {
      resetNow[j] = (s[resetAt[j]] != 0) != resetLow[j];
    }
    for (int i : staging) {
      copy(s, driver[i], staged, stagedAt[i], words[i]);
    }
    for (int i = 0; i < reads.length; i++) {
      stageRead(i, regs.length + i, memoryWrites);
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
  private void stageRead(int i, int k, List<Memories.Write> memoryWrites) {
    long[] s = model.s;
    FlatNode n = net.nodes().get(reads[i]);
    if (enable[i] >= 0 && s[enable[i]] == 0) {
      copy(s, at[k], staged, stagedAt[k], words[k]);
      return;
    }
    long addr = s[address[i]];
    if (Long.compareUnsigned(addr, memories.memory(n.memory()).depth()) < 0) {
      copy(model.mem[n.memory()], (int) addr * words[k], staged, stagedAt[k], words[k]);
    } else {
      Arrays.fill(staged, stagedAt[k], stagedAt[k] + words[k], 0);
    }
    if (writesFirst(n)) {
      for (Memories.Write w : memoryWrites) {
        if (w.memory == n.memory() && w.address == addr) {
          w.applyTo(staged, stagedAt[k]);
        }
      }
    }
  }

  /** A write-first read port of a memory in its own domain sees this edge's writes. */
  private boolean writesFirst(FlatNode read) {
    FlatNetlist.FlatMemory m = net.memories().get(read.memory());
    return m.memory().readUnderWrite() == Memory.ReadUnderWrite.WRITE_FIRST && m.domain() == read.domain();
  }

  /** An asynchronous reset holds its registers at their reset value without waiting for an edge. */
  void holdAsyncResets() {
    for (int i : asyncReset) {
      if (resetActive(net.nodes().get(regs[i]).domain())) {
        put(i, resetWords[i], 0);
      }
    }
  }

  /** Stores what {@link #stage} took, waking the readers of what changed. */
  void commit() {
    for (int i = 0; i < regs.length; i++) {
      if (reset[i] >= 0 && resetNow[reset[i]]) {
        put(i, resetWords[i], 0);
      } else if (direct[i]) {
        put(i, model.s, driver[i]);
      } else {
        put(i, staged, stagedAt[i]);
      }
    }
    for (int k = regs.length; k < at.length; k++) {
      put(k, staged, stagedAt[k]);
    }
  }

  /** Stores the new value of register or read port {@code i}, waking its readers if it changed. */
  private void put(int i, long[] from, int fromAt) {
    long[] s = model.s;
    if (readers[i].length == 0) {
      copy(from, fromAt, s, at[i], words[i]); // nothing to wake: spare the comparison
    } else if (words[i] == 1) {
      if (s[at[i]] != from[fromAt]) {
        s[at[i]] = from[fromAt];
        wake(readers[i]);
      }
    } else if (!Arrays.equals(from, fromAt, fromAt + words[i], s, at[i], at[i] + words[i])) {
      System.arraycopy(from, fromAt, s, at[i], words[i]);
      wake(readers[i]);
    }
  }

  private void wake(int[] groups) {
    boolean[] stale = model.stale;
    for (int g : groups) {
      stale[g] = true;
    }
  }

  /** Copies the words of a value; most are one word, which a plain store does fastest. */
  private static void copy(long[] from, int fromAt, long[] to, int toAt, int words) {
    if (words == 1) {
      to[toAt] = from[fromAt];
    } else {
      System.arraycopy(from, fromAt, to, toAt, words);
    }
  }
}
