package dev.hdl.verilator;

import dev.hdl.ir.Design;
import dev.hdl.ir.Instance;
import dev.hdl.ir.ModuleDef;
import dev.hdl.sim.SimulationException;
import dev.hdl.source.SourceLoc;
import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Verilog a model is built from: the design's emitted modules and the files its black boxes
 * name, read from disk, in the order of the design's file list.
 *
 * <p>A black box's file is the path given to its constructor. An absolute path is used as it is; a
 * relative one is resolved against the JVM's working directory ({@code user.dir}), which under
 * Maven is the directory of the module whose tests run. The text read is part of the model's cache
 * key, so editing the file rebuilds the model.
 *
 * <p>In the model's {@code rtl/} directory a file whose relative path stays inside the working
 * directory keeps that path, so Verilator's messages name it as the user wrote it; any other file
 * goes under {@code blackbox/} by its base name. A name that is taken already (by an emitted module
 * or another file with the same base name) gets a numbered directory, {@code blackbox/2/}, so two
 * files never overwrite each other. A file named by several black boxes is read once.
 */
final class BlackBoxFiles {
  /**
   * A black box's file: its name in {@code rtl/}, the path as given, where it was read, and the
   * black box that names it ("black box VendorFifo (Verilog module vendor_fifo)") with the Java
   * line that declares it.
   */
  record Source(String rtlName, String given, Path resolved, String blackBox, SourceLoc declared) {}

  /**
   * The model's Verilog, file name in {@code rtl/} to text, and the black-box files among them by
   * that name.
   */
  record Sources(Map<String, String> verilog, Map<String, Source> blackBoxes) {}

  private BlackBoxFiles() {}

  static Sources of(Design design) {
    Map<String, String> emitted = VerilogOutput.of(design).files();
    // The order of the file list, with each entry known for what it is: a black box's file may
    // have the same name as an emitted module's.
    Set<String> taken = new HashSet<>();
    for (ModuleDef m : design.modules()) {
      if (m.blackBox() == null) {
        taken.add(m.name() + ".v");
      }
    }
    Map<String, String> verilog = new LinkedHashMap<>();
    Map<String, Source> blackBoxes = new LinkedHashMap<>();
    Set<Path> read = new HashSet<>();
    for (ModuleDef m : design.modules()) {
      if (m.blackBox() == null) {
        verilog.put(m.name() + ".v", emitted.get(m.name() + ".v"));
        continue;
      }
      String given = m.blackBox().verilogFile();
      Path resolved = resolve(design, m, given);
      if (!read.add(resolved)) {
        continue;
      }
      String text = read(design, m, given, resolved);
      String rtlName = rtlName(given, taken);
      taken.add(rtlName);
      verilog.put(rtlName, text);
      blackBoxes.put(rtlName, new Source(rtlName, given, resolved, name(m), m.loc()));
    }
    return new Sources(verilog, blackBoxes);
  }

  /** The working directory that relative black-box paths are resolved against. */
  static Path workingDirectory() {
    return Path.of("").toAbsolutePath();
  }

  private static Path resolve(Design design, ModuleDef owner, String given) {
    try {
      return workingDirectory().resolve(given).normalize();
    } catch (InvalidPathException e) {
      throw new SimulationException(describe(design, owner) + " names the Verilog file '" + given
          + "', which is not a valid path: " + e.getReason());
    }
  }

  private static String read(Design design, ModuleDef owner, String given, Path resolved) {
    String problem;
    if (!Files.exists(resolved)) {
      problem = "does not exist";
    } else if (Files.isDirectory(resolved)) {
      problem = "is a directory";
    } else {
      try {
        return new String(Files.readAllBytes(resolved), StandardCharsets.UTF_8);
      } catch (AccessDeniedException e) {
        problem = "cannot be read: permission denied";
      } catch (IOException e) {
        problem = "cannot be read: " + e;
      }
    }
    String where = Path.of(given).isAbsolute() ? "" : " (relative paths are resolved against the working"
        + " directory, " + workingDirectory() + ")";
    throw new SimulationException(describe(design, owner) + " names the Verilog file '" + given + "', which "
        + problem + ": " + resolved + where);
  }

  /** {@code given} under a name of its own in {@code rtl/}. */
  static String rtlName(String given, Set<String> taken) {
    Path p = Path.of(given);
    Path normal = p.normalize();
    String base = p.getFileName() == null ? "blackbox.v" : p.getFileName().toString();
    if (!p.isAbsolute() && !normal.toString().isEmpty() && !normal.startsWith("..")
        && !taken.contains(normal.toString())) {
      return normal.toString();
    }
    String name = "blackbox/" + base;
    for (int n = 2; taken.contains(name); n++) {
      name = "blackbox/" + n + "/" + base;
    }
    return name;
  }

  /** "black box VendorFifo (Verilog module vendor_fifo)". */
  static String name(ModuleDef blackBox) {
    String c = blackBox.javaClass();
    String simple = c.substring(Math.max(c.lastIndexOf('.'), c.lastIndexOf('$')) + 1);
    return "black box " + simple + " (Verilog module " + blackBox.name() + ")";
  }

  /**
   * "BlackBoxTest.java:33: black box VendorFifo (Verilog module vendor_fifo), placed as queue in
   * Receiver at BlackBoxTest.java:50,": the Java line that declares it, then its first instance.
   */
  static String describe(Design design, ModuleDef blackBox) {
    StringBuilder s = new StringBuilder().append(blackBox.loc()).append(": ").append(name(blackBox));
    for (ModuleDef m : design.modules()) {
      Instance placed = m.instances().stream().filter(i -> i.module().equals(blackBox.name())).findFirst()
          .orElse(null);
      if (placed != null) {
        s.append(", placed as ").append(placed.name()).append(" in ").append(m.name()).append(" at ")
            .append(placed.loc()).append(',');
        break;
      }
    }
    return s.toString();
  }
}
