package dev.hdl.formal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The traces yosys-smtbmc writes: step {@code n} at time {@code 10 n}, on a rising clock edge. */
final class SolverTraces {
  static final long STEP_TIME = 10;

  private SolverTraces() {}

  /**
   * Copies the trace up to the state of step {@code lastStep}, so that its last rising edge is the
   * cycle the failure names, as in a simulation's trace; the solver's later steps only show the
   * check firing.
   */
  static void truncate(Path from, Path to, long lastStep) {
    long end = lastStep * STEP_TIME;
    try (BufferedReader in = Files.newBufferedReader(from); BufferedWriter out = Files.newBufferedWriter(to)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") && Long.parseLong(line.substring(1).strip()) > end) {
          break;
        }
        out.write(line);
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
