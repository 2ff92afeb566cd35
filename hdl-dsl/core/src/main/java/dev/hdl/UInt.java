package dev.hdl;

/** An unsigned number. */
public final class UInt extends Numeric<UInt> {
  UInt(ModuleBuilder owner, int node, int width, boolean flipped) {
    super(owner, node, width, flipped);
  }

  @Override
  UInt make(ModuleBuilder owner, int node, int width) {
    return new UInt(owner, node, width, false);
  }

  @Override
  UInt template(int width, boolean flipped) {
    return new UInt(null, -1, width, flipped);
  }

  @Override
  String typeName() {
    return "UInt(" + width + ")";
  }
}
