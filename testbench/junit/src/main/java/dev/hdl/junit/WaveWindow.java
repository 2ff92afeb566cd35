package dev.hdl.junit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The last cycles of a trace, sampled just after each rising edge of the clock: the values a
 * test's peeks saw after each step.
 */
record WaveWindow(List<Long> cycles, List<Row> rows) {
  /** A signal and its value in each cycle of the window (null where it had none yet). */
  record Row(String name, int width, List<BigInteger> values) {}

  static WaveWindow of(VcdTrace trace, String clock, List<String> signals, int lastCycles) {
    VcdTrace.Variable clk = trace.find(clock);
    List<Long> edges = new ArrayList<>();
    if (clk != null) {
      for (int i = 0; i < clk.times.size(); i++) {
        if (clk.values.get(i).signum() != 0 && (i == 0 || clk.values.get(i - 1).signum() == 0)) {
          edges.add(clk.times.get(i));
        }
      }
    } else {
      edges.add(trace.endTime());
    }
    int from = Math.max(0, edges.size() - lastCycles);
    List<Long> times = edges.subList(from, edges.size());
    List<Long> cycles = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      cycles.add((long) (from + i + 1));
    }
    List<Row> rows = new ArrayList<>();
    for (String s : signals) {
      VcdTrace.Variable v = trace.find(s);
      if (v == null || s.equals(clock)) {
        continue;
      }
      List<BigInteger> values = new ArrayList<>();
      for (long t : times) {
        values.add(v.at(t));
      }
      rows.add(new Row(s, v.width, values));
    }
    return new WaveWindow(cycles, rows);
  }

  /** A value as the renderers print it: hexadecimal, or 0/1 for one bit; "x" before it had one. */
  static String format(BigInteger value, int width) {
    if (value == null) {
      return "x";
    }
    return width == 1 ? value.toString() : value.toString(16);
  }
}
