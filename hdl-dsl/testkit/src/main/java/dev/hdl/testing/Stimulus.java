package dev.hdl.testing;

import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random input values for every cycle of a run: reset held for the first cycles and
 * pulsed now and then, the clock left to the simulator.
 */
public record Stimulus(List<Node> inputs, List<Node> outputs, BigInteger[][] values) {
  /** Long enough for registered reads, which have no reset, to load defined words from reset state. */
  static final int RESET_CYCLES = 4;
  /** The first cycle whose outputs every simulator must agree on. */
  public static final int COMPARED_FROM = RESET_CYCLES + 2;

  public static Stimulus random(ModuleDef top, int cycles, long seed) {
    List<Node> inputs = new ArrayList<>();
    List<Node> outputs = new ArrayList<>();
    for (int p : top.ports()) {
      Node n = top.node(p);
      if (n instanceof Node.Output) {
        outputs.add(n);
      } else if (!n.name().equals("clk")) {
        inputs.add(n);
      }
    }
    Random random = new Random(seed);
    BigInteger[][] values = new BigInteger[cycles][inputs.size()];
    for (int c = 0; c < cycles; c++) {
      for (int i = 0; i < inputs.size(); i++) {
        Node n = inputs.get(i);
        values[c][i] = n.name().equals("rst")
            ? BigInteger.valueOf(c < RESET_CYCLES || random.nextInt(500) == 0 ? 1 : 0)
            : new BigInteger(n.width(), random);
      }
    }
    return new Stimulus(inputs, outputs, values);
  }
}
