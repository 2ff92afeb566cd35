package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.SInt;
import dev.hdl.UInt;
import dev.hdl.Vec;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.Simulation;
import dev.hdl.source.HdlException;
import dev.hdl.testing.Emitted;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The short forms: constants by value, constants in a mux, an enabled register, registered outputs. */
class IdiomsTest {
  record Flags(Bool busy, UInt level) {}

  static final class Idioms extends Component {
    final Bool load = input(bool());
    final UInt in = input(uint(8));
    final UInt count = output(reg(uint(8), 0));
    final Flags flags = output(new Flags(reg(bool(), false), reg(uint(3), 5)));
    final UInt held = output(uint(8));
    final UInt picked = output(uint(8));
    final SInt offset = output(sint(4));
    final Bool done = output(bool());

    Idioms() {
      count.assign(count.add(1));
      flags.busy().assign(load);
      when(load, () -> flags.level().assign(2));
      held.assign(regEnable(in, 7, load));
      picked.assign(mux(load, in, 0xff));
      offset.assign(-3);
      done.assign(mux(load, true, count.eq(3)));
    }
  }

  private static Simulation open(Supplier<? extends Component> top) {
    return new JvmSimulator().open(Elaboration.elaborate(top));
  }

  @Test
  void theShortFormsBehaveAsTheLongOnes() {
    try (Simulation sim = open(Idioms::new)) {
      sim.reset(1);
      assertEquals(0, sim.peek("count"));
      assertEquals(5, sim.peek("flags_level"));
      assertEquals(7, sim.peek("held"), "regEnable starts at its reset value");
      assertEquals(0xff, sim.peek("picked"));
      assertEquals(-3, sim.peekSigned("offset"));
      sim.poke("in", 42);
      sim.step();
      assertEquals(1, sim.peek("count"), "a registered output is its register");
      assertEquals(7, sim.peek("held"), "regEnable holds while its enable is low");
      sim.poke("load", 1);
      assertEquals(42, sim.peek("picked"));
      assertEquals(1, sim.peek("done"));
      sim.step();
      assertEquals(42, sim.peek("held"));
      assertEquals(1, sim.peek("flags_busy"));
      assertEquals(2, sim.peek("flags_level"));
      sim.poke("load", 0);
      assertEquals(0, sim.peek("done"));
      sim.step();
      assertEquals(3, sim.peek("count"));
      assertEquals(1, sim.peek("done"));
    }
  }

  @Test
  void aRegisteredOutputIsAPortDrivenByItsNamedRegister() {
    Emitted v = Emitted.of(Idioms::new);
    v.assertLines("Idioms", "assign count = count_reg;");
    v.assertLines("Idioms", "assign flags_level = flags_level_reg;");
    v.assertAcceptedByAll();
  }

  /** A parent reads a child's registered outputs as the child's ports. */
  static final class ReadsRegisteredOutputs extends Component {
    final Bool load = input(bool());
    final UInt count = output(uint(8));
    final UInt level = output(uint(3));

    ReadsRegisteredOutputs() {
      Idioms child = instance(Idioms::new);
      child.load.assign(load);
      child.in.assign(0);
      count.assign(child.count);
      level.assign(child.flags.level());
    }
  }

  static final class DrivesAChildsRegisteredOutput extends Component {
    DrivesAChildsRegisteredOutput() {
      Idioms child = instance(Idioms::new);
      child.count.assign(0);
    }
  }

  @Test
  void aParentReadsARegisteredOutputAsThePortAndCannotDriveIt() {
    try (Simulation sim = open(ReadsRegisteredOutputs::new)) {
      sim.reset(1);
      sim.step();
      sim.step();
      assertEquals(2, sim.peek("count"));
      assertEquals(5, sim.peek("level"));
      sim.poke("load", 1);
      sim.step();
      assertEquals(2, sim.peek("level"));
    }
    Emitted.of(ReadsRegisteredOutputs::new).assertLines("ReadsRegisteredOutputs", "assign count = child_count;");
    HdlException e = assertThrows(HdlException.class, () -> Elaboration.elaborate(DrivesAChildsRegisteredOutput::new));
    assertTrue(e.getMessage().contains("output 'count' of instance 'child' is driven inside"), e.getMessage());
  }

  static final class WireAsOutput extends Component {
    final Bool a = input(bool());
    final Bool y;

    WireAsOutput() {
      Bool w = wire(bool());
      w.assign(a);
      y = output(w);
    }
  }

  @Test
  void onlyRegistersOfTheModuleMakeARegisteredOutput() {
    HdlException e = assertThrows(HdlException.class, () -> Elaboration.elaborate(WireAsOutput::new));
    assertTrue(e.getMessage().contains("output(...) takes a type such as uint(8), or registers of this module to"
        + " drive the port with; Bool 'w' from IdiomsTest.java:"), e.getMessage());
  }

  record Packet(Bool valid, UInt tag, SInt delta) {}

  /** A bundle through bits and back, muxed and registered as a whole, and a vec read as bits. */
  static final class Bundles extends Component {
    final Packet a = input(new Packet(bool(), uint(3), sint(4)));
    final Packet b = input(new Packet(bool(), uint(3), sint(4)));
    final Bool pickB = input(bool());
    final UInt word = output(uint(8));
    final Packet picked = output(new Packet(bool(), uint(3), sint(4)));
    final Packet delayed = output(new Packet(bool(), uint(3), sint(4)));
    final UInt flags = output(uint(3));

    Bundles() {
      word.assign(pack(a));
      Packet chosen = unpack(pack(mux(pickB, b, a)), a);
      connect(picked, chosen);
      connect(delayed, regNext(chosen));
      Vec<Bool> bits = wire(vec(3, bool()));
      bits.get(0).assign(a.valid());
      bits.get(1).assign(b.valid());
      bits.get(2).assign(pickB);
      flags.assign(bits.asUInt());
    }
  }

  @Test
  void bundlesPackUnpackMuxAndRegisterLeafByLeaf() {
    try (Simulation sim = open(Bundles::new)) {
      sim.poke("a_valid", 1);
      sim.poke("a_tag", 5);
      sim.poke("a_delta", -2);
      sim.poke("b_tag", 2);
      sim.poke("b_delta", 7);
      assertEquals(0b1_101_1110, sim.peek("word"), "the first component is the most significant");
      assertEquals(5, sim.peek("picked_tag"));
      assertEquals(-2, sim.peekSigned("picked_delta"));
      assertEquals(0b001, sim.peek("flags"), "element 0 is the least significant bit");
      sim.poke("pickB", 1);
      assertEquals(0, sim.peek("picked_valid"));
      assertEquals(7, sim.peekSigned("picked_delta"));
      assertEquals(0b101, sim.peek("flags"));
      sim.step();
      assertEquals(2, sim.peek("delayed_tag"));
      assertEquals(7, sim.peekSigned("delayed_delta"));
    }
    Emitted v = Emitted.of(Bundles::new);
    v.assertLineMatches("Bundles", "wire \\[2:0\\] chosen_tag = .*\\[6:4\\];");
    v.assertAcceptedByAll();
  }

  /** Bundles and vecs held by an enable, with and without a reset value. */
  static final class HeldAggregates extends Component {
    final Packet in = input(new Packet(bool(), uint(3), sint(4)));
    final Vec<UInt> lanes = input(vec(2, uint(4)));
    final Bool load = input(bool());
    final Packet held = output(new Packet(bool(), uint(3), sint(4)));
    final Packet heldFromReset = output(new Packet(bool(), uint(3), sint(4)));
    final Vec<UInt> heldLanes = output(vec(2, uint(4)));

    HeldAggregates() {
      connect(held, regEnable(in, load));
      connect(heldFromReset, regEnable(in, new Packet(lit(true), lit(6, 3), slit(-3, 4)), load));
      connect(heldLanes, regEnable(lanes, Vec.of(lit(1, 4), lit(2, 4)), load));
    }
  }

  @Test
  void bundlesAndVecsAreHeldByAnEnableAndSetByReset() {
    try (Simulation sim = open(HeldAggregates::new)) {
      sim.reset(1);
      assertEquals(1, sim.peek("heldFromReset_valid"));
      assertEquals(6, sim.peek("heldFromReset_tag"));
      assertEquals(-3, sim.peekSigned("heldFromReset_delta"));
      assertEquals(2, sim.peek("heldLanes_1"));
      sim.poke("in_tag", 5);
      sim.poke("in_delta", 4);
      sim.poke("lanes_1", 9);
      sim.step();
      assertEquals(6, sim.peek("heldFromReset_tag"), "no load: the reset value stays");
      assertEquals(2, sim.peek("heldLanes_1"));
      sim.poke("load", 1);
      sim.step();
      assertEquals(0, sim.peek("heldFromReset_valid"));
      assertEquals(5, sim.peek("held_tag"));
      assertEquals(4, sim.peekSigned("heldFromReset_delta"));
      assertEquals(9, sim.peek("heldLanes_1"));
      sim.poke("load", 0);
      sim.poke("in_tag", 1);
      sim.step();
      assertEquals(5, sim.peek("held_tag"), "load low: the value is held");
    }
    Emitted.of(HeldAggregates::new).assertAcceptedByAll();
  }

  static final class ResetFromAnInput extends Component {
    final Packet in = input(new Packet(bool(), uint(3), sint(4)));
    final Packet held = output(new Packet(bool(), uint(3), sint(4)));

    ResetFromAnInput() {
      connect(held, regEnable(in, in, lit(true)));
    }
  }

  @Test
  void aResetValueThatIsNotConstantIsRefusedAtTheUsersLine() {
    HdlException e = assertThrows(HdlException.class, () -> Elaboration.elaborate(ResetFromAnInput::new));
    assertTrue(e.getMessage().matches("IdiomsTest\\.java:\\d+: regEnable\\(\\.\\.\\.\\) takes a reset value of constants, but"
        + " Bool 'in_valid' .* is not one: write it with lit\\(\\.\\.\\.\\)\\."), e.getMessage());
  }

  static final class UnpackTooNarrow extends Component {
    final UInt bits = input(uint(7));
    final Packet p = output(new Packet(bool(), uint(3), sint(4)));

    UnpackTooNarrow() {
      connect(p, unpack(bits, p));
    }
  }

  @Test
  void unpackingBitsOfAnotherWidthIsRefused() {
    HdlException e = assertThrows(HdlException.class, () -> Elaboration.elaborate(UnpackTooNarrow::new));
    assertTrue(e.getMessage().contains("unpack(...) of UInt(7) 'bits' from IdiomsTest.java:"), e.getMessage());
    assertTrue(e.getMessage().endsWith("into a shape of 8 bits: the widths must be equal."), e.getMessage());
  }

  static final class ConstantTooWide extends Component {
    final UInt y = output(uint(4));

    ConstantTooWide() {
      y.assign(16);
    }
  }

  @Test
  void aConstantThatDoesNotFitIsRefusedWithTheRange() {
    HdlException e = assertThrows(HdlException.class, () -> Elaboration.elaborate(ConstantTooWide::new));
    assertTrue(e.getMessage().matches("IdiomsTest\\.java:\\d+: constant 16 does not fit in UInt\\(4\\) \\(range 0 to 15\\)\\."),
        e.getMessage());
  }
}
