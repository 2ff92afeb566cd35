package dev.gemini.mutation;

import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.hdl.mutation.Mutant;
import java.util.Arrays;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One mutant against the chipset's simulation tests, in a JVM of its own whose {@code hdl.mutant}
 * property makes every elaboration apply it: exits 1 at the first failing test (the mutant is
 * killed, and the test that killed it is printed), 0 when every test passes (it survived). The
 * arguments, if any, name the test classes to run instead, as when a new test is tried on a survivor.
 */
public final class MutantTrial {
  /** The chipset's packages whose tests simulate the GE's blocks and the duplex system. */
  static final String[] PACKAGES = {"dev.gemini.lockstep", "dev.gemini.isolation", "dev.gemini.registers",
      "dev.gemini.datamover", "dev.gemini.clocking", "dev.gemini.system"};

  private MutantTrial() {}

  public static void main(String[] args) {
    Mutant mutant = Mutant.fromProperty();
    System.out.println("trial of " + (mutant == null ? "the unchanged design" : mutant));
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(args.length > 0 ? Arrays.stream(args).map(c -> selectClass(c)).toList()
            : Arrays.stream(PACKAGES).map(p -> selectPackage(p)).toList())
        // Tests that only read the Verilog, or that name both back ends, add time and no kill of their own.
        .filters(excludeClassNamePatterns(".*VerilogTest", ".*BackendsTest"))
        .build();
    long[] passed = {0};
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
          return;
        }
        if (result.getStatus() != TestExecutionResult.Status.FAILED) {
          passed[0]++;
          return;
        }
        String where = test.getSource().orElse(null) instanceof MethodSource m
            ? m.getClassName() + "." + m.getMethodName() : test.getDisplayName();
        String why = result.getThrowable().map(t -> String.valueOf(t.getMessage()).lines().findFirst().orElse(""))
            .orElse("");
        System.out.println("killed by " + where + ": " + why);
        System.out.flush();
        Runtime.getRuntime().halt(1);
      }
    });
    System.out.println("survived " + passed[0] + " tests (passed or skipped)");
    System.exit(0);
  }
}
