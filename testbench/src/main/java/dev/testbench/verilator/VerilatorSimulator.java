package dev.testbench.verilator;

import dev.hdl.ir.Design;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import dev.hdl.verilog.VerilogOutput;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs designs in Verilator: emit the Verilog, build (or find in the cache) a model library,
 * load it through the JNI bridge. Models are cached by the hash of everything that goes into
 * them, in {@link BuildCache#defaultRoot()} unless given another directory.
 */
public final class VerilatorSimulator implements Simulator {
  private final BuildCache cache;
  private Toolchain tools;

  public VerilatorSimulator() {
    this(BuildCache.defaultRoot());
  }

  public VerilatorSimulator(Path cacheDirectory) {
    this.cache = new BuildCache(cacheDirectory);
  }

  @Override
  public String name() {
    return "verilator";
  }

  @Override
  public Simulation open(Design design, SimOptions options) {
    Map<String, String> verilog = verilog(design);
    Path library = build(design.top(), verilog);
    return new VerilatorSimulation(design, options, library, verilog);
  }

  /** The model library of a design, built if the cache does not have it. */
  public Path library(Design design) {
    return build(design.top(), verilog(design));
  }

  /**
   * The cache entry of a model built from Verilog given as file name to text: the library and,
   * under {@code obj/}, Verilator's C++ of the model.
   */
  public Path buildVerilog(String top, Map<String, String> verilog) {
    return new ModelBuilder(tools(), cache).build(top, verilog);
  }

  /** The Verilator runtime archive every model links, and the compiler flags it was built with. */
  public Path runtimeArchive() {
    return RuntimeArchive.archive(tools(), cache);
  }

  public java.util.List<String> compilerFlags() {
    return RuntimeArchive.cxxFlags(tools());
  }

  private Path build(String top, Map<String, String> verilog) {
    Path entry = buildVerilog(top, verilog);
    NativeModel.load(tools(), cache);
    return entry.resolve(ModelBuilder.LIBRARY);
  }

  private synchronized Toolchain tools() {
    if (tools == null) {
      tools = Toolchain.fromEnvironment();
    }
    return tools;
  }

  /** The design's Verilog files in the order of its file list. */
  static Map<String, String> verilog(Design design) {
    Map<String, String> files = VerilogOutput.of(design).files();
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String name : files.get(VerilogOutput.FILE_LIST).lines().toList()) {
      String text = files.get(name);
      if (text == null) {
        throw new dev.hdl.sim.SimulationException("the black box file " + name + " of " + design.top()
            + " is not supported by the Verilator backend yet");
      }
      ordered.put(name, text);
    }
    return ordered;
  }
}
