package dev.hdl.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes a value-change dump: a scope per module instance, a variable per named signal. The
 * layout is Verilator's (timescale 1 ps, every scope under {@code TOP}, vectors with their bit
 * range), so a waveform reads the same, and one GTKWave save file fits, whichever back end wrote it.
 */
public final class VcdWriter implements AutoCloseable {
  /** The scope Verilator puts every signal under. */
  public static final String ROOT_SCOPE = "TOP";

  private final BufferedWriter out;
  private final List<String> codes = new ArrayList<>();
  private final List<BigInteger> last = new ArrayList<>();
  private final List<Integer> widths = new ArrayList<>();
  private long lastTime = -1;

  /**
   * @param paths dotted hierarchical names ({@code Top.u_fifo.count}), one per traced signal
   * @param widths the width of each
   */
  public VcdWriter(Path file, List<String> paths, List<Integer> widths) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      out = Files.newBufferedWriter(file);
      out.write("$timescale 1ps $end\n");
      TreeMap<String, Object> tree = new TreeMap<>();
      for (int i = 0; i < paths.size(); i++) {
        String code = code(i);
        codes.add(code);
        last.add(null);
        this.widths.add(widths.get(i));
        int width = widths.get(i);
        insert(tree, (ROOT_SCOPE + "." + paths.get(i)).split("\\."), 0, "$var wire " + width + " " + code + " "
            + leaf(paths.get(i)) + (width > 1 ? " [" + (width - 1) + ":0]" : "") + " $end");
      }
      scopes(tree);
      out.write("$enddefinitions $end\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write waveform " + file, e);
    }
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  @SuppressWarnings("unchecked")
  private static void insert(TreeMap<String, Object> tree, String[] parts, int i, String var) {
    if (i == parts.length - 1) {
      ((List<String>) tree.computeIfAbsent("", k -> new ArrayList<String>())).add(var);
      return;
    }
    insert((TreeMap<String, Object>) tree.computeIfAbsent(parts[i], k -> new TreeMap<String, Object>()), parts, i + 1,
        var);
  }

  @SuppressWarnings("unchecked")
  private void scopes(TreeMap<String, Object> tree) throws IOException {
    for (var e : tree.entrySet()) {
      if (e.getKey().isEmpty()) {
        for (String var : (List<String>) e.getValue()) {
          out.write(var + "\n");
        }
      } else {
        out.write("$scope module " + e.getKey() + " $end\n");
        scopes((TreeMap<String, Object>) e.getValue());
        out.write("$upscope $end\n");
      }
    }
  }

  private static String code(int i) {
    StringBuilder s = new StringBuilder();
    int n = i;
    do {
      s.append((char) ('!' + n % 94));
      n /= 94;
    } while (n > 0);
    return s.toString();
  }

  /** Records the values at {@code time}; only the ones that changed are written. */
  public void sample(long time, List<BigInteger> values) {
    try {
      boolean stamped = false;
      for (int i = 0; i < values.size(); i++) {
        BigInteger v = values.get(i);
        if (v.equals(last.get(i))) {
          continue;
        }
        if (!stamped && time != lastTime) {
          out.write("#" + time + "\n");
          lastTime = time;
        }
        stamped = true;
        last.set(i, v);
        if (widths.get(i) == 1) {
          out.write(v.testBit(0) ? "1" : "0");
          out.write(codes.get(i) + "\n");
        } else {
          out.write("b" + v.toString(2) + " " + codes.get(i) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
