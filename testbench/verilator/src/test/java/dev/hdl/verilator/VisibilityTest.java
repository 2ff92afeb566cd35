package dev.hdl.verilator;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.Fault;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import dev.hdl.sim.Simulator;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a test reaches by name, the same on both back ends down to the wording: ports, registers
 * and memories always, in every instance; a wire only once the test exposes it.
 */
class VisibilityTest {
  static final class Stage extends Component {
    final UInt in = input(uint(8));
    final UInt out = output(uint(8));

    Stage() {
      UInt doubled = in.add(in);
      UInt held = reg(uint(8), 0);
      held.assign(doubled);
      Mem<UInt> log = mem(uint(8), 4);
      log.write(held.truncate(2), held);
      out.assign(held);
    }
  }

  static final class Top extends Component {
    final UInt in = input(uint(8));
    final UInt out = output(uint(8));

    Top() {
      Stage stage = instance(Stage::new);
      UInt plusOne = in.add(1);
      stage.in.assign(plusOne);
      out.assign(stage.out);
    }
  }

  private static final Design DESIGN = Elaboration.elaborate(Top::new);

  static Stream<Simulator> backends() {
    return Stream.of(new JvmSimulator(), new VerilatorSimulator());
  }

  @ParameterizedTest
  @MethodSource("backends")
  void portsRegistersAndMemoriesOfEveryInstanceAreVisible(Simulator backend) {
    try (Simulation sim = backend.open(DESIGN)) {
      sim.reset(1);
      sim.poke("in", 4);
      sim.step();
      assertEquals(5, sim.peek("stage.in"));
      assertEquals(10, sim.peek("stage.held"));
      assertEquals(10, sim.peek("out"));
      sim.step();
      assertEquals(BigInteger.valueOf(10), sim.readMemory("stage.log", 2));
      sim.inject(new Fault.BitFlip("stage.held", 0, sim.cycle()));
      assertEquals(11, sim.peek("stage.held"));
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aWireIsReadOnlyOnceExposed(Simulator backend) {
    try (Simulation sim = backend.open(DESIGN)) {
      SimulationException e = assertThrows(SimulationException.class, () -> sim.peek("stage.doubled"));
      assertEquals("'stage.doubled' in Top is not visible: ports, registers and memories are, other signals when"
          + " the test exposes them: SimOptions.defaults().expose(\"stage.doubled\")", e.getMessage());
    }
    try (Simulation sim = backend.open(DESIGN, SimOptions.defaults().expose("stage.doubled", "plusOne"))) {
      sim.reset(1);
      sim.poke("in", 4);
      assertEquals(5, sim.peek("plusOne"));
      assertEquals(10, sim.peek("stage.doubled"));
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void exposingANameTheDesignLacksIsAnError(Simulator backend) {
    SimulationException e = assertThrows(SimulationException.class,
        () -> backend.open(DESIGN, SimOptions.defaults().expose("stage.tripled")).close());
    assertEquals("cannot expose 'stage.tripled': Top has no signal of that name", e.getMessage());
  }
}
