package dev.hdl.formal;

import dev.hdl.ir.Design;
import dev.hdl.ir.Domain;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module against a changed copy of it, in two steps, as MCY and EQY do it with Yosys:
 *
 * <ol>
 *   <li>an induction over the signals the two share by name (Yosys's {@code equiv_make},
 *       {@code equiv_simple}, {@code equiv_induct}). A shared signal that the change makes differ
 *       cannot be proved equal; it is left out and the induction tried again without it, until
 *       every signal left is proved, or a port is among those that are not;
 *   <li>when that does not prove them equivalent, a miter of the two, checked from reset to a
 *       depth: a failure is an input sequence that tells them apart.
 * </ol>
 *
 * The state that no reset sets starts at zero in both copies, so that only the change can tell
 * them apart; every assertion and assumption of the module is dropped, so the inputs are free.
 */
final class EquivalenceCheck {
  /** An $equiv cell equiv_status could not prove: {@code \name_gold [bit] \name_gate [bit]}. */
  private static final Pattern UNPROVEN = Pattern.compile("Unproven \\$equiv \\S+: \\\\(\\S+)_gold(?: \\[\\d+])? ");
  private static final String PROVEN = "Equivalence successfully proven!";
  private static final String BLACKLIST = "unmatched.txt";
  private static final String STATUS = "equiv_status.txt";

  private final ModuleDef module;
  private final Path dir;
  private final String call;
  private final String bothModules;

  private EquivalenceCheck(ModuleDef module, Path dir, String call, String bothModules) {
    this.module = module;
    this.dir = dir;
    this.call = call;
    this.bothModules = bothModules;
  }

  static Equivalence check(Design original, Design changed, String moduleName, int depth, Path dir, String call) {
    long start = System.nanoTime();
    ModuleDef gold = moduleOf(original, moduleName, call);
    ModuleDef gate = moduleOf(changed, moduleName, call);
    if (!ports(gold).equals(ports(gate))) {
      throw new IllegalArgumentException(call + ": the two " + moduleName + " modules have different ports: "
          + ports(gold) + " and " + ports(gate) + "; only modules of one interface can be equivalent.");
    }
    try {
      Files.createDirectories(dir);
      String script = side(original, moduleName, "gold", dir) + side(changed, moduleName, "gate", dir)
          + "design -copy-from gold -as gold gold; design -copy-from gate -as gate gate; ";
      EquivalenceCheck check = new EquivalenceCheck(gold, dir, call, script);
      FormalModel.writeResetConstraint(dir, check.heldResets());
      Equivalence.Verdict verdict = Equivalence.Verdict.EQUIVALENT;
      long differs = -1;
      Path trace = null;
      // Induction first: on a change that is masked, it is far quicker than a miter unrolled to the depth.
      if (!check.induction()) {
        SolverRun bmc = check.miter(depth);
        verdict = bmc.status() == SolverRun.Status.FAILED ? Equivalence.Verdict.DIFFERENT
            : Equivalence.Verdict.ALIKE_TO_DEPTH;
        if (verdict == Equivalence.Verdict.DIFFERENT) {
          // The miter's assertion compares outputs as they are, so it fails in the cycle they differ.
          differs = bmc.failed().step();
          trace = bmc.failed().trace();
        }
      }
      return new Equivalence(moduleName, verdict, depth, differs, trace, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModuleDef moduleOf(Design design, String name, String call) {
    return design.modules().stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(call + ": " + design.top() + " has no module " + name
            + "; its modules are " + design.modules().stream().map(ModuleDef::name).toList()));
  }

  /** The ports as {@code name:width}, inputs first as declared. */
  private static List<String> ports(ModuleDef m) {
    return m.ports().stream().map(m::node).map(n -> n.name() + ":" + n.width()).toList();
  }

  /**
   * The Yosys commands that read one design's Verilog (written under {@code dir/<side>}) and keep
   * the module, flattened, under the name {@code side}.
   */
  private static String side(Design design, String moduleName, String side, Path dir) {
    VerilogOutput out = VerilogOutput.of(design);
    out.writeTo(dir.resolve(side));
    List<String> files = VerilogTools.files(out).stream().map(f -> side + "/" + f).toList();
    return "read_verilog -formal -sv " + String.join(" ", files) + "; prep -top " + moduleName
        + "; flatten; memory_map; chformal -remove; opt -fast; zinit -all; rename " + moduleName + " " + side
        + "; design -stash " + side + "; ";
  }

  /** The module's resets, held active in cycle 0 as the solver's constraints name the miter's inputs. */
  private List<String> heldResets() {
    List<String> held = new ArrayList<>();
    for (Domain d : module.domains()) {
      if (d.reset() < 0) {
        continue;
      }
      if (!(module.node(d.reset()) instanceof Node.Input reset)) {
        throw new IllegalArgumentException(call + ": the reset of " + module.name() + "'s clock domain " + d.name()
            + " is made inside it; the check holds resets that are inputs of the module.");
      }
      held.add(d.resetActiveLow() ? "(not [in_" + reset.name() + "])" : "[in_" + reset.name() + "]");
    }
    return held;
  }

  private SolverRun miter(int depth) {
    yosys(bothModules + "miter -equiv -flatten -make_assert -ignore_gold_x gold gate miter; hierarchy -top miter;"
        + " async2sync; dffunmap; write_smt2 -wires " + FormalModel.SMT2, "the miter");
    return FormalModel.solve(dir, module.name() + " against its changed copy", FormalModel.Mode.BMC, depth,
        Solving.INCREMENTAL);
  }

  /** Whether induction proves every output equal, leaving out the shared signals it cannot prove. */
  private boolean induction() throws IOException {
    Set<String> ports = Set.copyOf(module.ports().stream().map(module::node).map(Node::name).toList());
    Set<String> unmatched = new LinkedHashSet<>();
    while (true) {
      Files.write(dir.resolve(BLACKLIST), unmatched);
      yosys(bothModules + "equiv_make -blacklist " + BLACKLIST + " gold gate equiv; hierarchy -top equiv;"
          + " async2sync; dffunmap; equiv_simple; equiv_induct; tee -q -o " + STATUS + " equiv_status", "the induction");
      String status = Files.readString(dir.resolve(STATUS));
      if (status.contains(PROVEN)) {
        return true;
      }
      Set<String> unproven = new LinkedHashSet<>();
      Matcher m = UNPROVEN.matcher(status);
      while (m.find()) {
        unproven.add(m.group(1));
      }
      // A port that differs is a difference; a signal left out a second time means no progress.
      if (unproven.isEmpty() || unproven.stream().anyMatch(ports::contains) || !unmatched.addAll(unproven)) {
        return false;
      }
    }
  }

  private void yosys(String script, String what) {
    VerilogTools.run(dir, List.of("yosys", "-q", "-p", script), "Yosys, writing " + what + " of " + module.name()
        + " (" + call + ")", FormalModel.timeLimit());
  }
}
