package dev.hdl.jvmsim;

import dev.hdl.pass.CombOrder;
import dev.hdl.pass.FlatNetlist;
import dev.hdl.pass.FlatNetlist.FlatNode;
import dev.hdl.pass.FlatNetlist.Kind;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The computed nodes cut into small groups, each recomputed only when a value it reads has
 * changed since it last ran: in a design under traffic most logic sees the same inputs from one
 * cycle to the next. The groups are runs of a depth-first order, so that a group holds one cone of
 * logic rather than scattered nodes, and they are listed so that every group comes after the
 * groups it reads: one pass over them settles the design.
 */
final class Schedule {
  /** Nodes per group: small enough that a change wakes little logic, big enough to keep the checks few. */
  static final int GROUP_SIZE = 32;
  /**
   * Logic of fewer computed nodes is one group, computed whole at every settle: on so little,
   * tracking what changed costs more than it saves (a 40-node comparator under random stimulus
   * ran a third slower gated).
   */
  static final int WHOLE_BELOW = 256;

  private final int[][] groups;
  /** By node id: its group, or -1 for a node the logic does not compute. */
  private final int[] groupOf;
  /** By node id: the groups that read the value in its slots, apart from the group computing it. */
  private final int[][] readers;
  private final int[][] memoryReaders;

  Schedule(FlatNetlist net, Layout layout) {
    List<FlatNode> nodes = net.nodes();
    int[] order = depthFirst(nodes, layout);
    int size = order.length < WHOLE_BELOW ? Math.max(order.length, 1) : GROUP_SIZE;
    groups = new int[(order.length + size - 1) / size][];
    groupOf = new int[nodes.size()];
    Arrays.fill(groupOf, -1);
    for (int g = 0; g < groups.length; g++) {
      groups[g] = Arrays.copyOfRange(order, g * size, Math.min(order.length, (g + 1) * size));
      for (int id : groups[g]) {
        groupOf[id] = g;
      }
    }
    BitSet[] read = new BitSet[nodes.size()];
    BitSet[] memoryRead = new BitSet[net.memories().size()];
    for (int[] group : gated() ? groups : new int[0][]) {
      for (int id : group) {
        FlatNode n = nodes.get(id);
        for (int a : n.args()) {
          int home = layout.home(a);
          if (groupOf[home] != groupOf[id]) {
            add(read, home, groupOf[id]);
          }
        }
        if (n.kind() == Kind.MEM_READ) {
          add(memoryRead, n.memory(), groupOf[id]);
        }
      }
    }
    int[][] byHome = members(read);
    readers = new int[nodes.size()][];
    for (FlatNode n : nodes) {
      readers[n.id()] = byHome[layout.home(n.id())];
    }
    memoryReaders = members(memoryRead);
  }

  private static void add(BitSet[] sets, int at, int group) {
    if (sets[at] == null) {
      sets[at] = new BitSet();
    }
    sets[at].set(group);
  }

  private static int[][] members(BitSet[] sets) {
    int[][] out = new int[sets.length][];
    for (int i = 0; i < sets.length; i++) {
      out[i] = sets[i] == null ? new int[0] : sets[i].stream().toArray();
    }
    return out;
  }

  /**
   * The computed combinational nodes, each after the nodes it reads, in the order a depth-first
   * walk from each node in turn (by id, so one instance's logic at a time) finishes them.
   */
  private static int[] depthFirst(List<FlatNode> nodes, Layout layout) {
    int[] order = new int[nodes.size()];
    int count = 0;
    boolean[] seen = new boolean[nodes.size()];
    int[] stack = new int[nodes.size()];
    int[] next = new int[nodes.size()];
    for (FlatNode root : nodes) {
      if (seen[root.id()] || !computed(root, layout)) {
        continue;
      }
      int depth = 0;
      stack[depth++] = root.id();
      seen[root.id()] = true;
      next[root.id()] = 0;
      while (depth > 0) {
        int at = stack[depth - 1];
        int[] args = nodes.get(at).args();
        if (next[at] < args.length) {
          int a = layout.home(args[next[at]++]);
          if (!seen[a] && computed(nodes.get(a), layout)) {
            seen[a] = true;
            next[a] = 0;
            stack[depth++] = a;
          }
        } else {
          order[count++] = at;
          depth--;
        }
      }
    }
    return Arrays.copyOf(order, count);
  }

  private static boolean computed(FlatNode n, Layout layout) {
    return CombOrder.isCombinational(n) && layout.computed(n.id());
  }

  /** Whether the groups run only when stale; if not, the one group runs at every settle and nothing wakes it. */
  boolean gated() {
    return groups.length > 1;
  }

  /** The groups in the order they run, each its nodes in the order they are computed. */
  int[][] groups() {
    return groups;
  }

  /** The group that computes a node, or -1 if the logic does not. */
  int group(int id) {
    return groupOf[id];
  }

  /** The groups that read a node's value, apart from its own: those to wake when it changes. */
  int[] readers(int id) {
    return readers[id];
  }

  /** The groups that read a memory asynchronously. */
  int[] memoryReaders(int memory) {
    return memoryReaders[memory];
  }
}
