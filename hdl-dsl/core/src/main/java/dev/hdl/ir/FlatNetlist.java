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
   * @param path hierarchical name ({@code top.u_child.sum}), or null for unnamed temporaries
   * @param source the module-level node it came from
   * @param assignedAt the lines whose assignments drive it; empty for nodes that are not assigned
   */
  public record FlatNode(
      int id,
      Kind kind,
      Op op,
      int width,
      boolean signed,
      int[] args,
      int param0,
      int param1,
      BigInteger value,
      int domain,
      int memory,
      boolean synchronizerStage,
      String path,
      Node source,
      List<SourceLoc> assignedAt) {

    public SourceLoc loc() {
      return source.loc();
    }

    /** For messages: the path, or the operator of an unnamed temporary. */
    public String label() {
      return path != null ? path : op != null ? op.word() : kind.name().toLowerCase();
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
