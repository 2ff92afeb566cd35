package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Poke, peek and step on ports of 8, 64 and 100 bits, combinational and registered. */
class PortAccessTest {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
  private static Simulation sim;

  @BeforeAll
  static void open() {
    sim = new VerilatorSimulator().open(TestDesigns.widths(), SimOptions.defaults().seed(7));
    sim.reset(1);
  }

  @AfterAll
  static void close() {
    sim.close();
  }

  @Test
  void narrowPortSettlesRightAfterThePoke() {
    sim.poke("a", 5);
    assertEquals(6, sim.peek("aPlus"));
    sim.poke("a", 255);
    assertEquals(0, sim.peek("aPlus"), "8-bit add wraps");
  }

  @Test
  void sixtyFourBitPortKeepsTheTopBit() {
    sim.poke("b", -1L);
    assertEquals(~TestDesigns.B_MASK.longValue(), sim.peek("bXor"));
    sim.poke("b", BigInteger.ONE.shiftLeft(63));
    assertEquals(BigInteger.ONE.shiftLeft(63).xor(TestDesigns.B_MASK), sim.peekBig("bXor"));
  }

  @Test
  void wideportCarriesAcrossWords() {
    sim.poke("c", TWO_64.subtract(BigInteger.ONE));
    assertEquals(TWO_64, sim.peekBig("cPlus"), "carry out of the low 64 bits");
    assertEquals(0L, sim.peek("cPlus"), "get() is the low 64 bits");
    sim.poke("c", BigInteger.ONE.shiftLeft(100).subtract(BigInteger.ONE));
    assertEquals(BigInteger.ZERO, sim.peekBig("cPlus"), "100-bit add wraps");
    sim.poke("c", 3L);
    assertEquals(BigInteger.valueOf(4), sim.peekBig("cPlus"), "a long poke clears the upper words");
  }

  @Test
  void registersTakeThePokedValueAtTheEdge() {
    BigInteger value = new BigInteger("fedcba9876543210fedcba987", 16);
    SimSignal c = sim.signal("c");
    c.set(value);
    assertEquals(100, c.width());
    sim.step();
    assertEquals(value, sim.peekBig("lastC"));
  }

  @Test
  void stepCountsCyclesAndResetRestarts() {
    sim.reset(2);
    long start = sim.cycle();
    assertEquals(0, sim.peek("count"));
    sim.step(5);
    assertEquals(5, sim.peek("count"));
    sim.step();
    assertEquals(6, sim.peek("counter"), "an internal register by its Verilog name");
    assertEquals(start + 6, sim.cycle());
    assertEquals(10, sim.runUntil(() -> sim.peek("count") == 16, 100));
  }
}
