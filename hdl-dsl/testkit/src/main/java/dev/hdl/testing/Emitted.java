package dev.hdl.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.verilog.VerilogOutput;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A design elaborated and emitted, with assertions on its Verilog text. Lines are compared
 * without their {@code // File.java:line} locators, so a test does not break when the design's
 * source moves by a line, and with their indentation relative to the first expected line
 * (preprocessor lines, which the emitter keeps in column 0, compare as they are).
 */
public record Emitted(Design design, VerilogOutput output) {
  private static final Pattern LOCATOR = Pattern.compile("\\s*// [\\w$]+\\.java:\\d+$");

  public static Emitted of(Supplier<? extends Component> top) {
    Design design = Elaboration.elaborate(top);
    return new Emitted(design, VerilogOutput.of(design));
  }

  /** The text of one emitted module file. */
  public String module(String name) {
    return output.module(name);
  }

  /** Asserts that {@code expected}'s lines appear in {@code module}, consecutive and in order. */
  public void assertLines(String module, String expected) {
    List<String> actual = module(module).lines().map(Emitted::withoutLocator).toList();
    List<String> want = expected.stripTrailing().lines().toList();
    for (int start = 0; start + want.size() <= actual.size(); start++) {
      if (matchesAt(actual, start, want)) {
        return;
      }
    }
    fail("module " + module + " lacks the lines\n" + expected + "\nIt reads:\n" + module(module));
  }

  /** Asserts that some line of {@code module}, without its locator, matches {@code regex} in full. */
  public void assertLineMatches(String module, String regex) {
    Pattern p = Pattern.compile(regex);
    if (module(module).lines().map(Emitted::withoutLocator).map(String::strip).noneMatch(l -> p.matcher(l).matches())) {
      fail("module " + module + " has no line matching\n" + regex + "\nIt reads:\n" + module(module));
    }
  }

  /** Asserts that no line of {@code module} contains {@code fragment}. */
  public void assertNoLineContains(String module, String fragment) {
    for (String line : module(module).lines().toList()) {
      if (line.contains(fragment)) {
        fail("module " + module + " should not contain '" + fragment + "' but has\n" + line + "\nIt reads:\n"
            + module(module));
      }
    }
  }

  /** Asserts that Verilator, Icarus and Yosys accept the whole design. */
  public void assertAcceptedByAll() {
    VerilogTools.assertAcceptedByAll(output, design.top());
  }

  /** As {@link #assertAcceptedByAll()}, with external Verilog files (name to text) the design's black boxes need. */
  public void assertAcceptedByAll(Map<String, String> externalFiles) {
    VerilogTools.assertAcceptedByAll(output, design.top(), externalFiles);
  }

  /** Asserts that a formal flow sees exactly these numbers of assertions, assumptions and covers. */
  public void assertFormalChecks(int asserts, int assumes, int covers) {
    VerilogTools.assertFormalChecks(output, design.top(), asserts, assumes, covers);
  }

  private static String withoutLocator(String line) {
    return LOCATOR.matcher(line).replaceFirst("").stripTrailing();
  }

  private static boolean matchesAt(List<String> actual, int start, List<String> want) {
    int first = indexOfIndented(want);
    String anchor = actual.get(start + first);
    int extra = indent(anchor) - indent(want.get(first));
    if (!anchor.strip().equals(want.get(first).strip()) || extra < 0) {
      return false;
    }
    String pad = " ".repeat(extra);
    for (int i = 0; i < want.size(); i++) {
      String w = want.get(i);
      String a = actual.get(start + i);
      // Preprocessor lines stay in column 0 whatever the indentation around them.
      String expected = w.isBlank() || w.startsWith("`") ? w : pad + w;
      if (!(w.isBlank() ? a.isBlank() : a.equals(expected))) {
        return false;
      }
    }
    return true;
  }

  /** The first expected line that is indented with the code (not a preprocessor line), or 0. */
  private static int indexOfIndented(List<String> want) {
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).startsWith("`") && !want.get(i).isBlank()) {
        return i;
      }
    }
    return 0;
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }
}
