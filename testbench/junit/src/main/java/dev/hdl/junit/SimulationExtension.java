package dev.hdl.junit;

import dev.hdl.sim.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Hands a test method a {@link TestSimulator}, seeded from {@code -Dhdl.sim.seed} or at random,
 * and when the test fails runs it once more with the same seed and tracing on, leaving under
 * {@code target/sim-failures/} the waveform, the seed, a replay command and the last cycles of the
 * signals it touched, all printed with the failure. A passing test runs once, without tracing.
 */
public final class SimulationExtension implements ParameterResolver, InvocationInterceptor {
  public static final String SEED_PROPERTY = "hdl.sim.seed";
  public static final String BACKEND_PROPERTY = "hdl.sim.backend";
  static final String ARTIFACTS_PROPERTY = "hdl.sim.artifacts";
  /** How many of its last cycles a failing simulation's waveform holds. */
  static final long TRACED_CYCLES = 20_000;

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SimulationExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    long seed = seed();
    TestSimulator sim = new TestSimulator(backend(context), seed, null, TimeLimit.start());
    context.getStore(NAMESPACE).put(TestSimulator.class, sim);
    return sim;
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    runRecordingFailure(invocation, call, context);
  }

  /** Each case of a parameterized or repeated test, as a test of its own. */
  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    runRecordingFailure(invocation, call, context);
  }

  private static void runRecordingFailure(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    TestSimulator first = context.getStore(NAMESPACE).get(TestSimulator.class, TestSimulator.class);
    try {
      invocation.proceed();
    } catch (Throwable failure) {
      if (first == null) {
        throw failure;
      }
      first.closeAll();
      replayWithTrace(failure, first, call, context);
      throw failure;
    } finally {
      if (first != null) {
        first.closeAll();
        first.limit().close();
      }
    }
  }

  /** The second run, traced; its artifacts are attached to the first run's failure. */
  private static void replayWithTrace(Throwable failure, TestSimulator first, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) {
    Path dir = artifactDirectory(context);
    // Each simulation is traced over its last cycles only: a long test leaves its waveform in seconds.
    List<Long> traceFrom = first.opened().stream().map(s -> Math.max(0, s.lastCycle() - TRACED_CYCLES)).toList();
    TestSimulator traced = new TestSimulator(backend(context), first.seed(), dir, TimeLimit.replaying(first.limit()),
        traceFrom);
    Object[] args = call.getArguments().toArray();
    for (int i = 0; i < args.length; i++) {
      if (args[i] == first) {
        args[i] = traced;
      }
    }
    Method method = call.getExecutable();
    try {
      method.setAccessible(true);
      method.invoke(call.getTarget().orElse(null), args);
    } catch (InvocationTargetException expected) {
      // The same seed fails the same way; the first run's failure is the one reported.
    } catch (IllegalAccessException e) {
      failure.addSuppressed(e);
      return;
    } finally {
      traced.closeAll();
      traced.limit().close();
    }
    // The back end that ran, whether the property or @SimulateWith chose it.
    String replay = ReplayCommand.of(Path.of(System.getProperty("user.dir")), context.getRequiredTestClass().getName(),
        method.getName(), " -D" + BACKEND_PROPERTY + "=" + first.name() + " -D" + SEED_PROPERTY + "=" + first.seed());
    FailureArtifacts artifacts = FailureArtifacts.write(dir, first.seed(), replay, traced.opened());
    SimulationFailure report = new SimulationFailure("simulation artifacts in " + dir.toAbsolutePath() + "\n"
        + artifacts.summary());
    failure.addSuppressed(report);
  }

  /** Where failing tests leave their directories, one per test: {@code -Dhdl.sim.artifacts}, else target/sim-failures. */
  public static Path artifactRoot() {
    return Path.of(System.getProperty(ARTIFACTS_PROPERTY, "target/sim-failures"));
  }

  private static Path artifactDirectory(ExtensionContext context) {
    String test = context.getRequiredTestClass().getName() + "." + context.getRequiredTestMethod().getName();
    // A case of a parameterized test: "[2] true" becomes "-2-true".
    String invocation = context.getDisplayName().startsWith("[")
        ? "-" + context.getDisplayName().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", "") : "";
    Path dir = artifactRoot().resolve(test + invocation);
    try {
      Files.createDirectories(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long seed() {
    String given = System.getProperty(SEED_PROPERTY);
    return given != null ? Long.parseLong(given.strip()) : new java.util.Random().nextLong();
  }

  /** {@link SimulateWith} on the method or class, else {@code -Dhdl.sim.backend}, else the first found. */
  private static Simulator backend(ExtensionContext context) {
    Optional<SimulateWith> chosen = context.getTestMethod().map(m -> m.getAnnotation(SimulateWith.class))
        .or(() -> context.getTestClass().map(c -> c.getAnnotation(SimulateWith.class)));
    if (chosen.isPresent()) {
      try {
        return chosen.get().value().getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new ParameterResolutionException("cannot make the backend " + chosen.get().value().getName(), e);
      }
    }
    String wanted = System.getProperty(BACKEND_PROPERTY);
    for (Simulator s : ServiceLoader.load(Simulator.class)) {
      if (wanted == null || wanted.equals(s.name())) {
        return s;
      }
    }
    throw new ParameterResolutionException("no simulation backend" + (wanted == null ? "" : " named " + wanted)
        + " on the class path");
  }
}
