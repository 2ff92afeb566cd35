/** Designs simulated by Verilator: verilated, compiled, cached, and driven through JNI. */
module dev.hdl.verilator {
  requires transitive dev.hdl;
  requires jdk.management;

  exports dev.hdl.verilator;

  provides dev.hdl.sim.Simulator with dev.hdl.verilator.VerilatorSimulator;
}
