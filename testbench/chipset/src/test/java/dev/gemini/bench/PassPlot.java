package dev.gemini.bench;

import java.util.List;
import java.util.Locale;

/** A line chart of pages copied per brownout pass, one line per write rate, as SVG. */
final class PassPlot {
  private static final int WIDTH = 560;
  private static final int HEIGHT = 340;
  private static final int LEFT = 60;
  private static final int BOTTOM = 40;
  private static final int TOP = 30;
  private static final String[] COLOURS = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a"};

  /** One line: its label and pages copied in each pass, pass 0 first. */
  record Series(String label, List<Integer> pages) {}

  private PassPlot() {}

  static String render(String title, int maxPages, List<Series> series) {
    int passes = series.stream().mapToInt(s -> s.pages().size()).max().orElse(1);
    double plotWidth = WIDTH - LEFT - 20;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double dx = plotWidth / Math.max(1, passes - 1);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
        + " font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", LEFT, title));
    int yAxis = HEIGHT - BOTTOM;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
        LEFT, TOP, LEFT, yAxis));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
        LEFT, yAxis, WIDTH - 20, yAxis));
    for (int i = 0; i <= 4; i++) {
      int pages = maxPages * i / 4;
      double y = yAxis - plotHeight * i / 4;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", LEFT - 6,
          y + 4, pages));
    }
    for (int p = 0; p < passes; p++) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
          LEFT + p * dx, yAxis + 16, p));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">pass</text>%n",
        LEFT + plotWidth / 2, HEIGHT - 6));
    svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\""
        + " text-anchor=\"middle\">pages copied</text>%n", TOP + plotHeight / 2, TOP + plotHeight / 2));
    for (int s = 0; s < series.size(); s++) {
      Series line = series.get(s);
      String colour = COLOURS[s % COLOURS.length];
      StringBuilder points = new StringBuilder();
      for (int p = 0; p < line.pages().size(); p++) {
        double x = LEFT + p * dx;
        double y = yAxis - plotHeight * line.pages().get(p) / maxPages;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
      }
      svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
          points.toString().trim(), colour));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", WIDTH - 200,
          TOP + 16 * (s + 1), colour, line.label()));
    }
    return svg.append("</svg>\n").toString();
  }
}
