package dev.hdl.ir;

import java.util.List;

/** An elaborated, checked design: every module once, children before parents, top last. */
public record Design(String top, List<ModuleDef> modules) {

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
