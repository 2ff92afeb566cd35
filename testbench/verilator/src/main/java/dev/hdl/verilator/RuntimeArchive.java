package dev.hdl.verilator;

import dev.hdl.sim.SimulationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Verilator runtime, compiled once per Verilator version, compiler and flags into a static
 * archive of position-independent, hidden-visibility code that every model library links in,
 * with the harness's {@code hdl_print} in place of {@code printf}.
 */
final class RuntimeArchive {
  static final String FILE = "libverilated.a";
  /** The harness's printing for the runtime, compiled into the archive beside Verilator's sources. */
  private static final String PRINT = "hdl_print";
  private static final List<String> SOURCES = List.of("verilated", "verilated_dpi", "verilated_threads",
      "verilated_vcd_c", PRINT);

  private RuntimeArchive() {}

  /**
   * Flags for everything linked into a model library. The runtime's $stop, $finish and fatal
   * errors are replaced by the harness, which reports them to Java instead of ending the process.
   * One section per function and variable lets the model's link drop what it never calls, above
   * all the runtime's 8 KiB per-thread string buffers. The thread-locals left (under 200 bytes) then
   * fit the static TLS glibc lends dlopen'ed libraries, where a TLS descriptor (gnu2) resolves to
   * a constant offset instead of a search of the thread's dynamic TLS; the runtime reads its
   * thread-locals twice per evaluation. They are constant-initialized (Verilated::t_s has a
   * defaulted constructor and constant member initializers), so -fno-extern-tls-init may drop the
   * initialization check before each use, which also lets the compiler resolve their address once
   * per evaluation instead of once per use.
   */
  static List<String> cxxFlags(Toolchain tools) {
    return List.of("-std=gnu++14", "-O2", "-fPIC", "-mtls-dialect=gnu2", "-fno-extern-tls-init",
        "-ffunction-sections", "-fdata-sections",
        "-fvisibility=hidden", "-fvisibility-inlines-hidden",
        "-DVM_COVERAGE=0", "-DVM_SC=0", "-DVM_TRACE=1", "-DVM_TRACE_FST=0", "-DVM_TRACE_VCD=1",
        "-DVL_USER_STOP", "-DVL_USER_FATAL", "-DVL_USER_FINISH", "-Wno-unused",
        "-I" + tools.include, "-I" + tools.include.resolve("vltstd"));
  }

  /** The runtime alone prints through the harness: {@code hdl_print.h} says why. */
  private static List<String> printFlags(Path dir) {
    return List.of("-DVL_PRINTF=hdl_print", "-include", dir.resolve(NativeSources.PRINT_HEADER).toString());
  }

  static String key(Toolchain tools) {
    List<String> parts = new ArrayList<>(List.of(tools.verilatorVersion, tools.include.toString(), tools.compiler,
        tools.compilerVersion, NativeSources.text(NativeSources.PRINT_HEADER), NativeSources.text(NativeSources.PRINT)));
    parts.addAll(cxxFlags(tools));
    parts.addAll(printFlags(Path.of("")));
    return BuildCache.key("runtime", parts);
  }

  static Path archive(Toolchain tools, BuildCache cache) {
    return cache.entry(key(tools), List.of(FILE), dir -> build(tools, dir)).resolve(FILE);
  }

  private static void build(Toolchain tools, Path dir) throws IOException {
    NativeSources.copy(dir, List.of(NativeSources.PRINT_HEADER, NativeSources.PRINT));
    List<Process> jobs = new ArrayList<>();
    for (String s : SOURCES) {
      Path source = s.equals(PRINT) ? dir.resolve(NativeSources.PRINT) : tools.include.resolve(s + ".cpp");
      List<String> cmd = new ArrayList<>(List.of(tools.compiler));
      cmd.addAll(cxxFlags(tools));
      cmd.addAll(printFlags(dir));
      cmd.addAll(List.of("-c", source.toString(), "-o", dir.resolve(s + ".o").toString()));
      jobs.add(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }
    StringBuilder errors = new StringBuilder();
    for (Process p : jobs) {
      String out = new String(p.getInputStream().readAllBytes());
      try {
        if (p.waitFor() != 0) {
          errors.append(out);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SimulationException("interrupted while building the Verilator runtime", e);
      }
    }
    if (errors.length() > 0) {
      throw new SimulationException("the Verilator runtime does not compile:\n" + errors);
    }
    List<String> ar = new ArrayList<>(List.of("ar", "rcs", dir.resolve(FILE).toString()));
    SOURCES.forEach(s -> ar.add(dir.resolve(s + ".o").toString()));
    Toolchain.Result r = Toolchain.run(ar, dir);
    if (r.exit() != 0) {
      throw new SimulationException("cannot archive the Verilator runtime:\n" + r.output());
    }
  }
}
