package dev.hdl.tests.constructs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Component;
import dev.hdl.testing.Emitted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every emitted design must have, checked on the designs of the construct tests. */
class EveryDesignTest {
  private static final Pattern DECLARATION =
      Pattern.compile("^\\s*(input|output|wire|reg|localparam)\\b.*|^\\s*\\w+ (#\\(.*\\) )?\\w+ \\(( //.*)?$");
  private static final Pattern ASSIGNMENT = Pattern.compile(".* (=|<=) .*");
  private static final Pattern LOCATOR = Pattern.compile(".* // \\w+\\.java:\\d+$");
  private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"");

  static Stream<Arguments> designs() {
    return Stream.of(
        design("Operators", OperatorsTest.Operators::new),
        design("Wide", WideValuesTest.Wide::new),
        design("Registers", RegistersTest.Registers::new),
        design("Fsm", ControlTest.Fsm::new),
        design("TwoModes", ControlTest.TwoModes::new),
        design("Rams", MemoriesTest.Rams::new),
        design("Rom", MemoriesTest.Rom::new),
        design("WriteOnly", MemoriesTest.WriteOnly::new),
        design("Chain", HierarchyTest.Chain::new),
        design("Receiver", BlackBoxTest.Receiver::new),
        design("Checked", ChecksTest.Checked::new),
        design("TwoClocks", ClockDomainsTest.TwoClocks::new),
        design("Pipe", BundlesTest.Pipe::new),
        design("Lanes", VecsTest.Lanes::new));
  }

  private static Arguments design(String name, Supplier<? extends Component> top) {
    return Arguments.of(name, top);
  }

  /** So that a tool's complaint about a Verilog line leads straight to the Java that made it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void everyDeclarationAndAssignmentNamesItsJavaLine(String name, Supplier<? extends Component> top) {
    Emitted v = Emitted.of(top);
    List<String> unlocated = new ArrayList<>();
    for (Map.Entry<String, String> file : v.output().files().entrySet()) {
      if (!file.getKey().endsWith(".v")) {
        continue;
      }
      for (String line : file.getValue().lines().toList()) {
        String code = STRING.matcher(line).replaceAll("\"\"");
        boolean located = code.startsWith("//") || code.strip().startsWith("/*") || LOCATOR.matcher(code).matches();
        if (!located && (DECLARATION.matcher(code).matches() || ASSIGNMENT.matcher(code).matches())) {
          unlocated.add(file.getKey() + ": " + line);
        }
      }
    }
    assertTrue(unlocated.isEmpty(), "lines without a locator:\n" + String.join("\n", unlocated));
  }

  /** Generated files are committed and diffed: a rerun must not change a byte. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void twoElaborationsGiveIdenticalFiles(String name, Supplier<? extends Component> top) {
    assertEquals(Emitted.of(top).output().files(), Emitted.of(top).output().files());
  }
}
