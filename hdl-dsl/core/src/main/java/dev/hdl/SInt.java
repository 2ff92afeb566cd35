package dev.hdl;

import dev.hdl.ir.Op;

/** A two's-complement signed number. */
public final class SInt extends Numeric<SInt> {
  SInt(ModuleBuilder owner, int node, int width, boolean flipped) {
    super(owner, node, width, flipped);
  }

  @Override
  SInt make(ModuleBuilder owner, int node, int width) {
    return new SInt(owner, node, width, false);
  }

  @Override
  SInt template(int width, boolean flipped) {
    return new SInt(null, -1, width, flipped);
  }

  @Override
  String typeName() {
    return "SInt(" + width + ")";
  }

  @Override
  boolean signed() {
    return true;
  }

  /** The negation, one bit wider so that the most negative value survives. */
  public SInt neg() {
    return result(Op.NEG, width + 1, this);
  }
}
