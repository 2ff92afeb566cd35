package dev.gemini.bench;

import dev.gemini.GeminiEngine;
import dev.gemini.mutation.MutantTrial;
import dev.hdl.Elaboration;
import dev.hdl.formal.Equivalence;
import dev.hdl.formal.Formal;
import dev.hdl.ir.Design;
import dev.hdl.ir.ModuleDef;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.mutation.Mutant;
import dev.hdl.mutation.Mutants;
import dev.hdl.testing.VerilogTools;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * MUT: mutation coverage of the chipset's simulation tests. Mutants of the GE's modules, drawn
 * from the seed out of every mutant the IR offers, each run against the tests of
 * {@link MutantTrial} in a JVM of its own on the JVM back end; a mutant survives when every test
 * passes. Each survivor is then checked against the GE by the formal back end, module against
 * module: an equivalent mutant needs no test, and one that differs comes with the inputs that show
 * it. Each survivor is printed with the Java line it changed and that verdict.
 */
final class MutationCampaign {
  private static final int MUTANTS = Integer.getInteger("bench.mutants", 200);
  private static final long SEED = Long.getLong("bench.mutationSeed", 1);
  /** A mutant that makes a test spin until this limit is counted killed: the suite did not pass. */
  private static final Duration LIMIT = Duration.ofMinutes(5);
  private static final int WORKERS = 2;
  /** Cycles out of reset over which a survivor's module is compared with the original's. */
  private static final int TRIAGE_DEPTH = 24;
  /** This JVM's class path made absolute, for trials that run in directories of their own. */
  private static final List<Path> CLASS_PATH = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
      .map(entry -> Path.of(entry).toAbsolutePath()).toList();

  /** What one trial gave: killed (by which test) or survived; a trial over its limit counts as killed. */
  private record Outcome(Mutant mutant, boolean killed, String detail) {}

  private MutationCampaign() {}

  static void run() {
    try {
      campaign();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void campaign() throws IOException {
    Design original = Elaboration.elaborate(GeminiEngine::new);
    List<Mutant> all = Mutants.of(original);
    List<Mutant> drawn = new ArrayList<>(all);
    Collections.shuffle(drawn, new Random(SEED));
    drawn = drawn.subList(0, Math.min(MUTANTS, drawn.size()));
    long start = System.nanoTime();
    Path jars = Files.createTempDirectory("hdl-mutation");
    List<Outcome> outcomes;
    try {
      outcomes = trials(drawn, frozen(jars));
    } finally {
      delete(jars);
    }
    double trialSeconds = (System.nanoTime() - start) / 1e9;
    List<Outcome> survivors = outcomes.stream().filter(o -> !o.killed())
        .sorted(Comparator.comparing(o -> o.mutant().loc().toString())).toList();
    long triageStart = System.nanoTime();
    Map<Equivalence.Verdict, Integer> verdicts = new EnumMap<>(Equivalence.Verdict.class);
    int untriaged = 0;
    List<Equivalence> checks = inParallel(survivors.stream()
        .<Callable<Equivalence>>map(o -> () -> triage(original, o.mutant())).toList());
    for (int i = 0; i < survivors.size(); i++) {
      Outcome o = survivors.get(i);
      Equivalence e = checks.get(i);
      if (e != null) {
        verdicts.merge(e.verdict(), 1, Integer::sum);
      } else {
        untriaged++;
      }
      System.out.println("mutation survivor: " + o.mutant() + ": " + (e == null ? "not triaged" : e.verdict()
          + (e.verdict() == Equivalence.Verdict.DIFFERENT ? " at cycle " + e.differingCycle() + ", inputs in "
              + e.trace().toAbsolutePath() : "")));
    }
    int equivalent = verdicts.getOrDefault(Equivalence.Verdict.EQUIVALENT, 0);
    int killed = outcomes.size() - survivors.size();
    Bench.report("MUT.mutants", drawn.size(), "mutants of the GE tried (seed " + SEED + ", of " + all.size()
        + " the IR offers)");
    Bench.report("MUT.killed", killed, "mutants a test failed on");
    Bench.report("MUT.equivalent", equivalent, "survivors proved equivalent to the GE by induction: no test can kill them");
    Bench.report("MUT.survivors", survivors.size() - equivalent, "survivors not proved equivalent, each listed above with"
        + " its line: " + verdicts.getOrDefault(Equivalence.Verdict.DIFFERENT, 0) + " differ within " + TRIAGE_DEPTH
        + " cycles of reset, " + verdicts.getOrDefault(Equivalence.Verdict.ALIKE_TO_DEPTH, 0) + " do not, "
        + untriaged + " not triaged");
    Bench.report("MUT.score", (double) killed / (outcomes.size() - equivalent), "killed over not proved equivalent");
    Bench.report("MUT.triage_seconds", (System.nanoTime() - triageStart) / 1e9, "s for the equivalence checks, "
        + WORKERS + " at a time");
    Bench.report("MUT.seconds", trialSeconds, "s for the trials, " + WORKERS + " at a time");
  }

  /**
   * The survivor against the GE, module by module: every module the mutant changed (its own, and
   * those its class makes with other parameters) is checked, and the verdict is the one furthest
   * from equivalent. Null when a check could not finish (a module whose reset is made inside it,
   * or a solver over its time limit).
   */
  private static Equivalence triage(Design original, Mutant mutant) {
    Design changed = Elaboration.elaborate(GeminiEngine::new, mutant);
    Equivalence furthest = null;
    try {
      for (ModuleDef m : changed.modules()) {
        if (!m.equals(original.module(m.name()))) {
          Equivalence e = Formal.equivalence(original, changed, m.name(), TRIAGE_DEPTH);
          furthest = furthest == null || e.verdict().compareTo(furthest.verdict()) > 0 ? e : furthest;
        }
      }
      return furthest;
    } catch (IllegalArgumentException | AssertionError unfinished) {
      System.out.println("the equivalence check of " + mutant + " did not finish: "
          + String.valueOf(unfinished.getMessage()).lines().findFirst().orElse(""));
      return null;
    }
  }

  /**
   * The class path with its jars copied into {@code dir}: a campaign runs for many minutes, and a
   * build that installs new jars meanwhile must not change the code its later trials run.
   */
  private static String frozen(Path dir) throws IOException {
    List<String> entries = new ArrayList<>();
    for (Path entry : CLASS_PATH) {
      if (Files.isRegularFile(entry)) {
        Path copy = dir.resolve(entries.size() + "-" + entry.getFileName());
        Files.copy(entry, copy);
        entries.add(copy.toString());
      } else {
        entries.add(entry.toString());
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static List<Outcome> trials(List<Mutant> mutants, String classPath) {
    return inParallel(mutants.stream().<Callable<Outcome>>map(m -> () -> {
      Outcome o = trial(m, classPath);
      System.out.println("mutant " + o.mutant() + ": " + o.detail());
      return o;
    }).toList());
  }

  /** The results of {@code tasks}, in their order, {@link #WORKERS} at a time. */
  private static <T> List<T> inParallel(List<Callable<T>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Future<T>> running = tasks.stream().map(pool::submit).toList();
      List<T> done = new ArrayList<>();
      for (Future<T> f : running) {
        done.add(f.get());
      }
      return done;
    } catch (Exception e) {
      throw new IllegalStateException("a mutation trial or check did not complete", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs the tests against one mutant, in a scratch directory for what failing tests leave behind. */
  private static Outcome trial(Mutant mutant, String classPath) throws IOException {
    Path dir = Files.createTempDirectory("hdl-mutant");
    try {
      List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // One seed for every trial: the tests draw theirs at random otherwise, and a verdict must not.
          "-Dhdl.sim.backend=jvm", "-D" + SimulationExtension.SEED_PROPERTY + "=" + SEED,
          "-D" + Mutant.PROPERTY + "=" + mutant.spec(), "-XX:+UseSystemMemoryBarrier",
          "-cp", classPath, MutantTrial.class.getName());
      VerilogTools.Finished f;
      try {
        f = VerilogTools.exec(dir, cmd, "the trial of " + mutant, LIMIT);
      } catch (AssertionError overTime) {
        return new Outcome(mutant, true, "over " + LIMIT.toMinutes() + " minutes");
      }
      String verdict = f.output().lines().filter(l -> l.startsWith("killed by ") || l.startsWith("survived "))
          .findFirst().orElse(null);
      if (verdict == null) {
        // Neither verdict: the trial itself broke, which says nothing of the tests.
        throw new IllegalStateException("the trial of " + mutant + " exited " + f.exitCode() + " without a verdict:\n"
            + f.output());
      }
      return new Outcome(mutant, verdict.startsWith("killed"), verdict);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
