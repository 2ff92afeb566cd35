package dev.hdl.formal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of yosys-smtbmc said: whether it passed, the check it found failing, the covers it
 * reached, and the traces it wrote.
 *
 * @param failed the failing assertion, or null when none failed
 * @param reached the covers reached, in the order their traces were written
 */
record SolverRun(Status status, Hit failed, List<Hit> reached, String log) {
  enum Status {
    PASSED,
    FAILED,
    /** The assumptions contradict each other: every assertion would hold vacuously. */
    ASSUMPTIONS_UNSATISFIABLE
  }

  /**
   * A check in the emitted Verilog, by file and line, and the solver's step at which it fired.
   * Yosys samples a clocked check on its edge and reports it a step later. A check Yosys made
   * itself, such as a miter's, has no file (null) and line 0.
   */
  record Hit(String file, int line, int step, Path trace) {
    /** The cycle of the design at which the checked condition had the value that fired. */
    long cycle() {
      return step - 1L;
    }
  }

  // A check's source range runs from the end of the statement before it to the end of its own line.
  private static final String RANGE = "(\\S+?):(\\d+)\\.\\d+(?:-(\\d+)\\.\\d+)?";
  private static final Pattern ASSERT_FAILED = Pattern.compile("Assert failed in \\S+: " + RANGE
      + "(?: \\S+)?(?: \\(step (\\d+)\\))?");
  private static final Pattern ASSERT_FAILED_UNLOCATED = Pattern.compile("Assert failed in \\S+: ");
  private static final Pattern REACHED = Pattern.compile("Reached cover statement at " + RANGE + " .*in step (\\d+)\\.");
  private static final Pattern CHECKING = Pattern.compile("Checking assertions in step (\\d+)");
  private static final Pattern TRACE = Pattern.compile("Writing trace to VCD file: (\\S+)");
  private static final Pattern STATUS = Pattern.compile("Status: (\\w+)");

  /** Reads the solver's log; the traces it names are in {@code dir}. */
  static SolverRun parse(String log, Path dir) {
    Hit failed = null;
    List<Hit> reached = new ArrayList<>();
    int checking = 0;
    String status = null;
    // Each trace is written just after the line that says what it shows.
    Hit pending = null;
    for (String line : log.split("\n")) {
      Matcher m;
      if ((m = CHECKING.matcher(line)).find()) {
        checking = Integer.parseInt(m.group(1));
      } else if ((m = ASSERT_FAILED.matcher(line)).find()) {
        failed = pending = hit(m, m.group(4) != null ? Integer.parseInt(m.group(4)) : checking, null);
      } else if (ASSERT_FAILED_UNLOCATED.matcher(line).find()) {
        failed = pending = new Hit(null, 0, checking, null);
      } else if ((m = REACHED.matcher(line)).find()) {
        pending = hit(m, Integer.parseInt(m.group(4)), null);
        reached.add(pending);
      } else if ((m = TRACE.matcher(line)).find() && pending != null) {
        Hit traced = new Hit(pending.file(), pending.line(), pending.step(), dir.resolve(m.group(1)));
        if (pending == failed) {
          failed = traced;
        } else {
          reached.set(reached.size() - 1, traced);
        }
        pending = null;
      } else if ((m = STATUS.matcher(line)).find()) {
        status = m.group(1);
      }
    }
    if (log.contains("Assumptions are unsatisfiable")) {
      return new SolverRun(Status.ASSUMPTIONS_UNSATISFIABLE, null, reached, log);
    }
    if (status == null || !(status.equals("PASSED") || status.equals("FAILED"))) {
      throw new IllegalStateException("yosys-smtbmc gave no verdict:\n" + log);
    }
    return new SolverRun(Status.valueOf(status), failed, reached, log);
  }

  private static Hit hit(Matcher m, int step, Path trace) {
    String end = m.group(3) != null ? m.group(3) : m.group(2);
    return new Hit(m.group(1), Integer.parseInt(end), step, trace);
  }
}
