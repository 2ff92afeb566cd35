package dev.hdl.mutation;

import dev.hdl.ir.Design;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.Op;
import dev.hdl.ir.Stmt;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every mutant of a design, module by module, in a fixed order. */
public final class Mutants {
  /** The binary operators whose first operand can stand for their result. */
  private static final Set<Op> TERMS = Set.of(Op.ADD, Op.SUB, Op.AND, Op.OR, Op.XOR);

  private Mutants() {}

  /**
   * Every mutant of the design once. A mutant applies to every module of its class that holds the
   * same node at its site, so two modules of one class with other parameters offer it once, from
   * the first of them.
   */
  public static List<Mutant> of(Design design) {
    Map<Change, Mutant> all = new LinkedHashMap<>();
    for (ModuleDef m : design.modules()) {
      if (m.blackBox() == null) {
        of(m).forEach(x -> all.putIfAbsent(new Change(x.javaClass(), x.kind(), x.site(), x.change(), x.loc()), x));
      }
    }
    return List.copyOf(all.values());
  }

  /** A mutant but for the module it was drawn from. */
  private record Change(String javaClass, Mutant.Kind kind, int site, String change, SourceLoc loc) {}

  static List<Mutant> of(ModuleDef m) {
    List<Mutant> all = new ArrayList<>();
    for (Node n : m.nodes()) {
      all.addAll(at(m, n));
    }
    List<Stmt.When> whens = Sites.whens(m.body());
    for (int i = 0; i < whens.size(); i++) {
      all.add(inverted(m, i, whens.get(i)));
    }
    return all;
  }

  /** The mutant that inverts the condition of {@code when}, number {@code index} of the module's whens. */
  static Mutant inverted(ModuleDef m, int index, Stmt.When when) {
    String cond = name(m, when.cond());
    return new Mutant(m.name(), m.javaClass(), Mutant.Kind.INVERTED_CONDITION, index,
        "when (" + cond + ") -> when (!" + cond + ")", when.loc());
  }

  /** The mutants of one node. */
  static List<Mutant> at(ModuleDef m, Node n) {
    List<Mutant> here = new ArrayList<>();
    switch (n) {
      case Node.Operation o -> {
        Op swapped = Mutant.SWAPS.get(o.op());
        if (swapped != null) {
          here.add(new Mutant(m.name(), m.javaClass(), Mutant.Kind.SWAPPED_OPERATOR, o.id(), o.op() + " -> " + swapped, o.loc()));
        }
        if (TERMS.contains(o.op()) && m.node(o.arg(0)).width() == o.width()) {
          here.add(new Mutant(m.name(), m.javaClass(), Mutant.Kind.DROPPED_TERM, o.id(), name(m, o.id()) + " -> "
              + name(m, o.arg(0)), o.loc()));
        }
      }
      // An enum constant one higher may name no constant of the enum at all.
      case Node.Const c when c.enumType() == null ->
          here.add(new Mutant(m.name(), m.javaClass(), Mutant.Kind.CONSTANT_OFF_BY_ONE, c.id(), c.value() + " -> " + oneHigher(c),
              c.loc()));
      case Node.Reg r when r.enable() >= 0 ->
          here.add(new Mutant(m.name(), m.javaClass(), Mutant.Kind.STUCK_ENABLE, r.id(), name(m, r.id()) + " enable stuck on",
              r.loc()));
      default -> { }
    }
    return here;
  }

  /** The constant's value plus one, wrapping within its width (and its sign's range, when signed). */
  static BigInteger oneHigher(Node.Const c) {
    BigInteger span = BigInteger.ONE.shiftLeft(c.width());
    BigInteger bits = c.value().add(BigInteger.ONE).mod(span);
    return c.signed() && bits.testBit(c.width() - 1) ? bits.subtract(span) : bits;
  }

  private static String name(ModuleDef m, int id) {
    Node n = m.node(id);
    return n instanceof Node.Const c ? c.value().toString() : n.name();
  }
}
