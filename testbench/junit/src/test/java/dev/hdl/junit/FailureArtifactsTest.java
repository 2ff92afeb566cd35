package dev.hdl.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.w3c.dom.Document;

/** Runs {@link FailsOnPurpose} as a child run and checks everything its failure must leave. */
class FailureArtifactsTest {
  @TempDir
  static Path artifacts;

  private static TestExecutionSummary run(String seed, String backend) {
    return run(FailsOnPurpose.class, seed, backend);
  }

  private static TestExecutionSummary run(Class<?> tests, String seed, String backend) {
    String before = System.getProperty(SimulationExtension.ARTIFACTS_PROPERTY);
    System.setProperty(SimulationExtension.ARTIFACTS_PROPERTY, artifacts.resolve(backend).toString());
    System.setProperty(SimulationExtension.BACKEND_PROPERTY, backend);
    if (seed != null) {
      System.setProperty(SimulationExtension.SEED_PROPERTY, seed);
    }
    try {
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(tests)).build(), listener);
      return listener.getSummary();
    } finally {
      System.clearProperty(SimulationExtension.SEED_PROPERTY);
      System.clearProperty(SimulationExtension.BACKEND_PROPERTY);
      if (before == null) {
        System.clearProperty(SimulationExtension.ARTIFACTS_PROPERTY);
      } else {
        System.setProperty(SimulationExtension.ARTIFACTS_PROPERTY, before);
      }
    }
  }

  @Test
  void failingTestLeavesEveryArtifactAndPassingTestNone() throws Exception {
    assertArtifacts("verilator");
  }

  @Test
  void theJvmBackendLeavesTheSameArtifacts() throws Exception {
    assertArtifacts("jvm");
  }

  private static void assertArtifacts(String backend) throws Exception {
    TestExecutionSummary summary = run(null, backend);
    assertEquals(2, summary.getTestsStartedCount());
    assertEquals(1, summary.getTestsFailedCount());
    Throwable failure = summary.getFailures().get(0).getException();
    SimulationFailure report = (SimulationFailure) Arrays.stream(failure.getSuppressed())
        .filter(SimulationFailure.class::isInstance).findFirst().orElseThrow();

    Path dir = artifacts.resolve(backend).resolve(FailsOnPurpose.class.getName() + ".failsAtCycleTwenty");
    assertFalse(Files.exists(artifacts.resolve(backend).resolve(FailsOnPurpose.class.getName() + ".passes")));
    long seed = Long.parseLong(Files.readString(dir.resolve(FailureArtifacts.SEED)).strip());
    String replay = Files.readString(dir.resolve(FailureArtifacts.REPLAY)).strip();
    assertTrue(replay.startsWith("cd " + Path.of("..", "..").toAbsolutePath().normalize()
        + " && mvn -q test -pl testbench/junit -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest='"
        + FailsOnPurpose.class.getName()
        + "#failsAtCycleTwenty'"), replay);
    assertTrue(replay.endsWith("-Dhdl.sim.seed=" + seed), replay);
    assertTrue(report.getMessage().contains("seed:   " + seed) && report.getMessage().contains(replay));

    Path vcd = dir.resolve("wave-1-Summer.vcd");
    VcdTrace trace = VcdTrace.read(vcd);
    assertTrue(trace.find("TOP.Summer", "total").name.equals("TOP.Summer.total")
        && trace.find("TOP.Summer", "in").name.equals("TOP.Summer.in"), "the design's scope is TOP.Summer");
    assertSaveFileOpensTheFstOnTheFailingCycle(dir, trace, report.getMessage());

    String text = Files.readString(dir.resolve("wave-1-Summer.txt"));
    List<String> lines = text.lines().toList();
    assertTrue(lines.get(0).startsWith("cycle") && lines.get(0).strip().endsWith(" " + FailsOnPurpose.FAILING_CYCLE),
        "the window ends at the failing cycle:\n" + text);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("in ")) && lines.stream().anyMatch(l -> l.startsWith("total ")),
        "the signals the test touched:\n" + text);
    assertTrue(report.getMessage().contains(text), "the text waveform is printed with the failure");
    assertTrue(lines.getLast().endsWith("^ failed in cycle " + FailsOnPurpose.FAILING_CYCLE), text);

    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve("wave-1-Summer.svg").toFile());
    assertEquals("svg", svg.getDocumentElement().getTagName());
    assertTrue(svg.getDocumentElement().getTextContent().contains("total"));
    assertTrue(svg.getDocumentElement().getTextContent().contains("failed in cycle " + FailsOnPurpose.FAILING_CYCLE));
  }

  @Test
  void aHungTestFailsAtItsTimeLimitAndItsTracedRunStopsAtTheSameCycle() throws Exception {
    System.setProperty(TimeLimit.PROPERTY, "2");
    TestExecutionSummary summary;
    try {
      summary = run(HangsOnPurpose.class, null, "jvm");
    } finally {
      System.clearProperty(TimeLimit.PROPERTY);
    }
    assertEquals(1, summary.getTestsFailedCount());
    Throwable failure = summary.getFailures().get(0).getException();
    Matcher m = Pattern.compile("the test ran past its time limit of 2 s: stopped at cycle (\\d+) of Summer"
        + " \\(-Dhdl.sim.timeLimitSeconds=N sets the limit\\)").matcher(failure.getMessage());
    assertTrue(m.matches(), failure.getMessage());
    Path dir = artifacts.resolve("jvm").resolve(HangsOnPurpose.class.getName() + ".waitsForEver");
    List<String> text = Files.readAllLines(dir.resolve("wave-1-Summer.txt"));
    assertTrue(text.getLast().endsWith("^ failed in cycle " + m.group(1)), String.join("\n", text));
  }

  /** A long run's waveform holds its last cycles only, and its text window still ends at the failure. */
  @ParameterizedTest
  @ValueSource(strings = {"verilator", "jvm"})
  void aLongRunIsTracedOverItsLastCycles(String backend) throws Exception {
    TestExecutionSummary summary = run(FailsLateOnPurpose.class, null, backend);
    assertEquals(1, summary.getTestsFailedCount());
    Path dir = artifacts.resolve(backend).resolve(FailsLateOnPurpose.class.getName() + ".failsLate");
    // The total counts up by one a cycle, so the changes it has are the cycles traced.
    Path vcd = dir.resolve("wave-1-Summer.vcd");
    String total = " " + totalCode(vcd);
    long changes = Files.readAllLines(vcd).stream().filter(l -> l.startsWith("b") && l.endsWith(total)).count();
    assertTrue(changes > SimulationExtension.TRACED_CYCLES / 2 && changes <= SimulationExtension.TRACED_CYCLES + 2,
        changes + " changes of total traced, of a run of " + FailsLateOnPurpose.FAILING_CYCLE + " cycles");
    List<String> text = Files.readAllLines(dir.resolve("wave-1-Summer.txt"));
    assertTrue(text.getLast().endsWith("^ failed in cycle " + FailsLateOnPurpose.FAILING_CYCLE), String.join("\n", text));
  }

  /** The identifier code the VCD gives Summer's {@code total}. */
  private static String totalCode(Path vcd) throws IOException {
    return Files.readAllLines(vcd).stream().filter(l -> l.trim().startsWith("$var") && l.contains(" total "))
        .map(l -> l.trim().split("\\s+")[3]).findFirst().orElseThrow();
  }

  @Test
  void theSeedReplaysTheSameFailure() {
    TestExecutionSummary first = run("12345", "verilator");
    TestExecutionSummary again = run("12345", "verilator");
    assertEquals(first.getFailures().get(0).getException().getMessage(),
        again.getFailures().get(0).getException().getMessage());
  }

  /**
   * The FST opens with GTKWave's fst2vcd and holds every signal the save file names; the save file
   * opens that FST, its marker stands on the failing cycle's clock edge, and the failure says how to open it.
   */
  private static void assertSaveFileOpensTheFstOnTheFailingCycle(Path dir, VcdTrace trace, String report)
      throws Exception {
    Path fst = dir.resolve("wave-1-Summer.fst");
    Path gtkw = dir.resolve("wave-1-Summer.gtkw");
    List<String> save = Files.readAllLines(gtkw);
    assertEquals("[dumpfile] \"" + fst.toAbsolutePath() + "\"", save.get(0));
    VcdTrace.Variable clk = trace.find("TOP.Summer", "clk");
    long failingEdge = -1;
    for (int i = 0; i < clk.times.size(); i++) {
      if (clk.values.get(i).signum() != 0) {
        failingEdge = clk.times.get(i); // the last rising edge: the traced run stopped at the failing check
      }
    }
    assertTrue(save.get(2).startsWith("*0.000000 " + failingEdge + " "), save.get(2));
    List<String> signals = save.stream().filter(l -> l.startsWith("TOP.")).toList();
    assertEquals(List.of("TOP.Summer.clk", "TOP.Summer.in", "TOP.Summer.total"), signals);
    assertTrue(report.contains("gtkwave " + gtkw.toAbsolutePath()), report);

    Process back = new ProcessBuilder("fst2vcd", fst.toString()).redirectErrorStream(true).start();
    String dump = new String(back.getInputStream().readAllBytes());
    assertTrue(back.waitFor(30, TimeUnit.SECONDS) && back.exitValue() == 0, dump);
    Path roundTrip = dir.resolve("round-trip.vcd");
    Files.writeString(roundTrip, dump);
    VcdTrace fromFst = VcdTrace.read(roundTrip);
    for (String signal : signals) {
      int dot = signal.lastIndexOf('.');
      VcdTrace.Variable v = fromFst.find(signal.substring(0, dot), signal.substring(dot + 1));
      assertTrue(v != null && v.name.equals(signal), signal + " is not in the FST:\n" + dump);
    }
  }
}
