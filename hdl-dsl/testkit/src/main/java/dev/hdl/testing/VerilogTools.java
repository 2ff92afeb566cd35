package dev.hdl.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the external Verilog tools a user's flow will meet on emitted Verilog: Verilator's linter
 * with every warning on, Icarus Verilog, and Yosys synthesis with its design checks.
 */
public final class VerilogTools {
  private VerilogTools() {}

  /** Asserts that Verilator, Icarus and Yosys all accept the design without warnings. */
  public static void assertAcceptedByAll(VerilogOutput out, String top) {
    assertAcceptedByAll(out, top, Map.of());
  }

  /**
   * As {@link #assertAcceptedByAll(VerilogOutput, String)}, with external Verilog files (path in
   * the file list to text) that black boxes of the design name.
   */
  public static void assertAcceptedByAll(VerilogOutput out, String top, Map<String, String> externalFiles) {
    Path dir = write(out, externalFiles);
    List<String> files = files(out);
    lint(dir, files, top);
    icarus(dir, files, top);
    yosys(dir, files, top);
    delete(dir);
  }

  public static void lint(Path dir, List<String> files, String top) {
    List<String> cmd = new ArrayList<>(List.of("verilator", "--lint-only", "-Wall", "--top-module", top));
    cmd.addAll(files);
    run(dir, cmd, "Verilator's lint");
  }

  public static void icarus(Path dir, List<String> files, String top) {
    List<String> cmd = new ArrayList<>(List.of("iverilog", "-g2012", "-Wall", "-s", top, "-o", "sim.vvp"));
    cmd.addAll(files);
    String output = run(dir, cmd, "Icarus");
    // Icarus says "sorry" about its own limits; any other warning is about the emitted Verilog.
    for (String line : output.split("\n")) {
      if (line.contains("warning") && !line.contains("sorry")) {
        fail("iverilog warned:\n" + output);
      }
    }
  }

  public static void yosys(Path dir, List<String> files, String top) {
    String script = "read_verilog -sv " + String.join(" ", files) + "; synth -top " + top + "; check -assert";
    String output = run(dir, List.of("yosys", "-q", "-p", script), "Yosys");
    if (output.contains("Warning")) {
      fail("yosys warned:\n" + output);
    }
  }

  /**
   * Asserts that Yosys, reading the design as a formal flow does (FORMAL defined, SYNTHESIS not),
   * finds exactly the given numbers of assertions, assumptions and covers.
   */
  public static void assertFormalChecks(VerilogOutput out, String top, int asserts, int assumes, int covers) {
    Path dir = write(out, Map.of());
    String script = "read_verilog -formal " + String.join(" ", files(out)) + "; prep -top " + top
        + "; select -assert-count " + asserts + " t:$assert"
        + "; select -assert-count " + assumes + " t:$assume"
        + "; select -assert-count " + covers + " t:$cover";
    run(dir, List.of("yosys", "-q", "-p", script), "Yosys's formal read");
    delete(dir);
  }

  /** Writes the design and the given extra files into a fresh directory. */
  public static Path write(VerilogOutput out, Map<String, String> extraFiles) {
    try {
      Path dir = Files.createTempDirectory("hdl-verilog");
      out.writeTo(dir);
      for (Map.Entry<String, String> f : extraFiles.entrySet()) {
        Path file = dir.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes a directory the tools ran in; a failing test keeps its directory for a look. */
  static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The design's files in the order of its file list. */
  public static List<String> files(VerilogOutput out) {
    return out.files().get(VerilogOutput.FILE_LIST).lines().filter(l -> !l.isBlank()).toList();
  }

  /** The Debian package of each tool the tests run, for the message when one is missing. */
  private static final Map<String, String> PACKAGES = Map.of(
      "verilator", "verilator", "iverilog", "iverilog", "vvp", "iverilog", "yosys", "yosys",
      "yosys-smtbmc", "yosys", "z3", "z3", "vcd2fst", "gtkwave",
      "riscv64-unknown-elf-gcc", "gcc-riscv64-unknown-elf", "riscv64-unknown-elf-objcopy", "gcc-riscv64-unknown-elf");

  /** Fails the test unless {@code tool} is on the PATH, naming the Debian package that brings it. */
  public static void requireTool(String tool) {
    if (!onPath(tool)) {
      fail(tool + " is not installed: apt-get install " + PACKAGES.getOrDefault(tool, tool)
          + " (make test does this when run as root).");
    }
  }

  /**
   * Runs {@code cmd} in {@code dir} and returns what it printed; fails the test when its tool is
   * missing, or when it exits non-zero or runs over 120 s, saying {@code what} failed.
   */
  public static String run(Path dir, List<String> cmd, String what) {
    return run(dir, cmd, what, Duration.ofSeconds(120));
  }

  /** As {@link #run(Path, List, String)}, for a build or a run that may take longer than {@code limit}. */
  public static String run(Path dir, List<String> cmd, String what, Duration limit) {
    Finished f = exec(dir, cmd, what, limit);
    if (f.exitCode() != 0) {
      fail(what + ": " + String.join(" ", cmd) + " exited " + f.exitCode() + " in " + dir + ":\n" + f.output());
    }
    return f.output();
  }

  /** A tool's exit code and what it printed, standard error included. */
  public record Finished(int exitCode, String output) {}

  /**
   * Runs {@code cmd} in {@code dir}, whatever its exit code; fails the test when its tool (a command
   * on the PATH, unless given as a path) is missing or when it runs over {@code limit}, saying
   * {@code what} did not finish.
   */
  public static Finished exec(Path dir, List<String> cmd, String what, Duration limit) {
    if (!cmd.getFirst().contains("/")) {
      requireTool(cmd.getFirst());
    }
    Path log = null;
    try {
      // Into a file, not a pipe: a tool that hangs must not hold the wait for its output.
      log = Files.createTempFile("hdl-tool", ".log");
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail(what + ": " + cmd.getFirst() + " did not finish in " + limit.toSeconds() + " s (in " + dir + ")");
      }
      return new Finished(p.exitValue(), Files.readString(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (log != null) {
        log.toFile().delete();
      }
    }
  }

  public static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
