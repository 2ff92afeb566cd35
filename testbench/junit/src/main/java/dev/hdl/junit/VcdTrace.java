package dev.hdl.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A value change dump read back: each variable's full name, width and changes over time. */
public final class VcdTrace {
  /** One variable; {@code times} and {@code values} are its changes, in time order. */
  public static final class Variable {
    final String name;
    final int width;
    final List<Long> times = new ArrayList<>();
    final List<BigInteger> values = new ArrayList<>();

    Variable(String name, int width) {
      this.name = name;
      this.width = width;
    }

    void record(long time, BigInteger value, long windowStart) {
      times.add(time);
      values.add(value);
      forgetBefore(windowStart);
    }

    /** Drops the changes before {@code start} but the last one, which holds the value there. */
    void forgetBefore(long start) {
      int drop = 0;
      while (drop + 1 < times.size() && times.get(drop + 1) <= start) {
        drop++;
      }
      if (drop > 0) {
        times.subList(0, drop).clear();
        values.subList(0, drop).clear();
      }
    }

    /** The value at {@code time}, after every change at that time; null before the first. */
    public BigInteger at(long time) {
      int lo = 0;
      int hi = times.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (times.get(mid) <= time) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found < 0 ? null : values.get(found);
    }
  }

  private final List<Variable> variables = new ArrayList<>();
  private long endTime;

  private VcdTrace() {}

  List<Variable> variables() {
    return variables;
  }

  long endTime() {
    return endTime;
  }

  /** The variable {@code scope.path}, else {@link #find(String)}'s. */
  public Variable find(String scope, String path) {
    for (Variable v : variables) {
      if (v.name.equals(scope + "." + path)) {
        return v;
      }
    }
    return find(path);
  }

  /** The variable whose hierarchical name ends in {@code path}, the least nested one; or null. */
  Variable find(String path) {
    Variable best = null;
    for (Variable v : variables) {
      if ((v.name.equals(path) || v.name.endsWith("." + path)) && (best == null || v.name.length() < best.name.length())) {
        best = v;
      }
    }
    return best;
  }

  /** Parses a file; a malformed one is an {@link IllegalArgumentException} naming the line. */
  public static VcdTrace read(Path file) {
    return read(file, null, null, 0);
  }

  /**
   * As {@link #read(Path)}, but keeps of each variable only what the last {@code edges} rising
   * edges of {@code clock} need (its last change before them and every change since), so that the
   * trace of a long run need not fit in memory.
   */
  static VcdTrace read(Path file, String scope, String clock, int edges) {
    VcdTrace trace = new VcdTrace();
    Map<String, List<Variable>> byCode = new HashMap<>();
    List<String> scopes = new ArrayList<>();
    Variable clk = null;
    ArrayDeque<Long> lastEdges = new ArrayDeque<>();
    long windowStart = Long.MIN_VALUE;
    long time = 0;
    boolean definitions = true;
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        String[] t = line.strip().split("\\s+");
        if (t[0].isEmpty()) {
          continue;
        }
        if (definitions) {
          switch (t[0]) {
            case "$scope" -> scopes.add(t[2]);
            case "$upscope" -> scopes.remove(scopes.size() - 1);
            case "$var" -> {
              Variable v = new Variable(String.join(".", scopes) + "." + t[4], Integer.parseInt(t[2]));
              trace.variables.add(v);
              byCode.computeIfAbsent(t[3], k -> new ArrayList<>()).add(v);
            }
            case "$enddefinitions" -> {
              definitions = false;
              clk = clock == null ? null : trace.find(scope, clock);
            }
            default -> { }
          }
          continue;
        }
        char kind = t[0].charAt(0);
        BigInteger value;
        String code;
        if (kind == '#') {
          time = Long.parseLong(t[0].substring(1));
          trace.endTime = time;
          continue;
        } else if (kind == 'b' || kind == 'B') {
          value = new BigInteger(t[0].substring(1).replaceAll("[xXzZ]", "0"), 2);
          code = t[1];
        } else if ("01xXzZ".indexOf(kind) >= 0) {
          value = kind == '1' ? BigInteger.ONE : BigInteger.ZERO;
          code = t[0].substring(1);
        } else if (t[0].startsWith("$")) {
          continue;
        } else {
          throw new IllegalArgumentException(file + ":" + lineNumber + ": not a value change: " + line);
        }
        List<Variable> vars = byCode.get(code);
        if (vars == null) {
          throw new IllegalArgumentException(file + ":" + lineNumber + ": change of undeclared variable " + code);
        }
        for (Variable v : vars) {
          if (v == clk && value.signum() != 0 && (v.values.isEmpty() || v.values.getLast().signum() == 0)) {
            lastEdges.addLast(time);
            if (lastEdges.size() > edges) {
              lastEdges.removeFirst();
            }
            windowStart = lastEdges.size() == edges ? lastEdges.getFirst() : Long.MIN_VALUE;
          }
          v.record(time, value, windowStart);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw e instanceof IllegalArgumentException ? e
          : new IllegalArgumentException(file + ":" + lineNumber + ": malformed VCD", e);
    }
    if (definitions) {
      throw new IllegalArgumentException(file + ": no $enddefinitions");
    }
    for (Variable v : trace.variables) {
      v.forgetBefore(windowStart);
    }
    return trace;
  }
}
