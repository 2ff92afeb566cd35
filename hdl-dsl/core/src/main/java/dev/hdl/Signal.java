package dev.hdl;

import dev.hdl.ir.Design;
import dev.hdl.ir.EnumType;
import dev.hdl.ir.Node;
import dev.hdl.ir.Op;
import dev.hdl.naming.CallSite;
import dev.hdl.sim.Probe;
import dev.hdl.sim.SimulationException;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;

/**
 * A hardware value of a fixed width, or, when not yet bound to hardware, a type to make hardware
 * from ({@code uint(8)} is a type; {@code wire(uint(8))} is hardware).
 *
 * @param <S> the concrete signal type, so that operations return the type they were called on
 */
public abstract class Signal<S extends Signal<S>> implements Probe {
  final ModuleBuilder owner;
  final int node;
  final int width;
  final boolean flipped;

  Signal(ModuleBuilder owner, int node, int width, boolean flipped) {
    this.owner = owner;
    this.node = node;
    this.width = width;
    this.flipped = flipped;
  }

  /** The same type bound to another node. */
  abstract S make(ModuleBuilder owner, int node, int width);

  /** The unbound type of the same kind at {@code width}. */
  abstract S template(int width, boolean flipped);

  /** How the type is written in Java, for messages: {@code UInt(8)}. */
  abstract String typeName();

  boolean signed() {
    return false;
  }

  EnumType enumType() {
    return null;
  }

  public final int width() {
    return width;
  }

  /** Whether this is hardware (true) or only a type (false). */
  public final boolean isHardware() {
    return owner != null;
  }

  @SuppressWarnings("unchecked")
  final S self() {
    return (S) this;
  }

  /** Drives this wire, register or output with {@code value}; the last assignment wins. */
  public void assign(S value) {
    ModuleBuilder b = Elaboration.builder();
    int target = b.target(this);
    int v = b.read(value);
    if (value.width != width) {
      String fix = value.width > width ? "truncate(" + width + ") or resize(" + width + ")"
          : "extend(" + width + ") or resize(" + width + ")";
      throw new HdlException(CallSite.location(), "width mismatch: " + describe(value) + " is assigned to "
          + describe(this) + ". Say how to fit it: " + fix + ".");
    }
    b.connect(target, v, CallSite.location());
  }

  public Bool eq(S other) {
    return compare(Op.EQ, other);
  }

  public Bool ne(S other) {
    return compare(Op.NE, other);
  }

  Bool compare(Op op, S other) {
    requireSameWidth(op, other);
    ModuleBuilder b = Elaboration.builder();
    return new Bool(b, b.op(op, 1, false, new int[] {b.read(this), b.read(other)}));
  }

  /** Gives this signal an explicit Verilog name, overriding the Java one. */
  public S named(String name) {
    if (owner == null) {
      throw new HdlException(CallSite.location(), "cannot name " + typeName() + ": it is a type, not hardware.");
    }
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new HdlException(CallSite.location(), "'" + name + "' is not a valid Verilog identifier.");
    }
    owner.name(node, name, null);
    return self();
  }

  /** This signal as raw bits. */
  public Bits asBits() {
    return cast(new Bits(null, -1, width, false));
  }

  <T extends Signal<T>> T cast(T type) {
    ModuleBuilder b = Elaboration.builder();
    int id = b.op(Op.CAST, width, type.signed(), new int[] {b.read(this)});
    return type.make(b, id, width);
  }

  /** A result node of {@code op} over the given operands, of this signal's type. */
  S result(Op op, int width, Signal<?>... operands) {
    ModuleBuilder b = Elaboration.builder();
    return make(b, b.op(op, width, signed(), reads(b, operands)), width);
  }

  /** Bits {@code hi} down to {@code lo} of this signal, of its type. */
  S sliceResult(int hi, int lo) {
    ModuleBuilder b = Elaboration.builder();
    return make(b, b.slice(signed(), hi, lo, b.read(this)), hi - lo + 1);
  }

  static int[] reads(ModuleBuilder b, Signal<?>... operands) {
    int[] ids = new int[operands.length];
    for (int i = 0; i < operands.length; i++) {
      ids[i] = b.read(operands[i]);
    }
    return ids;
  }

  void requireSameWidth(Op op, Signal<?> other) {
    if (other.width != width) {
      throw new HdlException(CallSite.location(), "width mismatch: " + op.word() + " of " + describe(this)
          + " and " + describe(other) + ". Make the widths equal with resize(), truncate() or extend().");
    }
  }

  /** A constant of this signal's type and width, or an error naming the value that does not fit. */
  int constant(ModuleBuilder b, BigInteger value) {
    SourceLoc at = CallSite.location();
    if (!fits(value, width, signed())) {
      throw new HdlException(at, "constant " + value + " does not fit in " + typeName()
          + (signed() ? " (range " + BigInteger.ONE.shiftLeft(width - 1).negate() + " to "
              + BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE) + ")"
              : " (range 0 to " + BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE) + ")") + ".");
    }
    return b.constant(value, width, signed(), at);
  }

  static boolean fits(BigInteger value, int width, boolean signed) {
    if (signed) {
      BigInteger half = BigInteger.ONE.shiftLeft(width - 1);
      return value.compareTo(half.negate()) >= 0 && value.compareTo(half) < 0;
    }
    return value.signum() >= 0 && value.bitLength() <= width;
  }

  static String describe(Signal<?> s) {
    if (s.owner == null) {
      return s.typeName();
    }
    Node d = s.owner.node(s.node);
    String name = d.name() != null ? " '" + d.name() + "'" : d instanceof Node.Operation o ? " (" + o.op().word() + ")" : "";
    return s.typeName() + name + " from " + d.loc();
  }

  /** Its path below the top of {@link #pathDesign}, once asked for: names do not change after elaboration. */
  private String path;
  private Design pathDesign;

  @Override
  public String pathIn(Design design) {
    if (design == pathDesign) {
      return path;
    }
    if (owner == null) {
      throw new SimulationException(typeName() + " is a type, not hardware: a simulation finds only hardware.");
    }
    if (owner.top().design != design) {
      throw new SimulationException(describe(this) + " belongs to another elaboration than the simulated "
          + design.top() + ": take the top from the Elaboration.elaborateTop(...) that gave this design.");
    }
    Node d = owner.node(node);
    if (d instanceof Node.Const) {
      throw new SimulationException(describe(this) + " is a constant, which no simulation holds as a signal.");
    }
    path = owner.pathFromTop() + d.name();
    pathDesign = design;
    return path;
  }

  @Override
  public String toString() {
    return owner == null ? typeName() : describe(this);
  }
}
