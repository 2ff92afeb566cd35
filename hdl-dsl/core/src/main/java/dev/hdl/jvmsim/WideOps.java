package dev.hdl.jvmsim;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatNode;
import java.math.BigInteger;
import java.util.List;

/**
 * Computes with {@link BigInteger} the nodes wider than 64 bits (or with such operands) that the
 * compiled model does not work out word by word: arithmetic, shifts, comparisons and the like.
 * Rare in practice; the compiled model calls {@link #eval} for them.
 */
public final class WideOps {
  private final FlatNetlist net;
  private final List<FlatNode> nodes;
  private final Layout layout;

  WideOps(FlatNetlist net, Layout layout) {
    this.net = net;
    this.nodes = net.nodes();
    this.layout = layout;
  }

  /** Called by compiled code: computes node {@code id} of the model's netlist. */
  public static void eval(CompiledModel m, int id) {
    WideOps ops = m.wide;
    ops.layout.store(m.s, id, ops.compute(m, ops.nodes.get(id)));
  }

  private BigInteger arg(CompiledModel m, FlatNode n, int i) {
    FlatNode a = nodes.get(n.args().get(i));
    return layout.value(m.s, a.id());
  }

  /** Argument {@code i} as a mathematical integer, by its signedness. */
  private BigInteger signedArg(CompiledModel m, FlatNode n, int i) {
    FlatNode a = nodes.get(n.args().get(i));
    BigInteger v = layout.value(m.s, a.id());
    return a.signed() && v.testBit(a.width() - 1) ? v.subtract(BigInteger.ONE.shiftLeft(a.width())) : v;
  }

  private BigInteger compute(CompiledModel m, FlatNode n) {
    return switch (n.kind()) {
      case MEM_READ -> memoryRead(m, n);
      case OP -> operator(m, n);
      case INPUT, CONST, ALIAS, REG, OPAQUE -> throw new IllegalStateException("no wide form of " + n.kind());
    };
  }

  /** A read of a memory with an address wider than 64 bits; only such reads come here. */
  private BigInteger memoryRead(CompiledModel m, FlatNode n) {
    int width = net.memories().get(n.memory()).memory().width();
    long[] words = m.mem[n.memory()];
    int perEntry = WideWords.words(width);
    BigInteger address = arg(m, n, 0);
    return address.compareTo(BigInteger.valueOf(words.length / perEntry)) >= 0 ? BigInteger.ZERO
        : WideWords.get(words, address.intValue() * perEntry, width);
  }

  private BigInteger operator(CompiledModel m, FlatNode n) {
    return switch (n.op()) {
      case ADD -> signedArg(m, n, 0).add(signedArg(m, n, 1));
      case SUB -> signedArg(m, n, 0).subtract(signedArg(m, n, 1));
      case MUL -> signedArg(m, n, 0).multiply(signedArg(m, n, 1));
      case NEG -> signedArg(m, n, 0).negate();
      case AND -> arg(m, n, 0).and(arg(m, n, 1));
      case OR -> arg(m, n, 0).or(arg(m, n, 1));
      case XOR -> arg(m, n, 0).xor(arg(m, n, 1));
      case NOT -> arg(m, n, 0).not();
      case SHL -> arg(m, n, 0).shiftLeft(n.operation().shift());
      case SHR -> signedArg(m, n, 0).shiftRight(n.operation().shift());
      case DSHL -> {
        BigInteger k = arg(m, n, 1);
        yield k.compareTo(BigInteger.valueOf(n.width())) >= 0 ? BigInteger.ZERO : arg(m, n, 0).shiftLeft(k.intValue());
      }
      case DSHR -> {
        BigInteger k = arg(m, n, 1).min(BigInteger.valueOf(n.width() + 1));
        yield signedArg(m, n, 0).shiftRight(k.intValue());
      }
      case EQ -> bool(signedArg(m, n, 0).equals(signedArg(m, n, 1)));
      case NE -> bool(!signedArg(m, n, 0).equals(signedArg(m, n, 1)));
      case LT -> bool(signedArg(m, n, 0).compareTo(signedArg(m, n, 1)) < 0);
      case LE -> bool(signedArg(m, n, 0).compareTo(signedArg(m, n, 1)) <= 0);
      case GT -> bool(signedArg(m, n, 0).compareTo(signedArg(m, n, 1)) > 0);
      case GE -> bool(signedArg(m, n, 0).compareTo(signedArg(m, n, 1)) >= 0);
      case MUX -> arg(m, n, 0).signum() != 0 ? arg(m, n, 1) : arg(m, n, 2);
      case CAT -> {
        BigInteger acc = BigInteger.ZERO;
        for (int i = 0; i < n.args().size(); i++) {
          acc = acc.shiftLeft(nodes.get(n.args().get(i)).width()).or(arg(m, n, i));
        }
        yield acc;
      }
      case SLICE -> arg(m, n, 0).shiftRight(n.operation().lo()).and(WideWords.mask(n.operation().hi() - n.operation().lo() + 1));
      case EXTEND -> signedArg(m, n, 0);
      case CAST -> arg(m, n, 0);
      case AND_REDUCE -> bool(arg(m, n, 0).equals(WideWords.mask(nodes.get(n.args().get(0)).width())));
      case OR_REDUCE -> bool(arg(m, n, 0).signum() != 0);
      case XOR_REDUCE -> BigInteger.valueOf(arg(m, n, 0).bitCount() & 1);
    };
  }

  private static BigInteger bool(boolean b) {
    return b ? BigInteger.ONE : BigInteger.ZERO;
  }
}
