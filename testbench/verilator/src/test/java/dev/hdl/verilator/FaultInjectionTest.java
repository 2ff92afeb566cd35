package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.sim.Fault;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Faults in the LFSR's state register and lookup memory, each checked cycle by cycle against
 * the LFSR computed in Java with the same fault.
 */
class FaultInjectionTest {
  private static final int START = 0xACE1;
  private static final int CYCLES = 40;

  private static Simulation open() {
    Simulation sim = new VerilatorSimulator().open(TestDesigns.lfsr(), SimOptions.defaults());
    sim.reset(1);
    return sim;
  }

  /**
   * Steps the model {@link #CYCLES} times and checks its output against the reference, which
   * maps (cycle, fault-free state of that cycle) to the state the design must show.
   */
  private static void assertFollows(Simulation sim, IntBinaryOperator fault) {
    int state = START;
    for (int i = 0; i < CYCLES; i++) {
      state = fault.applyAsInt((int) sim.cycle(), state);
      assertEquals(state, sim.peek("out"), "cycle " + sim.cycle());
      sim.step();
      state = TestDesigns.Lfsr.next(state);
    }
  }

  @Test
  void withoutFaultsTheModelIsTheReference() {
    try (Simulation sim = open()) {
      assertFollows(sim, (cycle, state) -> state);
    }
  }

  @Test
  void bitFlipChangesTheStateOnceAndTheLogicCarriesItOn() {
    try (Simulation sim = open()) {
      sim.inject(new Fault.BitFlip("state", 9, 12));
      assertFollows(sim, (cycle, state) -> cycle == 12 ? state ^ (1 << 9) : state);
    }
  }

  @Test
  void flipAtTheCurrentCycleIsVisibleBeforeTheNextStep() {
    try (Simulation sim = open()) {
      sim.inject(new Fault.BitFlip("state", 0, sim.cycle()));
      assertEquals(START ^ 1, sim.peek("out"));
    }
  }

  @Test
  void batchedRunStopsForTheFault() {
    try (Simulation sim = open()) {
      sim.inject(new Fault.BitFlip("state", 15, 20));
      sim.step(30);
      int state = START;
      for (long cycle = 1; cycle < 31; cycle++) {
        state = TestDesigns.Lfsr.next(cycle == 20 ? state ^ 0x8000 : state);
      }
      assertEquals(state, sim.peek("out"));
    }
  }

  @Test
  void stuckAtHoldsTheBitForItsCycles() {
    try (Simulation sim = open()) {
      sim.inject(new Fault.StuckAt("state", 4, true, 5, 7));
      assertFollows(sim, (cycle, state) -> cycle >= 5 && cycle < 12 ? state | 0x10 : state);
    }
  }

  @Test
  void stuckAtForeverHoldsThroughABatchedRun() {
    try (Simulation sim = open()) {
      sim.inject(new Fault.StuckAt("state", 15, false, 3, Long.MAX_VALUE));
      sim.step(100);
      assertEquals(0, sim.peek("out") & 0x8000);
      int state = START;
      for (long cycle = 1; cycle < 101; cycle++) {
        state = TestDesigns.Lfsr.next(cycle >= 3 ? state & 0x7fff : state);
      }
      assertEquals(state & 0x7fff, sim.peek("out"));
    }
  }

  @Test
  void glitchOnAWrittenRegisterActsForOneCycle() {
    try (Simulation sim = open()) {
      sim.inject(new Fault.Glitch("state", 2, 8));
      assertFollows(sim, (cycle, state) -> cycle == 8 ? state ^ 4 : state);
    }
  }

  @Test
  void glitchOnAHoldingRegisterIsUndoneAfterItsCycle() {
    SimOptions options = SimOptions.defaults().clock("clk", 2, 0).clock("clk2", 12, 1);
    try (Simulation sim = new VerilatorSimulator().open(TestDesigns.twoClocks(), options)) {
      sim.reset(5); // ticks 0..10: clk2 rises at 1 and next at 13, after the cycle below
      long slow = sim.peek("slow");
      sim.inject(new Fault.Glitch("slowCount", 8, sim.cycle()));
      assertEquals(slow ^ 0x100, sim.peek("slow"));
      sim.step();
      assertEquals(slow, sim.peek("slow"), "clk2 did not tick, so the register kept its own value");
    }
  }

  @Test
  void flipInAMemoryWordReachesItsReaders() {
    try (Simulation sim = open()) {
      sim.inject(new Fault.BitFlip("lookup[1]", 3, 10));
      int state = START;
      for (int i = 0; i < CYCLES; i++) {
        int word = sim.cycle() >= 10 && (state & 3) == 1 ? 8 : 0;
        assertEquals((state + word) & 0xffff, sim.peek("mixed"), "cycle " + sim.cycle());
        sim.step();
        state = TestDesigns.Lfsr.next(state);
      }
    }
  }

  @Test
  void faultsOnWiresOrOutsideTheRegisterAreRejected() {
    try (Simulation sim = open()) {
      String wire = assertThrows(SimulationException.class, () -> sim.inject(new Fault.BitFlip("out", 0, 3)))
          .getMessage();
      assertTrue(wire.contains("registers and memory words"), wire);
      String bit = assertThrows(SimulationException.class, () -> sim.inject(new Fault.BitFlip("state", 16, 3)))
          .getMessage();
      assertTrue(bit.contains("bit 16 is outside the 16-bit 'state'"), bit);
    }
  }
}
