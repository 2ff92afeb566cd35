package dev.hdl.naming;

/**
 * What the bytecode after a constructing call does with its result.
 *
 * @param name the Java name (local, field or container variable); for a returned value, the
 *     suffix the caller's name takes ({@code _addr} for a record component); for a local that is
 *     returned, the local's name; else null
 * @param javaPath {@code Class.method.local} or {@code Class.field}; for a returned value, the
 *     suffix of the caller's path; else null
 */
public record NameHint(Kind kind, String name, String javaPath) {
  public static final NameHint NONE = new NameHint(Kind.NONE, null, null);
  static final NameHint RETURNED = new NameHint(Kind.RETURNED, "", "");
  private static final NameHint RETURNED_ELEMENT = new NameHint(Kind.RETURNED_ELEMENT, null, null);

  public enum Kind {
    /** Stored into a local variable or a field: the value takes that name. */
    VARIABLE,
    /** Stored into an array element or added to a list: the value takes the name plus an index. */
    ELEMENT,
    /** Returned to the caller: the caller's store decides, with this hint's suffix. */
    RETURNED,
    /** Returned to the caller as an element of what it returns: an element of the caller's store. */
    RETURNED_ELEMENT,
    /** Stored into a local that the method returns: the caller's name, or the local's if the caller keeps none. */
    RETURNED_LOCAL,
    /** Used in an expression: the value is a temporary. */
    NONE
  }

  /** The hint of a value stored into the local that {@code local} names and returned from it. */
  static NameHint returnedFrom(NameHint local) {
    return local.kind == Kind.VARIABLE ? new NameHint(Kind.RETURNED_LOCAL, local.name, local.javaPath) : local;
  }

  boolean returned() {
    return kind == Kind.RETURNED || kind == Kind.RETURNED_ELEMENT || kind == Kind.RETURNED_LOCAL;
  }

  /** The name of a returned value that no caller keeps: its helper's local, if it had one. */
  NameHint unkept() {
    return kind == Kind.RETURNED_LOCAL ? asLocal() : NONE;
  }

  private NameHint asLocal() {
    return new NameHint(Kind.VARIABLE, name, javaPath);
  }

  /** The hint of a component of the record that this hint names. */
  NameHint member(String component) {
    return suffixed("_" + component, "." + component);
  }

  /** The hint of the element at {@code index} of the array or list that this hint names. */
  NameHint element(int index) {
    // Below an element numbered as it came, the elements are numbered on in the same sequence.
    return kind == Kind.ELEMENT ? this : suffixed("_" + index, "." + index);
  }

  /** The hint of an element, at an index only known when it is bound, of the container this names. */
  NameHint element() {
    return switch (kind) {
      case VARIABLE -> new NameHint(Kind.ELEMENT, name, javaPath);
      case ELEMENT -> this;
      case RETURNED -> name.isEmpty() ? RETURNED_ELEMENT : NONE;
      case RETURNED_LOCAL -> new NameHint(Kind.ELEMENT, name, javaPath);
      case RETURNED_ELEMENT, NONE -> NONE;
    };
  }

  /** Where a returned value ends up, given the hint of the caller's use of the call's result. */
  NameHint resolve(NameHint caller) {
    return switch (kind) {
      case RETURNED -> name.isEmpty() ? caller : caller.suffixed(name, javaPath);
      case RETURNED_ELEMENT -> caller.element();
      case RETURNED_LOCAL -> switch (caller.kind) {
        case NONE -> asLocal();
        // Returned on up unchanged: a caller further up may still keep it.
        case RETURNED -> caller.name.isEmpty() ? this : caller;
        case VARIABLE, ELEMENT, RETURNED_ELEMENT, RETURNED_LOCAL -> caller;
      };
      case VARIABLE, ELEMENT, NONE -> this;
    };
  }

  private NameHint suffixed(String nameSuffix, String pathSuffix) {
    return switch (kind) {
      case VARIABLE, RETURNED -> new NameHint(kind, name + nameSuffix, javaPath + pathSuffix);
      // A part of a returned local keeps the local's name: the caller's is not known here.
      case RETURNED_LOCAL -> asLocal().suffixed(nameSuffix, pathSuffix);
      // Elements are numbered when they are bound; a part of one has no number to go after.
      case ELEMENT, RETURNED_ELEMENT, NONE -> NONE;
    };
  }
}
