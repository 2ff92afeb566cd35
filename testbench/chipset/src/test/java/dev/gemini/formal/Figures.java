package dev.gemini.formal;

import dev.hdl.formal.Proof;

/** The FV figures of a proof, printed as {@code make bench} prints its figures. */
final class Figures {
  private Figures() {}

  /** Prints how long the proof took, and its depth when induction did not close. */
  static Proof report(String property, Proof proof) {
    System.out.printf("bench FV.seconds.%s %.2f s%n", property, proof.time().toMillis() / 1000.0);
    System.out.println(proof.proved() ? "bench FV.proved." + property + " 1"
        : "bench FV.bmc_depth." + property + " " + proof.depth());
    return proof;
  }
}
