package dev.hdl.naming;

import dev.hdl.source.HdlException;
import dev.hdl.source.UserFrames;
import java.io.IOException;
import java.io.InputStream;
import java.lang.StackWalker.StackFrame;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Reads what the caller's bytecode does with the result of a call: where the value goes after
 * the invoke names it. Classes are parsed once and kept.
 */
final class BytecodeNames {
  private static final Map<Class<?>, Map<String, MethodCode>> CLASSES = new ConcurrentHashMap<>();

  private BytecodeNames() {}

  static NameHint hintAfter(StackFrame frame) {
    MethodCode code = methods(frame.getDeclaringClass()).get(frame.getMethodName() + frame.getDescriptor());
    if (code == null) {
      return NameHint.NONE;
    }
    return code.hintAfter(frame.getByteCodeIndex());
  }

  /**
   * The code of the user's method that {@code call}, made in {@code caller}, runs: declared in
   * the class it names or inherited from a superclass. Null for the language's and the JDK's
   * methods, and for abstract ones, whose code is not known until run time.
   */
  static MethodCode userMethod(MethodInsnNode call, Class<?> caller) {
    Class<?> c;
    try {
      c = Class.forName(call.owner.replace('/', '.'), false, caller.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    for (; c != null && !UserFrames.isLibrary(c.getName()); c = c.getSuperclass()) {
      MethodCode code = methods(c).get(call.name + call.desc);
      if (code != null) {
        return code.hasCode() ? code : null;
      }
    }
    return null;
  }

  private static Map<String, MethodCode> methods(Class<?> owner) {
    return CLASSES.computeIfAbsent(owner, BytecodeNames::parse);
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
      ClassReader reader = new OffsetClassReader(readable(owner, in.readAllBytes()));
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

  /** The class file's bytes, when ASM can read its version; else an error that says which Java to compile for. */
  private static byte[] readable(Class<?> owner, byte[] bytes) {
    int major = bytes.length >= 8 ? (bytes[6] & 0xff) << 8 | (bytes[7] & 0xff) : 0;
    int newest = ClassFileVersions.newestReadable();
    if (major > newest) {
      throw new HdlException(owner.getName() + " is compiled for Java " + ClassFileVersions.javaOf(major)
          + " (class file version " + major + "), and hdl-dsl reads class files up to Java "
          + ClassFileVersions.javaOf(newest) + ": compile it with --release " + ClassFileVersions.javaOf(newest)
          + " or lower.");
    }
    return bytes;
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
      if (label.info instanceof LabelNode node) {
        return node;
      }
      LabelNode node = new LabelNode(label);
      label.info = node;
      return node;
    }
  }
}
