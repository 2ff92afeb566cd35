package dev.hdl;

import dev.hdl.ir.Op;
import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;
import java.util.Iterator;
import java.util.List;

/** A fixed-size vector of hardware values of one type. */
public final class Vec<T> implements Iterable<T> {
  private final List<T> elements;

  Vec(List<T> elements) {
    this.elements = List.copyOf(elements);
  }

  /** Hardware already made, gathered into a Vec: element 0 first. */
  public static <T> Vec<T> of(List<T> elements) {
    if (elements.isEmpty()) {
      throw new HdlException(CallSite.location(), "a vec needs at least one element.");
    }
    return new Vec<>(elements);
  }

  @SafeVarargs
  public static <T> Vec<T> of(T... elements) {
    return of(List.of(elements));
  }

  public int size() {
    return elements.size();
  }

  public T get(int i) {
    if (i < 0 || i >= elements.size()) {
      throw new HdlException(CallSite.location(), "index " + i + " is outside a Vec of " + elements.size() + ".");
    }
    return elements.get(i);
  }

  /** The element at a run-time index, as a multiplexer; past the end reads the last element. */
  public <S extends Signal<S>> S get(UInt index) {
    S chosen = signal(elements.size() - 1);
    ModuleBuilder b = Elaboration.builder();
    int idx = b.read(index);
    int result = b.read(chosen);
    var at = CallSite.location();
    for (int i = elements.size() - 2; i >= 0; i--) {
      int c = index.constant(b, java.math.BigInteger.valueOf(i));
      int hit = b.temp(Op.EQ, 1, false, at, idx, c);
      Op op = Op.MUX;
      result = i == 0
          ? b.op(op, chosen.width, chosen.signed(), new int[] {hit, b.read(signal(i)), result})
          : b.temp(op, chosen.width, chosen.signed(), at, hit, b.read(signal(i)), result);
    }
    return chosen.make(b, result, chosen.width);
  }

  /** Drives the element at a run-time index with {@code value}. */
  public <S extends Signal<S>> void assignAt(UInt index, S value) {
    for (int i = 0; i < elements.size(); i++) {
      S target = signal(i);
      Hdl.when(index.eq(i), () -> target.assign(value));
    }
  }

  @SuppressWarnings("unchecked")
  private <S extends Signal<S>> S signal(int i) {
    if (!(elements.get(i) instanceof Signal<?>)) {
      throw new HdlException(CallSite.location(), "a run-time index needs a Vec of signals, not of "
          + elements.get(i).getClass().getSimpleName() + ".");
    }
    return (S) elements.get(i);
  }

  /** The elements side by side, element 0 least significant, as a vector of bits is read. */
  public UInt asUInt() {
    Signal<?>[] parts = new Signal<?>[elements.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[parts.length - 1 - i] = signal(i);
    }
    return Hdl.cat(parts);
  }

  public List<T> asList() {
    return elements;
  }

  @Override
  public Iterator<T> iterator() {
    return elements.iterator();
  }
}
