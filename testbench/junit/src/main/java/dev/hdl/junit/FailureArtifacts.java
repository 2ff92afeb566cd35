package dev.hdl.junit;

import dev.hdl.sim.VcdWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a failed simulation test leaves in its directory: the waveform of each simulation (as VCD,
 * and as FST with a GTKWave save file that opens it on the failing cycle), the seed, the command
 * that replays the test, and the last cycles of the signals it touched as text and as SVG.
 * {@link #summary()} is the same, ready to print with the failure.
 */
final class FailureArtifacts {
  static final int WINDOW_CYCLES = 16;
  static final String SEED = "seed.txt";
  static final String REPLAY = "replay.txt";

  private final StringBuilder summary = new StringBuilder();

  private FailureArtifacts() {}

  static FailureArtifacts write(Path dir, long seed, String replay, List<RecordingSimulation> runs) {
    FailureArtifacts a = new FailureArtifacts();
    try {
      Files.writeString(dir.resolve(SEED), seed + "\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(REPLAY), replay + "\n", StandardCharsets.UTF_8);
      a.summary.append("seed:   ").append(seed).append('\n');
      a.summary.append("replay: ").append(replay).append('\n');
      for (RecordingSimulation run : runs) {
        Path vcd = run.trace();
        String base = vcd.getFileName().toString().replaceFirst("\\.vcd$", "");
        String scope = VcdWriter.ROOT_SCOPE + "." + run.top();
        WaveWindow window = WaveWindow.of(VcdTrace.read(vcd, scope, run.clock(), WINDOW_CYCLES), scope, run.clock(),
            run.touched(), WINDOW_CYCLES,
            run.lastCycle());
        String text = TextWaveform.render(window);
        Path txt = dir.resolve(base + ".txt");
        Path svg = dir.resolve(base + ".svg");
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        Files.writeString(svg, SvgWaveform.render(window), StandardCharsets.UTF_8);
        Path fst = dir.resolve(base + ".fst");
        String notConverted = toFst(vcd, fst);
        Path gtkw = dir.resolve(base + ".gtkw");
        Files.writeString(gtkw, GtkwaveSave.render(notConverted == null ? fst : vcd, window), StandardCharsets.UTF_8);
        a.summary.append("wave:   ").append(notConverted == null ? fst.toAbsolutePath() : vcd.toAbsolutePath())
            .append('\n');
        if (notConverted != null) {
          a.summary.append("        (no FST: ").append(notConverted).append(")\n");
        }
        a.summary.append("        gtkwave ").append(gtkw.toAbsolutePath()).append('\n');
        a.summary.append("        ").append(svg.toAbsolutePath()).append('\n');
        a.summary.append(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return a;
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

  String summary() {
    return summary.toString();
  }
}
