package dev.hdl.lib;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * A delay line of {@code stages} registers of one type: on each edge where {@code enable} is
 * high, every stage takes the one before it and the first takes {@code in}, so {@code out} is the
 * value {@code in} had {@code stages} enabled edges ago. Every stage resets to zero.
 */
public final class ShiftRegister<T extends Signal<T>> extends Component {
  public final T in;
  public final Bool enable;
  public final T out;
  private final int stages;
  private final int width;

  /** {@code stages} (at least 1) registers of {@code type}, such as {@code uint(8)}. */
  public ShiftRegister(T type, int stages) {
    Caller.require(stages >= 1, "a shift register has at least 1 stage, not " + stages + ".");
    this.stages = stages;
    this.width = type.width();
    in = input(type);
    enable = input(bool());
    out = output(type);

    List<T> stage = new ArrayList<>();
    for (int i = 0; i < stages; i++) {
      stage.add(enable(reg(type, 0), enable));
      stage.get(i).assign(i == 0 ? in : stage.get(i - 1));
    }
    out.assign(stage.get(stages - 1));
  }

  @Override
  public String moduleName() {
    return "ShiftRegister_" + stages + "x" + width;
  }
}
