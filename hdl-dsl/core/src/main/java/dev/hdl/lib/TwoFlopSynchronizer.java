package dev.hdl.lib;

import static dev.hdl.Hdl.*;

import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Brings a slowly changing level from another clock domain into this one through two
 * registers, the first of which may go metastable. Each bit is synchronized on its own, so the
 * crossing check lets a multi-bit value in only as independent one-bit registers side by side, or
 * as a register declared {@link dev.hdl.Hdl#grayCoded}; a binary count is refused.
 */
public final class TwoFlopSynchronizer extends Component {
  public final UInt in;
  public final UInt out;
  private final int width;

  public TwoFlopSynchronizer(int width) {
    this.width = width;
    in = input(uint(width));
    out = output(uint(width));
    UInt meta = regNext(in);
    synchronizerStage(meta);
    out.assign(regNext(meta));
  }

  @Override
  public String moduleName() {
    return "TwoFlopSynchronizer_w" + width;
  }
}
