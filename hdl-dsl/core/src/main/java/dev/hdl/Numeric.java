package dev.hdl;

import dev.hdl.ir.Op;
import java.math.BigInteger;

/**
 * A number: {@link UInt} or {@link SInt}. Result widths are explicit: {@code add}/{@code sub}
 * keep the wider operand's width and wrap, {@code addExpand}/{@code subExpand} grow by one bit so
 * nothing is lost, {@code mul} is as wide as both operands together. Operands of different widths
 * are extended by their signedness first.
 */
public abstract class Numeric<S extends Numeric<S>> extends BitVector<S> {
  Numeric(ModuleBuilder owner, int node, int width, boolean flipped) {
    super(owner, node, width, flipped);
  }

  public S add(S other) {
    return result(Op.ADD, Math.max(width, other.width), this, other);
  }

  public S add(long value) {
    return arithmetic(Op.ADD, width, value);
  }

  public S addExpand(S other) {
    return result(Op.ADD, Math.max(width, other.width) + 1, this, other);
  }

  public S sub(S other) {
    return result(Op.SUB, Math.max(width, other.width), this, other);
  }

  public S sub(long value) {
    return arithmetic(Op.SUB, width, value);
  }

  public S subExpand(S other) {
    return result(Op.SUB, Math.max(width, other.width) + 1, this, other);
  }

  public S mul(S other) {
    return result(Op.MUL, width + other.width, this, other);
  }

  public Bool lt(S other) {
    return order(Op.LT, other);
  }

  public Bool le(S other) {
    return order(Op.LE, other);
  }

  public Bool gt(S other) {
    return order(Op.GT, other);
  }

  public Bool ge(S other) {
    return order(Op.GE, other);
  }

  public Bool lt(long value) {
    return orderConst(Op.LT, value);
  }

  public Bool le(long value) {
    return orderConst(Op.LE, value);
  }

  public Bool gt(long value) {
    return orderConst(Op.GT, value);
  }

  public Bool ge(long value) {
    return orderConst(Op.GE, value);
  }

  /** Numbers of different widths compare by value. */
  @Override
  Bool compare(Op op, S other) {
    return order(op, other);
  }

  private Bool order(Op op, S other) {
    ModuleBuilder b = Elaboration.builder();
    return new Bool(b, b.op(op, 1, false, new int[] {b.read(this), b.read(other)}));
  }

  private Bool orderConst(Op op, long value) {
    ModuleBuilder b = Elaboration.builder();
    int c = constant(b, BigInteger.valueOf(value));
    return new Bool(b, b.op(op, 1, false, new int[] {b.read(this), c}));
  }

  private S arithmetic(Op op, int resultWidth, long value) {
    ModuleBuilder b = Elaboration.builder();
    int c = constant(b, BigInteger.valueOf(value));
    return make(b, b.op(op, resultWidth, signed(), new int[] {b.read(this), c}), resultWidth);
  }
}
