package dev.hdl.ir;

/** What a netlist node is: a declared signal, an operator, or one side of an instance port. */
public enum NodeKind {
  INPUT,
  OUTPUT,
  WIRE,
  REG,
  CONST,
  OP,
  /** A memory read port: asynchronous (domain -1) or registered in its domain. */
  MEM_READ,
  /** The parent's side of a child instance's input port; driven by the parent. */
  INSTANCE_INPUT,
  /** The parent's side of a child instance's output port; read by the parent. */
  INSTANCE_OUTPUT;

  /** Whether statements may drive a node of this kind. */
  public boolean isDriven() {
    return this == OUTPUT || this == WIRE || this == REG || this == INSTANCE_INPUT;
  }

  /** Whether the node is a named declaration rather than an expression. */
  public boolean isDeclared() {
    return this != CONST && this != OP;
  }
}
