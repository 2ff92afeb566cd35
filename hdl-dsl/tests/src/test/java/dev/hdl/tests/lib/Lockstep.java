package dev.hdl.tests.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import dev.hdl.verilator.VerilatorSimulator;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A block run beside its reference model, one clock cycle at a time: seeded random inputs each
 * cycle, and every output the model predicts compared before each clock edge. The stimulus is
 * replayed with {@code -Dhdl.sim.seed=N}.
 */
final class Lockstep {
  static final long SEED = Long.getLong("hdl.sim.seed", 12);

  private Lockstep() {}

  /** Both back ends, for {@code @MethodSource("dev.hdl.tests.lib.Lockstep#backends")}. */
  static Stream<Simulator> backends() {
    return Stream.of(new JvmSimulator(), new VerilatorSimulator());
  }

  /** A cycle model of a block: what it reads, what it shows, and what an edge does to it. */
  interface Model {
    /** This cycle's inputs by port name, drawn from {@code random}. */
    Map<String, Long> inputs(Random random);

    /**
     * What outputs must read with {@code in} applied, before the edge. An output left out of a
     * cycle's map (a payload while not valid) is free that cycle, but each is checked in some.
     */
    Map<String, Long> outputs(Map<String, Long> in);

    /** The clock edge that follows. */
    void clock(Map<String, Long> in);
  }

  /** Runs {@code block} for {@code cycles} cycles out of reset against {@code model}, which starts in its reset state. */
  static void run(Simulator backend, Supplier<? extends Component> block, Model model, int cycles) {
    Design design = Elaboration.elaborate(block);
    Random random = new Random(SEED);
    Set<String> checked = new TreeSet<>();
    try (Simulation sim = backend.open(design, SimOptions.defaults().seed(SEED))) {
      Map<String, SimSignal> ports = new HashMap<>();
      if (design.topModule().domains().stream().anyMatch(d -> d.reset() >= 0)) {
        sim.reset(1);
      }
      for (int cycle = 0; cycle < cycles; cycle++) {
        Map<String, Long> in = model.inputs(random);
        in.forEach((port, value) -> ports.computeIfAbsent(port, sim::signal).set(value));
        int at = cycle;
        for (Map.Entry<String, Long> expected : model.outputs(in).entrySet()) {
          long actual = ports.computeIfAbsent(expected.getKey(), sim::signal).get();
          assertEquals(expected.getValue(), actual, () -> backend.name() + ", " + design.top() + ": '" + expected.getKey()
              + "' at cycle " + at + " with " + in + " (seed " + SEED + ")");
          checked.add(expected.getKey());
        }
        model.clock(in);
        sim.step();
      }
    }
    assertEquals(outputsOf(design.topModule()), checked, "outputs the model predicted");
  }

  private static Set<String> outputsOf(ModuleDef top) {
    return top.ports().stream().map(top::node).filter(Node.Output.class::isInstance).map(Node::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A random value of {@code width} bits. */
  static long bits(Random random, int width) {
    return random.nextLong() & (-1L >>> (Long.SIZE - width));
  }

  /** 1 with a probability of {@code percent} in a hundred, else 0. */
  static long chance(Random random, double percent) {
    return random.nextDouble() * 100 < percent ? 1 : 0;
  }
}
