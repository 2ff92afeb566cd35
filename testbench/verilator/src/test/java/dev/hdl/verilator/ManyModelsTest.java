package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.sim.Fault;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import org.junit.jupiter.api.Test;

/** Four different models and two instances of one, open together and stepped in turn. */
class ManyModelsTest {
  @Test
  void interleavedModelsKeepTheirOwnState() {
    Simulator verilator = new VerilatorSimulator();
    SimOptions twoClocks = SimOptions.defaults().clock("clk", 2, 0).clock("clk2", 4, 0);
    try (Simulation widths = verilator.open(TestDesigns.widths(), SimOptions.defaults());
        Simulation clocks = verilator.open(TestDesigns.twoClocks(), twoClocks);
        Simulation lfsr = verilator.open(TestDesigns.lfsr(), SimOptions.defaults());
        Simulation flipped = verilator.open(TestDesigns.lfsr(), SimOptions.defaults());
        Simulation acc = verilator.open(TestDesigns.accumulator(), SimOptions.defaults())) {
      for (Simulation s : new Simulation[] {widths, clocks, lfsr, flipped, acc}) {
        s.reset(1);
      }
      flipped.inject(new Fault.BitFlip("state", 0, 1));
      int state = 0xACE1;
      long sum = 0;
      for (int i = 1; i <= 50; i++) {
        widths.poke("a", i);
        acc.poke("in", i);
        widths.step();
        clocks.step();
        lfsr.step();
        flipped.step();
        acc.step();
        state = TestDesigns.Lfsr.next(state);
        sum = (sum + i) & 0xfff;
        assertEquals(i, widths.peek("count"));
        assertEquals(i + 1, widths.peek("aPlus"));
        assertEquals(i, clocks.peek("fast"));
        assertEquals((i + 1) / 2, clocks.peek("slow"));
        assertEquals(state, lfsr.peek("out"));
        assertEquals(sum, acc.peek("sum"));
      }
      int other = 0xACE1 ^ 1;
      for (int i = 0; i < 50; i++) {
        other = TestDesigns.Lfsr.next(other);
      }
      assertEquals(other, flipped.peek("out"), "the second instance of the same library is its own model");
    }
  }
}
