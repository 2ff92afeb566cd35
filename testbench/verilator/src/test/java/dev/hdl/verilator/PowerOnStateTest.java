package dev.hdl.verilator;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Registers without a reset and memory words start from values drawn from the seed, the same on
 * both back ends; registers with a reset take it.
 */
class PowerOnStateTest {
  static final class Cells extends Component {
    final UInt in = input(uint(8));
    final UInt out = output(uint(8));

    Cells() {
      UInt scratch = reg(uint(20));
      UInt wide = reg(uint(100));
      UInt counted = reg(uint(8), 7);
      Mem<UInt> cells = mem(uint(12), 16);
      when(in.eq(0xFF), () -> cells.write(in.truncate(4), in.extend(12)));
      scratch.assign(scratch);
      wide.assign(wide);
      counted.assign(counted.add(in));
      out.assign(cells.readAsync(in.truncate(4)).truncate(8).xor(counted));
    }
  }

  private static final Design DESIGN = Elaboration.elaborate(Cells::new);

  /** Every drawn value of a run: the two registers, then the memory's words. */
  private static List<BigInteger> firstState(Simulation sim) {
    List<BigInteger> state = new ArrayList<>(List.of(sim.peekBig("scratch"), sim.peekBig("wide")));
    for (int address = 0; address < 16; address++) {
      state.add(sim.readMemory("cells", address));
    }
    return state;
  }

  private static List<BigInteger> firstState(dev.hdl.sim.Simulator backend, long seed) {
    try (Simulation sim = backend.open(DESIGN, SimOptions.defaults().seed(seed))) {
      return firstState(sim);
    }
  }

  @Test
  void bothBackEndsDrawTheSameValuesFromTheSeed() {
    List<BigInteger> jvm = firstState(new JvmSimulator(), 41);
    assertEquals(jvm, firstState(new VerilatorSimulator(), 41));
    assertNotEquals(jvm, firstState(new JvmSimulator(), 42), "another seed, other values");
    long zeros = jvm.stream().filter(v -> v.signum() == 0).count();
    assertEquals(0, zeros, "18 values of 12 bits or more, none zero: " + jvm);
    assertEquals(100, jvm.get(1).bitLength(), 2.0, "the 100-bit register is drawn over all its bits: " + jvm.get(1));
  }

  @Test
  void aRegisterWithAResetTakesItOnBothBackEnds() {
    for (dev.hdl.sim.Simulator backend : List.of(new JvmSimulator(), new VerilatorSimulator())) {
      try (Simulation sim = backend.open(DESIGN, SimOptions.defaults().seed(5))) {
        sim.reset(1);
        assertEquals(7, sim.peek("counted"), backend.name());
      }
    }
  }
}
