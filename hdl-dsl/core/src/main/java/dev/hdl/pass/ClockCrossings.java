package dev.hdl.pass;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import dev.hdl.ir.Node;
import dev.hdl.ir.Node.Reg.Crossing;
import dev.hdl.ir.Op;
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
      if (sampled && n.crossing() == Crossing.SYNCHRONIZER_STAGE) {
        requireOneBitChanges(net, from, n);
      } else if (sampled) {
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

  /**
   * Fails when a multi-bit synchronizer stage samples, from another clock, a value whose bits can
   * change on one edge: each bit settles on its own, so the stage can catch a value that never
   * existed. Safe parts are single bits and registers declared Gray-coded.
   */
  private static void requireOneBitChanges(FlatNetlist net, BitSet[] from, FlatNode stage) {
    int clock = clockOf(net, stage.domain());
    FlatNode driver = throughAliases(net, stage.args().get(0));
    List<FlatNode> parts = driver.kind() == Kind.OP && driver.op() == Op.CAT
        ? driver.args().stream().map(a -> throughAliases(net, a)).toList()
        : List.of(driver);
    for (FlatNode part : parts) {
      BitSet other = (BitSet) from[part.id()].clone();
      other.clear(clock);
      if (part.width() > 1 && part.crossing() != Crossing.GRAY_CODED && !other.isEmpty()) {
        FlatNode source = findSource(net, part.id(), other.nextSetBit(0));
        throw new HdlException(entry(net, stage), "multi-bit clock domain crossing: " + stage.describe()
            + " synchronizes each of its " + stage.width() + " bits on its own, but samples " + source.describe()
            + ", clocked by " + net.nodes().get(other.nextSetBit(0)).describe() + ", whose bits can change on"
            + " the same edge, so it can catch a value that never existed. Carry a stream of values through"
            + " AsyncFifo; for a count, register its Gray code in the source domain and declare that register"
            + " with grayCoded(...); synchronize independent flags one bit each.");
      }
    }
  }

  /**
   * Where the value is handed to the stage's module: the connection to the instance's input, the
   * user's line when the synchronizer is the library's; the stage itself when it is the user's own.
   */
  private static SourceLoc entry(FlatNetlist net, FlatNode stage) {
    for (FlatNode n = net.nodes().get(stage.args().get(0)); n.kind() == Kind.ALIAS; n = net.nodes().get(n.args().get(0))) {
      if (n.source() instanceof Node.InstanceInput && !n.assignedAt().isEmpty()) {
        return n.assignedAt().get(0);
      }
    }
    return stage.loc();
  }

  private static FlatNode throughAliases(FlatNetlist net, int id) {
    FlatNode n = net.nodes().get(id);
    while (n.kind() == Kind.ALIAS) {
      n = net.nodes().get(n.args().get(0));
    }
    return n;
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
