package dev.hdl.junit;

import java.math.BigInteger;

/**
 * A waveform as text, one line per signal and one column per cycle, to read in a CI log: a
 * one-bit signal is drawn as a line high or low, a wider one as its value where it changes. A
 * last line marks the failing cycle.
 */
final class TextWaveform {
  private TextWaveform() {}

  static String render(WaveWindow w) {
    int nameWidth = "cycle".length();
    int cell = 2;
    for (WaveWindow.Row r : w.rows()) {
      nameWidth = Math.max(nameWidth, r.name().length());
      for (BigInteger v : r.values()) {
        cell = Math.max(cell, WaveWindow.format(v, r.width()).length() + 1);
      }
    }
    for (long c : w.cycles()) {
      cell = Math.max(cell, Long.toString(c).length() + 1);
    }
    StringBuilder out = new StringBuilder();
    out.append(pad("cycle", nameWidth)).append(" |");
    for (long c : w.cycles()) {
      out.append(pad(Long.toString(c), cell));
    }
    out.append('\n');
    for (WaveWindow.Row r : w.rows()) {
      out.append(pad(r.name(), nameWidth)).append(" |");
      BigInteger previous = null;
      for (int i = 0; i < r.values().size(); i++) {
        BigInteger v = r.values().get(i);
        if (r.width() == 1 && v != null) {
          out.append((v.signum() != 0 ? "~" : "_").repeat(cell));
        } else {
          boolean same = i > 0 && v != null && v.equals(previous);
          out.append(pad(same ? "." : WaveWindow.format(v, r.width()), cell));
        }
        previous = v;
      }
      out.append('\n');
    }
    out.append(pad("", nameWidth)).append(" |").append(" ".repeat(cell * (w.cycles().size() - 1)))
        .append("^ failed in cycle ").append(w.cycles().getLast()).append('\n');
    return out.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
