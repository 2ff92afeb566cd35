package dev.hdl.verilator;

import dev.hdl.sim.SimulationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Verilog to a loadable model library: verilate, then one compile of model and harness. */
final class ModelBuilder {
  static final String LIBRARY = "libmodel.so";
  /** Verilator's C++ output, kept beside the library so other programs can be built on the same model. */
  static final String OBJ_DIR = "obj";

  static final List<String> VERILATOR_FLAGS = List.of("--cc", "--prefix", "Vmodel", "--trace", "--assert",
      "-Wno-fatal");
  /**
   * For Verilog alone, with no IR to say which variables are state: every variable public. A
   * public variable is reachable by name, and Verilator re-evaluates its readers on the next eval
   * after Java writes it.
   */
  static final String ALL_PUBLIC = "--public-flat-rw";

  private final Toolchain tools;
  private final BuildCache cache;

  ModelBuilder(Toolchain tools, BuildCache cache) {
    this.tools = tools;
    this.cache = cache;
  }

  /**
   * The cache entry holding the model of {@code top}.
   *
   * @param verilog file name to text, in the order Verilator reads them
   */
  Path build(String top, Map<String, String> verilog) {
    return build(top, verilog, Map.of(), null);
  }

  /**
   * As {@link #build(String, Map)}, where some of the files are black boxes' files from disk (a
   * message about one of them names the file it was read from), with only the variables that
   * {@code publicConfig} names public (a Verilator configuration file), or all when it is null.
   */
  Path build(String top, Map<String, String> verilog, Map<String, BlackBoxFiles.Source> blackBoxes,
      String publicConfig) {
    Path runtime = RuntimeArchive.archive(tools, cache);
    List<String> parts = new ArrayList<>(List.of(RuntimeArchive.key(tools), top, "--top-module"));
    parts.addAll(VERILATOR_FLAGS);
    parts.add(publicConfig == null ? ALL_PUBLIC : publicConfig);
    for (String source : List.of(NativeSources.API_HEADER, NativeSources.MODEL)) {
      parts.add(NativeSources.text(source));
    }
    verilog.forEach((name, text) -> {
      parts.add(name);
      parts.add(text);
    });
    String key = BuildCache.key("model", parts);
    return cache.entry(key, List.of(LIBRARY), dir -> build(top, verilog, blackBoxes, publicConfig, runtime, dir));
  }

  private void build(String top, Map<String, String> verilog, Map<String, BlackBoxFiles.Source> blackBoxes,
      String publicConfig, Path runtime, Path dir) throws IOException {
    Path rtl = Files.createDirectories(dir.resolve("rtl"));
    for (Map.Entry<String, String> f : verilog.entrySet()) {
      // A black box's file keeps its relative path, directories included.
      Path file = rtl.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
    }
    List<String> verilate = new ArrayList<>(List.of(tools.verilator));
    verilate.addAll(VERILATOR_FLAGS);
    if (publicConfig == null) {
      verilate.add(ALL_PUBLIC);
    } else {
      // First on the command line, so that it applies to every file after it.
      Files.writeString(rtl.resolve(PublicSignals.FILE), publicConfig, StandardCharsets.UTF_8);
      verilate.add(PublicSignals.FILE);
    }
    verilate.addAll(List.of("--top-module", top, "--Mdir", dir.resolve(OBJ_DIR).toString()));
    verilate.addAll(verilog.keySet());
    Toolchain.Result v = Toolchain.run(verilate, rtl);
    if (v.exit() != 0) {
      throw new SimulationException("Verilator rejected the Verilog of " + top + ":\n"
          + VerilogDiagnostics.annotate(v.output(), verilog, blackBoxes));
    }
    NativeSources.copy(dir, List.of(NativeSources.API_HEADER, NativeSources.MODEL));
    Path unity = dir.resolve("model.cpp");
    Files.writeString(unity, unitySource(dir.resolve(OBJ_DIR)), StandardCharsets.UTF_8);
    Path exports = dir.resolve("exports.map");
    Files.writeString(exports, "{ global: hdl_model_api; local: *; };\n", StandardCharsets.UTF_8);
    List<String> compile = new ArrayList<>(List.of(tools.compiler));
    compile.addAll(RuntimeArchive.cxxFlags(tools));
    compile.addAll(List.of("-I" + dir.resolve(OBJ_DIR), "-I" + dir, "-shared", unity.toString(), runtime.toString(),
        // Only the entry point is exported: the runtime inside stays private to this model.
        "-Wl,--version-script=" + exports, "-Wl,--exclude-libs,ALL", "-Wl,--gc-sections", "-pthread", "-o",
        dir.resolve(LIBRARY).toString()));
    Toolchain.Result c = Toolchain.run(compile, dir);
    if (c.exit() != 0) {
      throw new SimulationException("the C++ compiler rejected the model of " + top + ":\n"
          + c.output().lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
    }
  }

  /** One translation unit including every generated file, so the Verilator headers are parsed once. */
  static String unitySource(Path obj) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(obj)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".cpp")).sorted().toList()) {
        text.append("#include \"").append(f.getFileName()).append("\"\n");
      }
    }
    return text.append("#include \"").append(NativeSources.MODEL).append("\"\n").toString();
  }
}
