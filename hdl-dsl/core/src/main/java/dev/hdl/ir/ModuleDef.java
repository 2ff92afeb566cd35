package dev.hdl.ir;

import dev.hdl.source.SourceLoc;
import java.util.List;

/**
 * A module after elaboration: an immutable netlist plus the statement tree that drives it.
 *
 * @param javaClass the Java class that described it
 * @param ports node ids of inputs and outputs, in declaration order
 * @param blackBox non-null for an external Verilog module
 */
public record ModuleDef(
    String name,
    String javaClass,
    List<Node> nodes,
    List<Integer> ports,
    List<Domain> domains,
    List<Memory> memories,
    List<Instance> instances,
    List<Stmt> body,
    BlackBoxInfo blackBox,
    SourceLoc loc) {

  public ModuleDef {
    nodes = List.copyOf(nodes);
    ports = List.copyOf(ports);
    domains = List.copyOf(domains);
    memories = List.copyOf(memories);
    instances = List.copyOf(instances);
    body = List.copyOf(body);
  }

  public ModuleDef withName(String newName) {
    return new ModuleDef(newName, javaClass, nodes, ports, domains, memories, instances, body, blackBox, loc);
  }

  public Node node(int id) {
    return nodes.get(id);
  }

  /**
   * What an external Verilog module needs.
   *
   * @param parameters Verilog parameters set on each instance, in order
   * @param verilogFile the file that defines it, listed in the file list
   */
  public record BlackBoxInfo(List<Parameter> parameters, String verilogFile) {
    public BlackBoxInfo {
      parameters = List.copyOf(parameters);
    }
  }

  /** A Verilog parameter of a black box and the value every instance sets it to. */
  public record Parameter(String name, String value) {}
}
