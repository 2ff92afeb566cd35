package dev.hdl.verilog;

import dev.hdl.ir.Domain;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.NodeKind;
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
    switch (n.kind()) {
      case OP -> operator(n);
      case REG -> {
        n.args().forEach(this::all);
        Domain d = def.domains().get(n.domain());
        all(d.clock());
        if (n.value() != null) {
          all(d.reset());
        }
      }
      case MEM_READ -> {
        n.args().forEach(this::all);
        if (n.domain() >= 0) {
          all(def.domains().get(n.domain()).clock());
        }
      }
      case INSTANCE_INPUT -> all(n.id());
      case INPUT, OUTPUT, WIRE, CONST, INSTANCE_OUTPUT -> {}
    }
  }

  private void operator(Node n) {
    int w = n.width();
    switch (n.op()) {
      case SLICE -> range(n.arg(0), n.param0(), n.param1());
      case SHL -> {
        if (n.param0() < w) {
          range(n.arg(0), w - 1 - n.param0(), 0);
        }
      }
      case SHR -> {
        if (n.param0() < w) {
          range(n.arg(0), w - 1, n.param0());
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
