package dev.hdl.junit;

import dev.hdl.sim.VcdWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a failed simulation test leaves in its directory: the waveform of each simulation (as VCD,
 * and as FST with a GTKWave save file that opens it on the failing cycle), the seed, the command
 * that replays the test, and the last cycles of the signals it touched as text and as SVG.
 * {@link #summary()} is the same, ready to print with the failure.
 */
final class FailureArtifacts {
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
        a.summary.append(WaveformFiles.write(dir, run.trace(), VcdWriter.ROOT_SCOPE + "." + run.top(), run.clock(),
            run.touched(), run.lastCycle()));
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
