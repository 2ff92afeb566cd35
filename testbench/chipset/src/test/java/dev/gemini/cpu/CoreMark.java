package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.fail;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.hdl.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreMark on the module's CPU: the benchmark's sources from {@code $COREMARK_DIR}, by default
 * {@code ../shared/third_party/coremark} beside the repository, unmodified, with this project's
 * port ({@code gemini/firmware/coremark}: time from {@code mcycle}, output on the console, data
 * on the stack). A tick is a cycle.
 */
public final class CoreMark {
  static final String DIRECTORY_VARIABLE = "COREMARK_DIR";
  static final Path PORT = RiscvBuild.repositoryRoot().resolve("gemini/firmware/coremark");
  /** The optimisation the figures are quoted with. */
  public static final String OPTIMISATION = "-O3";
  private static final Pattern TICKS = Pattern.compile("Total ticks\\s*:\\s*(\\d+)");
  private static final Pattern CRC = Pattern.compile("\\[0\\]crcfinal\\s*:\\s*0x([0-9a-f]{4})");
  private static final String KNOWN_PARAMETERS = "2K performance run parameters for coremark.";
  private static final Pattern CRC_ERROR = Pattern.compile("ERROR! (list|matrix|state) crc");

  private CoreMark() {}

  /**
   * A finished run as its report states it. {@code crcsValid}: the run had the parameters of the
   * 2K performance run and its list, matrix and state CRCs are the benchmark's known ones. The
   * report itself also counts a run shorter than 10 seconds as an error, a rule that a simulation
   * cannot meet, so that rule is not part of this check.
   */
  public record Result(int iterations, long ticks, int crcFinal, boolean crcsValid, String console) {
    public double perMhz() {
      return iterations * 1e6 / ticks;
    }
  }

  /** The performance run (seeds 0, 0, 0x66; 2000 bytes of data) with the given iterations. */
  public static RiscvBuild.Image image(int iterations) {
    Path sources = sources();
    List<Path> files = new ArrayList<>(Firmware.files(sources, ".c"));
    files.add(PORT.resolve("core_portme.c"));
    List<Path> headers = new ArrayList<>(Firmware.files(sources, ".h"));
    headers.add(PORT.resolve("core_portme.h"));
    return Firmware.build("coremark-" + iterations, files, headers, List.of(OPTIMISATION, "-I" + PORT,
        "-I" + sources, "-DPERFORMANCE_RUN=1", "-DITERATIONS=" + iterations,
        "-DCOMPILER_FLAGS=\"" + OPTIMISATION + "\""));
  }

  /** Runs the benchmark to its end and reads its report; a run that does not finish fails. */
  public static Result run(Simulation sim, CpuTestSystem system, int iterations, long maxCycles) {
    Firmware.Run run = Firmware.run(sim, system, image(iterations), maxCycles);
    if (!run.passed()) {
      fail("CoreMark ended with tohost " + run.tohost() + " (" + RiscvTestSuite.describe(run.tohost()) + ") after "
          + run.cycles() + " cycles; console:\n" + run.console());
    }
    return parse(iterations, run.console());
  }

  /** Reads a report; one without total ticks or a final CRC fails the test. */
  static Result parse(int iterations, String console) {
    Matcher ticks = TICKS.matcher(console);
    Matcher crc = CRC.matcher(console);
    if (!ticks.find() || !crc.find()) {
      fail("CoreMark's report has no total ticks or final CRC; console:\n" + console);
    }
    return new Result(iterations, Long.parseLong(ticks.group(1)), Integer.parseInt(crc.group(1), 16),
        console.contains(KNOWN_PARAMETERS) && !CRC_ERROR.matcher(console).find(), console);
  }

  /** The benchmark's sources; missing ones fail the test and say what to set. */
  private static Path sources() {
    String configured = System.getenv(DIRECTORY_VARIABLE);
    Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
        : RiscvBuild.repositoryRoot().resolve("../shared/third_party/coremark").normalize();
    if (!Files.isRegularFile(dir.resolve("core_main.c")) || !Files.isRegularFile(dir.resolve("coremark.h"))) {
      fail("CoreMark not found: " + dir + " has no core_main.c and coremark.h. Set " + DIRECTORY_VARIABLE
          + " to a checkout of eembc/coremark"
          + (configured == null ? ", or put it at ../shared/third_party/coremark beside the repository." : "."));
    }
    return dir;
  }
}
