package dev.gemini.bench;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.verilog.VerilogOutput;
import dev.testbench.verilator.VerilatorSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * S1 and S2: the Verilator backend against a C++ program driving the same verilated model, built
 * from the same cache entry with the same flags, measured in this run. (A file named Verilator*.java
 * would put "// Verilator..." locators in the Verilog, which Verilator reads as its own comments.)
 */
final class JniBackendFigures {
  private static final int CYCLES = 2_000_000;
  private static final int RUNS = 5;

  private JniBackendFigures() {}

  /** A multiply-accumulate unit: small, but with real logic between its ports. */
  static final class MacUnit extends Component {
    final UInt a = input(uint(16));
    final UInt b = input(uint(16));
    final Bool clear = input(bool());
    final UInt acc = output(uint(32));

    MacUnit(long init) {
      UInt total = reg(uint(32), init);
      total.assign(mux(clear, lit(0, 32), total.add(a.mul(b))));
      acc.assign(total);
    }
  }

  static void run() {
    VerilatorSimulator verilator = new VerilatorSimulator();
    Design design = Elaboration.elaborate(() -> new MacUnit(0));
    Path baseline = cppBaseline(verilator, design);

    double[] perCycle = best(() -> perCycleJava(verilator, design), () -> cppSeconds(baseline, "per-cycle"));
    double java = perCycle[0];
    double cpp = perCycle[1];
    Bench.report("S1.per_cycle_ratio", cpp / java, String.format("x (target >= 0.6; Java %.1f ns/cycle, C++ %.1f)",
        java * 1e9 / CYCLES, cpp * 1e9 / CYCLES));
    double[] batched = best(() -> batchedJava(verilator, design), () -> cppSeconds(baseline, "batched"));
    double batchedJava = batched[0];
    double batchedCpp = batched[1];
    Bench.report("S1.batched_ratio", batchedCpp / batchedJava, String.format(
        "x (target >= 0.9; Java %.1f ns/cycle, C++ %.1f)", batchedJava * 1e9 / CYCLES, batchedCpp * 1e9 / CYCLES));

    // A design no cache has seen: the cold build, then its first load as a cache hit.
    Design fresh = Elaboration.elaborate(() -> new MacUnit(System.nanoTime() & 0xffff));
    long start = System.nanoTime();
    verilator.library(fresh);
    double cold = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    try (Simulation sim = verilator.open(fresh, SimOptions.defaults())) {
      sim.step();
    }
    double hit = (System.nanoTime() - start) / 1e6;
    double naive = naiveBuildSeconds(Elaboration.elaborate(() -> new MacUnit(System.nanoTime() & 0xffff)));
    Bench.report("S2.cache_hit_ms", hit, "ms (target <= 500; cache hit to first cycle)");
    Bench.report("S2.cold_build_s", cold, String.format("s (target <= 3; naive verilator --build of the same"
        + " design: %.1f s)", naive));
  }

  private interface Measurement {
    double seconds();
  }

  /**
   * The best of {@link #RUNS} timings of each of two measurements, taken in turns: on a machine
   * shared with other work, load then falls on both alike instead of on whichever ran during it.
   */
  private static double[] best(Measurement java, Measurement cpp) {
    java.seconds(); // warm-up: JIT, caches, page faults
    cpp.seconds();
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
    for (int i = 0; i < RUNS; i++) {
      best[0] = Math.min(best[0], java.seconds());
      best[1] = Math.min(best[1], cpp.seconds());
    }
    return best;
  }

  /** Poke both operands, step, peek the sum, every cycle: the loop of a typical test bench. */
  private static double perCycleJava(VerilatorSimulator verilator, Design design) {
    try (Simulation sim = verilator.open(design, SimOptions.defaults())) {
      SimSignal a = sim.signal("a");
      SimSignal b = sim.signal("b");
      SimSignal acc = sim.signal("acc");
      sim.reset(1);
      long checksum = 0;
      long start = System.nanoTime();
      for (int i = 0; i < CYCLES; i++) {
        a.set(i & 0xffff);
        b.set((i * 7) & 0xffff);
        sim.step();
        checksum += acc.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      check(checksum);
      return seconds;
    }
  }

  private static double batchedJava(VerilatorSimulator verilator, Design design) {
    try (Simulation sim = verilator.open(design, SimOptions.defaults())) {
      sim.reset(1);
      sim.poke("a", 3);
      sim.poke("b", 5);
      long start = System.nanoTime();
      sim.step(CYCLES);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (sim.peek("acc") != (15L * CYCLES & 0xffffffffL)) {
        throw new IllegalStateException("batched run computed " + sim.peek("acc"));
      }
      return seconds;
    }
  }

  /** The expected per-cycle checksum, computed in Java: both loops must agree with it. */
  private static void check(long checksum) {
    long acc = 0;
    long expected = 0;
    for (int i = 0; i < CYCLES; i++) {
      acc = (acc + (long) (i & 0xffff) * ((i * 7) & 0xffff)) & 0xffffffffL;
      expected += acc;
    }
    if (checksum != expected) {
      throw new IllegalStateException("checksum " + checksum + ", expected " + expected);
    }
  }

  private static final String MAIN = """
      #include "Vmodel.h"
      #include "verilated.h"
      #include <chrono>
      #include <cstdio>
      #include <cstring>
      void vl_stop(const char*, int, const char*) {}
      void vl_finish(const char*, int, const char*) {}
      void vl_fatal(const char*, int, const char*, const char* m) { std::puts(m); std::abort(); }
      int main(int argc, char** argv) {
          const bool batched = std::strcmp(argv[1], "batched") == 0;
          const long cycles = std::atol(argv[2]);
          VerilatedContext context;
          context.threads(1);
          Vmodel top{&context, "TOP"};
          top.clk = 0; top.rst = 1; top.eval();
          top.clk = 1; top.eval();
          top.rst = 0;
          top.a = 3; top.b = 5;
          unsigned long long checksum = 0;
          const auto start = std::chrono::steady_clock::now();
          for (long i = 0; i < cycles; ++i) {
              if (!batched) { top.a = i & 0xffff; top.b = (i * 7) & 0xffff; }
              top.clk = 0; top.eval();
              top.clk = 1; top.eval();
              if (!batched) checksum += top.acc;
          }
          const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
              std::chrono::steady_clock::now() - start).count();
          std::printf("%lld %llu %u\\n", (long long)ns, checksum, top.acc);
          top.final();
          return 0;
      }
      """;

  /** The C++ loop, compiled against the cached model's own C++ and the same runtime archive. */
  private static Path cppBaseline(VerilatorSimulator verilator, Design design) {
    try {
      Path entry = verilator.library(design).getParent();
      Path dir = Files.createTempDirectory("s1-baseline");
      Path main = dir.resolve("main.cpp");
      StringBuilder unity = new StringBuilder();
      try (Stream<Path> files = Files.list(entry.resolve("obj"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".cpp")).sorted().toList()) {
          unity.append("#include \"").append(f).append("\"\n");
        }
      }
      Files.writeString(main, unity + MAIN, StandardCharsets.UTF_8);
      Path exe = dir.resolve("baseline");
      List<String> cmd = new ArrayList<>(List.of("g++"));
      cmd.addAll(verilator.compilerFlags());
      cmd.addAll(List.of("-I" + entry.resolve("obj"), main.toString(), verilator.runtimeArchive().toString(),
          "-pthread", "-o", exe.toString()));
      String out = exec(cmd, dir);
      if (!Files.exists(exe)) {
        throw new IllegalStateException("the C++ baseline does not build:\n" + out);
      }
      return exe;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double cppSeconds(Path exe, String mode) {
    String[] out = exec(List.of(exe.toString(), mode, Integer.toString(CYCLES)), exe.getParent()).strip().split(" ");
    if (mode.equals("per-cycle")) {
      long acc = 0;
      long expected = 0;
      for (int i = 0; i < CYCLES; i++) {
        acc = (acc + (long) (i & 0xffff) * ((i * 7) & 0xffff)) & 0xffffffffL;
        expected += acc;
      }
      if (Long.parseUnsignedLong(out[1]) != expected) {
        throw new IllegalStateException("the C++ loop computed checksum " + out[1]);
      }
    }
    return Long.parseLong(out[0]) / 1e9;
  }

  /** Verilator's own flow, runtime included, as a user without this harness would build. */
  private static double naiveBuildSeconds(Design design) {
    try {
      Path dir = Files.createTempDirectory("s2-naive");
      VerilogOutput.of(design).writeTo(dir);
      Files.writeString(dir.resolve("main.cpp"), "#include \"VMacUnit.h\"\n#include \"verilated.h\"\n"
          + "int main() { VerilatedContext c; VMacUnit top{&c}; top.clk = 1; top.eval(); top.final(); return 0; }\n");
      long start = System.nanoTime();
      String out = exec(List.of("verilator", "--cc", "--exe", "--build", "-j", "2", "--Mdir", "obj",
          "MacUnit.v", "main.cpp"), dir);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!Files.exists(dir.resolve("obj").resolve("VMacUnit"))) {
        throw new IllegalStateException("the naive build failed:\n" + out);
      }
      return seconds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String exec(List<String> command, Path dir) {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
