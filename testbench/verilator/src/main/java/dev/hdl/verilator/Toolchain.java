package dev.hdl.verilator;

import dev.hdl.sim.SimulationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The external programs a model is built with: Verilator and a C++ compiler. {@code
 * HDL_VERILATOR} and {@code CXX} override where they are looked for.
 */
final class Toolchain {
  final String verilator;
  final String verilatorVersion;
  final Path include;
  final String compiler;
  final String compilerVersion;

  private Toolchain(String verilator, String verilatorVersion, Path include, String compiler, String compilerVersion) {
    this.verilator = verilator;
    this.verilatorVersion = verilatorVersion;
    this.include = include;
    this.compiler = compiler;
    this.compilerVersion = compilerVersion;
  }

  static Toolchain locate(String verilator, String compiler) {
    Result version = tryRun(List.of(verilator, "--version"), null);
    if (version == null || version.exit() != 0) {
      throw new SimulationException("Verilator is not installed: cannot run '" + verilator + "'. Install it with"
          + " 'apt-get install verilator' (5.006 or later), or point HDL_VERILATOR at the executable.");
    }
    Result root = run(List.of(verilator, "--getenv", "VERILATOR_ROOT"), null);
    Path include = Path.of(root.output().strip(), "include");
    if (!Files.isRegularFile(include.resolve("verilated.cpp"))) {
      throw new SimulationException("Verilator's runtime sources are missing: no " + include.resolve("verilated.cpp"));
    }
    Result cxx = tryRun(List.of(compiler, "--version"), null);
    if (cxx == null || cxx.exit() != 0) {
      throw new SimulationException("no C++ compiler: cannot run '" + compiler + "'. Install g++, or set CXX.");
    }
    return new Toolchain(verilator, version.output().strip(), include, compiler, cxx.output().lines().findFirst().orElse(""));
  }

  static Toolchain fromEnvironment() {
    String verilator = System.getenv().getOrDefault("HDL_VERILATOR", "verilator");
    String compiler = System.getenv().getOrDefault("CXX", "g++");
    return locate(verilator, compiler);
  }

  record Result(int exit, String output) {}

  /** Runs a command to completion, its standard error merged into the output. */
  static Result run(List<String> command, Path directory) {
    Result r = tryRun(command, directory);
    if (r == null) {
      throw new SimulationException("cannot run " + command.get(0));
    }
    return r;
  }

  private static Result tryRun(List<String> command, Path directory) {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
    if (directory != null) {
      pb.directory(directory.toFile());
    }
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Result(p.waitFor(), out);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationException("interrupted while running " + command.get(0), e);
    }
  }
}
