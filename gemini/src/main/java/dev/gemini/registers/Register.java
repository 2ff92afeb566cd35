package dev.gemini.registers;

import static dev.hdl.Hdl.bool;
import static dev.hdl.Hdl.cat;
import static dev.hdl.Hdl.enumOf;
import static dev.hdl.Hdl.lit;
import static dev.hdl.Hdl.uint;
import static dev.hdl.Hdl.unpack;

import dev.hdl.Bool;
import dev.hdl.HwEnum;
import dev.hdl.Signal;
import dev.hdl.UInt;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One 32-bit register of the control interface: where it is, how software may access it, its
 * reset value, what it is for, and its layout: a record whose components, each placed by
 * {@link At}, are its fields. The layout is what the GE reads and writes the register through,
 * so no field is sliced by hand.
 */
public record Register<T extends Record>(String name, int offset, Access access, long reset, String description,
    Class<T> layout) {
  /** How software accesses a register. */
  public enum Access {
    /** Read-write storage; the GE uses its value. */
    RW,
    /** Read-only status from the GE; a write is an error. */
    RO,
    /** Status bits the GE sets; writing a one clears the bit. */
    W1C,
    /** A command: a write makes a one-cycle pulse with the data; reads return zero. */
    WO
  }

  /** Bits {@code hi..lo} of a register, named in the document's spelling (rank_m1_first). */
  public record Field(String name, int hi, int lo, String description) {
    int width() {
      return hi - lo + 1;
    }
  }

  public Register {
    fieldsOf(name, layout);
  }

  /** The fields in the layout's order; none for a {@link RegisterMap.Word}, which is one plain value. */
  public List<Field> fields() {
    return layout == RegisterMap.Word.class ? List.of() : fieldsOf(name, layout);
  }

  /** The layout as hardware types: the shape of a port that carries the register's fields. */
  public T type() {
    RecordComponent[] components = layout.getRecordComponents();
    List<Field> fields = fieldsOf(name, layout);
    Object[] types = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = typeOf(components[i], fields.get(i));
    }
    return construct(types);
  }

  /** The fields of a word laid out as this register is. */
  public T fields(UInt word) {
    RecordComponent[] components = layout.getRecordComponents();
    List<Field> fields = fieldsOf(name, layout);
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Field f = fields.get(i);
      values[i] = switch (typeOf(components[i], f)) {
        case Bool b -> word.bit(f.lo());
        case HwEnum<?> e -> unpack(word.slice(f.hi(), f.lo()), e);
        default -> word.slice(f.hi(), f.lo());
      };
    }
    return construct(values);
  }

  /** The 32-bit word of these field values: unused bits are 0, and a narrower number is zero-extended. */
  public UInt word(T value) {
    RecordComponent[] components = layout.getRecordComponents();
    List<Field> fields = fieldsOf(name, layout);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> fields.get(i).lo()).reversed());
    List<Signal<?>> parts = new ArrayList<>();
    int top = RegisterMap.DATA_BITS;
    for (int i : order) {
      Field f = fields.get(i);
      if (top > f.hi() + 1) {
        parts.add(lit(0, top - f.hi() - 1));
      }
      parts.add(fit(f, (Signal<?>) get(components[i], value)));
      top = f.lo();
    }
    if (top > 0) {
      parts.add(lit(0, top));
    }
    return cat(parts.toArray(Signal<?>[]::new));
  }

  private Signal<?> fit(Field f, Signal<?> part) {
    if (part.width() == f.width()) {
      return part;
    }
    if (part instanceof UInt u && u.width() < f.width()) {
      return u.extend(f.width());
    }
    throw new IllegalArgumentException("register " + name + " field " + f.name() + " is " + f.width() + " bits wide"
        + ", not " + part.width() + ": " + part);
  }

  private static Signal<?> typeOf(RecordComponent c, Field f) {
    Class<?> type = c.getType();
    if (type == Bool.class) {
      return bool();
    }
    if (type == UInt.class) {
      return uint(f.width());
    }
    if (type == HwEnum.class && c.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> e && e.isEnum()) {
      return enumOf(e.asSubclass(Enum.class));
    }
    throw new IllegalStateException("field " + c.getName() + " of " + c.getDeclaringRecord().getSimpleName()
        + " is a " + c.getGenericType().getTypeName() + ": a register field is a Bool, a UInt or a HwEnum");
  }

  /** Reads the {@link At} of every component and checks that the fields fit the word side by side. */
  private static List<Field> fieldsOf(String register, Class<? extends Record> layout) {
    List<Field> fields = new ArrayList<>();
    long used = 0;
    for (RecordComponent c : layout.getRecordComponents()) {
      At at = c.getAnnotation(At.class);
      String where = "register " + register + " field " + c.getName();
      if (at == null) {
        throw new IllegalStateException(where + " has no @At(lo = ...) to place it");
      }
      int hi = at.hi() < 0 ? at.lo() : at.hi();
      if (at.lo() < 0 || hi < at.lo() || hi >= RegisterMap.DATA_BITS) {
        throw new IllegalStateException(where + " at bits " + hi + ":" + at.lo() + " is outside the 32-bit word");
      }
      long mask = (-1L >>> (63 - hi)) & (-1L << at.lo());
      if ((used & mask) != 0) {
        throw new IllegalStateException(where + " at bits " + hi + ":" + at.lo() + " overlaps another field");
      }
      used |= mask;
      Field f = new Field(snakeCase(c.getName()), hi, at.lo(), at.doc());
      Signal<?> type = typeOf(c, f);
      if (!(type instanceof UInt) && type.width() != f.width()) {
        throw new IllegalStateException(where + " is " + type.width() + " bit" + (type.width() == 1 ? "" : "s")
            + " wide (" + c.getGenericType().getTypeName().replaceAll("[\\w.]+\\.", "") + "), placed on " + f.width()
            + " bits");
      }
      fields.add(f);
    }
    return fields;
  }

  private static String snakeCase(String javaName) {
    StringBuilder s = new StringBuilder();
    for (char ch : javaName.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        s.append('_').append(Character.toLowerCase(ch));
      } else {
        s.append(ch);
      }
    }
    return s.toString();
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }

  private T construct(Object[] values) {
    Class<?>[] types = new Class<?>[values.length];
    RecordComponent[] components = layout.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      Constructor<T> constructor = layout.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + layout.getSimpleName() + " for register " + name, e);
    }
  }
}
