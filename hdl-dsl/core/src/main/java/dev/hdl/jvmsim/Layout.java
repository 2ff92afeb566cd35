package dev.hdl.jvmsim;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import dev.hdl.pass.CombOrder;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * Where each node's value lives in the model's one array of longs: a value of up to 64 bits in
 * one slot, a wider one in consecutive slots, least significant word first, with the bits above
 * its width clear. A wire or port that no fault bends shares the slots of the node driving it, so
 * the compiled logic never copies it; every node still owns slots of its own, so that bending one
 * later changes no other node's place.
 */
final class Layout {
  private final List<FlatNode> nodes;
  /** The node whose slots hold each node's value: itself, or the end of its chain of shared aliases. */
  private final int[] home;
  private final int[] own;
  private final int size;

  Layout(FlatNetlist net, Set<Integer> hooked) {
    this.nodes = net.nodes();
    int n = nodes.size();
    own = new int[n];
    int next = 0;
    for (FlatNode node : nodes) {
      own[node.id()] = next;
      next += WideWords.words(node.width());
    }
    size = next;
    home = new int[n];
    for (FlatNode node : nodes) {
      int at = node.id();
      for (int hops = 0; shares(nodes.get(at), hooked); hops++) {
        if (hops == n) {
          CombOrder.order(net); // wires assigned in a ring: CombOrder names them
          throw new IllegalStateException("a ring of wires that CombOrder did not find at " + at);
        }
        at = nodes.get(at).args().get(0);
      }
      home[node.id()] = at;
    }
  }

  /** An alias takes its driver's slots unless a fault may bend it apart from its driver. */
  private boolean shares(FlatNode n, Set<Integer> hooked) {
    return n.kind() == Kind.ALIAS && !hooked.contains(n.id()) && nodes.get(n.args().get(0)).width() == n.width();
  }

  /** How many slots the model's array needs. */
  int size() {
    return size;
  }

  int home(int id) {
    return home[id];
  }

  /** Whether the compiled logic computes this node, rather than it sharing its driver's slots. */
  boolean computed(int id) {
    return home[id] == id;
  }

  /** The slot of the node's least significant word. */
  int at(int id) {
    return own[home[id]];
  }

  /** The unsigned value of a node. */
  BigInteger value(long[] s, int id) {
    return WideWords.get(s, at(id), nodes.get(id).width());
  }

  /** Stores a value into a node's slots, truncated to its width. */
  void store(long[] s, int id, BigInteger value) {
    WideWords.put(s, at(id), nodes.get(id).width(), value);
  }
}
