package dev.gemini.bench;

import java.util.Locale;

/** {@code make bench}: every figure, one {@code bench <id> <value> <unit>} line each. */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) {
    EmitScaling.run();
<<<<<<< HEAD
    JniBackendFigures.run();
=======
    GeminiEngineBench.run();
>>>>>>> gemini-lockstep
  }

  static void report(String id, double value, String unit) {
    System.out.println(String.format(Locale.ROOT, "bench %s %.4g %s", id, value, unit));
  }
}
