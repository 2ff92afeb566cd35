package dev.hdl.jvmsim;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import dev.hdl.pass.CombOrder;
import java.util.ArrayList;
import java.util.Arrays;
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
  /** By node id: whether the value lives only in a local of its group's code (see {@link #local}). */
  private final boolean[] local;

  Schedule(FlatNetlist net, Layout layout) {
    List<FlatNode> nodes = net.nodes();
    int[] order = depthFirst(net, layout);
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
    GroupLists read = new GroupLists(nodes.size());
    GroupLists memoryRead = new GroupLists(net.memories().size());
    for (int g = 0; gated() && g < groups.length; g++) {
      for (int id : groups[g]) {
        FlatNode n = nodes.get(id);
        for (int a : n.args()) {
          int home = layout.home(a);
          if (groupOf[home] != g) {
            read.add(home, g);
          }
        }
        if (n.kind() == Kind.MEM_READ) {
          memoryRead.add(n.memory(), g);
        }
      }
    }
    int[][] byHome = read.toArrays();
    readers = new int[nodes.size()][];
    for (FlatNode n : nodes) {
      readers[n.id()] = byHome[layout.home(n.id())];
    }
    memoryReaders = memoryRead.toArrays();
    boolean[] seenOutside = seenOutsideTheLogic(net, layout);
    local = new boolean[nodes.size()];
    for (int[] group : groups) {
      for (int id : group) {
        local[id] = nodes.get(id).width() <= 64 && readers[id].length == 0 && !seenOutside[id];
      }
    }
  }

  /**
   * By node id, for the nodes whose slots hold values: whether anything but the compiled logic
   * reads it: a name (to peek, trace or bend it), a register, read port, memory write, check or
   * domain, or the BigInteger path of a wide operator, which reads its operands from their slots.
   */
  private static boolean[] seenOutsideTheLogic(FlatNetlist net, Layout layout) {
    List<FlatNode> nodes = net.nodes();
    boolean[] seen = new boolean[nodes.size()];
    for (FlatNode n : nodes) {
      boolean wide = n.width() > 64;
      for (int a : n.args()) {
        wide |= nodes.get(a).width() > 64;
      }
      if (n.path() != null) {
        seen[layout.home(n.id())] = true;
      }
      if (n.kind() == Kind.REG || (n.kind() == Kind.MEM_READ && n.domain() >= 0) || wide) {
        for (int a : n.args()) {
          seen[layout.home(a)] = true;
        }
      }
    }
    List<Integer> read = new ArrayList<>();
    for (FlatNetlist.FlatWrite w : net.writes()) {
      read.addAll(List.of(w.enable(), w.addr(), w.data()));
      if (w.mask() >= 0) {
        read.add(w.mask());
      }
    }
    for (FlatNetlist.FlatCheck c : net.checks()) {
      read.addAll(List.of(c.enable(), c.cond()));
    }
    for (FlatNetlist.FlatDomain d : net.domains()) {
      read.add(d.clock());
      if (d.reset() >= 0) {
        read.add(d.reset());
      }
    }
    for (int id : read) {
      seen[layout.home(id)] = true;
    }
    return seen;
  }

  /** By key, the distinct groups added to it, which come in increasing order. */
  private static final class GroupLists {
    private static final int[] NONE = new int[0];
    private final int[][] lists;
    private final int[] sizes;

    GroupLists(int keys) {
      lists = new int[keys][];
      sizes = new int[keys];
    }

    void add(int key, int group) {
      int n = sizes[key];
      if (n > 0 && lists[key][n - 1] == group) {
        return;
      }
      if (lists[key] == null || n == lists[key].length) {
        lists[key] = Arrays.copyOf(lists[key] == null ? NONE : lists[key], Math.max(2, 2 * n));
      }
      lists[key][sizes[key]++] = group;
    }

    int[][] toArrays() {
      int[][] out = new int[lists.length][];
      for (int i = 0; i < lists.length; i++) {
        out[i] = lists[i] == null ? NONE : Arrays.copyOf(lists[i], sizes[i]);
      }
      return out;
    }
  }

  /**
   * The computed combinational nodes, each after the nodes it reads, in the order a depth-first
   * walk from each node in turn (by id, so one instance's logic at a time) finishes them. A node
   * met again while the walk is still inside it closes a combinational loop: {@link CombOrder}
   * then says which.
   */
  private static int[] depthFirst(FlatNetlist net, Layout layout) {
    List<FlatNode> nodes = net.nodes();
    int[] order = new int[nodes.size()];
    int count = 0;
    boolean[] seen = new boolean[nodes.size()];
    boolean[] open = new boolean[nodes.size()];
    int[] stack = new int[nodes.size()];
    int[] next = new int[nodes.size()];
    for (FlatNode root : nodes) {
      if (seen[root.id()] || !computed(root, layout)) {
        continue;
      }
      int depth = 0;
      stack[depth++] = root.id();
      seen[root.id()] = true;
      open[root.id()] = true;
      next[root.id()] = 0;
      while (depth > 0) {
        int at = stack[depth - 1];
        List<Integer> args = nodes.get(at).args();
        if (next[at] < args.size()) {
          int a = layout.home(args.get(next[at]++));
          if (open[a]) {
            CombOrder.order(net);
            throw new IllegalStateException("a combinational loop that CombOrder did not find at " + a);
          }
          if (!seen[a] && computed(nodes.get(a), layout)) {
            seen[a] = true;
            open[a] = true;
            next[a] = 0;
            stack[depth++] = a;
          }
        } else {
          order[count++] = at;
          open[at] = false;
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

  /**
   * Whether a node's value lives only in a local of its group's code, never in its slots: it is at
   * most 64 bits, only its own group reads it, and nothing outside the logic does. Spares a store,
   * and loads that C1, which runs the logic while the model warms up, does not forward.
   */
  boolean local(int id) {
    return local[id];
  }

  /** The groups that read a memory asynchronously. */
  int[] memoryReaders(int memory) {
    return memoryReaders[memory];
  }
}
