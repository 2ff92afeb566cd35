package dev.hdl.ir;

import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.List;

/**
 * One node of a module's netlist: a declared signal, a constant, an operator, a memory read port
 * or the parent's side of a child instance's port. Each kind has its own fields; these are the
 * ones every kind has.
 */
public sealed interface Node {
  /** Index in {@link ModuleDef#nodes()}. */
  int id();

  /** Verilog name for declared nodes and named expressions; null for unnamed constants. */
  String name();

  /**
   * Where the name came from in Java ({@code Class.method.local}, {@code Class.field}), or null
   * when it was derived from context.
   */
  String javaPath();

  int width();

  boolean signed();

  /** The Java enum whose constants encode this node's values, or null. */
  EnumType enumType();

  SourceLoc loc();

  /** A top-level or module input port. */
  record Input(int id, String name, String javaPath, int width, boolean signed, EnumType enumType, SourceLoc loc)
      implements Node {}

  record Output(int id, String name, String javaPath, int width, boolean signed, EnumType enumType, SourceLoc loc)
      implements Node {}

  record Wire(int id, String name, String javaPath, int width, boolean signed, EnumType enumType, SourceLoc loc)
      implements Node {}

  /**
   * State, clocked in a domain.
   *
   * @param domain clock domain index
   * @param resetValue the value on reset, or null for a register without one
   * @param enable the node that lets it take its next value, or -1 for always
   * @param crossing its part in a clock-domain crossing
   */
  record Reg(
      int id,
      String name,
      String javaPath,
      int width,
      boolean signed,
      EnumType enumType,
      int domain,
      BigInteger resetValue,
      int enable,
      Crossing crossing,
      SourceLoc loc)
      implements Node {

    /** A register's part in a clock-domain crossing. */
    public enum Crossing {
      NONE,
      /** The first register of a synchronizer: it may sample another clock domain. */
      SYNCHRONIZER_STAGE,
      /** Changes at most one bit per clock edge, so a bit-wise synchronizer may carry it across. */
      GRAY_CODED
    }

    public Reg withResetValue(BigInteger value) {
      return new Reg(id, name, javaPath, width, signed, enumType, domain, value, enable, crossing, loc);
    }

    public Reg withEnable(int enableNode) {
      return new Reg(id, name, javaPath, width, signed, enumType, domain, resetValue, enableNode, crossing, loc);
    }

    public Reg withCrossing(Crossing role) {
      return new Reg(id, name, javaPath, width, signed, enumType, domain, resetValue, enable, role, loc);
    }
  }

  record Const(
      int id, String name, String javaPath, int width, boolean signed, EnumType enumType, BigInteger value,
      SourceLoc loc)
      implements Node {}

  /**
   * An operator on the nodes {@code args}.
   *
   * @param shift the constant amount of {@link Op#SHL} and {@link Op#SHR}, else 0
   * @param hi the highest bit {@link Op#SLICE} takes, else 0
   * @param lo the lowest bit {@link Op#SLICE} takes, else 0
   */
  record Operation(
      int id,
      String name,
      String javaPath,
      int width,
      boolean signed,
      Op op,
      List<Integer> args,
      int shift,
      int hi,
      int lo,
      SourceLoc loc)
      implements Node {

    public Operation {
      args = List.copyOf(args);
    }

    public int arg(int i) {
      return args.get(i);
    }

    /** Operator results take no enum type: only declared nodes and constants carry one. */
    @Override
    public EnumType enumType() {
      return null;
    }
  }

  /**
   * A read port of memory {@code memory}: asynchronous (domain -1) or registered in its domain.
   *
   * @param enable the node that lets a registered read take a new word, or -1 for always
   */
  record MemRead(
      int id,
      String name,
      String javaPath,
      int width,
      boolean signed,
      EnumType enumType,
      int memory,
      int domain,
      int address,
      int enable,
      SourceLoc loc)
      implements Node {}

  /** The parent's side of input {@code port} of instance {@code instance}; driven by the parent. */
  record InstanceInput(
      int id, String name, String javaPath, int width, boolean signed, EnumType enumType, int instance, String port,
      SourceLoc loc)
      implements Node {}

  /** The parent's side of output {@code port} of instance {@code instance}; read by the parent. */
  record InstanceOutput(
      int id, String name, String javaPath, int width, boolean signed, EnumType enumType, int instance, String port,
      SourceLoc loc)
      implements Node {}

  /** This node under another name. */
  default Node named(String newName, String newJavaPath) {
    return switch (this) {
      case Input n -> new Input(n.id, newName, newJavaPath, n.width, n.signed, n.enumType, n.loc);
      case Output n -> new Output(n.id, newName, newJavaPath, n.width, n.signed, n.enumType, n.loc);
      case Wire n -> new Wire(n.id, newName, newJavaPath, n.width, n.signed, n.enumType, n.loc);
      case Reg n -> new Reg(n.id, newName, newJavaPath, n.width, n.signed, n.enumType, n.domain, n.resetValue,
          n.enable, n.crossing, n.loc);
      case Const n -> new Const(n.id, newName, newJavaPath, n.width, n.signed, n.enumType, n.value, n.loc);
      case Operation n -> new Operation(n.id, newName, newJavaPath, n.width, n.signed, n.op, n.args, n.shift, n.hi,
          n.lo, n.loc);
      case MemRead n -> new MemRead(n.id, newName, newJavaPath, n.width, n.signed, n.enumType, n.memory, n.domain,
          n.address, n.enable, n.loc);
      case InstanceInput n -> new InstanceInput(n.id, newName, newJavaPath, n.width, n.signed, n.enumType,
          n.instance, n.port, n.loc);
      case InstanceOutput n -> new InstanceOutput(n.id, newName, newJavaPath, n.width, n.signed, n.enumType,
          n.instance, n.port, n.loc);
    };
  }

  /** Whether statements may drive this node. */
  default boolean isDriven() {
    return this instanceof Output || this instanceof Wire || this instanceof Reg || this instanceof InstanceInput;
  }

  /** The kind of node in words, for messages and for names of unnamed nodes. */
  default String kindWord() {
    return switch (this) {
      case Input n -> "input";
      case Output n -> "output";
      case Wire n -> "wire";
      case Reg n -> "reg";
      case Const n -> "const";
      case Operation n -> "op";
      case MemRead n -> "mem_read";
      case InstanceInput n -> "instance_input";
      case InstanceOutput n -> "instance_output";
    };
  }

  /** A human-readable description for error messages: kind, name and where it was made. */
  default String describe() {
    String what =
        switch (this) {
          case Input n -> "input";
          case Output n -> "output";
          case Wire n -> "wire";
          case Reg n -> "register";
          case Const n -> "constant";
          case Operation n -> n.op().word();
          case MemRead n -> "memory read";
          case InstanceInput n -> "instance input";
          case InstanceOutput n -> "instance output";
        };
    return what + " '" + (name() == null ? "?" : name()) + "' (" + loc() + ")";
  }
}
