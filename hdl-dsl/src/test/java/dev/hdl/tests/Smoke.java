package dev.hdl.tests;

import static dev.hdl.Hdl.*;

import dev.hdl.*;
import dev.hdl.verilog.VerilogOutput;

public class Smoke {
  enum State { IDLE, RUN, DONE }

  static class Counter extends Component {
    final Bool en = input(bool());
    final UInt count = output(uint(8));

    Counter(int width) {
      UInt value = reg(uint(8), 0);
      when(en, () -> value.assign(value.add(1)));
      count.assign(value);
    }
  }

  static class Top extends Component {
    final UInt a = input(uint(8));
    final UInt b = input(uint(8));
    final Bool go = input(bool());
    final UInt sum = output(uint(9));
    final UInt c0 = output(uint(8));
    final Bool busy = output(bool());

    Top() {
      UInt total = a.addExpand(b);
      sum.assign(total);
      Counter first = instance(() -> new Counter(8));
      first.en.assign(go);
      c0.assign(first.count);
      HwEnum<State> state = reg(enumOf(State.class), State.IDLE);
      switchOn(state, s -> s
          .is(State.IDLE, () -> when(go, () -> state.assign(State.RUN)))
          .is(State.RUN, () -> state.assign(State.DONE))
          .otherwise(() -> state.assign(State.IDLE)));
      busy.assign(state.is(State.RUN));
      assertThat(a.add(b).ne(255), "sum saturates");
    }
  }

  public static void main(String[] args) {
    var design = Elaboration.elaborate(Top::new);
    VerilogOutput.of(design).files().forEach((k, v) -> System.out.println("=== " + k + "\n" + v));
    VerilogOutput.of(design).writeTo(java.nio.file.Path.of("/tmp/smoke"));
  }
}
