package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rv32ui and rv32um tests of riscv-tests, and this module's machine-mode tests
 * ({@code src/test/riscv/machine}, written with the same macros), built for the core with this
 * module's environment ({@code src/test/riscv/env}) by {@link RiscvBuild}. The suite is read from
 * {@code $RISCV_TESTS_DIR}, by default {@code ../shared/third_party/riscv-tests} beside the
 * repository.
 */
public final class RiscvTestSuite {
  static final String DIRECTORY_VARIABLE = "RISCV_TESTS_DIR";
  private static final List<String> GROUPS = List.of("rv32ui", "rv32um");
  private static final Path ENV = RiscvBuild.repositoryRoot().resolve("testbench/chipset/src/test/riscv/env");
  private static final String MACHINE = "machine";
  private static final Path MACHINE_TESTS =
      RiscvBuild.repositoryRoot().resolve("testbench/chipset/src/test/riscv/machine");

  private RiscvTestSuite() {}

  /** Every test of the suite, as {@code group/name} ({@code rv32ui/add}). */
  public static List<String> names() {
    Path isa = isa();
    List<String> names = new ArrayList<>();
    for (String group : GROUPS) {
      names.addAll(list(isa.resolve(group), group));
    }
    return names;
  }

  /** The suite's tests and then this module's. */
  public static List<String> everyTest() {
    List<String> all = new ArrayList<>(names());
    all.addAll(machineTests());
    return all;
  }

  /** This module's own tests of what riscv-tests leave out: traps, interrupts, CSRs. */
  public static List<String> machineTests() {
    return list(MACHINE_TESTS, MACHINE);
  }

  private static List<String> list(Path dir, String group) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".S")).sorted()
          .map(f -> group + "/" + f.substring(0, f.length() - 2)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The memory image of one test, from the reset vector on. */
  public static RiscvBuild.Image program(String name) {
    Path isa = isa();
    Path source = name.startsWith(MACHINE + "/") ? MACHINE_TESTS.resolve(name.substring(MACHINE.length() + 1) + ".S")
        : isa.resolve(name + ".S");
    Path included = isa.resolve(name.replace("rv32", "rv64") + ".S");
    List<Path> inputs = new ArrayList<>(List.of(ENV.resolve("riscv_test.h"), ENV.resolve("link.ld"),
        isa.resolve("macros/scalar/test_macros.h")));
    if (Files.exists(included)) {
      inputs.add(included);
    }
    return RiscvBuild.build("riscv-test " + name, List.of(source), inputs,
        List.of("-I" + ENV, "-I" + isa.resolve("macros/scalar"), "-T" + ENV.resolve("link.ld")));
  }

  /** What a value of {@code tohost} says, for a failure message. */
  public static String describe(long tohost) {
    if (tohost == 1) {
      return "passed";
    }
    long number = tohost >>> 1;
    return number >= 0x800 ? "unexpected trap, mcause " + (number - 0x800) : "failed test case " + number;
  }

  /** The suite's {@code isa} folder; a missing suite fails the test and says what to set. */
  static Path isa() {
    String configured = System.getenv(DIRECTORY_VARIABLE);
    Path suite = configured != null && !configured.isBlank() ? Path.of(configured)
        : RiscvBuild.repositoryRoot().resolve("../shared/third_party/riscv-tests").normalize();
    Path isa = suite.resolve("isa");
    if (!Files.isDirectory(isa.resolve("rv32ui")) || !Files.isDirectory(isa.resolve("rv32um"))) {
      fail("riscv-tests not found: " + isa + " has no rv32ui and rv32um folders. Set " + DIRECTORY_VARIABLE
          + " to a checkout of riscv-software-src/riscv-tests (the folder that holds isa/)"
          + (configured == null ? ", or put it at ../shared/third_party/riscv-tests beside the repository." : "."));
    }
    return isa;
  }
}
