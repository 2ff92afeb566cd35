package dev.gemini.common;

import static dev.hdl.Hdl.*;

import dev.hdl.Component;
import dev.hdl.UInt;

/** A shift register of {@code stages} cycles, reset to zero; zero stages is a wire. */
public final class DelayLine extends Component {
  public final UInt in;
  public final UInt out;
  private final int width;
  private final int stages;

  public DelayLine(int width, int stages) {
    this.width = width;
    this.stages = stages;
    in = input(uint(width));
    out = output(uint(width));
    UInt value = in;
    for (int i = 0; i < stages; i++) {
      UInt stage = reg(uint(width), 0);
      stage.assign(value);
      value = stage;
    }
    out.assign(value);
  }

  @Override
  public String moduleName() {
    return "DelayLine_w" + width + "_s" + stages;
  }
}
