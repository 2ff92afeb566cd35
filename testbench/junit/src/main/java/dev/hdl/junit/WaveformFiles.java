package dev.hdl.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a failure leaves of one waveform, beside its VCD: the FST with a GTKWave save file that
 * opens it on the failing cycle, and the last cycles of the chosen signals as text and as SVG.
 * Simulation failures and formal counterexamples write the same files.
 */
public final class WaveformFiles {
  public static final int WINDOW_CYCLES = 16;

  private WaveformFiles() {}

  /**
   * Writes {@code <vcd base>.fst}, {@code .gtkw}, {@code .txt} and {@code .svg} into {@code dir} and
   * returns the lines to print with the failure.
   *
   * @param scope the design's scope in the trace ({@code TOP.Summer})
   * @param clock the clock whose rising edges number the cycles
   * @param signals the signals to show, as the test names them
   * @param lastCycle the cycle the last rising edge in the trace completed
   */
  public static String write(Path dir, Path vcd, String scope, String clock, List<String> signals, long lastCycle) {
    StringBuilder summary = new StringBuilder();
    String base = vcd.getFileName().toString().replaceFirst("\\.vcd$", "");
    WaveWindow window = WaveWindow.of(VcdTrace.read(vcd, scope, clock, WINDOW_CYCLES), scope, clock, signals,
        WINDOW_CYCLES, lastCycle);
    String text = TextWaveform.render(window);
    Path svg = dir.resolve(base + ".svg");
    try {
      Files.writeString(dir.resolve(base + ".txt"), text, StandardCharsets.UTF_8);
      Files.writeString(svg, SvgWaveform.render(window), StandardCharsets.UTF_8);
      Path fst = dir.resolve(base + ".fst");
      String notConverted = toFst(vcd, fst);
      Path gtkw = dir.resolve(base + ".gtkw");
      Files.writeString(gtkw, GtkwaveSave.render(notConverted == null ? fst : vcd, window), StandardCharsets.UTF_8);
      summary.append("wave:   ").append(notConverted == null ? fst.toAbsolutePath() : vcd.toAbsolutePath())
          .append('\n');
      if (notConverted != null) {
        summary.append("        (no FST: ").append(notConverted).append(")\n");
      }
      summary.append("        gtkwave ").append(gtkw.toAbsolutePath()).append('\n');
      summary.append("        ").append(svg.toAbsolutePath()).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return summary.append(text).toString();
  }

  /** Converts with GTKWave's vcd2fst; null when done, else why not. */
  private static String toFst(Path vcd, Path fst) throws IOException {
    Process p;
    try {
      p = new ProcessBuilder("vcd2fst", vcd.toString(), fst.toString()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException notInstalled) {
      return "vcd2fst is not installed; it comes with GTKWave: apt-get install gtkwave";
    }
    try {
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return "vcd2fst did not finish in 2 minutes";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      return "interrupted while vcd2fst ran";
    }
    return p.exitValue() == 0 && Files.isRegularFile(fst) ? null : "vcd2fst exited with " + p.exitValue();
  }
}
