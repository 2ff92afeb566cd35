package dev.hdl.verilator;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.SInt;
import dev.hdl.UInt;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import dev.hdl.sim.Simulator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Signals held in the fields of the elaborated top, and of its instances, are handles into a
 * simulation; names the design does not have get one message, with its suggestions, on both back ends.
 */
class HandlesTest {
  static final class Accumulator extends Component {
    final UInt in = input(uint(8));
    final Bool add = input(bool());
    final UInt total = output(reg(uint(8), 0));

    Accumulator() {
      when(add, () -> total.assign(total.add(in)));
    }
  }

  static final class Top extends Component {
    final UInt a = input(uint(8));
    final Bool go = input(bool());
    final SInt delta = input(sint(4));
    final SInt halved = output(sint(4));
    final UInt sum = output(uint(8));
    final Accumulator acc = instance(Accumulator::new);

    Top() {
      acc.in.assign(a);
      acc.add.assign(go);
      sum.assign(acc.total);
      halved.assign(delta.shiftRight(1));
      Mem<UInt> scratch = mem(uint(8), 4);
      scratch.write(a.truncate(2), a);
    }
  }

  private static final Elaborated<Top> TOP = Elaboration.elaborateTop(Top::new);

  static Stream<Simulator> backends() {
    return Stream.of(new JvmSimulator(), new VerilatorSimulator());
  }

  @ParameterizedTest
  @MethodSource("backends")
  void portsAndAnInstancesFieldsArePokedAndPeekedByHandle(Simulator backend) {
    Top top = TOP.top();
    try (Simulation sim = backend.open(TOP.design())) {
      sim.reset(1);
      sim.poke(top.a, 5);
      sim.poke(top.go, 1);
      sim.poke(top.delta, -6);
      assertEquals(-3, sim.peekSigned(top.halved));
      sim.step(3);
      assertEquals(15, sim.peek(top.sum));
      assertEquals(15, sim.peek(top.acc.total), "the child's registered output, by its field");
      assertEquals(5, sim.peek(top.acc.in), "the child's input port, by its field");
      assertEquals("acc.total_reg", top.acc.total.pathIn(TOP.design()));
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aSignalOfAnotherElaborationIsRefusedByName(Simulator backend) {
    Top other = Elaboration.elaborateTop(Top::new).top();
    try (Simulation sim = backend.open(TOP.design())) {
      SimulationException e = assertThrows(SimulationException.class, () -> sim.peek(other.sum));
      assertTrue(e.getMessage().matches("UInt\\(8\\) 'sum' from HandlesTest\\.java:\\d+ belongs to another elaboration"
          + " than the simulated Top: take the top from the Elaboration\\.elaborateTop\\(\\.\\.\\.\\) that gave this design\\."),
          e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void anUnknownNameGetsOneMessageWithTheNamesNearIt(Simulator backend) {
    try (Simulation sim = backend.open(TOP.design())) {
      assertEquals("no signal 'acc.totl' in Top; named here: acc.add, acc.clk, acc.in, acc.rst, acc.total,"
          + " acc.total_reg, acc.total_reg_add_in", assertThrows(SimulationException.class, () -> sim.peek("acc.totl")).getMessage());
      assertEquals("no memory 'scrtch' in Top; its memories: scratch",
          assertThrows(SimulationException.class, () -> sim.readMemory("scrtch", 0)).getMessage());
    }
  }
}
