package dev.hdl;

import dev.hdl.ir.EnumType;
import dev.hdl.ir.Op;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A Java enum as hardware: its constants are encoded 0, 1, 2, ... in declaration order. */
public final class HwEnum<E extends Enum<E>> extends Signal<HwEnum<E>> {
  private final Class<E> type;

  HwEnum(ModuleBuilder owner, int node, Class<E> type, boolean flipped) {
    super(owner, node, widthOf(type), flipped);
    this.type = type;
  }

  static int widthOf(Class<? extends Enum<?>> type) {
    int n = type.getEnumConstants().length;
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
  }

  @Override
  HwEnum<E> make(ModuleBuilder owner, int node, int width) {
    return new HwEnum<>(owner, node, type, false);
  }

  @Override
  HwEnum<E> template(int width, boolean flipped) {
    return new HwEnum<>(null, -1, type, flipped);
  }

  @Override
  String typeName() {
    return type.getSimpleName();
  }

  @Override
  EnumType enumType() {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    return new EnumType(type.getSimpleName(), List.copyOf(names));
  }

  Class<E> type() {
    return type;
  }

  /** Whether the value is {@code state}. */
  public Bool is(E state) {
    ModuleBuilder b = Elaboration.builder();
    int c = encode(b, state);
    return new Bool(b, b.op(Op.EQ, 1, false, new int[] {b.read(this), c}));
  }

  /** Drives this wire, register or output with the constant {@code state}. */
  public void assign(E state) {
    ModuleBuilder b = Elaboration.builder();
    int target = b.target(this);
    b.connect(target, encode(b, state), dev.hdl.naming.CallSite.location());
  }

  int encode(ModuleBuilder b, E state) {
    return b.constant(BigInteger.valueOf(state.ordinal()), width, false, enumType(), dev.hdl.naming.CallSite.location());
  }
}
