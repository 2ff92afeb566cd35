package dev.hdl.tests.mutation;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.mutation.Mutant;
import dev.hdl.mutation.Mutants;
import dev.hdl.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mutants from the IR: each kind is offered at the user's line, and each changes what the design does. */
class MutantsTest {
  static final class Small extends Component {
    final UInt a = input(uint(8));
    final UInt b = input(uint(8));
    final Bool load = input(bool());
    final UInt sum = output(uint(8));
    final UInt held = output(uint(8));
    final UInt latched = output(uint(8));
    final Bool big = output(bool());

    Small() {
      sum.assign(a.add(b));
      UInt h = reg(uint(8), 0);
      when(load, () -> h.assign(a));
      held.assign(h);
      latched.assign(regEnable(a, 0, load));
      big.assign(a.gt(100));
    }
  }

  /** Adds its inputs; its module's name carries its width, as a parameterized block's does. */
  static final class Adder extends Component {
    final int width;
    final UInt a;
    final UInt b;
    final UInt sum;

    Adder(int width) {
      this.width = width;
      a = input(uint(width));
      b = input(uint(width));
      sum = output(uint(width));
      sum.assign(a.add(b));
    }

    @Override
    public String moduleName() {
      return "Adder_w" + width;
    }
  }

  private static final Design DESIGN = Elaboration.elaborate(Small::new);
  private static final List<Mutant> ALL = Mutants.of(DESIGN);

  private static Mutant find(Mutant.Kind kind, String change) {
    return ALL.stream().filter(m -> m.kind() == kind && m.change().equals(change)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " '" + change + "' among " + ALL));
  }

  /** The design with the mutant, after reset, with a = 101, b = 3 and load low, one cycle on. */
  private static Simulation settled(Mutant mutant) {
    Simulation sim = new JvmSimulator().open(Elaboration.elaborate(Small::new, mutant));
    sim.reset(1);
    sim.poke("a", 101);
    sim.poke("b", 3);
    sim.step();
    return sim;
  }

  @Test
  void theUnchangedDesignAddsHoldsAndCompares() {
    try (Simulation sim = settled(null)) {
      assertEquals(104, sim.peek("sum"));
      assertEquals(0, sim.peek("held"));
      assertEquals(0, sim.peek("latched"));
      assertEquals(1, sim.peek("big"));
    }
  }

  @Test
  void eachKindChangesWhatTheDesignDoes() {
    try (Simulation sim = settled(find(Mutant.Kind.SWAPPED_OPERATOR, "ADD -> SUB"))) {
      assertEquals(98, sim.peek("sum"));
    }
    try (Simulation sim = settled(find(Mutant.Kind.DROPPED_TERM, "a_add_b -> a"))) {
      assertEquals(101, sim.peek("sum"));
    }
    try (Simulation sim = settled(find(Mutant.Kind.CONSTANT_OFF_BY_ONE, "100 -> 101"))) {
      assertEquals(0, sim.peek("big"));
    }
    try (Simulation sim = settled(find(Mutant.Kind.INVERTED_CONDITION, "when (load) -> when (!load)"))) {
      assertEquals(101, sim.peek("held"));
    }
    try (Simulation sim = settled(find(Mutant.Kind.STUCK_ENABLE, "latched_reg enable stuck on"))) {
      assertEquals(101, sim.peek("latched"));
    }
  }

  @Test
  void aMutantNamesTheUsersLine() {
    Mutant swapped = find(Mutant.Kind.SWAPPED_OPERATOR, "ADD -> SUB");
    assertEquals("MutantsTest.java", swapped.loc().file());
    assertEquals(find(Mutant.Kind.DROPPED_TERM, "a_add_b -> a").loc(), swapped.loc());
    assertEquals("MutantsTest.java:" + swapped.loc().line() + ": swapped operator in Small #" + swapped.site()
        + ": ADD -> SUB", swapped.toString());
  }

  @Test
  void itsSpecReadsBackAsTheSameMutant() {
    ALL.forEach(m -> assertEquals(m, Mutant.parse(m.spec())));
  }

  @Test
  void aMutantOfAnotherModuleOrSiteLeavesAModuleAsItIs() {
    Mutant swapped = find(Mutant.Kind.SWAPPED_OPERATOR, "ADD -> SUB");
    var small = DESIGN.topModule();
    assertSame(small, new Mutant("Other", "dev.example.Other", swapped.kind(), swapped.site(), swapped.change(),
        swapped.loc()).applyTo(small));
    assertSame(small, new Mutant("Small", swapped.javaClass(), swapped.kind(), swapped.site(), "SUB -> ADD",
        swapped.loc()).applyTo(small));
  }

  @Test
  void aMutantDrawnFromOneParameterizationChangesAnotherOfTheSameClass() {
    Mutant swapped = Mutants.of(Elaboration.elaborate(() -> new Adder(8))).stream()
        .filter(m -> m.change().equals("ADD -> SUB")).findFirst().orElseThrow();
    assertEquals("Adder_w8", swapped.module());
    try (Simulation sim = new JvmSimulator().open(Elaboration.elaborate(() -> new Adder(4), swapped))) {
      sim.poke("a", 5);
      sim.poke("b", 3);
      assertEquals(2, sim.peek("sum"));
    }
  }

  /** Two adders of other widths side by side. */
  static final class TwoAdders extends Component {
    final UInt x = input(uint(8));
    final UInt narrowSum = output(uint(4));
    final UInt wideSum = output(uint(8));

    TwoAdders() {
      Adder narrow = instance(() -> new Adder(4));
      Adder wide = instance(() -> new Adder(8));
      narrow.a.assign(x.slice(3, 0));
      narrow.b.assign(x.slice(7, 4));
      wide.a.assign(x);
      wide.b.assign(x);
      narrowSum.assign(narrow.sum);
      wideSum.assign(wide.sum);
    }
  }

  @Test
  void aDesignWithTwoParameterizationsOffersEachChangeOnce() {
    List<Mutant> mutants = Mutants.of(Elaboration.elaborate(TwoAdders::new));
    List<Mutant> swaps = mutants.stream().filter(m -> m.change().equals("ADD -> SUB")).toList();
    assertEquals(1, swaps.size(), mutants::toString);
    assertEquals("Adder_w4", swaps.getFirst().module());
  }
}
