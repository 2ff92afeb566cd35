package dev.hdl.verilog;

import dev.hdl.ir.EnumType;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders operators as Verilog expressions whose every operand already has the width the
 * operator works at, so that no Verilog width rule (and no lint warning) applies.
 */
final class Expressions {
  private final ModuleDef def;
  /** The localparam prefix of each enum type: its name, numbered when another enum has that name. */
  private final Map<EnumType, String> enumPrefixes = new LinkedHashMap<>();

  Expressions(ModuleDef def) {
    this.def = def;
    Set<String> taken = new HashSet<>();
    for (Node n : def.nodes()) {
      EnumType t = n.enumType();
      if (t != null && !enumPrefixes.containsKey(t)) {
        String prefix = t.name();
        for (int k = 1; !taken.add(prefix); k++) {
          prefix = t.name() + "_" + k;
        }
        enumPrefixes.put(t, prefix);
      }
    }
  }

  /** A reference to a node: its name, or a sized literal for a constant. */
  String ref(int id) {
    if (def.node(id) instanceof Node.Const c) {
      return c.enumType() != null ? enumConstant(c.enumType(), c.value().intValue()) : literal(c.value(), c.width());
    }
    return def.node(id).name();
  }

  /** The localparam that names constant {@code ordinal} of an enum type of this module. */
  String enumConstant(EnumType type, int ordinal) {
    return enumPrefixes.get(type) + "_" + type.constants().get(ordinal);
  }

  static String literal(BigInteger value, int width) {
    BigInteger bits = value.signum() < 0 ? value.add(BigInteger.ONE.shiftLeft(width)) : value;
    return bits.bitLength() <= 16 ? width + "'d" + bits : width + "'h" + bits.toString(16);
  }

  /** Operand {@code id} extended (by its own signedness) to {@code width} bits. */
  String extended(int id, int width) {
    Node n = def.node(id);
    int w = n.width();
    if (w == width) {
      return ref(id);
    }
    if (n instanceof Node.Const c) {
      BigInteger v = c.value();
      BigInteger unsignedValue = v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(w)) : v;
      boolean negative = n.signed() && unsignedValue.testBit(w - 1);
      BigInteger wide = negative ? unsignedValue.subtract(BigInteger.ONE.shiftLeft(w)) : unsignedValue;
      return literal(wide, width);
    }
    int pad = width - w;
    if (!n.signed()) {
      return "{" + pad + "'d0, " + n.name() + "}";
    }
    String sign = w == 1 ? n.name() : n.name() + "[" + (w - 1) + "]";
    String fill = pad == 1 ? sign : "{" + pad + "{" + sign + "}}";
    return "{" + fill + ", " + n.name() + "}";
  }

  /** Bits {@code hi..lo} of a node (the whole node when that is all of it). */
  String bits(int id, int hi, int lo) {
    Node n = def.node(id);
    if (lo == 0 && hi == n.width() - 1) {
      return ref(id);
    }
    if (n instanceof Node.Const c) {
      BigInteger v = c.value().signum() < 0 ? c.value().add(BigInteger.ONE.shiftLeft(n.width())) : c.value();
      BigInteger part = v.shiftRight(lo).and(BigInteger.ONE.shiftLeft(hi - lo + 1).subtract(BigInteger.ONE));
      return literal(part, hi - lo + 1);
    }
    return hi == lo ? n.name() + "[" + hi + "]" : n.name() + "[" + hi + ":" + lo + "]";
  }

  /** The right-hand side for an operator node. */
  String of(Node.Operation n) {
    int w = n.width();
    return switch (n.op()) {
      case ADD, SUB, MUL, AND, OR, XOR -> extended(n.arg(0), w) + " " + n.op().symbol() + " " + extended(n.arg(1), w);
      case NEG -> "-" + extended(n.arg(0), w);
      case NOT -> "~" + ref(n.arg(0));
      case SHL -> shiftLeft(n);
      case SHR -> shiftRight(n);
      case DSHL -> ref(n.arg(0)) + " << " + ref(n.arg(1));
      case DSHR -> def.node(n.arg(0)).signed()
          ? "$unsigned($signed(" + ref(n.arg(0)) + ") >>> " + ref(n.arg(1)) + ")"
          : ref(n.arg(0)) + " >> " + ref(n.arg(1));
      case EQ, NE, LT, LE, GT, GE -> compare(n);
      case MUX -> ref(n.arg(0)) + " ? " + ref(n.arg(1)) + " : " + ref(n.arg(2));
      case CAT -> {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < n.args().size(); i++) {
          s.append(i == 0 ? "" : ", ").append(ref(n.arg(i)));
        }
        yield s.append('}').toString();
      }
      case SLICE -> bits(n.arg(0), n.hi(), n.lo());
      case EXTEND -> extended(n.arg(0), w);
      case CAST -> ref(n.arg(0));
      case AND_REDUCE, OR_REDUCE, XOR_REDUCE -> n.op().symbol() + ref(n.arg(0));
    };
  }

  private String compare(Node.Operation n) {
    Node a = def.node(n.arg(0));
    Node b = def.node(n.arg(1));
    int w = Math.max(a.width(), b.width());
    String x = extended(n.arg(0), w);
    String y = extended(n.arg(1), w);
    boolean ordered = n.op() != dev.hdl.ir.Op.EQ && n.op() != dev.hdl.ir.Op.NE;
    if (ordered && a.signed()) {
      x = signedOperand(n.arg(0), x, w);
      y = signedOperand(n.arg(1), y, w);
    }
    return x + " " + n.op().symbol() + " " + y;
  }

  /** An operand of a signed comparison: a constant as a signed literal, so that -3 reads as -3. */
  private String signedOperand(int id, String widened, int width) {
    if (!(def.node(id) instanceof Node.Const n)) {
      return "$signed(" + widened + ")";
    }
    BigInteger bits = n.value().signum() < 0 ? n.value().add(BigInteger.ONE.shiftLeft(n.width())) : n.value();
    BigInteger value = bits.testBit(n.width() - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(n.width())) : bits;
    BigInteger magnitude = value.abs();
    String digits = magnitude.bitLength() <= 16 ? "'sd" + magnitude : "'sh" + magnitude.toString(16);
    return (value.signum() < 0 ? "-" : "") + width + digits;
  }

  private String shiftLeft(Node.Operation n) {
    int w = n.width();
    int k = n.shift();
    if (k == 0) {
      return ref(n.arg(0));
    }
    if (k >= w) {
      return literal(BigInteger.ZERO, w);
    }
    return "{" + bits(n.arg(0), w - 1 - k, 0) + ", " + k + "'d0}";
  }

  private String shiftRight(Node.Operation n) {
    int w = n.width();
    int k = n.shift();
    Node a = def.node(n.arg(0));
    if (k == 0) {
      return ref(n.arg(0));
    }
    String sign = a.signed() ? bits(n.arg(0), w - 1, w - 1) : null;
    if (k >= w) {
      return sign == null ? literal(BigInteger.ZERO, w) : "{" + w + "{" + sign + "}}";
    }
    String fill = sign == null ? k + "'d0" : "{" + k + "{" + sign + "}}";
    return "{" + fill + ", " + bits(n.arg(0), w - 1, k) + "}";
  }
}
