package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Fsm;
import dev.hdl.Mem;
import dev.hdl.SwitchCases;
import dev.hdl.UInt;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.Simulation;
import dev.hdl.testing.Emitted;
import dev.hdl.testing.IcarusBench;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Statements take effect in the order they are written, whatever builder writes them: a state
 * body, a switch arm, a memory write and an instance connection each act where they are called,
 * so a default written before them is overridden by them.
 */
class StatementOrderTest {
  enum Phase { IDLE, SEND, DONE }

  /** The idiom that once gave wrong hardware: a default between {@code fsm(...)} and its states. */
  static final class DefaultBeforeStates extends Component {
    final Bool go = input(bool());
    final Bool sending = output(bool());
    final Bool finished = output(bool());

    DefaultBeforeStates() {
      Fsm<Phase> m = fsm(Phase.IDLE);
      sending.assign(lit(false));
      finished.assign(lit(false));
      m.state(Phase.IDLE, () -> when(go, () -> m.goTo(Phase.SEND)))
          .state(Phase.SEND, () -> {
            sending.assign(lit(true));
            m.goTo(Phase.DONE);
          })
          .state(Phase.DONE, () -> {
            finished.assign(lit(true));
            m.goTo(Phase.IDLE);
          });
    }
  }

  /** The states written first and a default after them: the default wins, as written. */
  static final class DefaultAfterStates extends Component {
    final Bool sending = output(bool());

    DefaultAfterStates() {
      Fsm<Phase> m = fsm(Phase.IDLE);
      m.state(Phase.IDLE, () -> m.goTo(Phase.SEND))
          .state(Phase.SEND, () -> {
            sending.assign(lit(true));
            m.goTo(Phase.IDLE);
          });
      sending.assign(lit(false));
    }
  }

  @Test
  void aDefaultWrittenBeforeTheStatesIsOverriddenByThem() {
    try (Simulation sim = new JvmSimulator().open(Elaboration.elaborate(DefaultBeforeStates::new))) {
      sim.reset(1);
      assertEquals(0, sim.peek("sending"));
      sim.poke("go", 1);
      sim.step();
      sim.poke("go", 0);
      assertEquals(1, sim.peek("sending"));
      assertEquals(0, sim.peek("finished"));
      sim.step();
      assertEquals(0, sim.peek("sending"));
      assertEquals(1, sim.peek("finished"));
      sim.step();
      assertEquals(0, sim.peek("finished"));
    }
  }

  @Test
  void theEmittedVerilogPlacesTheCaseAfterTheDefaultSoIcarusAgrees() {
    List<Map<String, BigInteger>> s = IcarusBench.clocked(Emitted.of(DefaultBeforeStates::new), "clk")
        .step("rst", 1, "go", 0)
        .step("rst", 0, "go", 1)
        .step("go", 0)
        .step()
        .run();
    assertEquals(BigInteger.ONE, s.get(2).get("sending"));
    assertEquals(BigInteger.ONE, s.get(3).get("finished"));
  }

  @Test
  void aDefaultWrittenAfterTheStatesOverridesThem() {
    try (Simulation sim = new JvmSimulator().open(Elaboration.elaborate(DefaultAfterStates::new))) {
      sim.reset(1);
      sim.step();
      assertEquals(0, sim.peek("sending"), "the default after the states is the last assignment");
    }
  }

  /** Arms of one switch split by a default: each group acts where it is written. */
  static final class SplitArms extends Component {
    final UInt op = input(uint(2));
    final UInt result = output(uint(4));

    SplitArms() {
      SwitchCases[] cases = new SwitchCases[1];
      switchOn(op, s -> {
        cases[0] = s;
        s.is(0, () -> result.assign(lit(1, 4)));
      });
      result.assign(lit(9, 4));
      cases[0].is(1, () -> result.assign(lit(2, 4)));
    }
  }

  @Test
  void armsWrittenAfterOtherStatementsActThere() {
    try (Simulation sim = new JvmSimulator().open(Elaboration.elaborate(SplitArms::new))) {
      int[] expected = {9, 2, 9, 9}; // arm 0 comes before the default, so the default overrides it
      for (int op = 0; op < 4; op++) {
        sim.poke("op", op);
        assertEquals(expected[op], sim.peek("result"), "op " + op);
      }
    }
  }

  static String otherwiseAt;
  static String switchAt;

  static final class OtherwiseAfterSplit extends Component {
    final UInt op = input(uint(2));
    final UInt result = output(uint(4));

    OtherwiseAfterSplit() {
      SwitchCases[] cases = new SwitchCases[1];
      switchAt = here(); switchOn(op, s -> cases[0] = s.is(0, () -> result.assign(lit(1, 4))));
      result.assign(lit(9, 4));
      otherwiseAt = here(); cases[0].otherwise(() -> result.assign(lit(3, 4)));
    }
  }

  @Test
  void anOtherwiseSeparatedFromItsArmsIsAnErrorNamingBothLines() {
    String message = rejectionOf(OtherwiseAfterSplit::new);
    assertTrue(message.startsWith(otherwiseAt + ": otherwise(...) must directly follow the arms of its switch ("
        + switchAt + ")"), message);
  }

  static String repeatAt;
  static String firstAt;

  static final class StateListedTwiceAcrossGroups extends Component {
    final Bool out = output(bool());

    StateListedTwiceAcrossGroups() {
      Fsm<Phase> m = fsm(Phase.IDLE);
      firstAt = here(); m.state(Phase.IDLE, () -> m.goTo(Phase.SEND));
      out.assign(m.isIn(Phase.SEND));
      repeatAt = here(); m.state(Phase.IDLE, () -> m.goTo(Phase.DONE));
    }
  }

  @Test
  void aStateDescribedTwiceIsStillAnErrorAcrossGroups() {
    String message = rejectionOf(StateListedTwiceAcrossGroups::new);
    assertTrue(message.contains("is listed twice: at " + firstAt + " and at " + repeatAt), message);
  }

  /** A memory write and an instance connection under a default: both act where written. */
  static final class Passthrough extends Component {
    final UInt in = input(uint(4));
    final UInt out = output(uint(4));

    Passthrough() {
      out.assign(in);
    }
  }

  static final class WritesAndConnections extends Component {
    final Bool write = input(bool());
    final UInt data = input(uint(4));
    final UInt stored = output(uint(4));
    final UInt passed = output(uint(4));

    WritesAndConnections() {
      Mem<UInt> cell = mem(uint(4), 1);
      Passthrough p = instance(Passthrough::new);
      p.in.assign(lit(0, 4));
      when(write, () -> {
        cell.write(lit(0, 1), data);
        p.in.assign(data);
      });
      stored.assign(cell.readAsync(lit(0, 1)));
      passed.assign(p.out);
    }
  }

  @Test
  void memoryWritesAndInstanceConnectionsActWhereTheyAreWritten() {
    try (Simulation sim = new JvmSimulator().open(Elaboration.elaborate(WritesAndConnections::new))) {
      sim.poke("data", 5);
      assertEquals(0, sim.peek("passed"));
      sim.poke("write", 1);
      assertEquals(5, sim.peek("passed"));
      sim.step();
      sim.poke("write", 0);
      sim.poke("data", 7);
      assertEquals(5, sim.peek("stored"));
      assertEquals(0, sim.peek("passed"));
    }
  }
}
