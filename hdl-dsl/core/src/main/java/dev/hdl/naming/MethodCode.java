package dev.hdl.naming;

import dev.hdl.source.HdlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * One method's instructions indexed by bytecode offset, the instructions that produced each
 * stack value, and its local variable table. Each call site is answered once.
 */
final class MethodCode {
  private final Class<?> owner;
  private final String internalName;
  private final MethodNode method;
  private final Map<Integer, AbstractInsnNode> byOffset = new HashMap<>();
  private final Map<AbstractInsnNode, Integer> offsets = new HashMap<>();
  private final Map<Integer, NameHint> answers = new ConcurrentHashMap<>();
  private Frame<SourceValue>[] frames;

  MethodCode(Class<?> owner, String internalName, MethodNode method) {
    this.owner = owner;
    this.internalName = internalName;
    this.method = method;
    int offset = -1;
    for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof LabelNode label && label.getLabel() instanceof OffsetLabel at) {
        offset = at.offset;
      } else if (insn.getOpcode() >= 0 && offset >= 0) {
        byOffset.putIfAbsent(offset, insn);
        offsets.put(insn, offset);
      }
    }
  }

  Class<?> owner() {
    return owner;
  }

  /** Where the value returned by the call at {@code bci} is kept. */
  NameHint hintAfter(int bci) {
    return answers.computeIfAbsent(bci, at -> {
      AbstractInsnNode call = byOffset.get(at);
      return call == null ? NameHint.NONE : new ValueFlow(this, 0).fate(call);
    });
  }

  /**
   * Where this method keeps the value passed as its parameter {@code param}: the first place,
   * in code order, that a load of the parameter leads to, as the first store of a value names
   * it; nowhere when the method overwrites the parameter, or has no local variable table to
   * name its locals by (it only passes the value on; it did not build it).
   */
  NameHint parameterFate(int param, int depth) {
    if (method.localVariables == null || method.localVariables.isEmpty()) {
      return NameHint.NONE;
    }
    int local = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    Type[] args = Type.getArgumentTypes(method.desc);
    for (int i = 0; i < param; i++) {
      local += args[i].getSize();
    }
    List<VarInsnNode> loads = new ArrayList<>();
    for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof VarInsnNode v && v.var == local) {
        if (v.getOpcode() == Opcodes.ASTORE) {
          return NameHint.NONE;
        }
        loads.add(v);
      }
    }
    for (VarInsnNode load : loads) {
      NameHint hint = new ValueFlow(this, depth).fate(load);
      if (hint.kind() != NameHint.Kind.NONE) {
        return hint;
      }
    }
    return NameHint.NONE;
  }

  /**
   * Whether the method returns the value that {@code store} puts in its local. Not when other
   * stores may reach the return too, as in a loop that accumulates: which value is returned is
   * not known here, so every value keeps the local's name.
   */
  boolean returnsStore(VarInsnNode store) {
    for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn.getOpcode() == Opcodes.ARETURN && frame(insn) != null) {
        AbstractInsnNode load = loadedThroughCasts(insn);
        if (load instanceof VarInsnNode v && v.getOpcode() == Opcodes.ALOAD && v.var == store.var
            && frame(v).getLocal(v.var).insns.equals(Set.of(store))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The instruction that made the value on top of the stack before {@code insn}, looking through casts. */
  private AbstractInsnNode loadedThroughCasts(AbstractInsnNode insn) {
    AbstractInsnNode source = insn;
    do {
      Frame<SourceValue> before = frame(source);
      var made = before.getStack(before.getStackSize() - 1).insns;
      source = made.size() == 1 ? made.iterator().next() : null;
    } while (source != null && source.getOpcode() == Opcodes.CHECKCAST);
    return source;
  }

  boolean hasCode() {
    return method.instructions.size() > 0;
  }

  /** The stack and locals before {@code insn}, or null where the code is unreachable. */
  Frame<SourceValue> frame(AbstractInsnNode insn) {
    return frames()[method.instructions.indexOf(insn)];
  }

  @SuppressWarnings("unchecked")
  private synchronized Frame<SourceValue>[] frames() {
    if (frames == null) {
      try {
        frames = new Analyzer<>(new SourceInterpreter()).analyze(internalName, method);
      } catch (AnalyzerException e) {
        // Code the analyzer cannot follow names nothing; its values become temporaries.
        frames = (Frame<SourceValue>[]) new Frame<?>[method.instructions.size()];
      }
    }
    return frames;
  }

  /** The local variable that {@code insn} stores to or loads from. */
  NameHint local(VarInsnNode insn) {
    if (method.localVariables == null || method.localVariables.isEmpty()) {
      throw new HdlException(
          owner.getName()
              + " was compiled without local variable tables, so the signals it builds"
              + " cannot keep their Java names. Compile it with javac -g (Maven:"
              + " <debuglevel>lines,vars,source</debuglevel>).");
    }
    int at = offsets.get(insn);
    LocalVariableNode best = null;
    for (LocalVariableNode v : method.localVariables) {
      int start = ((OffsetLabel) v.start.getLabel()).offset;
      int end = ((OffsetLabel) v.end.getLabel()).offset;
      // A variable's scope starts after its first store, which is at most 4 bytes long (wide astore).
      boolean liveAfterStore = start > at && start <= at + 4;
      boolean liveAround = start <= at && at < end;
      if (v.index == insn.var && (liveAfterStore || liveAround)) {
        best = v;
        if (liveAfterStore) {
          break;
        }
      }
    }
    if (best == null) {
      return NameHint.NONE;
    }
    String path = owner.getSimpleName() + "." + methodName() + "." + best.name;
    return new NameHint(NameHint.Kind.VARIABLE, best.name, path);
  }

  NameHint field(String name) {
    return new NameHint(NameHint.Kind.VARIABLE, name, owner.getSimpleName() + "." + name);
  }

  /** The source-level method: a lambda body is named after the method that wrote it. */
  private String methodName() {
    String name = method.name;
    if (name.startsWith("lambda$")) {
      int end = name.indexOf('$', 7);
      name = end < 0 ? name.substring(7) : name.substring(7, end);
    }
    return name.equals("<init>") || name.equals("new") ? "new" : name;
  }
}
