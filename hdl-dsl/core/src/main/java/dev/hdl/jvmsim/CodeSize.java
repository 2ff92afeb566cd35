package dev.hdl.jvmsim;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Passes instructions on to a method and counts their bytes as they are emitted (to within a
 * byte or two per instruction), so that the generated logic can be split before a method grows
 * past what the JIT handles well.
 */
final class CodeSize extends MethodVisitor {
  private int bytes;

  CodeSize(MethodVisitor target) {
    super(Opcodes.ASM9, target);
  }

  int bytes() {
    return bytes;
  }

  @Override
  public void visitInsn(int opcode) {
    bytes += 1;
    super.visitInsn(opcode);
  }

  @Override
  public void visitIntInsn(int opcode, int operand) {
    bytes += opcode == Opcodes.SIPUSH ? 3 : 2;
    super.visitIntInsn(opcode, operand);
  }

  @Override
  public void visitVarInsn(int opcode, int var) {
    bytes += var < 4 ? 1 : 2;
    super.visitVarInsn(opcode, var);
  }

  @Override
  public void visitLdcInsn(Object value) {
    bytes += 3;
    super.visitLdcInsn(value);
  }

  @Override
  public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
    bytes += 3;
    super.visitFieldInsn(opcode, owner, name, descriptor);
  }

  @Override
  public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
    bytes += 3;
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
  }

  @Override
  public void visitJumpInsn(int opcode, Label label) {
    bytes += 3;
    super.visitJumpInsn(opcode, label);
  }

  @Override
  public void visitIincInsn(int var, int increment) {
    bytes += 3;
    super.visitIincInsn(var, increment);
  }
}
