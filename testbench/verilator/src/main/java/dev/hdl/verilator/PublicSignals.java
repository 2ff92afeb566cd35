package dev.hdl.verilator;

import dev.hdl.ir.Design;
import dev.hdl.ir.Memory;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.sim.Visibility;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Verilator configuration file that makes public exactly the signals a simulation reaches by
 * name ({@link Visibility}): every module's ports, registers and memories, and the exposed
 * signals. Everything else stays private, so Verilator keeps its optimisations on it.
 */
final class PublicSignals {
  static final String FILE = "public.vlt";

  private PublicSignals() {}

  static String config(Design design, Visibility visibility) {
    Set<String> lines = new LinkedHashSet<>();
    for (ModuleDef m : design.modules()) {
      if (m.blackBox() != null) {
        continue; // its Verilog is the user's, and the netlist does not see into it
      }
      for (Node n : m.nodes()) {
        if (Visibility.byDefault(n)) {
          lines.add(line(m.name(), n.name()));
        }
      }
      for (Memory memory : m.memories()) {
        lines.add(line(m.name(), memory.name()));
      }
    }
    visibility.exposedDeclarations().forEach(d -> lines.add(line(d.module(), d.name())));
    return "`verilator_config\n" + String.join("", lines);
  }

  private static String line(String module, String name) {
    return "public_flat_rw -module \"" + module + "\" -var \"" + name + "\"\n";
  }
}
