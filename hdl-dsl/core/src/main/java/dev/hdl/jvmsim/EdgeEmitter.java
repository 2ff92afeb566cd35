package dev.hdl.jvmsim;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatDomain;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits the register updates of the model's clock edges: per clock, {@code stageRegisters}
 * samples the reset conditions and stages the registers fed by other registers, before anything
 * changes; {@code commitRegisters} stores every register's next value and wakes the groups that
 * read it if it changed. Slots, widths and reset values are folded in: no walk over per-register
 * tables, and, the code being the design's own, no branch profile left by another design's run
 * for the JIT to trip over.
 */
final class EdgeEmitter {
  /** Locals of the edge methods: their parameters, the model's arrays below; then scratch. */
  private static final int VALUES = 1;
  private static final int STALE = 2;
  private static final int STAGED = 3;
  private static final int RESET_NOW = 4;
  private static final int CHANGED = 5;
  private static final int WORD = 6;

  private static final String PART = "([J[Z[J[Z)V";

  /**
   * @param driver slot of its next value
   * @param stagedAt where its next value is staged, or -1 if it is read at commit: a value the
   *     logic computes, which an edge does not change, unlike another register's
   * @param reset its reset condition, or -1
   */
  private record Register(int at, int words, int[] readers, int driver, int stagedAt, int reset, long[] resetWords) {}

  /** A reset as registers see it: the slot of the reset signal and whether it is active low. */
  private record Condition(int at, boolean low) {}

  private final List<List<Register>> perClock = new ArrayList<>();
  private final List<Condition> conditions = new ArrayList<>();
  private int stagedWords;

  /** @param clockOf the index of the clock driving each domain */
  EdgeEmitter(FlatNetlist net, Layout layout, Schedule schedule, int clocks, IntUnaryOperator clockOf) {
    for (int c = 0; c < clocks; c++) {
      perClock.add(new ArrayList<>());
    }
    List<FlatNode> nodes = net.nodes();
    for (FlatNode n : nodes) {
      if (n.kind() != Kind.REG) {
        continue;
      }
      int words = WideWords.words(n.width());
      FlatNode source = nodes.get(layout.home(n.args().get(0)));
      boolean fromState = source.kind() == Kind.REG || (source.kind() == Kind.MEM_READ && source.domain() >= 0);
      int stagedAt = -1;
      if (fromState) {
        stagedAt = stagedWords;
        stagedWords += words;
      }
      FlatDomain d = net.domains().get(n.domain());
      int reset = -1;
      long[] resetWords = null;
      if (n.value() != null && d.reset() >= 0) {
        Condition condition = new Condition(layout.at(d.reset()), d.resetActiveLow());
        if (!conditions.contains(condition)) {
          conditions.add(condition);
        }
        reset = conditions.indexOf(condition);
        resetWords = new long[words];
        WideWords.put(resetWords, 0, n.width(), n.value());
      }
      perClock.get(clockOf.applyAsInt(n.domain())).add(new Register(layout.at(n.id()), words,
          schedule.readers(n.id()), layout.at(n.args().get(0)), stagedAt, reset, resetWords));
    }
  }

  /** Words of the model's {@code staged} array. */
  int stagedWords() {
    return stagedWords;
  }

  /** Entries of the model's {@code resetNow} array. */
  int conditions() {
    return conditions.size();
  }

  /** Emits {@code stageRegisters(int clock)} and {@code commitRegisters(int clock)} into the model class. */
  void emit(ClassWriter cw, String owner) {
    List<List<String>> stages = new ArrayList<>();
    List<List<String>> commits = new ArrayList<>();
    for (int c = 0; c < perClock.size(); c++) {
      stages.add(parts(cw, "stage" + c + "_", stage(perClock.get(c))));
      commits.add(parts(cw, "commit" + c + "_", commit(perClock.get(c))));
    }
    dispatch(cw, owner, "stageRegisters", stages);
    dispatch(cw, owner, "commitRegisters", commits);
  }

  /** One piece of an edge method: what it emits into the method at hand. */
  private interface Piece {
    void emit(MethodVisitor mv);
  }

  private List<Piece> stage(List<Register> registers) {
    List<Piece> pieces = new ArrayList<>();
    boolean[] sampled = new boolean[conditions.size()];
    for (Register r : registers) {
      if (r.reset >= 0 && !sampled[r.reset]) {
        sampled[r.reset] = true;
        pieces.add(mv -> sample(mv, r.reset));
      }
      if (r.stagedAt >= 0) {
        pieces.add(mv -> {
          for (int k = 0; k < r.words; k++) {
            mv.visitVarInsn(Opcodes.ALOAD, STAGED);
            Bytecode.pushInt(mv, r.stagedAt + k);
            Bytecode.loadLong(mv, VALUES, r.driver + k);
            mv.visitInsn(Opcodes.LASTORE);
          }
        });
      }
    }
    return pieces;
  }

  /** {@code resetNow[j] = (s[at] != 0) != low}. */
  private void sample(MethodVisitor mv, int j) {
    Condition condition = conditions.get(j);
    mv.visitVarInsn(Opcodes.ALOAD, RESET_NOW);
    Bytecode.pushInt(mv, j);
    Bytecode.loadLong(mv, VALUES, condition.at);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "dev/hdl/jvmsim/NarrowOps", "orReduce", "(J)J", false);
    mv.visitInsn(Opcodes.L2I);
    if (condition.low) {
      mv.visitInsn(Opcodes.ICONST_1);
      mv.visitInsn(Opcodes.IXOR);
    }
    mv.visitInsn(Opcodes.BASTORE);
  }

  private List<Piece> commit(List<Register> registers) {
    List<Piece> pieces = new ArrayList<>();
    for (Register r : registers) {
      pieces.add(mv -> {
        Label normal = new Label();
        Label done = new Label();
        if (r.reset >= 0) {
          mv.visitVarInsn(Opcodes.ALOAD, RESET_NOW);
          Bytecode.pushInt(mv, r.reset);
          mv.visitInsn(Opcodes.BALOAD);
          mv.visitJumpInsn(Opcodes.IFEQ, normal);
          store(mv, r, k -> Bytecode.pushLong(mv, r.resetWords[k]));
          mv.visitJumpInsn(Opcodes.GOTO, done);
        }
        Bytecode.label(mv, normal);
        store(mv, r, k -> Bytecode.loadLong(mv, r.stagedAt < 0 ? VALUES : STAGED,
            (r.stagedAt < 0 ? r.driver : r.stagedAt) + k));
        Bytecode.label(mv, done);
      });
    }
    return pieces;
  }

  /** Stores a register's new words, pushed by {@code word}, waking its readers if any changed. */
  private static void store(MethodVisitor mv, Register r, IntConsumer word) {
    boolean read = r.readers.length > 0;
    for (int k = 0; k < r.words; k++) {
      word.accept(k);
      mv.visitVarInsn(Opcodes.LSTORE, WORD);
      if (read) {
        mv.visitVarInsn(Opcodes.LLOAD, WORD);
        Bytecode.loadLong(mv, VALUES, r.at + k);
        mv.visitInsn(Opcodes.LCMP);
        if (k > 0) {
          mv.visitVarInsn(Opcodes.ILOAD, CHANGED);
          mv.visitInsn(Opcodes.IOR);
        }
        mv.visitVarInsn(Opcodes.ISTORE, CHANGED);
      }
      mv.visitVarInsn(Opcodes.ALOAD, VALUES);
      Bytecode.pushInt(mv, r.at + k);
      mv.visitVarInsn(Opcodes.LLOAD, WORD);
      mv.visitInsn(Opcodes.LASTORE);
    }
    if (read) {
      Label same = new Label();
      mv.visitVarInsn(Opcodes.ILOAD, CHANGED);
      mv.visitJumpInsn(Opcodes.IFEQ, same);
      Bytecode.wake(mv, STALE, r.readers);
      Bytecode.label(mv, same);
    }
  }

  /** Emits the pieces into methods of the budget's size; returns their names. */
  private static List<String> parts(ClassWriter cw, String prefix, List<Piece> pieces) {
    List<String> names = new ArrayList<>();
    CodeSize mv = null;
    for (Piece piece : pieces) {
      if (mv == null || mv.bytes() > ModelCompiler.METHOD_BUDGET) {
        if (mv != null) {
          finish(mv);
        }
        names.add(prefix + names.size());
        mv = new CodeSize(cw.visitMethod(Opcodes.ACC_PRIVATE, names.get(names.size() - 1), PART, null, null));
        mv.visitCode();
      }
      piece.emit(mv);
    }
    if (mv != null) {
      finish(mv);
    }
    return names;
  }


  private static void finish(MethodVisitor mv) {
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** {@code name(int clock)}: calls the parts of that clock's method. */
  private static void dispatch(ClassWriter cw, String owner, String name, List<List<String>> parts) {
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, name, "(I)V", null, null);
    mv.visitCode();
    Label end = new Label();
    Label[] cases = new Label[parts.size()];
    for (int c = 0; c < cases.length; c++) {
      cases[c] = new Label();
    }
    if (cases.length > 0) {
      mv.visitVarInsn(Opcodes.ILOAD, 1);
      mv.visitTableSwitchInsn(0, cases.length - 1, end, cases);
    }
    for (int c = 0; c < cases.length; c++) {
      Bytecode.label(mv, cases[c]);
      for (String part : parts.get(c)) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        Bytecode.field(mv, "s", "[J");
        Bytecode.field(mv, "stale", "[Z");
        Bytecode.field(mv, "staged", "[J");
        Bytecode.field(mv, "resetNow", "[Z");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, part, PART, false);
      }
      mv.visitJumpInsn(Opcodes.GOTO, end);
    }
    Bytecode.label(mv, end);
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }
}
