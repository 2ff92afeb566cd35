package dev.hdl.ir;

import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.List;

/**
 * The whole design as one netlist: every instance's nodes with global ids, ports of inner
 * modules turned into aliases. Simulators and whole-design checks read this.
 */
public record FlatNetlist(
    List<FlatNode> nodes,
    List<FlatMemory> memories,
    List<FlatDomain> domains,
    List<FlatWrite> writes,
    List<FlatCheck> checks,
    List<Integer> inputs,
    List<Integer> outputs) {

  public FlatNetlist {
    nodes = List.copyOf(nodes);
    memories = List.copyOf(memories);
    domains = List.copyOf(domains);
    writes = List.copyOf(writes);
    checks = List.copyOf(checks);
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  public enum Kind {
    /** A top-level input. */
    INPUT,
    CONST,
    OP,
    /** A wire, port or instance connection: the value of {@code args[0]}. */
    ALIAS,
    /** State: takes {@code args[0]} on its domain's clock edge. */
    REG,
    /** A memory read port: {@code args[0]} is the address, {@code args[1]} the enable if registered. */
    MEM_READ,
    /** An output of a black box: a value the netlist cannot see into. */
    OPAQUE
  }

  /**
   * A module-level node placed in the design. What it computes is its {@code source}'s: the
   * accessors below read the operator, widths and values from there.
   *
   * @param args global ids of what it reads: an operator's operands, an alias's or register's
   *     driver, a memory read's address and then its enable
   * @param domain index in {@link FlatNetlist#domains()} for a register or registered read, else -1
   * @param memory index in {@link FlatNetlist#memories()} for a memory read, else -1
   * @param path hierarchical name ({@code top.u_child.sum}), or null for unnamed temporaries
   * @param source the module-level node it came from
   * @param assignedAt the lines whose assignments drive it; empty for nodes that are not assigned
   */
  public record FlatNode(
      int id,
      Kind kind,
      List<Integer> args,
      int domain,
      int memory,
      String path,
      Node source,
      List<SourceLoc> assignedAt) {

    public FlatNode {
      args = List.copyOf(args);
      assignedAt = List.copyOf(assignedAt);
    }

    public int width() {
      return source.width();
    }

    public boolean signed() {
      return source.signed();
    }

    /** The operator of an {@link Kind#OP} node, else null. */
    public Op op() {
      return source instanceof Node.Operation o ? o.op() : null;
    }

    /** The source operator's node, for its constant shift amount and slice bounds. */
    public Node.Operation operation() {
      if (source instanceof Node.Operation o) {
        return o;
      }
      throw new IllegalStateException(describe() + " is not an operator");
    }

    /** A constant's value, or a register's reset value (null: none); null for other nodes. */
    public BigInteger value() {
      return switch (source) {
        case Node.Const c -> c.value();
        case Node.Reg r -> r.resetValue();
        case Node.Input n -> null;
        case Node.Output n -> null;
        case Node.Wire n -> null;
        case Node.Operation n -> null;
        case Node.MemRead n -> null;
        case Node.InstanceInput n -> null;
        case Node.InstanceOutput n -> null;
      };
    }

    /** A register's part in a clock-domain crossing; NONE for every other node. */
    public Node.Reg.Crossing crossing() {
      return source instanceof Node.Reg r ? r.crossing() : Node.Reg.Crossing.NONE;
    }

    public SourceLoc loc() {
      return source.loc();
    }

    /** For messages: the path, or the operator of an unnamed temporary. */
    public String label() {
      return path != null ? path : op() != null ? op().word() : kind.name().toLowerCase();
    }

    /** For messages: the label and the user's line. */
    public String describe() {
      return label() + " (" + loc() + ")";
    }
  }

  public record FlatMemory(String path, Memory memory, int domain) {}

  /**
   * @param clock id of the clock's root node (a top-level input)
   * @param reset id of the reset's root node, or -1
   */
  public record FlatDomain(String name, int clock, int reset, boolean asyncReset, boolean resetActiveLow) {}

  public record FlatWrite(int memory, int enable, int addr, int data, int mask, int domain, SourceLoc loc) {}

  public record FlatCheck(Stmt.CheckKind kind, int enable, int cond, String message, int domain, SourceLoc loc) {}
}
