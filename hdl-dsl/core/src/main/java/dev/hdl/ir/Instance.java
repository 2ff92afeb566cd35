package dev.hdl.ir;

import dev.hdl.source.SourceLoc;
import java.util.List;

/**
 * A child module instance.
 *
 * @param ports for each port of the child, the parent-side node (INSTANCE_INPUT/OUTPUT)
 */
public record Instance(String name, String javaPath, String module, List<PortBinding> ports, SourceLoc loc) {
  public Instance {
    ports = List.copyOf(ports);
  }

  public record PortBinding(String port, int node) {}
}
