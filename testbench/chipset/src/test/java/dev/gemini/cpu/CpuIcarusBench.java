package dev.gemini.cpu;

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

/**
 * The CPU test system's emitted Verilog under Icarus, in a Verilog bench ({@code
 * src/test/verilog/cpu_bench.v}) that loads a program with $readmemh and watches tohost itself:
 * a result that does not go through the Java harness.
 */
public final class CpuIcarusBench {
  private static final Path BENCH = Path.of("testbench/chipset/src/test/verilog/cpu_bench.v");
  private static final Pattern RESULT = Pattern.compile("tohost ([0-9a-f]{8}) cycles (\\d+)");
  private static Path compiled;

  private CpuIcarusBench() {}

  /** What the program wrote to tohost; one that does not within {@code maxCycles} fails. */
  public static long tohost(RiscvBuild.Image image, long maxCycles) {
    Path bench = compiled();
    String printed = VerilogTools.run(bench.getParent(), List.of("vvp", "-n", bench.toString(), "+program="
        + image.hexFile(), "+cycles=" + maxCycles), image.name() + " under Icarus");
    Matcher m = RESULT.matcher(printed);
    if (!m.find()) {
      fail(image.name() + " did not write tohost under Icarus:\n" + printed);
    }
    return Long.parseLong(m.group(1), 16);
  }

  /** The bench, compiled once. */
  private static synchronized Path compiled() {
    if (compiled == null) {
      try {
        VerilogOutput out = VerilogOutput.of(Elaboration.elaborate(CpuTestSystem::new));
        Path source = RiscvBuild.repositoryRoot().resolve(BENCH);
        Path dir = VerilogTools.write(out, Map.of("cpu_bench.v", Files.readString(source)));
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
