package dev.hdl.jvmsim;

import dev.hdl.ir.Design;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;

/**
 * Simulates a design in the JVM: the netlist's combinational logic is compiled to bytecode, so a
 * simulation starts in milliseconds with no C++ build and runs at JIT speed.
 */
public final class JvmSimulator implements Simulator {
  @Override
  public String name() {
    return "jvm";
  }

  @Override
  public Simulation open(Design design, SimOptions options) {
    return new JvmSimulation(design, options);
  }
}
