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
import java.util.concurrent.TimeUnit;
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
    String printed = run(List.of("vvp", "-n", bench().toString(), "+program=" + RiscvTestSuite.hexFile(test),
        "+cycles=" + RiscvTestsTest.MAX_CYCLES), test);
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
        run(command, dir, "compiling the bench");
        compiled = dir.resolve("bench.vvp");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }

  private static String run(List<String> command, String test) {
    return run(command, compiled.getParent(), test);
  }

  private static String run(List<String> command, Path dir, String what) {
    if (!VerilogTools.onPath(command.getFirst())) {
      fail(command.getFirst() + " is not installed: sudo apt-get install iverilog (make tools does this as root).");
    }
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        fail(what + ": " + String.join(" ", command) + " failed in " + dir + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
