package dev.hdl.jvmsim;

import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits the bytecode of the groups of a {@link Schedule}: each runs only when stale, computes its
 * nodes into their slots of the model's array (or into locals, for values only the group reads),
 * and then marks stale the groups that read a value that changed. Widths, offsets and constants
 * are folded in as it emits, so most nodes become a few shifts, masks and arithmetic
 * instructions; words of wide values are taken and put directly. What needs a comparison calls
 * {@link NarrowOps}; the rare wide arithmetic calls {@link WideOps}.
 */
final class NodeEmitter {
  /**
   * Locals of every method that computes nodes: its parameters, the model's array of values, its
   * memories, its stale flags by group, the inputs' values as the last settle saw them; then
   * scratch: whether the value at hand changed (nonzero if so), and the values the group at hand
   * keeps to itself.
   */
  static final int VALUES = 1;
  static final int MEMORIES = 2;
  static final int STALE = 3;
  static final int SEEN = 4;
  private static final int CHANGED = 5;
  private static final int FIRST_VALUE = 6;

  private static final String MODEL = "dev/hdl/jvmsim/CompiledModel";
  private static final String OPS = "dev/hdl/jvmsim/NarrowOps";

  private final List<FlatNode> nodes;
  private final Layout layout;
  private final Schedule schedule;
  private final Set<Integer> hooked;
  private final int[] memoryDepths;
  /** The locals of a method that computes nodes, as its frames name them. */
  private final Object[] parameters;
  private MethodVisitor mv;
  /** In the group at hand: the local of each value it keeps to itself, and how many it has computed. */
  private final Map<Integer, Integer> valueLocal = new HashMap<>();
  private int valuesComputed;

  /** @param owner the internal name of the model class */
  NodeEmitter(List<FlatNode> nodes, Layout layout, Schedule schedule, Set<Integer> hooked, int[] memoryDepths,
      String owner) {
    this.nodes = nodes;
    this.layout = layout;
    this.schedule = schedule;
    this.hooked = hooked;
    this.memoryDepths = memoryDepths;
    this.parameters = new Object[] {owner, "[J", "[[J", "[Z", "[J"};
  }

  /**
   * Emits group {@code g}: {@code if (stale[g]) { stale[g] = false; ...its nodes...; ...wakes...
   * }}, without the test if the logic is not gated.
   */
  void group(MethodVisitor target, int g, int[] members) {
    mv = target;
    valueLocal.clear();
    valuesComputed = 0;
    for (int id : members) {
      if (schedule.local(id)) {
        valueLocal.put(id, FIRST_VALUE + 2 * valueLocal.size());
      }
    }
    Label skip = new Label();
    if (schedule.gated()) {
      mv.visitVarInsn(Opcodes.ALOAD, STALE);
      pushInt(g);
      insn(Opcodes.BALOAD);
      mv.visitJumpInsn(Opcodes.IFEQ, skip);
      mv.visitVarInsn(Opcodes.ALOAD, STALE);
      pushInt(g);
      insn(Opcodes.ICONST_0);
      insn(Opcodes.BASTORE);
    }
    for (int i = 0; i < members.length; i++) {
      node(nodes.get(members[i]), schedule.readers(members[i]), i == members.length - 1 ? skip : null);
    }
    Bytecode.label(mv, skip, parameters);
  }

  /**
   * Computes {@code n} into a local or its slots; if it changed, marks {@code readers} (other
   * groups) stale. {@code end}: where the group ends, if {@code n} is its last node.
   */
  private void node(FlatNode n, int[] readers, Label end) {
    if (involvesWide(n) && !onWords(n)) {
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      pushInt(n.id());
      call("dev/hdl/jvmsim/WideOps", "eval", "(L" + MODEL + ";I)V");
      wake(readers); // rare enough not to compare
      return;
    }
    if (valueLocal.containsKey(n.id())) {
      word(n, 0);
      mv.visitVarInsn(Opcodes.LSTORE, valueLocal.get(n.id()));
      valuesComputed++;
      return;
    }
    int at = layout.at(n.id());
    for (int k = 0; k < WideWords.words(n.width()); k++) {
      mv.visitVarInsn(Opcodes.ALOAD, VALUES);
      pushInt(at + k);
      word(n, k);
      if (hooked.contains(n.id())) {
        bend(n); // faults reach only values of up to 64 bits: one word
      }
      if (readers.length > 0) {
        insn(Opcodes.DUP2);
        load(at + k);
        changed(k);
      }
      insn(Opcodes.LASTORE);
    }
    wakeIfChanged(readers, end);
  }

  /**
   * Compares the two longs on the stack and collects in CHANGED, word {@code k} of a value after
   * another, whether any differed.
   */
  private void changed(int k) {
    insn(Opcodes.LCMP);
    if (k > 0) {
      mv.visitVarInsn(Opcodes.ILOAD, CHANGED);
      insn(Opcodes.IOR);
    }
    mv.visitVarInsn(Opcodes.ISTORE, CHANGED);
  }

  /**
   * A branch rather than arithmetic on CHANGED: in a design of any size most values do not change
   * from one settle to the next, so it is well predicted, and it spares the stores.
   */
  private void wakeIfChanged(int[] readers, Label end) {
    if (readers.length == 0) {
      return;
    }
    Label same = end != null ? end : new Label(); // one frame per place: the group's end has its own
    mv.visitVarInsn(Opcodes.ILOAD, CHANGED);
    mv.visitJumpInsn(Opcodes.IFEQ, same);
    wake(readers);
    if (end == null) {
      // There, the locals are the parameters, the scratch flag, and the group's values so far.
      Object[] frame = Arrays.copyOf(parameters, FIRST_VALUE + valuesComputed);
      frame[CHANGED] = Opcodes.TOP;
      Arrays.fill(frame, FIRST_VALUE, frame.length, Opcodes.LONG);
      Bytecode.label(mv, same, frame);
    }
  }

  /**
   * Wakes the readers of an input whose value differs from the one the last settle saw (kept
   * from {@code seen[at]} on), and notes the new value: pokes then cost only a store.
   */
  void watch(MethodVisitor target, FlatNode input, int seenAt, int[] readers) {
    mv = target;
    int at = layout.at(input.id());
    int words = WideWords.words(input.width());
    for (int k = 0; k < words; k++) {
      load(at + k);
      mv.visitVarInsn(Opcodes.ALOAD, SEEN);
      pushInt(seenAt + k);
      insn(Opcodes.LALOAD);
      changed(k);
    }
    Label same = new Label();
    mv.visitVarInsn(Opcodes.ILOAD, CHANGED);
    mv.visitJumpInsn(Opcodes.IFEQ, same);
    for (int k = 0; k < words; k++) {
      mv.visitVarInsn(Opcodes.ALOAD, SEEN);
      pushInt(seenAt + k);
      load(at + k);
      insn(Opcodes.LASTORE);
    }
    wake(readers);
    Bytecode.label(mv, same);
  }

  private void wake(int[] groups) {
    Bytecode.wake(mv, STALE, groups);
  }

  private boolean involvesWide(FlatNode n) {
    if (n.width() > 64) {
      return true;
    }
    for (int a : n.args()) {
      if (width(a) > 64) {
        return true;
      }
    }
    return false;
  }

  /**
   * The operators wide values mostly meet, which work word by word: copies, selections, slices,
   * concatenations, bitwise logic, zero extension, equality and memory reads.
   */
  private boolean onWords(FlatNode n) {
    List<Integer> a = n.args();
    if (n.kind() == Kind.ALIAS) {
      return true;
    }
    if (n.kind() == Kind.MEM_READ) {
      return width(a.get(0)) <= 64;
    }
    return switch (n.op()) {
      case CAST, SLICE, CAT, AND, OR, XOR, NOT, OR_REDUCE -> true;
      case MUX -> width(a.get(0)) <= 64;
      case EXTEND -> !nodes.get(a.get(0)).signed() || width(a.get(0)) <= 64;
      case EQ, NE -> width(a.get(0)) == width(a.get(1));
      case ADD, SUB, MUL, NEG, SHL, SHR, DSHL, DSHR, LT, LE, GT, GE, AND_REDUCE, XOR_REDUCE -> false;
    };
  }

  /** Pushes word {@code k} of node {@code n}'s value. */
  private void word(FlatNode n, int k) {
    List<Integer> a = n.args();
    int lo = 64 * k;
    int count = Math.min(64, n.width() - lo);
    if (n.kind() == Kind.ALIAS) {
      bits(a.get(0), lo, count);
      return;
    }
    if (n.kind() == Kind.MEM_READ) {
      memRead(n, k);
      return;
    }
    switch (n.op()) {
      case CAST -> bits(a.get(0), lo, count);
      case SLICE -> bits(a.get(0), n.operation().lo() + lo, count);
      case CAT -> cat(n, lo, count);
      case EXTEND -> extend(n, k, count);
      case MUX -> {
        value(a.get(0));
        bits(a.get(1), lo, count);
        bits(a.get(2), lo, count);
        call(OPS, "mux", "(JJJ)J");
      }
      case AND, OR, XOR -> {
        bits(a.get(0), lo, count);
        bits(a.get(1), lo, count);
        insn(switch (n.op()) {
          case AND -> Opcodes.LAND;
          case OR -> Opcodes.LOR;
          default -> Opcodes.LXOR;
        });
      }
      case NOT -> {
        bits(a.get(0), lo, count);
        pushLong(NarrowOps.mask(count));
        insn(Opcodes.LXOR);
      }
      case EQ, NE -> equality(n);
      case OR_REDUCE -> {
        orOfWords(a.get(0));
        call(OPS, "orReduce", "(J)J");
      }
      case ADD, SUB, MUL, NEG, SHL, SHR, DSHL, DSHR, LT, LE, GT, GE, AND_REDUCE, XOR_REDUCE -> arithmetic(n);
    }
  }

  /** The operators met only on values of up to 64 bits. */
  private void arithmetic(FlatNode n) {
    List<Integer> a = n.args();
    int w = n.width();
    switch (n.op()) {
      case ADD, SUB, MUL -> {
        extended(a.get(0));
        extended(a.get(1));
        insn(switch (n.op()) {
          case ADD -> Opcodes.LADD;
          case SUB -> Opcodes.LSUB;
          default -> Opcodes.LMUL;
        });
        maskTo(w);
      }
      case NEG -> {
        extended(a.get(0));
        insn(Opcodes.LNEG);
        maskTo(w);
      }
      case SHL -> {
        if (n.operation().shift() >= w) {
          pushLong(0);
          return;
        }
        value(a.get(0));
        shift(Opcodes.LSHL, n.operation().shift());
        maskTo(w);
      }
      case SHR -> {
        boolean signed = nodes.get(a.get(0)).signed();
        if (!signed && n.operation().shift() >= 64) {
          pushLong(0);
          return;
        }
        extended(a.get(0));
        shift(signed ? Opcodes.LSHR : Opcodes.LUSHR, Math.min(n.operation().shift(), 63));
        maskTo(w);
      }
      case DSHL -> {
        value(a.get(0));
        value(a.get(1));
        pushInt(w);
        call(OPS, "dshl", "(JJI)J");
      }
      case DSHR -> {
        value(a.get(0));
        value(a.get(1));
        pushInt(width(a.get(0)));
        pushBool(nodes.get(a.get(0)).signed());
        pushInt(w);
        call(OPS, "dshr", "(JJIZI)J");
      }
      case LT, LE, GT, GE -> {
        extended(a.get(0));
        extended(a.get(1));
        pushBool(nodes.get(a.get(0)).signed());
        call(OPS, n.op().word(), "(JJZ)J");
      }
      case AND_REDUCE -> {
        value(a.get(0));
        pushInt(width(a.get(0)));
        call(OPS, "andReduce", "(JI)J");
      }
      case XOR_REDUCE -> {
        value(a.get(0));
        call(OPS, "xorReduce", "(J)J");
      }
      case CAST, SLICE, CAT, EXTEND, MUX, AND, OR, XOR, NOT, EQ, NE, OR_REDUCE ->
          throw new IllegalStateException("no narrow form of " + n.op());
    }
  }

  /** Word {@code k} of an extension: the operand's bits, then copies of its sign bit if signed. */
  private void extend(FlatNode n, int k, int count) {
    int a = n.args().get(0);
    if (!nodes.get(a).signed() || width(a) >= n.width()) {
      bits(a, 64 * k, count);
      return;
    }
    extended(a);
    if (k > 0) {
      shift(Opcodes.LSHR, 63);
    }
    maskTo(count);
  }

  /** Equality: of the extended operands when narrow, else of the words of operands of one width. */
  private void equality(FlatNode n) {
    List<Integer> a = n.args();
    boolean eq = n.op() == dev.hdl.ir.Op.EQ;
    if (width(a.get(0)) <= 64 && width(a.get(1)) <= 64) {
      extended(a.get(0));
      extended(a.get(1));
      call(OPS, eq ? "eq" : "ne", "(JJ)J");
      return;
    }
    for (int k = 0; k < WideWords.words(width(a.get(0))); k++) {
      int count = Math.min(64, width(a.get(0)) - 64 * k);
      bits(a.get(0), 64 * k, count);
      bits(a.get(1), 64 * k, count);
      insn(Opcodes.LXOR);
      if (k > 0) {
        insn(Opcodes.LOR);
      }
    }
    call(OPS, "orReduce", "(J)J");
    if (eq) {
      pushLong(1);
      insn(Opcodes.LXOR);
    }
  }

  /** The OR of all words of a value: zero exactly when the value is. */
  private void orOfWords(int id) {
    for (int k = 0; k < WideWords.words(width(id)); k++) {
      bits(id, 64 * k, Math.min(64, width(id) - 64 * k));
      if (k > 0) {
        insn(Opcodes.LOR);
      }
    }
  }

  /** Bits {@code lo} to {@code lo + count} of a concatenation: the pieces of its operands there. */
  private void cat(FlatNode n, int lo, int count) {
    List<Integer> a = n.args();
    int offset = 0;
    boolean first = true;
    for (int i = a.size() - 1; i >= 0; i--) {
      int w = width(a.get(i));
      int from = Math.max(lo, offset);
      int to = Math.min(lo + count, offset + w);
      if (from < to) {
        bits(a.get(i), from - offset, to - from);
        shift(Opcodes.LSHL, from - lo);
        if (!first) {
          insn(Opcodes.LOR);
        }
        first = false;
      }
      offset += w;
    }
    if (first) {
      pushLong(0);
    }
  }

  private void memRead(FlatNode n, int k) {
    mv.visitVarInsn(Opcodes.ALOAD, MEMORIES);
    pushInt(n.memory());
    insn(Opcodes.AALOAD);
    value(n.args().get(0));
    pushInt(memoryDepths[n.memory()]);
    pushInt(WideWords.words(n.width()));
    pushInt(k);
    call(OPS, "memRead", "([JJIII)J");
  }

  /** Inverts the bits a glitch bends, as the node's readers see them. */
  private void bend(FlatNode n) {
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitFieldInsn(Opcodes.GETFIELD, MODEL, "bent", "[J");
    pushInt(n.id());
    insn(Opcodes.LALOAD);
    insn(Opcodes.LXOR);
  }

  /** Pushes a value of up to 64 bits. */
  private void value(int id) {
    bits(id, 0, width(id));
  }

  /** Pushes a value of up to 64 bits extended to 64 by its signedness, as arithmetic sees it. */
  private void extended(int id) {
    FlatNode a = nodes.get(id);
    FlatNode home = nodes.get(layout.home(id));
    if (home.kind() == Kind.CONST) {
      pushLong(NarrowOps.ext(constant(home).longValue(), a.width(), a.signed()));
      return;
    }
    value(id);
    if (a.signed() && a.width() < 64) {
      shift(Opcodes.LSHL, 64 - a.width());
      shift(Opcodes.LSHR, 64 - a.width());
    }
  }

  /** Pushes {@code count} (1 to 64) bits of a node's value from bit {@code lo} on, zero past its top. */
  private void bits(int id, int lo, int count) {
    int width = width(id);
    FlatNode home = nodes.get(layout.home(id));
    if (lo >= width) {
      pushLong(0);
      return;
    }
    if (home.kind() == Kind.CONST) {
      pushLong(constant(home).shiftRight(lo).longValue() & NarrowOps.mask(count));
      return;
    }
    Integer local = valueLocal.get(home.id());
    int slot = layout.at(id) + (lo >>> 6);
    int off = lo & 63;
    if (local != null) {
      mv.visitVarInsn(Opcodes.LLOAD, local); // at most 64 bits: lo is in the first word
    } else {
      load(slot);
    }
    if (off != 0) {
      shift(Opcodes.LUSHR, off);
      if (off + count > 64 && lo - off + 64 < width) {
        load(slot + 1);
        shift(Opcodes.LSHL, 64 - off);
        insn(Opcodes.LOR);
      }
    }
    if (count < 64 && lo + count < width) {
      maskTo(count);
    }
  }

  private static BigInteger constant(FlatNode c) {
    return c.value().and(WideWords.mask(c.width()));
  }

  private int width(int id) {
    return nodes.get(id).width();
  }

  private void load(int slot) {
    Bytecode.loadLong(mv, VALUES, slot);
  }

  private void maskTo(int width) {
    if (width < 64) {
      pushLong(NarrowOps.mask(width));
      insn(Opcodes.LAND);
    }
  }

  private void shift(int opcode, int by) {
    if (by != 0) {
      pushInt(by);
      insn(opcode);
    }
  }

  private void insn(int opcode) {
    mv.visitInsn(opcode);
  }

  private void call(String owner, String method, String desc) {
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, method, desc, false);
  }

  private void pushBool(boolean b) {
    insn(b ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
  }

  private void pushLong(long v) {
    Bytecode.pushLong(mv, v);
  }

  private void pushInt(int v) {
    Bytecode.pushInt(mv, v);
  }
}
