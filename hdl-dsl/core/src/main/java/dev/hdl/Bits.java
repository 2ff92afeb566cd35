package dev.hdl;

/** Raw bits with no arithmetic meaning. */
public final class Bits extends BitVector<Bits> {
  Bits(ModuleBuilder owner, int node, int width, boolean flipped) {
    super(owner, node, width, flipped);
  }

  @Override
  Bits make(ModuleBuilder owner, int node, int width) {
    return new Bits(owner, node, width, false);
  }

  @Override
  Bits template(int width, boolean flipped) {
    return new Bits(null, -1, width, flipped);
  }

  @Override
  String typeName() {
    return "Bits(" + width + ")";
  }
}
