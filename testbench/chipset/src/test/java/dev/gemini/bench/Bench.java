package dev.gemini.bench;

import java.util.Locale;

/** {@code make bench}: every figure, one {@code bench <id> <value> <unit>} line each. */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) {
    EmitScaling.run();
    JniBackendFigures.run();
    JvmBackendFigures.run();
    GeminiEngineBench.run();
    ClockingBench.run();
    ResyncBench.run();
  }

  static void report(String id, double value, String unit) {
    boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
    String shown = whole ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4g", value);
    System.out.println("bench " + id + " " + shown + " " + unit);
  }
}
