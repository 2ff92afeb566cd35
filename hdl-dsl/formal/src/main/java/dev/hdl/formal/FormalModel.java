package dev.hdl.formal;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.ModuleDef;
import dev.hdl.source.SourceLoc;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A design made ready for the solver: its emitted Verilog read by Yosys as a formal flow does and
 * written as SMT-LIB, with reset held in the first cycle. Maps the checks the solver names, by
 * Verilog line, back to the design's checks and their Java lines.
 */
final class FormalModel {
  static final String TIME_LIMIT_PROPERTY = "hdl.formal.timeLimitSeconds";
  static final String SMT2 = "model.smt2";
  private static final String RESET_CONSTRAINT = "reset.smtc";
  private static final Pattern LOCATOR = Pattern.compile("// (\\S+):(\\d+)\\s*$");

  enum Mode {
    BMC("bmc"),
    INDUCTION("induction", "-i"),
    COVER("cover", "-c");

    final String name;
    final List<String> flags;

    Mode(String name, String... flags) {
      this.name = name;
      this.flags = List.of(flags);
    }
  }

  final Design design;
  final Path dir;
  /** The clock and reset ports of the design's one domain. */
  final String clock;
  final String reset;
  private final Map<String, String> verilog;

  private FormalModel(Design design, Path dir, String clock, String reset, Map<String, String> verilog) {
    this.design = design;
    this.dir = dir;
    this.clock = clock;
    this.reset = reset;
    this.verilog = verilog;
  }

  /** Emits the design into {@code dir} and has Yosys write its SMT-LIB model; {@code call} names the caller. */
  static FormalModel build(Design design, Path dir, String call) {
    FlatNetlist net = design.netlist();
    for (ModuleDef m : design.modules()) {
      if (m.blackBox() != null) {
        throw new IllegalArgumentException(call + ": " + design.top() + " instantiates the black box " + m.name()
            + "; the formal back end reads only the DSL's own Verilog.");
      }
    }
    if (net.domains().size() != 1 || net.domains().getFirst().reset() < 0) {
      throw new IllegalArgumentException(call + ": " + design.top() + " has " + net.domains().size()
          + " clock domains; the formal back end checks designs with one clock and its reset.");
    }
    FlatNetlist.FlatDomain domain = net.domains().getFirst();
    String clock = portName(net, domain.clock());
    String reset = portName(net, domain.reset());
    VerilogOutput out = VerilogOutput.of(design);
    try {
      Files.createDirectories(dir);
      out.writeTo(dir);
      writeResetConstraint(dir, List.of(domain.resetActiveLow() ? "(not [" + reset + "])" : "[" + reset + "]"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Flattened, memories as registers and constants folded: z3 is far faster on the result.
    String script = "read_verilog -formal -sv " + String.join(" ", VerilogTools.files(out)) + "; prep -top "
        + design.top() + "; flatten; memory_map; opt -fast; async2sync; dffunmap; write_smt2 -wires " + SMT2;
    VerilogTools.run(dir, List.of("yosys", "-q", "-p", script), "Yosys, writing the formal model of " + design.top());
    return new FormalModel(design, dir, clock, reset, out.files());
  }

  /** A top-level port's name: its flat path without the top module's name. */
  static String portName(FlatNetlist net, int node) {
    return localPath(net.nodes().get(node).path());
  }

  /** A flat path ({@code Top.u_fifo.wptr}) as simulators name it below the top ({@code u_fifo.wptr}). */
  static String localPath(String flatPath) {
    return flatPath.substring(flatPath.indexOf('.') + 1);
  }

  /**
   * Runs yosys-smtbmc with z3 on the cycles 0 to {@code depth - 1}; traces go to {@code <mode>*.vcd}
   * in {@link #dir}. A clocked check fires a step after its cycle, so the solver needs one step more.
   */
  SolverRun solve(Mode mode, int depth, Solving solving) {
    return solve(dir, design.top(), mode, depth, solving);
  }

  /** As {@link #solve(Mode, int, Solving)}, on the model Yosys wrote into {@code dir}, of {@code subject}. */
  static SolverRun solve(Path dir, String subject, Mode mode, int depth, Solving solving) {
    VerilogTools.requireTool("z3"); // yosys-smtbmc starts it, and says little when it is missing
    // Unrolled, z3 answers in a fraction of a second what takes it minutes on the model's functions.
    List<String> cmd = new ArrayList<>(List.of("yosys-smtbmc", "-s", "z3", "--unroll", "--presat", "--noprogress"));
    if (solving == Solving.FRESH_PER_STEP) {
      cmd.add("--noincr");
    }
    cmd.addAll(mode.flags);
    cmd.addAll(List.of("-t", Integer.toString(depth + 1), "--smtc", RESET_CONSTRAINT));
    if (mode != Mode.INDUCTION) {
      // '%' numbers the traces: one for a counterexample, one for each cover reached.
      cmd.addAll(List.of("--dump-vcd", mode.name + "%.vcd"));
    }
    cmd.add(SMT2);
    String log = VerilogTools.exec(dir, cmd, "yosys-smtbmc (" + mode.name + " of " + subject + " to depth " + depth
        + ", -D" + TIME_LIMIT_PROPERTY + " for longer)", timeLimit()).output();
    try {
      Files.writeString(dir.resolve(mode.name + ".log"), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SolverRun.parse(log, dir);
  }

  /** How long one run of a tool may take, from {@link #TIME_LIMIT_PROPERTY}. */
  static Duration timeLimit() {
    return Duration.ofSeconds(Long.getLong(TIME_LIMIT_PROPERTY, 300));
  }

  /** The constraint file that holds the given resets active in the first cycle: {@code [name]} or {@code (not [name])}. */
  static void writeResetConstraint(Path dir, List<String> heldResets) throws IOException {
    StringBuilder smtc = new StringBuilder("initial\n");
    heldResets.forEach(r -> smtc.append("assume ").append(r).append('\n'));
    Files.writeString(dir.resolve(RESET_CONSTRAINT), smtc);
  }

  /** The design's check that the solver names by its Verilog line. */
  FlatNetlist.FlatCheck check(SolverRun.Hit hit) {
    String[] lines = verilog.getOrDefault(hit.file(), "").split("\n", -1);
    Matcher m = hit.line() >= 1 && hit.line() <= lines.length ? LOCATOR.matcher(lines[hit.line() - 1]) : null;
    if (m == null || !m.find()) {
      throw new IllegalStateException("no check of " + design.top() + " at " + hit.file() + ":" + hit.line());
    }
    SourceLoc loc = new SourceLoc(m.group(1), Integer.parseInt(m.group(2)));
    return design.netlist().checks().stream().filter(c -> c.loc().equals(loc)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no check of " + design.top() + " at " + loc));
  }
}
