package dev.hdl.verilog;

import dev.hdl.ir.Design;
import dev.hdl.ir.Instance;
import dev.hdl.ir.Memory;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Verilog of a design: one file per module, a file list in dependency order ({@value
 * #FILE_LIST}) and a name map from Java paths to Verilog names ({@value #NAME_MAP}): per module,
 * each Java path with the list of names it gave, in the order they were made.
 */
public final class VerilogOutput {
  public static final String FILE_LIST = "files.f";
  public static final String NAME_MAP = "names.json";

  private final Map<String, String> files;

  private VerilogOutput(Map<String, String> files) {
    this.files = files;
  }

  public static VerilogOutput of(Design design) {
    return of(List.of(design));
  }

  /**
   * Several designs in one directory, with one file list and one name map: a module that more than
   * one of them has is written once, and must be the same in each.
   */
  public static VerilogOutput of(List<Design> designs) {
    Map<String, String> files = new LinkedHashMap<>();
    List<String> list = new ArrayList<>();
    List<ModuleDef> named = new ArrayList<>();
    for (Design design : designs) {
      for (ModuleDef m : design.modules()) {
        if (m.blackBox() != null) {
          // One vendor file may define several black boxes: a tool reading it twice sees each module twice.
          if (!list.contains(m.blackBox().verilogFile())) {
            list.add(m.blackBox().verilogFile());
          }
          continue;
        }
        String file = m.name() + ".v";
        String text = ModuleEmitter.emit(design, m);
        String earlier = files.putIfAbsent(file, text);
        if (earlier == null) {
          list.add(file);
          named.add(m);
        } else if (!earlier.equals(text)) {
          throw new IllegalArgumentException("designs " + designs.stream().map(Design::top).toList()
              + " have different modules named " + m.name() + ": give one of them its own moduleName()");
        }
      }
    }
    files.put(FILE_LIST, String.join("\n", list) + "\n");
    files.put(NAME_MAP, nameMap(named));
    return new VerilogOutput(files);
  }

  /** File name to content, modules in dependency order, then the file list and the name map. */
  public Map<String, String> files() {
    return java.util.Collections.unmodifiableMap(files);
  }

  public String module(String name) {
    String text = files.get(name + ".v");
    if (text == null) {
      throw new IllegalArgumentException("no module " + name + " in this design");
    }
    return text;
  }

  /** Writes every file into {@code dir}, and removes Verilog files there that this design no longer has. */
  public void writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.toList()) {
          if (p.getFileName().toString().endsWith(".v") && !files.containsKey(p.getFileName().toString())) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Verilog into " + dir, e);
    }
  }

  private static String nameMap(List<ModuleDef> modules) {
    StringBuilder json = new StringBuilder("{\n");
    for (int i = 0; i < modules.size(); i++) {
      ModuleDef m = modules.get(i);
      // A Java path names several signals when its code runs more than once (a loop, a helper).
      Map<String, List<String>> names = new TreeMap<>();
      for (Node n : m.nodes()) {
        if (n.javaPath() != null && n.name() != null) {
          names.computeIfAbsent(n.javaPath(), k -> new ArrayList<>()).add(n.name());
        }
      }
      for (Memory mem : m.memories()) {
        if (mem.javaPath() != null) {
          names.computeIfAbsent(mem.javaPath(), k -> new ArrayList<>()).add(mem.name());
        }
      }
      for (Instance inst : m.instances()) {
        if (inst.javaPath() != null) {
          names.computeIfAbsent(inst.javaPath(), k -> new ArrayList<>()).add(inst.name());
        }
      }
      json.append("  ").append(quote(m.name())).append(": {\n");
      json.append("    \"class\": ").append(quote(m.javaClass())).append(",\n");
      json.append("    \"names\": {");
      int k = 0;
      for (Map.Entry<String, List<String>> e : names.entrySet()) {
        json.append(k++ == 0 ? "\n" : ",\n").append("      ").append(quote(e.getKey())).append(": [")
            .append(String.join(", ", e.getValue().stream().map(VerilogOutput::quote).toList())).append(']');
      }
      json.append(names.isEmpty() ? "}\n" : "\n    }\n");
      json.append("  }").append(i + 1 < modules.size() ? "," : "").append('\n');
    }
    return json.append("}\n").toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
