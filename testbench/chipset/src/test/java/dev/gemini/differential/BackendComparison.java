package dev.gemini.differential;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import dev.hdl.testing.Stimulus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one design on two backends under the same random stimulus and compares every output and
 * every register every cycle; the first difference is reported with the seed that replays it.
 */
public final class BackendComparison {
  private BackendComparison() {}

  /** Returns the number of differing values (0), or throws at the first difference. */
  public static long compare(Design design, Simulator a, Simulator b, int cycles, long seed) {
    Stimulus stimulus = Stimulus.random(design.topModule(), cycles, seed);
    List<String> watched = watched(design, stimulus);
    try (Simulation left = a.open(design, SimOptions.defaults().seed(seed));
        Simulation right = b.open(design, SimOptions.defaults().seed(seed))) {
      List<SimSignal[]> inputs = new ArrayList<>();
      stimulus.inputs().forEach(n -> inputs.add(new SimSignal[] {left.signal(n.name()), right.signal(n.name())}));
      List<SimSignal[]> values = new ArrayList<>();
      watched.forEach(p -> values.add(new SimSignal[] {left.signal(p), right.signal(p)}));
      for (int c = 0; c < cycles; c++) {
        for (int i = 0; i < inputs.size(); i++) {
          inputs.get(i)[0].set(stimulus.values()[c][i]);
          inputs.get(i)[1].set(stimulus.values()[c][i]);
        }
        requireEqual(values, design.top() + ", seed " + seed, c, a.name(), b.name());
        left.step();
        right.step();
      }
    }
    return 0;
  }

  /** Fails at the first pair of values that differ, naming the signal, the cycle and both values. */
  public static void requireEqual(List<SimSignal[]> values, String context, long cycle, String a, String b) {
    for (SimSignal[] v : values) {
      BigInteger x = v[0].getBig();
      BigInteger y = v[1].getBig();
      if (!x.equals(y)) {
        throw new AssertionError(context + ": '" + v[0].path() + "' differs at cycle " + cycle + ": " + a + " 0x"
            + x.toString(16) + ", " + b + " 0x" + y.toString(16));
      }
    }
  }

  /** The same named registers of a design in two running simulations, side by side. */
  public static List<SimSignal[]> registers(Design design, Simulation left, Simulation right) {
    List<SimSignal[]> pairs = new ArrayList<>();
    for (String p : registerPaths(design)) {
      pairs.add(new SimSignal[] {left.signal(p), right.signal(p)});
    }
    return pairs;
  }

  /** The top's outputs and every named register of the design. */
  private static List<String> watched(Design design, Stimulus stimulus) {
    List<String> paths = new ArrayList<>();
    stimulus.outputs().forEach(n -> paths.add(n.name()));
    paths.addAll(registerPaths(design));
    return paths;
  }

  private static List<String> registerPaths(Design design) {
    List<String> paths = new ArrayList<>();
    String prefix = design.top() + ".";
    for (FlatNetlist.FlatNode n : design.netlist().nodes()) {
      if (n.kind() == FlatNetlist.Kind.REG && n.path() != null) {
        paths.add(n.path().substring(prefix.length()));
      }
    }
    return paths;
  }
}
