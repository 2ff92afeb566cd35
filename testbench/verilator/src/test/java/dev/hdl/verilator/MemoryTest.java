package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Memory words of 72 bits read and written from Java and through the design's own ports. */
class MemoryTest {
  private static final BigInteger WORD = BigInteger.ONE.shiftLeft(71).or(BigInteger.valueOf(0x1234_5678_9abcL));

  @Test
  void javaWritesAreSeenByTheReadPort() {
    try (Simulation sim = new VerilatorSimulator().open(TestDesigns.widths(), SimOptions.defaults())) {
      BigInteger neighbour = sim.readMemory("ram", 4);
      sim.writeMemory("ram", 3, WORD);
      sim.poke("addr", 3);
      assertEquals(WORD, sim.peekBig("rdata"));
      assertEquals(WORD, sim.readMemory("ram", 3));
      assertEquals(neighbour, sim.readMemory("ram", 4));
    }
  }

  @Test
  void writePortUpdatesTheWordAtTheEdge() {
    try (Simulation sim = new VerilatorSimulator().open(TestDesigns.widths(), SimOptions.defaults())) {
      sim.poke("we", 1);
      sim.poke("addr", 15);
      sim.poke("wdata", WORD);
      sim.writeMemory("ram", 15, BigInteger.ZERO);
      assertEquals(BigInteger.ZERO, sim.readMemory("ram", 15), "not written before the edge");
      sim.step();
      assertEquals(WORD, sim.readMemory("ram", 15));
    }
  }

  @Test
  void addressesOutsideTheMemoryAreRejected() {
    try (Simulation sim = new VerilatorSimulator().open(TestDesigns.widths(), SimOptions.defaults())) {
      String m = assertThrows(SimulationException.class, () -> sim.readMemory("ram", 16)).getMessage();
      assertTrue(m.contains("address 16 is outside memory 'ram' of depth 16"), m);
    }
  }
}
