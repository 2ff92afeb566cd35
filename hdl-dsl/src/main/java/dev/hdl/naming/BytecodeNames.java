package dev.hdl.naming;

import dev.hdl.HdlException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.StackWalker.StackFrame;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Reads what the caller's bytecode does with the result of a call: the store that follows the
 * invoke names the value. Classes are parsed once and kept; each call site is answered once.
 */
final class BytecodeNames {
  private static final Map<Class<?>, Map<String, MethodCode>> CLASSES = new ConcurrentHashMap<>();

  private BytecodeNames() {}

  static NameHint hintAfter(StackFrame frame) {
    Class<?> owner = frame.getDeclaringClass();
    MethodCode code =
        CLASSES
            .computeIfAbsent(owner, BytecodeNames::parse)
            .get(frame.getMethodName() + frame.getDescriptor());
    if (code == null) {
      return NameHint.NONE;
    }
    return code.hintAfter(frame.getByteCodeIndex());
  }

  private static Map<String, MethodCode> parse(Class<?> owner) {
    String resource = owner.getName().replace('.', '/') + ".class";
    ClassLoader loader = owner.getClassLoader();
    try (InputStream in =
        loader == null ? ClassLoader.getSystemResourceAsStream(resource) : loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      Map<String, MethodCode> methods = new HashMap<>();
      ClassReader reader = new OffsetClassReader(in.readAllBytes());
      reader.accept(new ClassVisitor(Opcodes.ASM9) {
        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
          return new OffsetMethodNode(access, name, desc, signature, exceptions) {
            @Override
            public void visitEnd() {
              methods.put(name + desc, new MethodCode(owner, reader.getClassName(), this));
            }
          };
        }
      }, ClassReader.SKIP_FRAMES);
      return methods;
    } catch (IOException e) {
      throw new HdlException("cannot read the bytecode of " + owner.getName() + ": " + e.getMessage());
    }
  }

  /** A label that remembers the bytecode offset it stands for. */
  private static final class OffsetLabel extends Label {
    final int offset;

    OffsetLabel(int offset) {
      this.offset = offset;
    }
  }

  /** Puts a label at every bytecode offset, so that every instruction can be found by offset. */
  private static final class OffsetClassReader extends ClassReader {
    OffsetClassReader(byte[] bytes) {
      super(bytes);
    }

    @Override
    protected Label readLabel(int offset, Label[] labels) {
      if (labels[offset] == null) {
        for (int i = 0; i < labels.length; i++) {
          if (labels[i] == null) {
            labels[i] = new OffsetLabel(i);
          }
        }
      }
      return labels[offset];
    }
  }

  /** A method node whose labels are the reader's own, so that they keep their offsets. */
  private static class OffsetMethodNode extends MethodNode {
    OffsetMethodNode(int access, String name, String desc, String signature, String[] exceptions) {
      super(Opcodes.ASM9, access, name, desc, signature, exceptions);
    }

    @Override
    protected LabelNode getLabelNode(Label label) {
      if (!(label.info instanceof LabelNode)) {
        label.info = new LabelNode(label);
      }
      return (LabelNode) label.info;
    }
  }

  /** One method's instructions indexed by bytecode offset, and its local variable table. */
  private static final class MethodCode {
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

    NameHint hintAfter(int bci) {
      return answers.computeIfAbsent(bci, this::analyse);
    }

    private NameHint analyse(int bci) {
      AbstractInsnNode call = byOffset.get(bci);
      if (call == null) {
        return NameHint.NONE;
      }
      AbstractInsnNode insn = nextReal(call);
      while (insn != null) {
        switch (insn.getOpcode()) {
          case Opcodes.CHECKCAST, Opcodes.DUP -> insn = nextReal(insn);
          case Opcodes.GOTO -> insn = nextReal(((JumpInsnNode) insn).label);
          case Opcodes.ASTORE -> {
            return local((VarInsnNode) insn, NameHint.Kind.VARIABLE);
          }
          case Opcodes.PUTFIELD, Opcodes.PUTSTATIC -> {
            return field(((FieldInsnNode) insn).name, NameHint.Kind.VARIABLE);
          }
          case Opcodes.ARETURN -> {
            return NameHint.RETURNED;
          }
          case Opcodes.AASTORE -> {
            return container(insn, 3);
          }
          case Opcodes.INVOKEINTERFACE, Opcodes.INVOKEVIRTUAL -> {
            MethodInsnNode m = (MethodInsnNode) insn;
            boolean listAdd = m.name.equals("add") && m.desc.equals("(Ljava/lang/Object;)Z");
            return listAdd ? container(insn, 2) : NameHint.NONE;
          }
          default -> {
            return NameHint.NONE;
          }
        }
      }
      return NameHint.NONE;
    }

    /** Names an element stored into an array or added to a list by the variable holding it. */
    private NameHint container(AbstractInsnNode store, int depth) {
      Frame<SourceValue> frame = frames()[method.instructions.indexOf(store)];
      if (frame == null) {
        return NameHint.NONE;
      }
      SourceValue ref = frame.getStack(frame.getStackSize() - depth);
      if (ref.insns.size() != 1) {
        return NameHint.NONE;
      }
      AbstractInsnNode source = ref.insns.iterator().next();
      if (source instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD) {
        return local(load, NameHint.Kind.ELEMENT);
      }
      if (source instanceof FieldInsnNode get) {
        return field(get.name, NameHint.Kind.ELEMENT);
      }
      return NameHint.NONE;
    }

    @SuppressWarnings("unchecked")
    private synchronized Frame<SourceValue>[] frames() {
      if (frames == null) {
        try {
          frames = new Analyzer<>(new SourceInterpreter()).analyze(internalName, method);
        } catch (AnalyzerException e) {
          frames = new Frame[method.instructions.size()];
        }
      }
      return frames;
    }

    private NameHint local(VarInsnNode insn, NameHint.Kind kind) {
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
      return new NameHint(kind, best.name, owner.getSimpleName() + "." + methodName() + "." + best.name);
    }

    private NameHint field(String name, NameHint.Kind kind) {
      return new NameHint(kind, name, owner.getSimpleName() + "." + name);
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

    private static AbstractInsnNode nextReal(AbstractInsnNode insn) {
      AbstractInsnNode next = insn.getNext();
      while (next != null && next.getOpcode() < 0) {
        next = next.getNext();
      }
      return next;
    }
  }
}
