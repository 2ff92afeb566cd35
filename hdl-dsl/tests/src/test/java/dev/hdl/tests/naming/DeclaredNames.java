package dev.hdl.tests.naming;

import dev.hdl.ir.Design;
import dev.hdl.ir.Instance;
import dev.hdl.ir.Memory;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.verilog.VerilogOutput;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The names a module gives its signals, instances and memories, read from the IR and kept only
 * when they also appear as identifiers in the module's emitted Verilog; for each, whether the
 * name was bound from Java (it has a Java path) or derived or chosen explicitly.
 */
final class DeclaredNames {
  private final Map<String, Boolean> fromJava = new HashMap<>();

  private DeclaredNames() {}

  static DeclaredNames of(Design design, String module) {
    ModuleDef def = design.module(module);
    String verilog = VerilogOutput.of(design).module(module);
    DeclaredNames names = new DeclaredNames();
    for (Node n : def.nodes()) {
      names.add(n.name(), n.javaPath());
    }
    for (Instance i : def.instances()) {
      names.add(i.name(), i.javaPath());
    }
    for (Memory m : def.memories()) {
      names.add(m.name(), m.javaPath());
    }
    names.fromJava.keySet().removeIf(name -> !inVerilog(verilog, name));
    return names;
  }

  private void add(String name, String javaPath) {
    if (name != null) {
      fromJava.put(name, javaPath != null);
    }
  }

  boolean has(String name) {
    return fromJava.containsKey(name);
  }

  /** Whether {@code name} is declared and was bound from a Java variable, field or component. */
  boolean boundFromJava(String name) {
    return fromJava.getOrDefault(name, false);
  }

  private static boolean inVerilog(String verilog, String name) {
    return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(verilog).find();
  }

  @Override
  public String toString() {
    return new TreeMap<>(fromJava).toString();
  }
}
