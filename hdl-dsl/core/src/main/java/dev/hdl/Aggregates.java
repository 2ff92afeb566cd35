package dev.hdl;

import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks hardware types that are made of others: {@link Vec}s and Java records of signals
 * (bundles). A leaf is a {@link Signal}.
 */
final class Aggregates {
  private Aggregates() {}

  /** Makes one leaf of hardware from a leaf type, with the name its path in the aggregate gives it. */
  interface LeafMaker {
    Signal<?> make(Signal<?> type, String name, String javaPath, boolean flipped);
  }

  /** Hardware shaped like {@code type}: leaves named {@code prefix_component_index}. */
  @SuppressWarnings("unchecked")
  static <T> T instantiate(T type, String prefix, String javaPath, boolean flipped, LeafMaker maker) {
    if (type instanceof Signal<?> s) {
      if (s.isHardware()) {
        throw new HdlException(CallSite.location(), "expected a type such as uint(8), but got hardware "
            + s + ". Pass the type, not a signal.");
      }
      return (T) maker.make(s, prefix, javaPath, flipped ^ s.flipped);
    }
    if (type instanceof Vec<?> v) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        out.add(instantiate(v.get(i), join(prefix, "_", Integer.toString(i)), join(javaPath, ".", Integer.toString(i)),
            flipped, maker));
      }
      return (T) new Vec<>(out);
    }
    if (type instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = instantiate(get(r, components[i]), join(prefix, "_", components[i].getName()),
            join(javaPath, ".", components[i].getName()), flipped, maker);
        types[i] = components[i].getType();
      }
      return (T) construct(r.getClass(), types, values);
    }
    throw new HdlException(CallSite.location(), "cannot make hardware of a " + (type == null ? "null" : type.getClass().getName())
        + ": use a signal type (uint, sint, bits, bool, enumOf), a vec(...) or a record of those.");
  }

  /** Every leaf signal of a value, in declaration order. */
  static void leaves(Object value, java.util.function.Consumer<Signal<?>> visit) {
    if (value instanceof Signal<?> s) {
      visit.accept(s);
    } else if (value instanceof Vec<?> v) {
      for (Object e : v) {
        leaves(e, visit);
      }
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        leaves(get(r, c), visit);
      }
    }
  }

  /** Flips a type: inputs become outputs inside a port bundle, and back. */
  static <T> T flip(T type) {
    return mapLeaves(type, s -> s.template(s.width, !s.flipped));
  }

  /** The type of a value: its shape, with each leaf's type in place of the hardware. */
  static <T> T typeOf(T value) {
    return mapLeaves(value, s -> s.template(s.width, s.flipped));
  }

  @SuppressWarnings("unchecked")
  static <T> T mapLeaves(T value, java.util.function.UnaryOperator<Signal<?>> leaf) {
    if (value instanceof Signal<?> s) {
      return (T) leaf.apply(s);
    }
    if (value instanceof Vec<?> v) {
      List<Object> out = new ArrayList<>();
      for (Object e : v) {
        out.add(mapLeaves(e, leaf));
      }
      return (T) new Vec<>(out);
    }
    if (value instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = mapLeaves(get(r, components[i]), leaf);
        types[i] = components[i].getType();
      }
      return (T) construct(r.getClass(), types, values);
    }
    return value;
  }

  /** A value of {@code a}'s shape whose leaves are {@code combine} of the leaves of {@code a} and {@code b}. */
  static <T> T zipLeaves(T a, T b, String what, java.util.function.BinaryOperator<Signal<?>> combine) {
    List<Signal<?>> right = new ArrayList<>();
    leaves(b, right::add);
    int[] next = {0};
    T out = mapLeaves(a, left -> {
      Signal<?> other = next[0] < right.size() ? right.get(next[0]) : null;
      next[0]++;
      if (other == null || other.getClass() != left.getClass() || other.width != left.width) {
        throw new HdlException(CallSite.location(), what + " needs two values of one shape, but "
            + Signal.describe(left) + (other == null ? " has no counterpart" : " meets " + Signal.describe(other)) + ".");
      }
      return combine.apply(left, other);
    });
    if (next[0] != right.size()) {
      throw new HdlException(CallSite.location(), what + " needs two values of one shape, but they have " + next[0]
          + " and " + right.size() + " signals.");
    }
    return out;
  }

  /** Whether any leaf of {@code value} is hardware rather than a type. */
  static boolean isHardware(Object value) {
    boolean[] found = {false};
    leaves(value, s -> found[0] |= s.isHardware());
    return found[0];
  }

  /** A Verilog name joins with '_', a Java path with '.'. */
  private static String join(String prefix, String separator, String part) {
    return prefix == null ? null : prefix + separator + part;
  }

  static Object get(Record r, RecordComponent c) {
    try {
      var accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new HdlException(CallSite.location(), "cannot read component " + c.getName() + " of "
          + r.getClass().getSimpleName() + ": " + e);
    }
  }

  private static Object construct(Class<?> type, Class<?>[] types, Object[] values) {
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new HdlException(CallSite.location(), "cannot build a " + type.getSimpleName() + " bundle: " + e);
    }
  }
}
