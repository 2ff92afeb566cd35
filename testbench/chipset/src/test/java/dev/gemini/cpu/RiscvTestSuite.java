package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.fail;

import dev.hdl.testing.VerilogTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rv32ui and rv32um tests of riscv-tests, and this module's machine-mode tests
 * ({@code src/test/riscv/machine}, written with the same macros), built for the core with this
 * module's environment ({@code src/test/riscv/env}): each test is compiled once into
 * {@code target/riscv-tests}, under a name that carries the hash of everything it is built from.
 * The suite is read from {@code $RISCV_TESTS_DIR}, by default
 * {@code ../shared/third_party/riscv-tests} beside the repository.
 */
final class RiscvTestSuite {
  static final String DIRECTORY_VARIABLE = "RISCV_TESTS_DIR";
  static final String COMPILER = "riscv64-unknown-elf-gcc";
  static final String OBJCOPY = "riscv64-unknown-elf-objcopy";
  private static final List<String> GROUPS = List.of("rv32ui", "rv32um");
  private static final Path ENV = Path.of("src/test/riscv/env").toAbsolutePath();
  private static final String MACHINE = "machine";
  private static final Path MACHINE_TESTS = Path.of("src/test/riscv/machine").toAbsolutePath();
  private static final Path OUT = Path.of("target/riscv-tests").toAbsolutePath();
  private static final List<String> FLAGS = List.of("-march=rv32im_zicsr_zifencei", "-mabi=ilp32", "-nostdlib",
      "-nostartfiles", "-static", "-Wl,--no-warn-rwx-segments");

  private RiscvTestSuite() {}

  /** Every test of the suite, as {@code group/name} ({@code rv32ui/add}). */
  static List<String> names() {
    Path isa = isa();
    List<String> names = new ArrayList<>();
    for (String group : GROUPS) {
      names.addAll(list(isa.resolve(group), group));
    }
    return names;
  }

  /** This module's own tests of what riscv-tests leave out: traps, interrupts, CSRs. */
  static List<String> machineTests() {
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

  /** The memory image of one test, from the reset vector on, as little-endian words. */
  static long[] program(String name) {
    Path binary = build(name);
    try {
      byte[] bytes = Files.readAllBytes(binary);
      ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, bytes.length & ~3).order(ByteOrder.LITTLE_ENDIAN);
      long[] words = new long[(bytes.length + 3) / 4];
      for (int i = 0; i < bytes.length / 4; i++) {
        words[i] = Integer.toUnsignedLong(buffer.getInt());
      }
      for (int i = bytes.length & ~3; i < bytes.length; i++) {
        words[i / 4] |= (long) (bytes[i] & 0xFF) << (8 * (i % 4));
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The image as a {@code $readmemh} file, one word a line. */
  static Path hexFile(String name) {
    Path hex = build(name).resolveSibling(build(name).getFileName().toString().replace(".bin", ".hex"));
    if (!Files.exists(hex)) {
      StringBuilder text = new StringBuilder();
      for (long w : program(name)) {
        text.append(String.format("%08x%n", w));
      }
      write(hex, text.toString());
    }
    return hex;
  }

  /** What a value of {@code tohost} says, for a failure message. */
  static String describe(long tohost) {
    if (tohost == 1) {
      return "passed";
    }
    long number = tohost >>> 1;
    return number >= 0x800 ? "unexpected trap, mcause " + (number - 0x800) : "failed test case " + number;
  }

  private static synchronized Path build(String name) {
    Path isa = isa();
    Path source = name.startsWith(MACHINE + "/") ? MACHINE_TESTS.resolve(name.substring(MACHINE.length() + 1) + ".S")
        : isa.resolve(name + ".S");
    Path included = isa.resolve(name.replace("rv32", "rv64") + ".S");
    List<Path> inputs = new ArrayList<>(List.of(source, ENV.resolve("riscv_test.h"), ENV.resolve("link.ld"),
        isa.resolve("macros/scalar/test_macros.h")));
    if (Files.exists(included)) {
      inputs.add(included);
    }
    Path binary = OUT.resolve(name.replace('/', '-') + "-" + hash(inputs) + ".bin");
    if (Files.exists(binary)) {
      return binary;
    }
    Path elf = binary.resolveSibling(binary.getFileName().toString().replace(".bin", ".elf"));
    List<String> compile = new ArrayList<>(List.of(COMPILER));
    compile.addAll(FLAGS);
    compile.addAll(List.of("-I" + ENV, "-I" + isa.resolve("macros/scalar"), "-T" + ENV.resolve("link.ld"),
        source.toString(), "-o", elf.toString()));
    createDirectories(OUT);
    VerilogTools.run(OUT, compile, "building riscv-test " + name);
    VerilogTools.run(OUT, List.of(OBJCOPY, "-O", "binary", elf.toString(), binary.toString()), "building riscv-test " + name);
    return binary;
  }

  /** The suite's {@code isa} folder; a missing suite fails the test and says what to set. */
  static Path isa() {
    String configured = System.getenv(DIRECTORY_VARIABLE);
    Path suite = configured != null && !configured.isBlank() ? Path.of(configured)
        : repositoryRoot().resolve("../shared/third_party/riscv-tests").normalize();
    Path isa = suite.resolve("isa");
    if (!Files.isDirectory(isa.resolve("rv32ui")) || !Files.isDirectory(isa.resolve("rv32um"))) {
      fail("riscv-tests not found: " + isa + " has no rv32ui and rv32um folders. Set " + DIRECTORY_VARIABLE
          + " to a checkout of riscv-software-src/riscv-tests (the folder that holds isa/)"
          + (configured == null ? ", or put it at ../shared/third_party/riscv-tests beside the repository." : "."));
    }
    return isa;
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("hdl-dsl")) && Files.isDirectory(dir.resolve("gemini"))) {
        return dir;
      }
    }
    throw new IllegalStateException("the tests run outside the repository: " + Path.of("").toAbsolutePath());
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(List<Path> inputs) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.join(" ", FLAGS).getBytes());
      for (Path p : inputs) {
        digest.update(Files.readAllBytes(p));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
