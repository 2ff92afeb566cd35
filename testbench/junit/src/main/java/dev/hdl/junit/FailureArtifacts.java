package dev.hdl.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a failed simulation test leaves in its directory: the waveform of each simulation, the
 * seed, the command that replays the test, and the last cycles of the signals it touched as
 * text and as SVG. {@link #summary()} is the same, ready to print with the failure.
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
        WaveWindow window = WaveWindow.of(VcdTrace.read(vcd), run.clock(), run.touched(), WINDOW_CYCLES);
        String text = TextWaveform.render(window);
        Path txt = dir.resolve(base + ".txt");
        Path svg = dir.resolve(base + ".svg");
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        Files.writeString(svg, SvgWaveform.render(window), StandardCharsets.UTF_8);
        a.summary.append("wave:   ").append(vcd.toAbsolutePath()).append('\n');
        a.summary.append("        ").append(svg.toAbsolutePath()).append('\n');
        a.summary.append(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return a;
  }

  String summary() {
    return summary.toString();
  }
}
