package dev.hdl.tests.lib;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.ResetKind;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.lib.AsyncFifo;
import dev.hdl.lib.BinaryToOneHot;
import dev.hdl.lib.Counter;
import dev.hdl.lib.OneHotToBinary;
import dev.hdl.lib.PriorityEncoder;
import dev.hdl.lib.PulseSynchronizer;
import dev.hdl.lib.Queue;
import dev.hdl.lib.ResetSynchronizer;
import dev.hdl.lib.RoundRobinArbiter;
import dev.hdl.lib.ShiftRegister;
import dev.hdl.lib.TwoFlopSynchronizer;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's Verilog passes the tools, and its synchronizers carry signals between clock
 * domains in ways the crossing check accepts.
 */
class LibraryTest {
  static Stream<Arguments> blocks() {
    return Stream.of(
        Arguments.of("Queue_3x8", (Supplier<Component>) () -> new Queue<>(uint(8), 3)),
        Arguments.of("Queue_1x8", (Supplier<Component>) () -> new Queue<>(uint(8), 1)),
        Arguments.of("Counter_mod10_clear", (Supplier<Component>) () -> Counter.withClear(10)),
        Arguments.of("Counter_mod16", (Supplier<Component>) () -> new Counter(16)),
        Arguments.of("ShiftRegister_3x8", (Supplier<Component>) () -> new ShiftRegister<>(uint(8), 3)),
        Arguments.of("RoundRobinArbiter_5", (Supplier<Component>) () -> new RoundRobinArbiter(5)),
        Arguments.of("RoundRobinArbiter_1", (Supplier<Component>) () -> new RoundRobinArbiter(1)),
        Arguments.of("PriorityEncoder_7", (Supplier<Component>) () -> new PriorityEncoder(7)),
        Arguments.of("BinaryToOneHot_5", (Supplier<Component>) () -> new BinaryToOneHot(5)),
        Arguments.of("OneHotToBinary_8", (Supplier<Component>) () -> new OneHotToBinary(8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void eachBlockPassesTheTools(String module, Supplier<? extends Component> block) {
    Design design = Elaboration.elaborate(block);
    assertEquals(module, design.top());
    VerilogTools.assertAcceptedByAll(VerilogOutput.of(design), module);
  }

  /** Two clock domains joined only through the library's crossings. */
  static final class TwoDomains extends Component {
    final Bool fastClock = input(bool());
    final Bool fastReset = input(bool());
    final Bool powerOnReset = input(bool());
    final UInt data = input(uint(8));
    final Bool push = input(bool());
    final Bool pop = input(bool());
    final UInt received = output(uint(8));
    final Bool available = output(bool());
    final Bool seenPulse = output(bool());
    final UInt seenLevel = output(uint(2));
    final Bool cleanReset = output(bool());

    TwoDomains() {
      ClockDomain fast = clockDomain(fastClock, fastReset, ResetKind.SYNC, false);
      AsyncFifo fifo = instance(() -> new AsyncFifo(8, 3));
      fifo.writeClock.assign(fastClock);
      fifo.writeReset.assign(fastReset);
      fifo.writeData.assign(data);
      fifo.writeValid.assign(push);
      fifo.readReady.assign(pop);
      UInt head = regNext(fifo.readData);
      received.assign(head);
      available.assign(fifo.readValid);

      Bool fastFlag = inDomain(fast, () -> regNext(push));
      PulseSynchronizer pulse = instance(() -> new PulseSynchronizer());
      pulse.sourceClock.assign(fastClock);
      pulse.sourceReset.assign(fastReset);
      pulse.pulseIn.assign(fastFlag);
      seenPulse.assign(pulse.pulseOut);

      // Two independent levels, one register each: a bit-wise synchronizer carries them side by side.
      Bool fastHigh = inDomain(fast, () -> regNext(data.bit(1)));
      Bool fastLow = inDomain(fast, () -> regNext(data.bit(0)));
      TwoFlopSynchronizer level = instance(() -> new TwoFlopSynchronizer(2));
      level.in.assign(cat(fastHigh, fastLow));
      seenLevel.assign(level.out);

      ResetSynchronizer reset = instance(() -> new ResetSynchronizer(2));
      reset.clock.assign(fastClock);
      reset.asyncReset.assign(powerOnReset);
      cleanReset.assign(reset.syncReset);
    }
  }

  @Test
  void crossingsThroughTheLibraryElaborateAndPassTheTools() {
    Design design = Elaboration.elaborate(TwoDomains::new);
    VerilogOutput out = VerilogOutput.of(design);
    String fifo = out.module("AsyncFifo_w8_a3");
    assertTrue(fifo.contains("always @(posedge writeClock) begin"), fifo);
    VerilogTools.assertAcceptedByAll(out, "TwoDomains");
  }

  /** A state machine written with the FSM helper becomes a case statement on its enum. */
  enum Phase { IDLE, ARMED, FIRED }

  static final class Trigger extends Component {
    final Bool arm = input(bool());
    final Bool fire = input(bool());
    final Bool firing = output(bool());

    Trigger() {
      var phase = fsm(Phase.IDLE);
      phase.state(Phase.IDLE, () -> when(arm, () -> phase.goTo(Phase.ARMED)))
          .state(Phase.ARMED, () -> when(fire, () -> phase.goTo(Phase.FIRED)))
          .state(Phase.FIRED, () -> phase.goTo(Phase.IDLE));
      firing.assign(phase.isIn(Phase.FIRED));
    }
  }

  @Test
  void fsmHelperEmitsACaseOnTheStateRegister() {
    VerilogOutput out = VerilogOutput.of(Elaboration.elaborate(Trigger::new));
    String v = out.module("Trigger");
    assertTrue(v.contains("reg  [1:0] phase_state;"), v);
    assertTrue(v.contains("case (phase_state)"), v);
    assertTrue(v.contains("Phase_ARMED: begin"), v);
    assertTrue(v.contains("phase_state <= Phase_IDLE;"), v);
    VerilogTools.assertAcceptedByAll(out, "Trigger");
  }
}
