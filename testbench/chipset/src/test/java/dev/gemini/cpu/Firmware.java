package dev.gemini.cpu;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * C programs for the module's CPU on {@link CpuTestSystem}, linked with the firmware runtime in
 * {@code gemini/firmware/runtime}: its start-up code, linker script, console output and memory
 * routines. A program's {@code main} returns 0 for a pass, reported in {@code tohost} as
 * riscv-tests report.
 */
public final class Firmware {
  static final Path RUNTIME = RiscvBuild.repositoryRoot().resolve("gemini/firmware/runtime");
  /** The machine's ft control software, and the GE's register header that {@code make rtl} writes. */
  static final Path FT = RiscvBuild.repositoryRoot().resolve("gemini/firmware/ft");
  /** The machine's service, its one firmware image. */
  static final Path SERVICE = RiscvBuild.repositoryRoot().resolve("gemini/firmware/service");
  static final Path REGISTERS_HEADER = RiscvBuild.repositoryRoot().resolve("verilog-out/GeminiEngine_registers.h");
  /** The runtime's own loops must stay loops, not calls of the memcpy they implement. */
  private static final List<String> FLAGS = List.of("-std=c11", "-ffreestanding", "-fno-builtin",
      "-fno-tree-loop-distribute-patterns", "-Wall", "-Werror", "-I" + RUNTIME, "-T" + RUNTIME.resolve("link.ld"));

  private Firmware() {}

  /** What a run left: the value of {@code tohost}, the console's text and the cycles it took. */
  public record Run(long tohost, String console, long cycles) {
    public boolean passed() {
      return tohost == 1;
    }
  }

  /**
   * Builds a program from its C sources with the runtime.
   *
   * @param headers the headers the sources include, so that editing one rebuilds the program
   * @param flags compiler flags: optimisation, include folders, defines
   */
  public static RiscvBuild.Image build(String name, List<Path> sources, List<Path> headers, List<String> flags) {
    List<Path> all = new ArrayList<>(List.of(RUNTIME.resolve("start.S"), RUNTIME.resolve("runtime.c")));
    all.addAll(sources);
    List<Path> inputs = new ArrayList<>(headers);
    inputs.addAll(List.of(RUNTIME.resolve("runtime.h"), RUNTIME.resolve("link.ld")));
    List<String> allFlags = new ArrayList<>(FLAGS);
    allFlags.addAll(flags);
    return RiscvBuild.build(name, all, inputs, allFlags);
  }

  /**
   * Builds a program for the machine: its sources with the runtime and the ft control software,
   * whose trap entry and warm start replace the runtime's.
   */
  public static RiscvBuild.Image buildForMachine(String name, List<Path> sources, List<Path> headers,
      List<String> flags) {
    List<Path> all = new ArrayList<>(List.of(FT.resolve("ft_trap.S"), FT.resolve("ft.c")));
    all.addAll(sources);
    List<Path> allHeaders = new ArrayList<>(List.of(FT.resolve("ft.h"), FT.resolve("module.h"), REGISTERS_HEADER));
    allHeaders.addAll(headers);
    List<String> allFlags = new ArrayList<>(List.of("-I" + FT, "-I" + REGISTERS_HEADER.getParent()));
    allFlags.addAll(flags);
    return build(name, all, allHeaders, allFlags);
  }

  /** The machine's key-value service (gemini/firmware/service). */
  public static RiscvBuild.Image service() {
    return buildForMachine("kv-service", List.of(SERVICE.resolve("kv_service.c")), List.of(SERVICE.resolve("nic.h")),
        List.of("-O2", "-I" + SERVICE));
  }

  /**
   * Loads a program into the test system's memory, resets, and runs it until it reports.
   * {@code system}: the top of the design {@code sim} simulates.
   */
  public static Run run(Simulation sim, CpuTestSystem system, RiscvBuild.Image image, long maxCycles) {
    long[] words = image.words();
    if (words.length > CpuTestSystem.MEMORY_WORDS) {
      throw new IllegalArgumentException(image.name() + " takes " + words.length + " words; the test system has "
          + CpuTestSystem.MEMORY_WORDS);
    }
    for (int i = 0; i < words.length; i++) {
      sim.writeMemory("ram", i, BigInteger.valueOf(words[i]));
    }
    sim.reset(2);
    long start = sim.cycle();
    SimSignal done = sim.signal(system.done); // resolved once: it is read every cycle of the run
    sim.runUntil(() -> done.get() == 1, maxCycles);
    return new Run(sim.peek(system.tohost), console(sim, system), sim.cycle() - start);
  }

  /** The console's bytes as text; a program that printed past its end is told so. */
  private static String console(Simulation sim, CpuTestSystem system) {
    long length = sim.peek(system.consoleLength);
    int kept = (int) Math.min(length, CpuTestSystem.CONSOLE_BYTES);
    byte[] bytes = new byte[kept];
    for (int i = 0; i < kept; i++) {
      bytes[i] = (byte) sim.readMemory("console", i).intValue();
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return length > kept ? text + "\n[console full: " + (length - kept) + " more bytes dropped]" : text;
  }

  /** The files of a folder with one of the given endings, sorted. */
  static List<Path> files(Path dir, String... endings) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
