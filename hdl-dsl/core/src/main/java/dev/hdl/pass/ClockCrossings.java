package dev.hdl.pass;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Finds signals of one clock domain sampled by state of another without a synchronizer: a
 * register (not marked as a synchronizer stage), a registered memory read or a memory write
 * whose inputs come, through combinational logic, from state clocked by a different clock.
 * A memory read is a legitimate crossing (dual-clock FIFOs and buffers are built on it): its
 * data counts as the reader's, and the protocol that makes it safe must itself cross through
 * synchronizers, which this check sees.
 */
public final class ClockCrossings {
  private ClockCrossings() {}

  public static void check(FlatNetlist net, int[] order) {
    List<FlatNode> nodes = net.nodes();
    BitSet[] from = new BitSet[nodes.size()];
    for (int id : order) {
      FlatNode n = nodes.get(id);
      BitSet s = new BitSet();
      if (n.kind() == Kind.REG || (n.kind() == Kind.MEM_READ && n.domain() >= 0)) {
        s.set(clockOf(net, n.domain()));
      } else if (CombOrder.isCombinational(n)) {
        for (int a : n.args()) {
          s.or(from[a]);
        }
      }
      from[id] = s;
    }
    for (FlatNode n : nodes) {
      boolean sampled = n.kind() == Kind.REG || (n.kind() == Kind.MEM_READ && n.domain() >= 0);
      if (sampled && !n.synchronizerStage()) {
        for (int a : n.args()) {
          require(net, from, a, n.domain(), n.describe(), n.loc());
        }
      }
    }
    for (FlatNetlist.FlatWrite w : net.writes()) {
      String sampler = "the write to memory " + net.memories().get(w.memory()).path() + " (" + w.loc() + ")";
      for (int a : new int[] {w.enable(), w.addr(), w.data(), w.mask()}) {
        if (a >= 0) {
          require(net, from, a, w.domain(), sampler, w.loc());
        }
      }
    }
  }

  private static int clockOf(FlatNetlist net, int domain) {
    return net.domains().get(domain).clock();
  }

  /** Fails unless {@code input} carries only state of {@code domain}'s clock (or none). */
  private static void require(FlatNetlist net, BitSet[] from, int input, int domain, String sampler, SourceLoc at) {
    int clock = clockOf(net, domain);
    BitSet other = (BitSet) from[input].clone();
    other.clear(clock);
    if (!other.isEmpty()) {
      FlatNode source = findSource(net, input, other.nextSetBit(0));
      throw new HdlException(at, "clock domain crossing without a synchronizer: " + sampler
          + " is clocked by " + net.nodes().get(clock).describe() + " but samples " + source.describe()
          + ", clocked by " + net.nodes().get(other.nextSetBit(0)).describe()
          + ". Pass the signal through a synchronizer from dev.hdl.lib (TwoFlopSynchronizer, PulseSynchronizer,"
          + " AsyncFifo), or mark the first register of your own with synchronizerStage(...).");
    }
  }

  private static FlatNode findSource(FlatNetlist net, int start, int clock) {
    Deque<Integer> todo = new ArrayDeque<>(List.of(start));
    BitSet seen = new BitSet();
    while (!todo.isEmpty()) {
      FlatNode n = net.nodes().get(todo.pop());
      if (!seen.get(n.id())) {
        seen.set(n.id());
        if ((n.kind() == Kind.REG || n.kind() == Kind.MEM_READ) && n.domain() >= 0
            && clockOf(net, n.domain()) == clock) {
          return n;
        }
        if (CombOrder.isCombinational(n)) {
          for (int a : n.args()) {
            todo.push(a);
          }
        }
      }
    }
    return net.nodes().get(start);
  }
}
