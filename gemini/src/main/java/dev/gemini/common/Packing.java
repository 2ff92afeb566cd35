package dev.gemini.common;

import static dev.hdl.Hdl.cat;

import dev.hdl.Bool;
import dev.hdl.Signal;
import dev.hdl.UInt;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a record of signals (a bundle) into one vector and back, so that delay lines, queues
 * and the cross-link carry any bundle as plain bits. The first component is the most significant.
 */
public final class Packing {
  private Packing() {}

  /** The total width of a bundle type or value. */
  public static int width(Object bundle) {
    int w = 0;
    for (Object leaf : leaves(bundle)) {
      w += ((Signal<?>) leaf).width();
    }
    return w;
  }

  /** The bundle's leaves side by side, the first component most significant. */
  public static UInt pack(Object bundle) {
    List<Object> leaves = leaves(bundle);
    return cat(leaves.toArray(new Signal<?>[0]));
  }

  /** A bundle shaped like {@code type} whose leaves are slices of {@code bits}. */
  public static <T> T unpack(UInt bits, T type) {
    if (bits.width() != width(type)) {
      throw new IllegalArgumentException("unpack: " + bits.width() + " bits for a bundle of " + width(type));
    }
    int[] next = {bits.width()};
    return build(bits, type, next);
  }

  @SuppressWarnings("unchecked")
  private static <T> T build(UInt bits, T type, int[] next) {
    if (type instanceof Bool) {
      next[0] -= 1;
      return (T) bits.bit(next[0]);
    }
    if (type instanceof UInt u) {
      int hi = next[0] - 1;
      next[0] -= u.width();
      return (T) bits.slice(hi, next[0]);
    }
    if (type instanceof Record r) {
      RecordComponent[] cs = r.getClass().getRecordComponents();
      Object[] values = new Object[cs.length];
      Class<?>[] types = new Class<?>[cs.length];
      for (int i = 0; i < cs.length; i++) {
        values[i] = build(bits, component(r, cs[i]), next);
        types[i] = cs[i].getType();
      }
      try {
        var ctor = r.getClass().getDeclaredConstructor(types);
        ctor.setAccessible(true);
        return (T) ctor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException("cannot unpack into " + type);
  }

  private static List<Object> leaves(Object bundle) {
    List<Object> out = new ArrayList<>();
    collect(bundle, out);
    return out;
  }

  private static void collect(Object v, List<Object> out) {
    if (v instanceof Bool || v instanceof UInt) {
      out.add(v);
    } else if (v instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        collect(component(r, c), out);
      }
    } else {
      throw new IllegalArgumentException("a bundle holds Bool, UInt and records, not " + v);
    }
  }

  private static Object component(Record r, RecordComponent c) {
    try {
      var m = c.getAccessor();
      m.setAccessible(true);
      return m.invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
