package dev.hdl.mutation;

import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.Op;
import dev.hdl.ir.Stmt;
import dev.hdl.source.SourceLoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One small change to one module of a design, and to the other modules its class makes with other
 * parameters where the same node is at the same site: a bench that elaborates a block with its own
 * parameters then tests the same Java line as the design that the mutant was drawn from.
 *
 * @param module the name of the module it was drawn from, as the design names it
 * @param javaClass the class that made that module
 * @param site the node it changes; for {@link Kind#INVERTED_CONDITION}, the when statement's index
 *     in a preorder walk of the module's body
 * @param change what it does, for the report ({@code ADD -> SUB})
 * @param loc the user's line that made what it changes
 */
public record Mutant(String module, String javaClass, Kind kind, int site, String change, SourceLoc loc) {
  /** The system property that names the mutant an elaboration applies, as {@link #spec()} writes it. */
  public static final String PROPERTY = "hdl.mutant";

  public enum Kind {
    /** An operator swapped for a near one: + for -, & for |, == for !=, < for >=. */
    SWAPPED_OPERATOR,
    /** A binary operator replaced by its first operand. */
    DROPPED_TERM,
    /** A constant one higher, wrapping within its width. */
    CONSTANT_OFF_BY_ONE,
    /** A when's condition inverted. */
    INVERTED_CONDITION,
    /** A register's enable stuck on: it loads every cycle. */
    STUCK_ENABLE
  }

  static final Map<Op, Op> SWAPS = Map.ofEntries(
      Map.entry(Op.ADD, Op.SUB), Map.entry(Op.SUB, Op.ADD), Map.entry(Op.AND, Op.OR), Map.entry(Op.OR, Op.AND),
      Map.entry(Op.XOR, Op.OR), Map.entry(Op.EQ, Op.NE), Map.entry(Op.NE, Op.EQ), Map.entry(Op.LT, Op.GE),
      Map.entry(Op.GE, Op.LT), Map.entry(Op.LE, Op.GT), Map.entry(Op.GT, Op.LE), Map.entry(Op.SHL, Op.SHR),
      Map.entry(Op.SHR, Op.SHL), Map.entry(Op.DSHL, Op.DSHR), Map.entry(Op.DSHR, Op.DSHL),
      Map.entry(Op.AND_REDUCE, Op.OR_REDUCE), Map.entry(Op.OR_REDUCE, Op.AND_REDUCE),
      Map.entry(Op.XOR_REDUCE, Op.OR_REDUCE));

  /** The mutant the system property names, or null. */
  public static Mutant fromProperty() {
    String spec = System.getProperty(PROPERTY);
    return spec == null || spec.isBlank() ? null : parse(spec);
  }

  /** The form {@link #parse} reads: {@code module|class|kind|site|change|file|line}. */
  public String spec() {
    return String.join("|", module, javaClass, kind.name(), Integer.toString(site), change, loc.file(),
        Integer.toString(loc.line()));
  }

  public static Mutant parse(String spec) {
    String[] f = spec.split("\\|", -1);
    if (f.length != 7) {
      throw new IllegalArgumentException("-D" + PROPERTY + "=" + spec
          + " is not module|class|kind|site|change|file|line");
    }
    return new Mutant(f[0], f[1], Kind.valueOf(f[2]), Integer.parseInt(f[3]), f[4],
        new SourceLoc(f[5], Integer.parseInt(f[6])));
  }

  @Override
  public String toString() {
    // The site tells apart two mutants of one line that read alike (two constants 0 on it).
    return loc + ": " + kindWord() + " in " + module + " #" + site + ": " + change;
  }

  private String kindWord() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * The module with this change, or the module as it is when the change is not for it: a module of
   * another class, or one whose site holds something else.
   */
  public ModuleDef applyTo(ModuleDef m) {
    if (!m.javaClass().equals(javaClass)) {
      return m;
    }
    Mutant here = new Mutant(m.name(), javaClass, kind, site, change, loc);
    List<Node> nodes = new ArrayList<>(m.nodes());
    List<Stmt> body = m.body();
    if (kind == Kind.INVERTED_CONDITION) {
      List<Stmt.When> whens = Sites.whens(body);
      if (site >= whens.size() || !Mutants.inverted(m, site, whens.get(site)).equals(here)) {
        return m;
      }
      int not = nodes.size();
      nodes.add(new Node.Operation(not, "mutated_condition", null, 1, false, Op.NOT, List.of(whens.get(site).cond()),
          0, 0, 0, loc));
      body = Sites.replaceWhen(body, site, not);
    } else {
      Node at = site < nodes.size() ? nodes.get(site) : null;
      Node changed = at == null || !Mutants.at(m, at).contains(here) ? null : changed(at);
      if (changed == null) {
        return m;
      }
      nodes.set(site, changed);
    }
    return new ModuleDef(m.name(), m.javaClass(), nodes, m.ports(), m.domains(), m.memories(), m.instances(), body,
        m.blackBox(), m.loc());
  }

  private Node changed(Node at) {
    return switch (at) {
      case Node.Operation o when kind == Kind.SWAPPED_OPERATOR ->
          new Node.Operation(o.id(), o.name(), o.javaPath(), o.width(), o.signed(), SWAPS.get(o.op()), o.args(),
              o.shift(), o.hi(), o.lo(), o.loc());
      // a | a is a: the operator goes, the width stays.
      case Node.Operation o when kind == Kind.DROPPED_TERM ->
          new Node.Operation(o.id(), o.name(), o.javaPath(), o.width(), o.signed(), Op.OR, List.of(o.arg(0), o.arg(0)),
              0, 0, 0, o.loc());
      case Node.Const c when kind == Kind.CONSTANT_OFF_BY_ONE ->
          new Node.Const(c.id(), c.name(), c.javaPath(), c.width(), c.signed(), c.enumType(),
              Mutants.oneHigher(c), c.loc());
      case Node.Reg r when kind == Kind.STUCK_ENABLE -> r.withEnable(-1);
      default -> null;
    };
  }
}
