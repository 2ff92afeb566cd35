package dev.hdl.jvmsim;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Instruction sequences that the emitters of the model's code share. */
final class Bytecode {
  private Bytecode() {}

  /** Pushes an int constant in its shortest form. */
  static void pushInt(MethodVisitor mv, int v) {
    if (v >= -1 && v <= 5) {
      mv.visitInsn(Opcodes.ICONST_0 + v);
    } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.BIPUSH, v);
    } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.SIPUSH, v);
    } else {
      mv.visitLdcInsn(v);
    }
  }

  static void pushLong(MethodVisitor mv, long v) {
    if (v == 0 || v == 1) {
      mv.visitInsn(v == 0 ? Opcodes.LCONST_0 : Opcodes.LCONST_1);
    } else {
      mv.visitLdcInsn(v);
    }
  }

  /** Pushes a field of the {@link CompiledModel} whose method this is. */
  static void field(MethodVisitor mv, String name, String type) {
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitFieldInsn(Opcodes.GETFIELD, "dev/hdl/jvmsim/CompiledModel", name, type);
  }

  /** Pushes {@code array[index]} of the long array in local {@code array}. */
  static void loadLong(MethodVisitor mv, int array, int index) {
    mv.visitVarInsn(Opcodes.ALOAD, array);
    pushInt(mv, index);
    mv.visitInsn(Opcodes.LALOAD);
  }

  /**
   * Places a branch target. Every generated method takes what its locals hold at a branch as its
   * parameters, and the stack is empty there, so the frame is the one the method starts with: no
   * need for ASM to compute frames, which doubled the time to compile a model.
   */
  static void label(MethodVisitor mv, Label label) {
    mv.visitLabel(label);
    mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
  }

  /** Places a branch target where the stack is empty and the locals have the types {@code locals} names. */
  static void label(MethodVisitor mv, Label label, Object[] locals) {
    mv.visitLabel(label);
    mv.visitFrame(Opcodes.F_FULL, locals.length, locals, 0, new Object[0]);
  }

  /** {@code stale[g] = true} for each group, the stale flags in local {@code stale}. */
  static void wake(MethodVisitor mv, int stale, int[] groups) {
    for (int g : groups) {
      mv.visitVarInsn(Opcodes.ALOAD, stale);
      pushInt(mv, g);
      mv.visitInsn(Opcodes.ICONST_1);
      mv.visitInsn(Opcodes.BASTORE);
    }
  }
}
