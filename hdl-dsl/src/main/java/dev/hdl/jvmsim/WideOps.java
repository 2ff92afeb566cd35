package dev.hdl.jvmsim;

import dev.hdl.ir.Op;
import dev.hdl.pass.FlatNetlist;
import dev.hdl.pass.FlatNetlist.FlatNode;
import java.math.BigInteger;
import java.util.List;

/**
 * Computes nodes wider than 64 bits (or with such operands) with {@link BigInteger}. Rare in
 * practice; the compiled model calls {@link #eval} for them and stays on longs for the rest.
 */
public final class WideOps {
  private final List<FlatNode> nodes;
  private final FlatNetlist net;

  WideOps(FlatNetlist net) {
    this.net = net;
    this.nodes = net.nodes();
  }

  static boolean isWide(FlatNode n, List<FlatNode> nodes) {
    if (n.width() > 64) {
      return true;
    }
    for (int a : n.args()) {
      if (nodes.get(a).width() > 64) {
        return true;
      }
    }
    return false;
  }

  /** All-ones masks by width, made once: building them on every use was most of a wide node's cost. */
  private static final java.util.concurrent.ConcurrentHashMap<Integer, BigInteger> MASKS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static BigInteger mask(int width) {
    return MASKS.computeIfAbsent(width, w -> BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
  }

  /** The unsigned value of a node. */
  static BigInteger value(CompiledModel m, int id, int width) {
    if (width > 64) {
      long[] words = m.w[id];
      BigInteger v = BigInteger.ZERO;
      for (int k = words.length - 1; k >= 0; k--) {
        v = v.shiftLeft(64).or(unsigned(words[k]));
      }
      return v;
    }
    return unsigned(m.s[id]);
  }

  private static BigInteger unsigned(long v) {
    return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
  }

  static void store(CompiledModel m, int id, int width, BigInteger value) {
    BigInteger v = value.signum() >= 0 && value.bitLength() <= width ? value : value.and(mask(width));
    if (width > 64) {
      long[] words = m.w[id];
      for (int k = 0; k < words.length; k++) {
        words[k] = v.shiftRight(64 * k).longValue();
      }
    } else {
      m.s[id] = v.longValue();
    }
  }

  /** Called by compiled code: computes node {@code id} of the model's netlist. */
  public static void eval(CompiledModel m, int id) {
    WideOps ops = m.wide;
    FlatNode n = ops.nodes.get(id);
    if (!ops.onWords(m, n)) {
      store(m, id, n.width(), ops.compute(m, n));
    }
  }

  /**
   * Computes the operators that wide values mostly meet directly on their words: copies,
   * selections, slices, concatenations, bitwise logic of equal widths and equality. False for
   * anything else, which goes through BigInteger.
   */
  private boolean onWords(CompiledModel m, FlatNode n) {
    int[] a = n.args();
    if (n.kind() == FlatNetlist.Kind.ALIAS) {
      copy(m, a[0], n);
      return true;
    }
    if (n.kind() != FlatNetlist.Kind.OP) {
      return false;
    }
    switch (n.op()) {
      case CAST:
        copy(m, a[0], n);
        return true;
      case MUX:
        copy(m, m.s[a[0]] != 0 ? a[1] : a[2], n);
        return true;
      case SLICE:
        slice(m, a[0], n);
        return true;
      case CAT:
        cat(m, n);
        return true;
      case AND:
      case OR:
      case XOR:
      case NOT:
        return bitwise(m, n);
      case EQ:
      case NE:
        return equality(m, n);
      default:
        return false;
    }
  }

  private int widthOf(int id) {
    return nodes.get(id).width();
  }

  private void copy(CompiledModel m, int src, FlatNode n) {
    int ws = widthOf(src);
    if (n.width() <= 64) {
      m.s[n.id()] = WideWords.word(m, src, ws, 0) & NarrowOps.mask(n.width());
      return;
    }
    long[] dst = m.w[n.id()];
    for (int k = 0; k < dst.length; k++) {
      dst[k] = WideWords.word(m, src, ws, k);
    }
    WideWords.trim(dst, n.width());
  }

  private void slice(CompiledModel m, int src, FlatNode n) {
    int ws = widthOf(src);
    int lo = n.param1();
    int count = n.param0() - n.param1() + 1;
    if (count <= 64) {
      m.s[n.id()] = WideWords.bits(m, src, ws, lo, count);
      return;
    }
    long[] dst = m.w[n.id()];
    for (int k = 0; k < dst.length; k++) {
      dst[k] = WideWords.bits(m, src, ws, lo + 64 * k, Math.min(64, count - 64 * k));
    }
  }

  private void cat(CompiledModel m, FlatNode n) {
    int[] a = n.args();
    if (n.width() <= 64) {
      long acc = 0;
      for (int arg : a) {
        acc = NarrowOps.cat(acc, WideWords.word(m, arg, widthOf(arg), 0), widthOf(arg));
      }
      m.s[n.id()] = acc;
      return;
    }
    long[] dst = m.w[n.id()];
    java.util.Arrays.fill(dst, 0);
    int offset = 0;
    for (int i = a.length - 1; i >= 0; i--) {
      int wi = widthOf(a[i]);
      for (int chunk = 0; chunk < wi; chunk += 64) {
        int count = Math.min(64, wi - chunk);
        WideWords.put(dst, offset + chunk, WideWords.bits(m, a[i], wi, chunk, count), count);
      }
      offset += wi;
    }
  }

  private boolean bitwise(CompiledModel m, FlatNode n) {
    int[] a = n.args();
    for (int arg : a) {
      if (widthOf(arg) != n.width()) {
        return false;
      }
    }
    long[] dst = m.w[n.id()];
    for (int k = 0; k < dst.length; k++) {
      long x = WideWords.word(m, a[0], n.width(), k);
      dst[k] = switch (n.op()) {
        case AND -> x & WideWords.word(m, a[1], n.width(), k);
        case OR -> x | WideWords.word(m, a[1], n.width(), k);
        case XOR -> x ^ WideWords.word(m, a[1], n.width(), k);
        default -> ~x;
      };
    }
    WideWords.trim(dst, n.width());
    return true;
  }

  private boolean equality(CompiledModel m, FlatNode n) {
    FlatNode x = nodes.get(n.args()[0]);
    FlatNode y = nodes.get(n.args()[1]);
    if (x.width() != y.width()) {
      return false; // extension by signedness first: the general path
    }
    boolean same = true;
    for (int k = 0; k < WideWords.words(x.width()) && same; k++) {
      same = WideWords.word(m, x.id(), x.width(), k) == WideWords.word(m, y.id(), y.width(), k);
    }
    m.s[n.id()] = (same == (n.op() == Op.EQ)) ? 1 : 0;
    return true;
  }

  private BigInteger arg(CompiledModel m, FlatNode n, int i) {
    FlatNode a = nodes.get(n.args()[i]);
    return value(m, a.id(), a.width());
  }

  /** Argument {@code i} as a mathematical integer, by its signedness. */
  private BigInteger signedArg(CompiledModel m, FlatNode n, int i) {
    FlatNode a = nodes.get(n.args()[i]);
    BigInteger v = value(m, a.id(), a.width());
    return a.signed() && v.testBit(a.width() - 1) ? v.subtract(BigInteger.ONE.shiftLeft(a.width())) : v;
  }

  private BigInteger compute(CompiledModel m, FlatNode n) {
    switch (n.kind()) {
      case ALIAS:
        return arg(m, n, 0);
      case MEM_READ: {
        FlatNetlist.FlatMemory memory = net.memories().get(n.memory());
        BigInteger address = arg(m, n, 0);
        if (address.compareTo(BigInteger.valueOf(memory.memory().depth())) >= 0) {
          return BigInteger.ZERO;
        }
        BigInteger word = m.wideMem[n.memory()][address.intValue()];
        return word == null ? BigInteger.ZERO : word;
      }
      default:
        break;
    }
    Op op = n.op();
    switch (op) {
      case ADD:
        return signedArg(m, n, 0).add(signedArg(m, n, 1));
      case SUB:
        return signedArg(m, n, 0).subtract(signedArg(m, n, 1));
      case MUL:
        return signedArg(m, n, 0).multiply(signedArg(m, n, 1));
      case NEG:
        return signedArg(m, n, 0).negate();
      case AND:
        return arg(m, n, 0).and(arg(m, n, 1));
      case OR:
        return arg(m, n, 0).or(arg(m, n, 1));
      case XOR:
        return arg(m, n, 0).xor(arg(m, n, 1));
      case NOT:
        return arg(m, n, 0).not();
      case SHL:
        return arg(m, n, 0).shiftLeft(n.param0());
      case SHR:
        return signedArg(m, n, 0).shiftRight(n.param0());
      case DSHL: {
        BigInteger k = arg(m, n, 1);
        return k.compareTo(BigInteger.valueOf(n.width())) >= 0 ? BigInteger.ZERO : arg(m, n, 0).shiftLeft(k.intValue());
      }
      case DSHR: {
        BigInteger k = arg(m, n, 1).min(BigInteger.valueOf(n.width() + 1));
        return signedArg(m, n, 0).shiftRight(k.intValue());
      }
      case EQ:
        return bool(signedArg(m, n, 0).equals(signedArg(m, n, 1)));
      case NE:
        return bool(!signedArg(m, n, 0).equals(signedArg(m, n, 1)));
      case LT:
        return bool(signedArg(m, n, 0).compareTo(signedArg(m, n, 1)) < 0);
      case LE:
        return bool(signedArg(m, n, 0).compareTo(signedArg(m, n, 1)) <= 0);
      case GT:
        return bool(signedArg(m, n, 0).compareTo(signedArg(m, n, 1)) > 0);
      case GE:
        return bool(signedArg(m, n, 0).compareTo(signedArg(m, n, 1)) >= 0);
      case MUX:
        return arg(m, n, 0).signum() != 0 ? arg(m, n, 1) : arg(m, n, 2);
      case CAT: {
        BigInteger acc = BigInteger.ZERO;
        for (int i = 0; i < n.args().length; i++) {
          acc = acc.shiftLeft(nodes.get(n.args()[i]).width()).or(arg(m, n, i));
        }
        return acc;
      }
      case SLICE:
        return arg(m, n, 0).shiftRight(n.param1()).and(mask(n.param0() - n.param1() + 1));
      case EXTEND:
        return signedArg(m, n, 0);
      case CAST:
        return arg(m, n, 0);
      case AND_REDUCE:
        return bool(arg(m, n, 0).equals(mask(nodes.get(n.args()[0]).width())));
      case OR_REDUCE:
        return bool(arg(m, n, 0).signum() != 0);
      case XOR_REDUCE:
        return BigInteger.valueOf(arg(m, n, 0).bitCount() & 1);
      default:
        throw new IllegalStateException("no wide form of " + op);
    }
  }

  private static BigInteger bool(boolean b) {
    return b ? BigInteger.ONE : BigInteger.ZERO;
  }
}
