package dev.hdl.sim;

import dev.hdl.ir.Design;

/** A simulation backend: makes runnable models of designs. */
public interface Simulator {
  String name();

  Simulation open(Design design, SimOptions options);

  default Simulation open(Design design) {
    return open(design, SimOptions.defaults());
  }
}
