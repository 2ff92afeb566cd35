package dev.hdl.junit;

import java.math.BigInteger;
import java.util.Locale;

/** The same window as {@link TextWaveform}, drawn as an SVG picture for the test report; a red line marks the failing cycle. */
final class SvgWaveform {
  private static final int ROW = 28;
  private static final int CELL = 56;
  private static final int NAMES = 160;

  private SvgWaveform() {}

  static String render(WaveWindow w) {
    int width = NAMES + CELL * Math.max(1, w.cycles().size()) + 10;
    int height = ROW * (w.rows().size() + 1) + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
        + " font-family=\"monospace\" font-size=\"12\">\n", width, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", width, height));
    for (int i = 0; i < w.cycles().size(); i++) {
      int x = NAMES + i * CELL;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" fill=\"#555\">%d</text>\n", x + 4,
          w.cycles().get(i)));
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"22\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>\n", x, x,
          height));
    }
    for (int r = 0; r < w.rows().size(); r++) {
      WaveWindow.Row row = w.rows().get(r);
      int top = ROW * (r + 1) + 4;
      svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>\n", top + 16, escape(row.name())));
      for (int i = 0; i < row.values().size(); i++) {
        BigInteger v = row.values().get(i);
        int x = NAMES + i * CELL;
        if (row.width() == 1 && v != null) {
          int y = v.signum() != 0 ? top + 4 : top + 20;
          svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#06c\""
              + " stroke-width=\"2\"/>\n", x, y, x + CELL, y));
          if (i > 0 && !v.equals(row.values().get(i - 1)) && row.values().get(i - 1) != null) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#06c\""
                + " stroke-width=\"2\"/>\n", x, top + 4, x, top + 20));
          }
        } else {
          svg.append(String.format(Locale.ROOT, "<polygon points=\"%d,%d %d,%d %d,%d %d,%d %d,%d %d,%d\""
              + " fill=\"#eef\" stroke=\"#06c\"/>\n", x, top + 12, x + 4, top + 4, x + CELL - 4, top + 4, x + CELL,
              top + 12, x + CELL - 4, top + 20, x + 4, top + 20));
          svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", x + 7, top + 16,
              escape(WaveWindow.format(v, row.width()))));
        }
      }
    }
    int failing = NAMES + (w.cycles().size() - 1) * CELL + CELL / 2;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"22\" x2=\"%d\" y2=\"%d\" stroke=\"#c00\""
        + " stroke-dasharray=\"4 3\"><title>failed in cycle %d</title></line>\n", failing, failing, height,
        w.cycles().getLast()));
    return svg.append("</svg>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
