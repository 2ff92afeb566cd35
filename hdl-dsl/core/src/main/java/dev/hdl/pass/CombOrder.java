package dev.hdl.pass;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import dev.hdl.source.HdlException;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders a flat netlist so that every node comes after the nodes it depends on combinationally;
 * a combinational loop is an error that lists every hop with its source line.
 */
public final class CombOrder {
  private CombOrder() {}

  /** Whether {@code n}'s value depends within the same cycle on its {@code args}. */
  public static boolean isCombinational(FlatNode n) {
    return switch (n.kind()) {
      case OP, ALIAS -> true;
      case MEM_READ -> n.domain() < 0;
      case INPUT, CONST, REG, OPAQUE -> false;
    };
  }

  public static int[] order(FlatNetlist net) {
    List<FlatNode> nodes = net.nodes();
    int n = nodes.size();
    int[] pending = new int[n];
    int[][] users = users(nodes, pending);
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (pending[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int at = order[head++];
      for (int u : users[at]) {
        if (--pending[u] == 0) {
          order[tail++] = u;
        }
      }
    }
    if (tail < n) {
      throw loop(nodes, pending);
    }
    return order;
  }

  private static int[][] users(List<FlatNode> nodes, int[] pending) {
    int n = nodes.size();
    int[] count = new int[n];
    for (FlatNode node : nodes) {
      if (isCombinational(node)) {
        for (int a : node.args()) {
          count[a]++;
          pending[node.id()]++;
        }
      }
    }
    int[][] users = new int[n][];
    for (int i = 0; i < n; i++) {
      users[i] = new int[count[i]];
      count[i] = 0;
    }
    for (FlatNode node : nodes) {
      if (isCombinational(node)) {
        for (int a : node.args()) {
          users[a][count[a]++] = node.id();
        }
      }
    }
    return users;
  }

  /** Walks from a node left in the loop through its still-pending inputs until one repeats. */
  private static HdlException loop(List<FlatNode> nodes, int[] pending) {
    int start = 0;
    while (pending[start] == 0) {
      start++;
    }
    int[] seenAt = new int[nodes.size()];
    java.util.Arrays.fill(seenAt, -1);
    List<Integer> walk = new ArrayList<>();
    int at = start;
    while (seenAt[at] < 0) {
      seenAt[at] = walk.size();
      walk.add(at);
      int next = -1;
      for (int a : nodes.get(at).args()) {
        if (pending[a] > 0) {
          next = a;
          break;
        }
      }
      at = next;
    }
    List<Integer> cycle = walk.subList(seenAt[at], walk.size());
    StringBuilder path = new StringBuilder();
    // The walk follows inputs backwards; print it the way signals flow.
    for (int i = cycle.size() - 1; i >= 0; i--) {
      path.append("\n  ").append(hop(nodes.get(cycle.get(i)))).append(" ->");
    }
    path.append("\n  ").append(hop(nodes.get(cycle.get(cycle.size() - 1))));
    FlatNode first = nodes.get(cycle.get(cycle.size() - 1));
    return new HdlException(first.loc(), "combinational loop: a value depends on itself within one clock cycle:"
        + path + "\nBreak the loop with a register.");
  }

  /**
   * One step of a loop: where the value is declared and, for a wire or port, where it is
   * assigned, since that assignment is what closes the loop and is the line to change.
   */
  private static String hop(FlatNode n) {
    String assigned = n.assignedAt().isEmpty() ? ""
        : ", assigned at " + String.join(", ", n.assignedAt().stream().map(Object::toString).toList());
    return n.label() + " (" + n.loc() + assigned + ")";
  }
}
