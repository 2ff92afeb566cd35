package dev.hdl.verilator;

import dev.hdl.ir.Design;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import dev.hdl.sim.Visibility;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs designs in Verilator: emit the Verilog, build (or find in the cache) a model library,
 * load it through the JNI bridge. A black box's Verilog file is read from disk, a relative path
 * against the working directory (see {@link BlackBoxFiles}). Models are cached by the hash of
 * everything that goes into them, in {@link BuildCache#defaultRoot()} unless given another
 * directory.
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
    BlackBoxFiles.Sources sources = BlackBoxFiles.of(design);
    Visibility visibility = new Visibility(design, options);
    Path library = build(design, sources, visibility);
    return new VerilatorSimulation(design, options, library, sources, visibility);
  }

  /** The model library of a design with nothing exposed, built if the cache does not have it. */
  public Path library(Design design) {
    return build(design, BlackBoxFiles.of(design), new Visibility(design, SimOptions.defaults()));
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

  private Path build(Design design, BlackBoxFiles.Sources sources, Visibility visibility) {
    Path entry = new ModelBuilder(tools(), cache).build(design.top(), sources.verilog(), sources.blackBoxes(),
        PublicSignals.config(design, visibility));
    NativeModel.load(tools(), cache);
    return entry.resolve(ModelBuilder.LIBRARY);
  }

  private synchronized Toolchain tools() {
    if (tools == null) {
      tools = Toolchain.fromEnvironment();
    }
    return tools;
  }
}
