package dev.gemini.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AREA figures: the cell count of Yosys's generic synthesis of one top of verilog-out/. */
final class SynthesisArea {
  private SynthesisArea() {}

  static void report(String id, String top) {
    Path dir = Path.of("verilog-out");
    try {
      String files = String.join(" ", Files.readAllLines(dir.resolve("files.f")));
      Process p = new ProcessBuilder("yosys", "-p", "read_verilog -sv " + files + "; synth -top " + top + "; stat")
          .directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
        System.out.println("bench " + id + " failed: yosys exit");
        return;
      }
      // The last count is the whole design's, after the per-module ones.
      Matcher m = Pattern.compile("Number of cells:\\s+(\\d+)").matcher(out);
      long cells = -1;
      while (m.find()) {
        cells = Long.parseLong(m.group(1));
      }
      Bench.report(id, cells, "cells (Yosys synth -top " + top + ")");
    } catch (IOException | InterruptedException e) {
      System.out.println("bench " + id + " failed: " + e.getMessage());
    }
  }
}
