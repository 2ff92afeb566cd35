package dev.hdl.junit;

import java.nio.file.Path;

/**
 * A GTKWave save file for a failure's waveform: the dump to open, the window's first cycle as the
 * start, the primary marker on the failing cycle, and the clock and the signals the test touched.
 */
final class GtkwaveSave {
  /** GTKWave's trace flags: hexadecimal or binary values, names right-justified. */
  private static final String VECTOR = "@22";
  private static final String BIT = "@28";

  private GtkwaveSave() {}

  static String render(Path dump, WaveWindow w) {
    StringBuilder s = new StringBuilder();
    s.append("[dumpfile] \"").append(dump.toAbsolutePath()).append("\"\n");
    s.append("[timestart] ").append(w.times().getFirst()).append('\n');
    // Zoom, then the primary marker, then the 26 named markers, unset.
    s.append("*0.000000 ").append(w.failureTime()).append(" -1".repeat(26)).append('\n');
    if (w.clockPath() != null) {
      s.append(BIT).append('\n').append(w.clockPath()).append('\n');
    }
    for (WaveWindow.Row r : w.rows()) {
      s.append(r.width() == 1 ? BIT : VECTOR).append('\n').append(r.tracePath()).append('\n');
    }
    return s.toString();
  }
}
