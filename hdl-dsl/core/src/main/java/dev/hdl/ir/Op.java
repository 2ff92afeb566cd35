package dev.hdl.ir;

/**
 * Operators of the netlist. Result widths are fixed by the front end; operands of arithmetic and
 * comparison are extended (by their own signedness) to the width the operator works at.
 */
public enum Op {
  ADD("+"),
  SUB("-"),
  MUL("*"),
  NEG("-"),
  AND("&"),
  OR("|"),
  XOR("^"),
  NOT("~"),
  /** Shift left by the constant {@link Node.Operation#shift()}, keeping the width. */
  SHL("<<"),
  /** Shift right by {@link Node.Operation#shift()}: arithmetic when the operand is signed. */
  SHR(">>"),
  /** Shift left by a signal amount, keeping the width. */
  DSHL("<<"),
  /** Shift right by a signal amount: arithmetic when the operand is signed. */
  DSHR(">>"),
  EQ("=="),
  NE("!="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  /** {@code args[0] ? args[1] : args[2]}. */
  MUX("?"),
  /** Concatenation, first argument most significant. */
  CAT("{}"),
  /** Bits {@link Node.Operation#hi()} down to {@link Node.Operation#lo()} of the operand. */
  SLICE("[]"),
  /** Zero- or sign-extension (by the operand's signedness) to the node's width. */
  EXTEND("ext"),
  /** Reinterpretation with another signedness; same bits. */
  CAST("cast"),
  AND_REDUCE("&"),
  OR_REDUCE("|"),
  XOR_REDUCE("^");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  /** The Verilog operator symbol. */
  public String symbol() {
    return symbol;
  }

  /** Lower-case name used to build names of unnamed temporaries. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
