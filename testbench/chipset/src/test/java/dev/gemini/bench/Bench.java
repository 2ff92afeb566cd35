package dev.gemini.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code make bench}: every figure, one {@code bench <id> <value> <unit>} line each. Arguments
 * name the groups to run ({@code make bench BENCH_GROUPS="jni jvm"}); none runs them all but the
 * groups run on demand.
 */
public final class Bench {
  private static final Map<String, Runnable> GROUPS = new LinkedHashMap<>();
  /** Groups run only when named: {@code make mutation} takes half an hour of its own. */
  private static final Map<String, Runnable> ON_DEMAND = new LinkedHashMap<>();

  static {
    GROUPS.put("emit", EmitScaling::run);
    GROUPS.put("jni", JniBackendFigures::run);
    GROUPS.put("jvm", JvmBackendFigures::run);
    GROUPS.put("ge", GeminiEngineBench::run);
    GROUPS.put("clocking", ClockingBench::run);
    GROUPS.put("resync", ResyncBench::run);
    GROUPS.put("cpu", CpuBench::run);
    GROUPS.put("coremark", CoreMarkBench::run);
    GROUPS.put("machine", MachineBench::run);
    GROUPS.put("formal", FormalBench::run);
    GROUPS.put("rewrite", RewriteComparison::run);
    ON_DEMAND.put("mutation", MutationCampaign::run);
  }

  private Bench() {}

  public static void main(String[] args) {
    Map<String, Runnable> all = new LinkedHashMap<>(GROUPS);
    all.putAll(ON_DEMAND);
    List<String> chosen = args.length == 0 ? List.copyOf(GROUPS.keySet()) : List.of(args);
    for (String group : chosen) {
      if (!all.containsKey(group)) {
        System.err.println("bench: no group '" + group + "'; the groups are " + String.join(", ", all.keySet()));
        System.exit(2);
      }
    }
    chosen.forEach(group -> all.get(group).run());
  }

  static void report(String id, double value, String unit) {
    boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
    String shown = whole ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4g", value);
    System.out.println("bench " + id + " " + shown + " " + unit);
  }
}
