package dev.hdl.junit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The last cycles of a trace, sampled just after each rising edge of the clock: the values a
 * test's peeks saw after each step. Columns are numbered in the test's own cycles ({@code
 * sim.cycle()}), so the last one is the cycle at which the test failed.
 *
 * @param times the trace time of each column
 * @param clockPath the clock's full name in the trace, or null when the trace has none
 */
record WaveWindow(List<Long> cycles, List<Long> times, String clockPath, List<Row> rows) {
  /**
   * A signal and its value in each cycle of the window (null where it had none yet).
   *
   * @param tracePath its full name in the trace, as a waveform viewer lists it
   */
  record Row(String name, String tracePath, int width, List<BigInteger> values) {}

  /** The trace time of the failing cycle: the last column's. */
  long failureTime() {
    return times.getLast();
  }

  /**
   * @param scope the design's scope in the trace ({@code TOP.Summer}), where its signals are
   *     looked up first: Verilator also dumps the top's ports a level up
   * @param signals as the test named them; the clock and names the trace lacks are left out
   * @param lastCycle the simulation's cycle when it ended, which the last rising edge completed
   */
  static WaveWindow of(VcdTrace trace, String scope, String clock, List<String> signals, int lastCycles,
      long lastCycle) {
    VcdTrace.Variable clk = trace.find(scope, clock);
    List<Long> edges = new ArrayList<>();
    if (clk != null) {
      for (int i = 0; i < clk.times.size(); i++) {
        if (clk.values.get(i).signum() != 0 && (i == 0 || clk.values.get(i - 1).signum() == 0)) {
          edges.add(clk.times.get(i));
        }
      }
    }
    if (edges.isEmpty()) {
      edges.add(trace.endTime());
    }
    List<Long> times = List.copyOf(edges.subList(Math.max(0, edges.size() - lastCycles), edges.size()));
    List<Long> cycles = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      cycles.add(lastCycle - (times.size() - 1 - i));
    }
    List<Row> rows = new ArrayList<>();
    for (String s : signals) {
      VcdTrace.Variable v = trace.find(scope, s);
      if (v == null || s.equals(clock)) {
        continue;
      }
      List<BigInteger> values = new ArrayList<>();
      for (long t : times) {
        values.add(v.at(t));
      }
      rows.add(new Row(s, v.name, v.width, values));
    }
    return new WaveWindow(cycles, times, clk == null ? null : clk.name, rows);
  }

  /** A value as the renderers print it: hexadecimal, or 0/1 for one bit; "x" before it had one. */
  static String format(BigInteger value, int width) {
    if (value == null) {
      return "x";
    }
    return width == 1 ? value.toString() : value.toString(16);
  }
}
