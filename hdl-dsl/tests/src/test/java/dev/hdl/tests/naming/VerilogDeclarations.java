package dev.hdl.tests.naming;

import dev.hdl.verilog.VerilogOutput;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The names a design's emitted Verilog declares: ports, wires, regs, memories and instances, per module. */
final class VerilogDeclarations {
  private static final List<Pattern> DECLARATIONS = List.of(
      Pattern.compile("^\\s*(?:input|output)\\s+(?:wire|reg)\\s+(?:\\[[^]]*]\\s*)?(\\w+)"),
      Pattern.compile("^\\s*(?:wire|reg)\\s+(?:\\[[^]]*]\\s*)?(\\w+)"),
      Pattern.compile("^\\s*\\w+\\s*(?:#\\(.*\\))?\\s+(\\w+) \\( //"));

  private VerilogDeclarations() {}

  /** Module name to the sorted names declared in it. */
  static Map<String, TreeSet<String>> of(VerilogOutput out) {
    return out.files().entrySet().stream()
        .filter(f -> f.getKey().endsWith(".v"))
        .collect(Collectors.toMap(f -> f.getKey().substring(0, f.getKey().length() - 2), f -> names(f.getValue())));
  }

  private static TreeSet<String> names(String verilog) {
    TreeSet<String> names = new TreeSet<>();
    for (String line : verilog.split("\n")) {
      for (Pattern p : DECLARATIONS) {
        Matcher m = p.matcher(line);
        if (m.find()) {
          names.add(m.group(1));
          break;
        }
      }
    }
    return names;
  }
}
