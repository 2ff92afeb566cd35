package dev.hdl.naming;

/**
 * What the bytecode after a constructing call does with its result.
 *
 * @param name the Java name (local, field or array variable), or null
 * @param javaPath {@code Class.method.local} or {@code Class.field}, or null
 */
public record NameHint(Kind kind, String name, String javaPath) {
  public static final NameHint NONE = new NameHint(Kind.NONE, null, null);
  static final NameHint RETURNED = new NameHint(Kind.RETURNED, null, null);

  public enum Kind {
    /** Stored into a local variable or a field: the value takes that name. */
    VARIABLE,
    /** Stored into an array element or added to a list: the value takes the name plus an index. */
    ELEMENT,
    /** Returned to the caller: the caller's store decides. */
    RETURNED,
    /** Used in an expression: the value is a temporary. */
    NONE
  }
}
