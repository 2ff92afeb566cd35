package dev.gemini.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.gemini.formal.Figures;
import dev.hdl.formal.Proof;
import java.util.List;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * FV: the chipset's proofs ({@code dev.gemini.formal}, the tests {@code make test} runs), each
 * printing its own figures, then FV.proved, the properties proved by induction, and
 * FV.bounded, those that hold only to a depth. A failing proof fails the bench.
 */
final class FormalBench {
  private FormalBench() {}

  static void run() {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectPackage("dev.gemini.formal")).build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTotalFailureCount() > 0) {
      summary.getFailures().forEach(f -> System.err.println(f.getTestIdentifier().getDisplayName() + ": "
          + f.getException().getMessage()));
      throw new IllegalStateException(summary.getTotalFailureCount() + " proofs failed");
    }
    List<Proof> proofs = Figures.reported();
    long proved = proofs.stream().filter(Proof::proved).count();
    Bench.report("FV.proved", proved, "properties proved by induction (of " + proofs.size() + " proof runs, "
        + summary.getTestsSucceededCount() + " proof tests passed)");
    Bench.report("FV.bounded", proofs.size() - proved, "properties that hold only to their bmc depth");
  }
}
