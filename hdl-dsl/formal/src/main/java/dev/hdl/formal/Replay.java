package dev.hdl.formal;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.junit.VcdTrace;
import dev.hdl.sim.AssertionFailure;
import dev.hdl.sim.Fault;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;
import java.nio.file.Path;

/**
 * A solver's trace run again in the JVM simulator: the state the solver chose for what reset does
 * not set, then its inputs cycle by cycle, with a waveform of the run.
 *
 * @param failure the assertion the simulator found failing, or null if none did
 * @param lastCycle the simulation's cycle when it stopped
 */
record Replay(AssertionFailure failure, Path trace, long lastCycle) {
  static Replay of(FormalModel model, Path witnessFile, int steps, Path trace) {
    FlatNetlist net = model.design.netlist();
    VcdTrace witness = VcdTrace.read(witnessFile);
    String scope = model.design.top();
    try (Simulation sim = new JvmSimulator().open(model.design, SimOptions.defaults().clock(model.clock, 2, 0))) {
      sim.traceTo(trace);
      for (FlatNetlist.FlatNode n : net.nodes()) {
        if (n.kind() == FlatNetlist.Kind.REG && n.path() != null) {
          setInitial(sim, FormalModel.localPath(n.path()), witness.find(scope, FormalModel.localPath(n.path())));
        }
      }
      for (FlatNetlist.FlatMemory m : net.memories()) {
        String path = FormalModel.localPath(m.path());
        for (int address = 0; address < m.memory().depth(); address++) {
          // Yosys's memory_map names word a of memory m "m<a>".
          VcdTrace.Variable word = witness.find(scope, path + "<" + address + ">");
          if (word != null && word.at(0) != null) {
            sim.writeMemory(path, address, word.at(0));
          }
        }
      }
      for (int step = 0; step < steps; step++) {
        for (int input : net.inputs()) {
          String port = FormalModel.portName(net, input);
          VcdTrace.Variable v = witness.find(scope, port);
          if (!port.equals(model.clock) && v != null && v.at(step * SolverTraces.STEP_TIME) != null) {
            sim.poke(port, v.at(step * SolverTraces.STEP_TIME));
          }
        }
        try {
          sim.step();
        } catch (AssertionFailure failure) {
          return new Replay(failure, trace, sim.cycle());
        }
      }
      return new Replay(null, trace, sim.cycle());
    }
  }

  /** Flips, before the first edge, the bits in which the simulator's start differs from the solver's. */
  private static void setInitial(Simulation sim, String path, VcdTrace.Variable chosen) {
    BigInteger wanted = chosen == null ? null : chosen.at(0);
    if (wanted == null) {
      return;
    }
    BigInteger differ = sim.peekBig(path).xor(wanted);
    for (int bit = 0; bit < differ.bitLength(); bit++) {
      if (differ.testBit(bit)) {
        sim.inject(new Fault.BitFlip(path, bit, 0));
      }
    }
  }
}
