package dev.hdl.pass;

import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.Op;
import dev.hdl.ir.Stmt;
import dev.hdl.ir.StmtVisitor;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a module's statement tree into one driver expression per driven node (multiplexers for
 * the conditions), the form that simulation and structural checks want. Reports what a tree can
 * hide: a node never driven, and a combinational node not driven on every path (a latch).
 */
public final class Lowering {
  /** Marks "no value on this path" while lowering. */
  private static final int UNDRIVEN = -1;
  /** Marks "a value on some paths only". */
  private static final int PARTIAL = -2;

  private final ModuleDef def;
  private final List<Node> nodes;
  private final Map<Integer, List<SourceLoc>> connectLocs = new HashMap<>();
  private final List<LoweredModule.MemWrite> writes = new ArrayList<>();
  private final List<LoweredModule.Check> checks = new ArrayList<>();
  private final Statements statements = new Statements();

  private Lowering(ModuleDef def) {
    this.def = def;
    this.nodes = new ArrayList<>(def.nodes());
  }

  public static LoweredModule lower(ModuleDef def) {
    return new Lowering(def).run();
  }

  private LoweredModule run() {
    Env env = new Env(null);
    statements.visit(def.body(), env, -1);
    List<Integer> driver = new ArrayList<>(def.nodes().size());
    for (Node n : def.nodes()) {
      driver.add(driver(n, env.local.get(n.id())));
    }
    Map<Integer, List<SourceLoc>> assignedAt = new HashMap<>();
    connectLocs.forEach((node, locs) -> assignedAt.put(node, List.copyOf(locs)));
    return new LoweredModule(nodes, driver, assignedAt, writes, checks);
  }

  /** The node that drives {@code n} (a register's next value), given its value {@code v} after the body; -1 if none. */
  private int driver(Node n, Integer v) {
    if (!n.isDriven()) {
      return -1;
    }
    if (!(n instanceof Node.Reg r)) {
      return driven(n, v == null ? UNDRIVEN : v);
    }
    if (v == null) {
      throw new HdlException(r.loc(), "undriven: register '" + r.name() + "' of " + def.name()
          + " is never assigned, so it would " + (r.resetValue() != null ? "hold its reset value forever"
              : "never hold a defined value") + ". Assign it, or use a constant.");
    }
    return r.enable() < 0 ? v : mux(r.enable(), v, r.id(), r.loc());
  }

  private int driven(Node n, int v) {
    if (v >= 0) {
      return v;
    }
    if (v == UNDRIVEN) {
      // The message is located at the declaration, so the text need not repeat it.
      throw new HdlException(n.loc(), "undriven: " + describe(n, false) + " is never assigned.");
    }
    List<SourceLoc> assigned = connectLocs.get(n.id());
    throw new HdlException(assigned.get(0), "latch: " + describe(n, true)
        + " is assigned only under conditions that do not cover every case (at "
        + String.join(", ", assigned.stream().map(SourceLoc::toString).toList())
        + "), so it would have to remember its value. Assign a default before the when/switch, or add otherwise(...).");
  }

  private String describe(Node n, boolean withLoc) {
    String loc = withLoc ? " (" + n.loc() + ")" : "";
    return n instanceof Node.InstanceInput in
        ? "input '" + in.port() + "' of instance '" + def.instances().get(in.instance()).name() + "'" + loc + " in "
            + def.name()
        : n.kindWord() + " '" + n.name() + "'" + loc + " of " + def.name();
  }

  /** Where a statement is: the values driven so far on its path, and the path's condition (-1: always). */
  private record Path(Env env, int cond) {}

  /** Folds statements into the drivers of {@link Env} and the enables of writes and checks. */
  private final class Statements implements StmtVisitor<Path> {
    @Override
    public void connect(Stmt.Connect c, Path at) {
      at.env().set(c.target(), c.value());
      List<SourceLoc> locs = connectLocs.computeIfAbsent(c.target(), k -> new ArrayList<>());
      if (!locs.contains(c.loc())) {
        locs.add(c.loc());
      }
    }

    @Override
    public void when(Stmt.When w, Path at) {
      Env then = new Env(at.env());
      visit(w.then(), then, and(at.cond(), w.cond(), w.loc()));
      Env otherwise = new Env(at.env());
      visit(w.otherwise(), otherwise, and(at.cond(), not(w.cond(), w.loc()), w.loc()));
      merge(at.env(), w.cond(), then, otherwise, w.loc());
    }

    @Override
    public void switchOn(Stmt.Switch sw, Path at) {
      lowerSwitch(sw, at.env(), at.cond());
    }

    @Override
    public void memWrite(Stmt.MemWrite m, Path at) {
      writes.add(new LoweredModule.MemWrite(m.memory(), enable(at.cond(), m.loc()), m.addr(), m.data(), m.mask(),
          m.loc()));
    }

    @Override
    public void check(Stmt.Check c, Path at) {
      checks.add(new LoweredModule.Check(c.kind(), enable(at.cond(), c.loc()), c.cond(), c.message(), c.domain(),
          c.loc()));
    }

    void visit(List<Stmt> stmts, Env env, int cond) {
      visit(stmts, new Path(env, cond));
    }
  }

  /**
   * A switch is a chain of whens on "subject equals one of the case values". When the cases
   * list every value of the subject and there is no otherwise, the last case is what remains
   * (the Verilog emitter makes it the {@code default}), so it cannot leave anything unassigned.
   */
  private void lowerSwitch(Stmt.Switch sw, Env env, int path) {
    int n = sw.cases().size();
    int[] hits = new int[n];
    Env[] arms = new Env[n];
    int none = -1;
    for (int i = 0; i < n; i++) {
      Stmt.Case c = sw.cases().get(i);
      int hit = -1;
      for (BigInteger v : c.values()) {
        int k = add(Op.EQ, 1, false, List.of(sw.subject(), constantLike(v, sw.subject(), c.loc())), c.loc());
        hit = hit < 0 ? k : add(Op.OR, 1, false, List.of(hit, k), c.loc());
      }
      hits[i] = hit;
      arms[i] = new Env(env);
      statements.visit(c.body(), arms[i], and(path, hit, c.loc()));
      none = none < 0 ? not(hit, c.loc()) : add(Op.AND, 1, false, List.of(none, not(hit, c.loc())), c.loc());
    }
    Env rest;
    int inChain;
    if (sw.otherwise().isEmpty() && coversEveryValue(sw)) {
      rest = arms[n - 1];
      inChain = n - 1;
    } else {
      rest = new Env(env);
      statements.visit(sw.otherwise(), rest, none < 0 ? path : and(path, none, sw.loc()));
      inChain = n;
    }
    for (int i = inChain - 1; i >= 0; i--) {
      Env chained = new Env(env);
      merge(chained, hits[i], arms[i], rest, sw.cases().get(i).loc());
      rest = chained;
    }
    env.local.putAll(rest.local);
  }

  /** Whether the case values are all the subject's values; they are distinct and in range already. */
  private boolean coversEveryValue(Stmt.Switch sw) {
    int width = nodes.get(sw.subject()).width();
    int values = sw.cases().stream().mapToInt(c -> c.values().size()).sum();
    return width < 31 && values == 1 << width;
  }

  private void merge(Env into, int cond, Env a, Env b, SourceLoc loc) {
    Set<Integer> targets = new LinkedHashSet<>(a.local.keySet());
    targets.addAll(b.local.keySet());
    for (int t : targets) {
      int x = a.get(t);
      int y = b.get(t);
      int merged;
      if (x >= 0 && y >= 0) {
        merged = x == y ? x : mux(cond, x, y, loc);
      } else {
        merged = x == UNDRIVEN && y == UNDRIVEN ? UNDRIVEN : PARTIAL;
      }
      into.set(t, merged);
    }
  }

  private int enable(int path, SourceLoc loc) {
    return path >= 0 ? path : constant(BigInteger.ONE, 1, loc);
  }

  private int and(int path, int cond, SourceLoc loc) {
    return path < 0 ? cond : add(Op.AND, 1, false, List.of(path, cond), loc);
  }

  private int not(int cond, SourceLoc loc) {
    return add(Op.NOT, 1, false, List.of(cond), loc);
  }

  private int mux(int cond, int a, int b, SourceLoc loc) {
    Node t = nodes.get(a);
    return add(Op.MUX, t.width(), t.signed(), List.of(cond, a, b), loc);
  }

  private int constantLike(BigInteger value, int like, SourceLoc loc) {
    Node n = nodes.get(like);
    return addNode(new Node.Const(nodes.size(), null, null, n.width(), n.signed(), null, value, loc));
  }

  private int constant(BigInteger value, int width, SourceLoc loc) {
    return addNode(new Node.Const(nodes.size(), null, null, width, false, null, value, loc));
  }

  private int add(Op op, int width, boolean signed, List<Integer> args, SourceLoc loc) {
    return addNode(new Node.Operation(nodes.size(), null, null, width, signed, op, args, 0, 0, 0, loc));
  }

  private int addNode(Node n) {
    nodes.add(n);
    return n.id();
  }

  /** Values of driven nodes along one path; unset ones fall back to the enclosing path's. */
  private final class Env {
    final Env parent;
    final Map<Integer, Integer> local = new HashMap<>();

    Env(Env parent) {
      this.parent = parent;
    }

    int get(int target) {
      for (Env e = this; e != null; e = e.parent) {
        Integer v = e.local.get(target);
        if (v != null) {
          return v;
        }
      }
      // A register keeps its value where nothing assigns it; anything else has none.
      return nodes.get(target) instanceof Node.Reg ? target : UNDRIVEN;
    }

    void set(int target, int value) {
      local.put(target, value);
    }
  }
}
