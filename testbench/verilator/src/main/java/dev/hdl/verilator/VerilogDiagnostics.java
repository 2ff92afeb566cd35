package dev.hdl.verilator;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Verilator's messages about the emitted Verilog into messages about the user's Java: each
 * {@code File.v:line} is followed by that Verilog line and the {@code // File.java:line} locator
 * the emitter put on it. A position in a black box's file is followed by the path it was read
 * from, that line, and the black box that names the file.
 */
final class VerilogDiagnostics {
  /** A file Verilator was given, as it names it: emitted {@code Name.v}, or a black box's relative path. */
  private static final Pattern POSITION = Pattern.compile("((?:[\\w$.+-]+/)*[\\w$.+-]*\\.s?vh?):(\\d+)");
  private static final Pattern LOCATOR = Pattern.compile("//\\s*([\\w$.-]+\\.java:\\d+)");

  private VerilogDiagnostics() {}

  /** The Verilator output, its error and warning lines annotated. */
  static String annotate(String output, Map<String, String> verilog) {
    return annotate(output, verilog, Map.of());
  }

  /** As {@link #annotate(String, Map)}, some of the files being black boxes' files read from disk. */
  static String annotate(String output, Map<String, String> verilog, Map<String, BlackBoxFiles.Source> blackBoxes) {
    StringBuilder out = new StringBuilder();
    for (String line : output.lines().toList()) {
      if (!line.startsWith("%Error") && !line.startsWith("%Warning")) {
        continue;
      }
      out.append(line).append('\n');
      Matcher m = POSITION.matcher(line);
      if (m.find()) {
        String text = line(verilog, m.group(1), Integer.parseInt(m.group(2)));
        BlackBoxFiles.Source blackBox = blackBoxes.get(m.group(1));
        if (blackBox != null) {
          out.append("    ").append(blackBox.resolved()).append(':').append(m.group(2)).append(": ")
              .append(text == null ? "(no such line)" : text.strip()).append('\n');
          out.append("    in the file of ").append(blackBox.blackBox()).append(", declared at ")
              .append(blackBox.declared()).append('\n');
        } else if (text != null) {
          out.append("    ").append(m.group(1)).append(':').append(m.group(2)).append(": ").append(text.strip())
              .append('\n');
          String java = locator(text);
          if (java != null) {
            out.append("    described at ").append(java).append('\n');
          }
        }
      }
    }
    return out.length() == 0 ? output : out.toString();
  }

  /** Line {@code number} (1-based) of a Verilog file, or null. */
  static String line(Map<String, String> verilog, String file, int number) {
    String text = verilog.get(file);
    if (text == null || number < 1) {
      return null;
    }
    return text.lines().skip(number - 1L).findFirst().orElse(null);
  }

  /** The {@code File.java:line} a Verilog line carries, or null. */
  static String locator(String verilogLine) {
    Matcher m = LOCATOR.matcher(verilogLine);
    return m.find() ? m.group(1) : null;
  }
}
