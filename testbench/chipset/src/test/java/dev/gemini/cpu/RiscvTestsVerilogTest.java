package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.hdl.Elaboration;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rv32ui and rv32um test, and every machine-mode test, passes on the emitted Verilog under Icarus, in a Verilog bench
 * ({@code src/test/verilog/cpu_bench.v}) that loads the program with $readmemh and watches
 * tohost itself: the result does not go through the Java harness.
 */
class RiscvTestsVerilogTest {
  private static final Path BENCH = Path.of("src/test/verilog/cpu_bench.v").toAbsolutePath();
  private static final Pattern RESULT = Pattern.compile("tohost ([0-9a-f]{8}) cycles (\\d+)");
  private static Path compiled;

  static List<String> tests() {
    List<String> all = new ArrayList<>(RiscvTestSuite.names());
    all.addAll(RiscvTestSuite.machineTests());
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tests")
  void passesOnIcarus(String test) {
    Path bench = bench();
    String printed = VerilogTools.run(bench.getParent(), List.of("vvp", "-n", bench.toString(), "+program="
        + RiscvTestSuite.program(test).hexFile(), "+cycles=" + RiscvTestsTest.MAX_CYCLES), test + " under Icarus");
    Matcher m = RESULT.matcher(printed);
    if (!m.find()) {
      fail(test + " did not write tohost under Icarus:\n" + printed);
    }
    long tohost = Long.parseLong(m.group(1), 16);
    assertEquals(1, tohost, test + ": " + RiscvTestSuite.describe(tohost) + " after " + m.group(2) + " cycles");
  }

  /** The bench, compiled once for every test. */
  private static synchronized Path bench() {
    if (compiled == null) {
      try {
        VerilogOutput out = VerilogOutput.of(Elaboration.elaborate(CpuTestSystem::new));
        Path dir = VerilogTools.write(out, Map.of("cpu_bench.v", Files.readString(BENCH)));
        List<String> command = new ArrayList<>(List.of("iverilog", "-g2012", "-s", "cpu_bench", "-o", "bench.vvp"));
        command.addAll(VerilogTools.files(out));
        command.add("cpu_bench.v");
        VerilogTools.run(dir, command, "compiling the bench");
        compiled = dir.resolve("bench.vvp");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }
}
