package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.UInt;
import dev.hdl.testing.Emitted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** when / elseWhen / otherwise and switchOn, on registers and on combinational wires. */
class ControlTest {
  enum State { IDLE, RUN, DONE }

  static final class Fsm extends Component {
    final Bool go = input(bool());
    final Bool stop = input(bool());
    final UInt op = input(uint(2));
    final UInt a = input(uint(8));
    final Bool busy = output(bool());
    final UInt result = output(uint(8));
    final UInt level = output(uint(8));

    Fsm() {
      HwEnum<State> state = reg(enumOf(State.class), State.IDLE);
      switchOn(state, s -> s
          .is(State.IDLE, () -> when(go, () -> state.assign(State.RUN)))
          .is(State.RUN, () -> when(stop, () -> state.assign(State.DONE)))
          .otherwise(() -> state.assign(State.IDLE)));
      busy.assign(state.is(State.RUN));
      UInt chosen = wire(uint(8));
      switchOn(op, s -> s
          .is(0, () -> chosen.assign(a))
          .is(new long[] {1, 2}, () -> chosen.assign(a.not()))
          .otherwise(() -> chosen.assign(lit(0, 8))));
      result.assign(chosen);
      UInt graded = wire(uint(8));
      when(go, () -> graded.assign(lit(1, 8)))
          .elseWhen(stop, () -> graded.assign(lit(2, 8)))
          .otherwise(() -> graded.assign(a));
      level.assign(graded);
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Fsm::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  @Test
  void enumConstantsBecomeLocalparams() {
    v.assertLines("Fsm", """
        localparam [1:0] State_IDLE = 2'd0;
        localparam [1:0] State_RUN = 2'd1;
        localparam [1:0] State_DONE = 2'd2;
        """);
    v.assertLines("Fsm", "wire state_eq_RUN = state == State_RUN;");
  }

  @Test
  void switchOnAnEnumRegisterIsACaseOnItsConstants() {
    v.assertLines("Fsm", """
        always @(posedge clk) begin
          if (rst) begin
            state <= State_IDLE;
          end else begin
            case (state)
              State_IDLE: begin
                if (go) begin
                  state <= State_RUN;
                end
              end
              State_RUN: begin
                if (stop) begin
                  state <= State_DONE;
                end
              end
              default: begin
                state <= State_IDLE;
              end
            endcase
          end
        end
        """);
  }

  @Test
  void switchWithSeveralValuesPerArmDrivesAWire() {
    v.assertLines("Fsm", """
        always @(*) begin
          case (op)
            2'd0: begin
              chosen = a;
            end
            2'd1, 2'd2: begin
              chosen = not_a;
            end
            default: begin
              chosen = 8'd0;
            end
          endcase
        end
        """);
  }

  @Test
  void whenChainIsAnIfElseIfChain() {
    v.assertLines("Fsm", """
        always @(*) begin
          if (go) begin
            graded = 8'd1;
          end else if (stop) begin
            graded = 8'd2;
          end else begin
            graded = a;
          end
        end
        """);
  }

  static final class Fast {
    enum Mode { SLOW, FAST }
  }

  static final class Reversed {
    enum Mode { FAST, SLOW }
  }

  /** Two enums with one simple name and different encodings, in one module. */
  static final class TwoModes extends Component {
    final HwEnum<Fast.Mode> first = output(enumOf(Fast.Mode.class));
    final HwEnum<Reversed.Mode> second = output(enumOf(Reversed.Mode.class));

    TwoModes() {
      HwEnum<Fast.Mode> a = reg(enumOf(Fast.Mode.class), Fast.Mode.FAST);
      a.assign(Fast.Mode.FAST);
      first.assign(a);
      HwEnum<Reversed.Mode> b = reg(enumOf(Reversed.Mode.class), Reversed.Mode.FAST);
      b.assign(Reversed.Mode.FAST);
      second.assign(b);
    }
  }

  /** Each enum keeps its own encoding: Reversed.Mode.FAST is 0, not Fast.Mode.FAST's 1. */
  @Test
  void enumsWithOneNameGetDistinctLocalparams() {
    Emitted modes = Emitted.of(TwoModes::new);
    modes.assertLines("TwoModes", """
        localparam Mode_SLOW = 1'd0;
        localparam Mode_FAST = 1'd1;
        localparam Mode_1_FAST = 1'd0;
        localparam Mode_1_SLOW = 1'd1;
        """);
    modes.assertLines("TwoModes", "b <= Mode_1_FAST;");
    modes.assertAcceptedByAll();
  }
}
