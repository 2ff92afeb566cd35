package dev.gemini.formal;

import dev.hdl.formal.Proof;
import java.util.ArrayList;
import java.util.List;

/**
 * The FV figures of a proof, printed as {@code make bench} prints its figures, and kept for the
 * totals that {@code make bench} prints after running every proof.
 */
public final class Figures {
  private static final List<Proof> PROOFS = new ArrayList<>();

  private Figures() {}

  /** Prints how long the proof took, and its depth when induction did not close. */
  static synchronized Proof report(String property, Proof proof) {
    System.out.printf("bench FV.seconds.%s %.2f s%n", property, proof.time().toMillis() / 1000.0);
    System.out.println(proof.proved() ? "bench FV.proved." + property + " 1"
        : "bench FV.bmc_depth." + property + " " + proof.depth());
    PROOFS.add(proof);
    return proof;
  }

  /** The proofs reported so far in this JVM. */
  public static synchronized List<Proof> reported() {
    return List.copyOf(PROOFS);
  }
}
