package dev.hdl.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A value change dump read back: each variable's full name, width and changes over time. */
final class VcdTrace {
  /** One variable; {@code times} and {@code values} are its changes, in time order. */
  static final class Variable {
    final String name;
    final int width;
    final List<Long> times = new ArrayList<>();
    final List<BigInteger> values = new ArrayList<>();

    Variable(String name, int width) {
      this.name = name;
      this.width = width;
    }

    /** The value at {@code time}, after every change at that time; null before the first. */
    BigInteger at(long time) {
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
  Variable find(String scope, String path) {
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
  static VcdTrace read(Path file) {
    VcdTrace trace = new VcdTrace();
    Map<String, List<Variable>> byCode = new HashMap<>();
    List<String> scope = new ArrayList<>();
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
            case "$scope" -> scope.add(t[2]);
            case "$upscope" -> scope.remove(scope.size() - 1);
            case "$var" -> {
              Variable v = new Variable(String.join(".", scope) + "." + t[4], Integer.parseInt(t[2]));
              trace.variables.add(v);
              byCode.computeIfAbsent(t[3], k -> new ArrayList<>()).add(v);
            }
            case "$enddefinitions" -> definitions = false;
            default -> { }
          }
          continue;
        }
        char kind = t[0].charAt(0);
        if (kind == '#') {
          time = Long.parseLong(t[0].substring(1));
          trace.endTime = time;
        } else if (kind == 'b' || kind == 'B') {
          record(byCode, t[1], new BigInteger(t[0].substring(1).replaceAll("[xXzZ]", "0"), 2), time, lineNumber);
        } else if ("01xXzZ".indexOf(kind) >= 0) {
          record(byCode, t[0].substring(1), kind == '1' ? BigInteger.ONE : BigInteger.ZERO, time, lineNumber);
        } else if (!t[0].startsWith("$")) {
          throw new IllegalArgumentException(file + ":" + lineNumber + ": not a value change: " + line);
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
    return trace;
  }

  private static void record(Map<String, List<Variable>> byCode, String code, BigInteger value, long time, int line) {
    List<Variable> vars = byCode.get(code);
    if (vars == null) {
      throw new IllegalArgumentException("line " + line + ": change of undeclared variable " + code);
    }
    for (Variable v : vars) {
      v.times.add(time);
      v.values.add(value);
    }
  }
}
