package dev.hdl.verilator;

import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;

/** Run in a child JVM under {@code LD_DEBUG=bindings}: loads three models and steps each. */
final class BindingProbe {
  private BindingProbe() {}

  public static void main(String[] args) {
    VerilatorSimulator verilator = new VerilatorSimulator();
    try (Simulation a = verilator.open(TestDesigns.lfsr(), SimOptions.defaults());
        Simulation b = verilator.open(TestDesigns.accumulator(), SimOptions.defaults());
        Simulation c = verilator.open(TestDesigns.widths(), SimOptions.defaults())) {
      for (Simulation s : new Simulation[] {a, b, c}) {
        s.reset(1);
        s.step(10);
      }
    }
    System.out.println("probe done");
  }
}
