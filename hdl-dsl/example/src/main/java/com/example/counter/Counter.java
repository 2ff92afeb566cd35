package com.example.counter;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/** An 8-bit counter that counts the cycles its enable is high, and says when it wraps. */
public final class Counter extends Component {
  final Bool enable = input(bool());
  final UInt count = output(uint(8));
  final Bool wrapped = output(bool());

  public Counter() {
    UInt value = reg(uint(8), 0); // a register named "value", reset to 0
    when(enable, () -> value.assign(value.add(1)));
    count.assign(value);
    wrapped.assign(enable.and(value.eq(255)));
  }
}
