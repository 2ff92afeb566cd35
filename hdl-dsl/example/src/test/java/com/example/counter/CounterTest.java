package com.example.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import dev.hdl.sim.Simulation;
import dev.hdl.verilog.VerilogOutput;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulationExtension.class)
class CounterTest {
  private final Design design = Elaboration.elaborate(Counter::new);

  @Test
  void countsTheCyclesItIsEnabled(TestSimulator simulator) {
    try (Simulation sim = simulator.open(design)) {
      sim.reset(1);
      long expected = 0;
      for (int cycle = 0; cycle < 1000; cycle++) {
        boolean enable = simulator.random().nextBoolean();
        sim.poke("enable", enable ? 1 : 0);
        assertEquals(enable && expected == 255 ? 1 : 0, sim.peek("wrapped"), "wrapped at cycle " + sim.cycle());
        sim.step();
        expected = enable ? (expected + 1) % 256 : expected;
        assertEquals(expected, sim.peek("count"), "count after cycle " + sim.cycle());
      }
    }
  }

  @Test
  void theRegisterKeepsItsJavaName() {
    String verilog = VerilogOutput.of(design).module("Counter");
    assertTrue(Pattern.compile("reg\\s+\\[7:0\\]\\s+value;").matcher(verilog).find(), verilog);
  }
}
