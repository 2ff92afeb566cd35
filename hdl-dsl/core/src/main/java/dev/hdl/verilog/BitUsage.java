package dev.hdl.verilog;

import dev.hdl.ir.Domain;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.Stmt;
import dev.hdl.ir.StmtVisitor;
import java.util.BitSet;

/**
 * Which bits of each node the emitted Verilog reads, so that signals with unread bits can be
 * marked for the linter instead of being reported as mistakes.
 */
final class BitUsage {
  private final ModuleDef def;
  private final BitSet[] used;

  BitUsage(ModuleDef def) {
    this.def = def;
    this.used = new BitSet[def.nodes().size()];
    for (int i = 0; i < used.length; i++) {
      used[i] = new BitSet();
    }
    for (Node n : def.nodes()) {
      visit(n);
    }
    StmtVisitor.preorder(def.body()).forEach(this::reads);
  }

  /** Whether some bit of the node is never read. */
  boolean partlyUnused(int id) {
    return used[id].cardinality() < def.node(id).width();
  }

  private void visit(Node n) {
    switch (n) {
      case Node.Operation op -> operator(op);
      case Node.Reg r -> {
        if (r.enable() >= 0) {
          all(r.enable());
        }
        Domain d = def.domains().get(r.domain());
        all(d.clock());
        if (r.resetValue() != null) {
          all(d.reset());
        }
      }
      case Node.MemRead read -> {
        all(read.address());
        if (read.enable() >= 0) {
          all(read.enable());
        }
        if (read.domain() >= 0) {
          all(def.domains().get(read.domain()).clock());
        }
      }
      case Node.InstanceInput in -> all(in.id());
      case Node.Input in -> {}
      case Node.Output out -> {}
      case Node.Wire w -> {}
      case Node.Const c -> {}
      case Node.InstanceOutput out -> {}
    }
  }

  private void operator(Node.Operation n) {
    int w = n.width();
    switch (n.op()) {
      case SLICE -> range(n.arg(0), n.hi(), n.lo());
      case SHL -> {
        if (n.shift() < w) {
          range(n.arg(0), w - 1 - n.shift(), 0);
        }
      }
      case SHR -> {
        if (n.shift() < w) {
          range(n.arg(0), w - 1, n.shift());
        }
        if (n.signed()) {
          range(n.arg(0), w - 1, w - 1);
        }
      }
      case ADD, SUB, MUL, NEG, AND, OR, XOR, NOT, DSHL, DSHR, EQ, NE, LT, LE, GT, GE, MUX, CAT, EXTEND, CAST,
          AND_REDUCE, OR_REDUCE, XOR_REDUCE -> n.args().forEach(this::all);
    }
  }

  /** What one statement reads itself; the statements nested in it are visited on their own. */
  private void reads(Stmt s) {
    switch (s) {
      case Stmt.Connect c -> all(c.value());
      case Stmt.When w -> all(w.cond());
      case Stmt.Switch sw -> all(sw.subject());
      case Stmt.MemWrite m -> {
        all(m.addr());
        all(m.data());
        if (m.mask() >= 0) {
          all(m.mask());
        }
        all(def.domains().get(def.memories().get(m.memory()).domain()).clock());
      }
      case Stmt.Check c -> {
        all(c.cond());
        Domain d = def.domains().get(c.domain());
        all(d.clock());
        if (d.reset() >= 0) {
          all(d.reset());
        }
      }
    }
  }

  private void all(int id) {
    used[id].set(0, def.node(id).width());
  }

  private void range(int id, int hi, int lo) {
    used[id].set(lo, hi + 1);
  }

}
