package dev.hdl.ir;

import java.util.List;

/**
 * An elaborated, checked design: every module once, children before parents, top last, and the
 * netlist that elaboration flattened them into for its checks, which simulators read.
 */
public record Design(String top, List<ModuleDef> modules, FlatNetlist netlist) {
  public Design {
    modules = List.copyOf(modules);
  }

  public ModuleDef module(String name) {
    for (ModuleDef m : modules) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no module " + name);
  }

  public ModuleDef topModule() {
    return module(top);
  }
}
