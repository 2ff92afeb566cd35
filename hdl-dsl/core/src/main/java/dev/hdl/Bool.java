package dev.hdl;

import dev.hdl.ir.Op;

/** A single bit used as a condition. */
public final class Bool extends Signal<Bool> {
  Bool(ModuleBuilder owner, int node) {
    super(owner, node, 1, false);
  }

  Bool(boolean flipped) {
    super(null, -1, 1, flipped);
  }

  @Override
  Bool make(ModuleBuilder owner, int node, int width) {
    return new Bool(owner, node);
  }

  @Override
  Bool template(int width, boolean flipped) {
    return new Bool(flipped);
  }

  @Override
  String typeName() {
    return "Bool";
  }

  /** Drives this with a constant: {@code done.assign(true)}. */
  public void assign(boolean value) {
    assign(Hdl.lit(value));
  }

  public Bool and(Bool other) {
    return result(Op.AND, 1, this, other);
  }

  public Bool or(Bool other) {
    return result(Op.OR, 1, this, other);
  }

  public Bool xor(Bool other) {
    return result(Op.XOR, 1, this, other);
  }

  public Bool not() {
    return result(Op.NOT, 1, this);
  }

  /** This bit as a 1-bit unsigned number. */
  public UInt asUInt() {
    return cast(new UInt(null, -1, 1, false));
  }
}
