package dev.hdl.formal;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.Stmt;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.WaveformFiles;
import dev.hdl.sim.AssertionFailure;
import dev.hdl.sim.VcdWriter;
import dev.hdl.source.SourceLoc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Proves a design's {@code assertThat}s under its {@code assume}s, from a JUnit test, with Yosys,
 * yosys-smtbmc and z3 on the emitted Verilog. Every run starts from reset, held in cycle 0; a
 * depth counts the cycles checked. A failing assertion throws a {@link Counterexample} that names
 * its Java line and leaves, under {@code target/sim-failures/<test>/}, the solver's trace and the
 * JVM simulator's replay of the same inputs as VCD, FST with a GTKWave save file, text and SVG.
 */
public final class Formal {
  /** At most this many signals in a counterexample's rendered waveform. */
  private static final int SHOWN_SIGNALS = 24;
  /** Numbers the work directories of the equivalence checks one caller makes. */
  private static final AtomicInteger EQUIVALENCE_CHECKS = new AtomicInteger();

  private Formal() {}

  /** Bounded model check: every assertion holds in the first {@code depth} cycles out of reset. */
  public static Proof bmc(Design design, int depth) {
    return bmc(design, depth, Solving.INCREMENTAL);
  }

  public static Proof bmc(Design design, int depth, Solving solving) {
    Call call = Call.of("bmc", design, depth, Stmt.CheckKind.ASSERT);
    long start = System.nanoTime();
    FormalModel model = FormalModel.build(design, call.workDir(), call.describe());
    holdsToDepth(model, depth, solving, call);
    return new Proof(design.top(), depth, false, since(start));
  }

  /**
   * Full proof: {@link #bmc} to {@code depth}, then k-induction at {@code depth}. The result says
   * whether induction closed; when it does not, the assertions need stronger invariants (more
   * assertions about the state) or a greater depth, and hold to {@code depth} only.
   */
  public static Proof prove(Design design, int depth) {
    return prove(design, depth, Solving.INCREMENTAL);
  }

  public static Proof prove(Design design, int depth, Solving solving) {
    Call call = Call.of("prove", design, depth, Stmt.CheckKind.ASSERT);
    long start = System.nanoTime();
    FormalModel model = FormalModel.build(design, call.workDir(), call.describe());
    holdsToDepth(model, depth, solving, call);
    SolverRun induction = model.solve(FormalModel.Mode.INDUCTION, depth, solving);
    return new Proof(design.top(), depth, induction.status() == SolverRun.Status.PASSED, since(start));
  }

  /**
   * Reaches every {@code cover} within {@code depth} cycles out of reset, or throws {@link
   * CoverNotReached} naming those it could not; assertions that fail on the way are a {@link
   * Counterexample}.
   */
  public static Coverage cover(Design design, int depth) {
    return cover(design, depth, Solving.INCREMENTAL);
  }

  public static Coverage cover(Design design, int depth, Solving solving) {
    Call call = Call.of("cover", design, depth, Stmt.CheckKind.COVER);
    long start = System.nanoTime();
    FormalModel model = FormalModel.build(design, call.workDir(), call.describe());
    SolverRun run = model.solve(FormalModel.Mode.COVER, depth, solving);
    requireSatisfiableAssumptions(run, call);
    if (run.failed() != null) {
      throw counterexample(model, run.failed(), call);
    }
    List<Coverage.Reached> reached = new ArrayList<>();
    for (SolverRun.Hit hit : run.reached()) {
      FlatNetlist.FlatCheck c = model.check(hit);
      reached.add(new Coverage.Reached(c.loc(), c.message(), hit.cycle(), hit.trace()));
    }
    List<FlatNetlist.FlatCheck> missed = design.netlist().checks().stream()
        .filter(c -> c.kind() == Stmt.CheckKind.COVER && reached.stream().noneMatch(r -> r.loc().equals(c.loc())))
        .toList();
    if (!missed.isEmpty()) {
      StringBuilder m = new StringBuilder(call.describe() + ": no input sequence reaches within " + depth + " cycles:");
      missed.forEach(c -> m.append("\n  ").append(c.loc()).append(": ").append(c.message()));
      throw call.trimmed(new CoverNotReached(m.toString(), missed.stream().map(FlatNetlist.FlatCheck::loc).toList()));
    }
    return new Coverage(design.top(), depth, reached, since(start));
  }

  /**
   * Whether module {@code module} of {@code changed} behaves as that of {@code original}: the same
   * outputs in every cycle out of reset, for every input sequence, with the state no reset sets
   * starting at zero in both. A difference within {@code depth} cycles comes with the inputs that
   * show it; otherwise induction tries to prove them equivalent for ever. A mutation campaign asks
   * this of each survivor: an equivalent mutant needs no test.
   */
  public static Equivalence equivalence(Design original, Design changed, String module, int depth) {
    Call call = Call.of("equivalence", original, depth, null);
    Path dir = call.workDir().resolve(module + "-" + EQUIVALENCE_CHECKS.incrementAndGet());
    return EquivalenceCheck.check(original, changed, module, depth, dir, call.describe());
  }

  private static void holdsToDepth(FormalModel model, int depth, Solving solving, Call call) {
    SolverRun bmc = model.solve(FormalModel.Mode.BMC, depth, solving);
    requireSatisfiableAssumptions(bmc, call);
    if (bmc.status() == SolverRun.Status.FAILED) {
      throw counterexample(model, bmc.failed(), call);
    }
  }

  private static void requireSatisfiableAssumptions(SolverRun run, Call call) {
    if (run.status() == SolverRun.Status.ASSUMPTIONS_UNSATISFIABLE) {
      throw new IllegalArgumentException(call.describe() + ": the assumptions of " + call.top()
          + " contradict each other out of reset, so every assertion would hold vacuously.");
    }
  }

  /** The failure, its replay in the JVM simulator, and the artefacts both leave. */
  private static Counterexample counterexample(FormalModel model, SolverRun.Hit hit, Call call) {
    FlatNetlist.FlatCheck check = model.check(hit);
    Path dir = SimulationExtension.artifactRoot().resolve(call.test());
    try {
      Files.createDirectories(dir);
      Path solverTrace = dir.resolve("solver.vcd");
      SolverTraces.truncate(hit.trace(), solverTrace, hit.cycle());
      Replay replay = Replay.of(model, solverTrace, hit.step(), dir.resolve("replay.vcd"));
      List<String> shown = shownSignals(model.design);
      String top = model.design.top();
      WaveformFiles.write(dir, solverTrace, top, model.clock, shown, hit.cycle());
      String replayWaves = WaveformFiles.write(dir, replay.trace(), VcdWriter.ROOT_SCOPE + "." + top, model.clock,
          shown, replay.lastCycle());
      AssertionFailure same = replay.failure() != null && replay.failure().loc().equals(check.loc())
          ? replay.failure() : null;
      String message = check.loc() + ": assertion failed at cycle " + hit.cycle() + ": " + check.message()
          + "\n" + call.describe() + " found inputs out of reset that break it."
          + "\nreplay in the JVM simulator: " + replayVerdict(replay, same)
          + "\nartifacts in " + dir.toAbsolutePath()
          + "\nsolver: " + dir.resolve("solver.fst").toAbsolutePath()
          + "\n" + replayWaves;
      return call.trimmed(new Counterexample(message, check.loc(), hit.cycle(), dir, same));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String replayVerdict(Replay replay, AssertionFailure same) {
    if (same != null) {
      return "the same assertion fails at cycle " + same.cycle();
    }
    return replay.failure() == null ? "no assertion failed in " + replay.lastCycle() + " cycles (the models disagree)"
        : "a different assertion failed: " + replay.failure().getMessage();
  }

  /** The ports, then the named registers, for the rendered waveform. */
  private static List<String> shownSignals(Design design) {
    FlatNetlist net = design.netlist();
    List<String> shown = new ArrayList<>();
    net.inputs().forEach(i -> shown.add(FormalModel.portName(net, i)));
    net.outputs().forEach(o -> shown.add(FormalModel.portName(net, o)));
    net.nodes().stream().filter(n -> n.kind() == FlatNetlist.Kind.REG && n.path() != null)
        .forEach(n -> shown.add(FormalModel.localPath(n.path())));
    return shown.stream().distinct().limit(SHOWN_SIGNALS).toList();
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * A call of this API: which one, on what, and from which test method and line, found on the
   * stack, which name its directories and its errors.
   */
  private record Call(String api, String top, SourceLoc caller, String test) {
    /** {@code needed}: the kind of check the design must have, or null when the call needs none. */
    static Call of(String api, Design design, int depth, Stmt.CheckKind needed) {
      StackWalker.StackFrame frame = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(s -> s
          .filter(f -> f.getDeclaringClass() != Formal.class && f.getDeclaringClass().getEnclosingClass() != Formal.class)
          .findFirst()).orElseThrow();
      String method = frame.getMethodName().replaceFirst("^lambda\\$(.*)\\$\\d+$", "$1");
      Call call = new Call(api, design.top(), new SourceLoc(frame.getFileName(), frame.getLineNumber()),
          frame.getClassName() + "." + method);
      if (depth < 1) {
        throw new IllegalArgumentException(call.describe() + ": depth " + depth
            + " is not valid: it is the number of cycles to check out of reset, at least 1.");
      }
      if (needed != null && design.netlist().checks().stream().noneMatch(c -> c.kind() == needed)) {
        throw new IllegalArgumentException(call.describe() + ": " + design.top() + " has no "
            + (needed == Stmt.CheckKind.COVER ? "cover" : "assertThat") + " to " + (needed == Stmt.CheckKind.COVER
                ? "reach" : "prove") + ".");
      }
      return call;
    }

    /** The failure with its stack from the caller out: what the back end did inside is no help to a reader. */
    <E extends AssertionError> E trimmed(E failure) {
      failure.setStackTrace(Arrays.stream(failure.getStackTrace())
          .dropWhile(f -> f.getClassName().equals(Formal.class.getName()) || f.getClassName().startsWith(
              Formal.class.getName() + "$"))
          .toArray(StackTraceElement[]::new));
      return failure;
    }

    String describe() {
      return caller + ": Formal." + api + "(" + top + ")";
    }

    /** The solver's files for this call, kept for a look: target/formal/<test>/. */
    Path workDir() {
      return Path.of("target", "formal", test);
    }
  }
}
