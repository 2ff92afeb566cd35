package dev.hdl.verilator;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.HwEnum;
import dev.hdl.Mem;
import dev.hdl.SInt;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import dev.hdl.sim.Simulator;
import java.math.BigInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a poke takes and what a peek gives, the same on both back ends down to the wording: a
 * negative value into an unsigned input is an error, into a signed one it is two's complement.
 */
class PokeRulesTest {
  enum Light { RED, AMBER, GREEN }

  static final class Signed extends Component {
    final UInt u = input(uint(4));
    final SInt s = input(sint(4));
    final SInt w = input(sint(70));
    final UInt uOut = output(uint(4));
    final SInt sOut = output(sint(4));
    final SInt wOut = output(sint(70));
    final HwEnum<Light> light = output(enumOf(Light.class));
    final UInt word = output(uint(12));
    final Bool write = input(bool());

    Signed() {
      uOut.assign(u);
      sOut.assign(s);
      wOut.assign(w);
      HwEnum<Light> now = reg(enumOf(Light.class), Light.RED);
      now.assign(Light.AMBER);
      light.assign(now);
      Mem<UInt> ram = mem(uint(12), 8);
      when(write, () -> ram.write(u.truncate(3), u.extend(12)));
      word.assign(ram.readAsync(u.truncate(3)));
    }
  }

  private static final Design DESIGN = Elaboration.elaborate(Signed::new);

  static Stream<Simulator> backends() {
    return Stream.of(new JvmSimulator(), new VerilatorSimulator());
  }

  private static String refusal(Simulator backend, Consumer<Simulation> access) {
    try (Simulation sim = backend.open(DESIGN)) {
      return assertThrows(SimulationException.class, () -> access.accept(sim)).getMessage();
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aNegativeValueIsTwosComplementInASignedInputAndReadsBackSigned(Simulator backend) {
    try (Simulation sim = backend.open(DESIGN)) {
      sim.poke("s", -3);
      assertEquals(0b1101, sim.peek("sOut"));
      assertEquals(-3, sim.peekSigned("sOut"));
      sim.poke("s", 0b1000);
      assertEquals(-8, sim.peekSigned("sOut"), "its bits, 0 to 15, are taken too");
      sim.poke("w", BigInteger.valueOf(-5));
      assertEquals(BigInteger.ONE.shiftLeft(70).subtract(BigInteger.valueOf(5)), sim.peekBig("wOut"));
      assertEquals(BigInteger.valueOf(-5), sim.peekSignedBig("wOut"));
      sim.poke("u", 15);
      assertEquals(-1, sim.peekSigned("uOut"), "a peek reads the bits as signed whatever the type");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void valuesOutsideTheRuleAreRefusedWithTheRange(Simulator backend) {
    assertEquals("value -1 does not fit in the 4-bit unsigned input 'u' (it takes 0 to 15)",
        refusal(backend, sim -> sim.poke("u", -1)));
    assertEquals("value 16 does not fit in the 4-bit unsigned input 'u' (it takes 0 to 15)",
        refusal(backend, sim -> sim.poke("u", 16)));
    assertEquals("value -9 does not fit in the 4-bit signed input 's' (it takes -8 to 15, negative values as two's"
        + " complement)", refusal(backend, sim -> sim.poke("s", -9)));
    assertEquals("value " + BigInteger.ONE.shiftLeft(70) + " does not fit in the 70-bit signed input 'w' (it takes "
        + BigInteger.ONE.shiftLeft(69).negate() + " to " + BigInteger.ONE.shiftLeft(70).subtract(BigInteger.ONE)
        + ", negative values as two's complement)", refusal(backend, sim -> sim.poke("w", BigInteger.ONE.shiftLeft(70))));
    assertEquals("'wOut' has 70 bits, more than a long holds: use getSignedBig()",
        refusal(backend, sim -> sim.peekSigned("wOut")));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void onlyInputsThatAreNoClocksCanBeDriven(Simulator backend) {
    assertEquals("'sOut' cannot be driven: only top-level inputs can be poked (use inject() to upset internal state)",
        refusal(backend, sim -> sim.poke("sOut", 1)));
    assertEquals("'clk' cannot be driven: it is a clock, which the simulator drives (set its period and phase with"
        + " SimOptions.clock)", refusal(backend, sim -> sim.poke("clk", 1)));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void memoryWritesTakeAWordAtAnAddressOfTheMemory(Simulator backend) {
    assertEquals("address 8 is outside memory 'ram' of depth 8",
        refusal(backend, sim -> sim.writeMemory("ram", 8, BigInteger.ONE)));
    assertEquals("value 4096 does not fit in the 12-bit words of memory 'ram'",
        refusal(backend, sim -> sim.writeMemory("ram", 0, BigInteger.valueOf(4096))));
    assertEquals("value -1 does not fit in the 12-bit words of memory 'ram'",
        refusal(backend, sim -> sim.writeMemory("ram", 0, BigInteger.valueOf(-1))));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void anEnumSignalReadsAsItsConstant(Simulator backend) {
    try (Simulation sim = backend.open(DESIGN)) {
      sim.reset(1);
      assertEquals(Light.RED, sim.peekEnum("light", Light.class));
      sim.step();
      assertEquals(Light.AMBER, sim.peekEnum("light", Light.class));
      sim.poke("u", 3);
      assertEquals("'uOut' holds 3, which is no constant of Light (0 to 2)",
          assertThrows(SimulationException.class, () -> sim.peekEnum("uOut", Light.class)).getMessage());
    }
  }
}
