package dev.hdl.pass;

import dev.hdl.ir.Node;
import dev.hdl.ir.Stmt;
import dev.hdl.source.SourceLoc;
import java.util.List;
import java.util.Map;

/**
 * A module with its statements folded into expressions.
 *
 * @param nodes the module's nodes followed by the multiplexers and conditions lowering added
 * @param driver for each of the module's own nodes: the node that drives it (a register's next
 *     value), or -1 for nodes that are not driven by statements
 * @param assignedAt for each node driven by statements, the lines that assign it, in order
 */
public record LoweredModule(
    List<Node> nodes,
    List<Integer> driver,
    Map<Integer, List<SourceLoc>> assignedAt,
    List<MemWrite> writes,
    List<Check> checks) {

  public LoweredModule {
    nodes = List.copyOf(nodes);
    driver = List.copyOf(driver);
    assignedAt = Map.copyOf(assignedAt);
    writes = List.copyOf(writes);
    checks = List.copyOf(checks);
  }

  /** A memory write port: writes {@code data} at {@code addr} on the clock edge when {@code enable}. */
  public record MemWrite(int memory, int enable, int addr, int data, int mask, SourceLoc loc) {}

  /** A check whose condition is sampled on the clock edge when {@code enable}. */
  public record Check(Stmt.CheckKind kind, int enable, int cond, String message, int domain, SourceLoc loc) {}
}
