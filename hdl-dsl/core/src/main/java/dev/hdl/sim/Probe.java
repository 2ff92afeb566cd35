package dev.hdl.sim;

import dev.hdl.ir.Design;

/**
 * Hardware a test holds as a Java value, such as a port in a field of the top module: a
 * simulation finds it by its path, so renaming the field breaks compilation, not a run.
 */
public interface Probe {
  /** Its path below the top of {@code design} ({@code "u_fifo.count"}); an error if it is not part of that design. */
  String pathIn(Design design);
}
