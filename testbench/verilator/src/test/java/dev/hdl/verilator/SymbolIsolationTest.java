package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.sim.SimOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models loaded together never share a Verilator runtime: each exports only its entry point, and
 * the dynamic linker's own log shows no symbol of one model library bound to another.
 */
class SymbolIsolationTest {
  private static final Pattern BINDING = Pattern.compile("binding file (\\S+) \\[\\d+\\] to (\\S+) \\[\\d+\\]: "
      + "\\w+ symbol `([^']+)'");

  @Test
  void modelLibrariesExportOnlyTheEntryPoint() throws Exception {
    Path library = new VerilatorSimulator().library(TestDesigns.lfsr());
    Process nm = new ProcessBuilder("nm", "-D", "--defined-only", library.toString()).redirectErrorStream(true).start();
    List<String> symbols = new String(nm.getInputStream().readAllBytes()).lines()
        .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    assertEquals(0, nm.waitFor());
    assertEquals(List.of("hdl_model_api"), symbols);
  }

  @Test
  void noSymbolIsBoundAcrossModelLibraries(@TempDir Path dir) throws Exception {
    for (var design : List.of(TestDesigns.lfsr(), TestDesigns.accumulator(), TestDesigns.widths())) {
      new VerilatorSimulator().open(design, SimOptions.defaults()).close();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        BindingProbe.class.getName()).redirectErrorStream(true);
    child.environment().put("LD_DEBUG", "bindings");
    child.environment().put("LD_DEBUG_OUTPUT", dir.resolve("ld").toString());
    Process p = child.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("probe done"), out);

    List<String[]> fromModels = new ArrayList<>();
    try (Stream<Path> logs = Files.list(dir)) {
      for (Path log : logs.toList()) {
        for (String line : Files.readAllLines(log)) {
          Matcher m = BINDING.matcher(line);
          if (m.find() && (isModel(m.group(1)) || isModel(m.group(2)))) {
            fromModels.add(new String[] {m.group(1), m.group(2), m.group(3)});
          }
        }
      }
    }
    assertTrue(fromModels.stream().map(b -> b[0]).filter(SymbolIsolationTest::isModel).distinct().count() >= 3,
        "the log has the bindings of all three model libraries");
    for (String[] b : fromModels) {
      boolean intoOtherModel = isModel(b[1]) && !b[1].equals(b[0]);
      boolean entryLookup = b[0].endsWith(NativeModel.LIBRARY) && b[2].equals("hdl_model_api");
      assertTrue(!intoOtherModel || entryLookup, b[0] + " bound " + b[2] + " to " + b[1]);
    }
  }

  private static boolean isModel(String file) {
    return file.endsWith("/" + ModelBuilder.LIBRARY);
  }
}
