package dev.hdl;

import dev.hdl.ir.Op;
import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;
import java.math.BigInteger;

/** A vector of bits: raw {@link Bits}, unsigned {@link UInt} or signed {@link SInt}. */
public abstract class BitVector<S extends BitVector<S>> extends Signal<S> {
  BitVector(ModuleBuilder owner, int node, int width, boolean flipped) {
    super(owner, node, width, flipped);
  }

  /** Drives this with a constant of its own type and width: {@code count.assign(0)}. */
  public void assign(long value) {
    assign(constantOfType(value));
  }

  /** {@code value} as a constant of this signal's type and width, or an error naming the range. */
  S constantOfType(long value) {
    ModuleBuilder b = Elaboration.builder();
    return make(b, constant(b, BigInteger.valueOf(value)), width);
  }

  public S and(S other) {
    requireSameWidth(Op.AND, other);
    return result(Op.AND, width, this, other);
  }

  public S or(S other) {
    requireSameWidth(Op.OR, other);
    return result(Op.OR, width, this, other);
  }

  public S xor(S other) {
    requireSameWidth(Op.XOR, other);
    return result(Op.XOR, width, this, other);
  }

  public S not() {
    return result(Op.NOT, width, this);
  }

  public Bool eq(long value) {
    ModuleBuilder b = Elaboration.builder();
    int c = constant(b, BigInteger.valueOf(value));
    return new Bool(b, b.op(Op.EQ, 1, false, new int[] {b.read(this), c}));
  }

  public Bool ne(long value) {
    ModuleBuilder b = Elaboration.builder();
    int c = constant(b, BigInteger.valueOf(value));
    return new Bool(b, b.op(Op.NE, 1, false, new int[] {b.read(this), c}));
  }

  /** Bits {@code hi} down to {@code lo}, inclusive, as the same type. */
  public S slice(int hi, int lo) {
    if (lo < 0 || hi >= width || hi < lo) {
      throw new HdlException(CallSite.location(), "slice(" + hi + ", " + lo + ") is outside " + describe(this)
          + ": bits run from " + (width - 1) + " down to 0, and hi must not be below lo.");
    }
    return sliceResult(hi, lo);
  }

  /** Bit {@code i}. */
  public Bool bit(int i) {
    if (i < 0 || i >= width) {
      throw new HdlException(CallSite.location(), "bit(" + i + ") is outside " + describe(this)
          + ": bits run from " + (width - 1) + " down to 0.");
    }
    ModuleBuilder b = Elaboration.builder();
    return new Bool(b, b.slice(false, i, i, b.read(this)));
  }

  /** Bit {@code index}, chosen at run time; 0 when the index is past the top bit. */
  public Bool bit(UInt index) {
    ModuleBuilder b = Elaboration.builder();
    int shifted = b.temp(Op.DSHR, width, false, CallSite.location(), b.read(this), b.read(index));
    return new Bool(b, b.slice(false, 0, 0, shifted));
  }

  /** Shifts left by a constant, keeping the width (the top bits fall off). */
  public S shiftLeft(int n) {
    return shift(Op.SHL, n);
  }

  /** Shifts right by a constant, keeping the width; arithmetic for signed values. */
  public S shiftRight(int n) {
    return shift(Op.SHR, n);
  }

  private S shift(Op op, int n) {
    if (n < 0) {
      throw new HdlException(CallSite.location(), "cannot shift " + describe(this) + " by " + n
          + ": the amount must not be negative.");
    }
    ModuleBuilder b = Elaboration.builder();
    return make(b, b.shift(op, width, signed(), n, b.read(this)), width);
  }

  /** Shifts left by a run-time amount, keeping the width. */
  public S shiftLeft(UInt amount) {
    return result(Op.DSHL, width, this, amount);
  }

  /** Shifts right by a run-time amount, keeping the width; arithmetic for signed values. */
  public S shiftRight(UInt amount) {
    return result(Op.DSHR, width, this, amount);
  }

  public Bool andReduce() {
    return reduce(Op.AND_REDUCE);
  }

  public Bool orReduce() {
    return reduce(Op.OR_REDUCE);
  }

  public Bool xorReduce() {
    return reduce(Op.XOR_REDUCE);
  }

  private Bool reduce(Op op) {
    ModuleBuilder b = Elaboration.builder();
    return new Bool(b, b.op(op, 1, false, new int[] {b.read(this)}));
  }

  /** To {@code newWidth}: extended (by signedness) when wider, the top bits dropped when narrower. */
  public S resize(int newWidth) {
    Hdl.checkWidth(newWidth);
    if (newWidth == width) {
      return result(Op.CAST, width, this);
    }
    return newWidth > width ? result(Op.EXTEND, newWidth, this) : sliceResult(newWidth - 1, 0);
  }

  /** Keeps the low {@code newWidth} bits; an error if that is wider than the signal. */
  public S truncate(int newWidth) {
    Hdl.checkWidth(newWidth);
    if (newWidth > width) {
      throw new HdlException(CallSite.location(), "truncate(" + newWidth + ") would widen " + describe(this)
          + "; use extend(" + newWidth + ").");
    }
    return sliceResult(newWidth - 1, 0);
  }

  /** Zero- or sign-extends to {@code newWidth}; an error if that is narrower than the signal. */
  public S extend(int newWidth) {
    Hdl.checkWidth(newWidth);
    if (newWidth < width) {
      throw new HdlException(CallSite.location(), "extend(" + newWidth + ") would drop bits of " + describe(this)
          + "; use truncate(" + newWidth + ").");
    }
    return result(Op.EXTEND, newWidth, this);
  }

  public UInt asUInt() {
    return cast(new UInt(null, -1, width, false));
  }

  public SInt asSInt() {
    return cast(new SInt(null, -1, width, false));
  }

  /** Bit 0 as a Bool; an error unless the vector is one bit wide. */
  public Bool asBool() {
    if (width != 1) {
      throw new HdlException(CallSite.location(), "asBool() needs a 1-bit value, but " + describe(this)
          + " is " + width + " bits; compare it or take a bit().");
    }
    ModuleBuilder b = Elaboration.builder();
    return new Bool(b, b.slice(false, 0, 0, b.read(this)));
  }
}
