package dev.gemini.testbench;

import static dev.hdl.Hdl.*;

import dev.gemini.common.DelayLine;
import dev.gemini.common.Packing;
import dev.gemini.lockstep.LinkFrame;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * The backplane between the two modules: each direction delays a frame by a fixed number of
 * cycles. {@code cut} models a pulled module or a broken link: frames stop arriving (all zeros).
 */
public final class CrossLink extends Component {
  public final LinkFrame fromM0 = input(LinkFrame.type());
  public final LinkFrame fromM1 = input(LinkFrame.type());
  public final LinkFrame toM0 = output(LinkFrame.type());
  public final LinkFrame toM1 = output(LinkFrame.type());
  public final Bool cut = input(bool());
  private final int latency;

  public CrossLink(int latency) {
    this.latency = latency;
    int width = Packing.width(LinkFrame.type());
    DelayLine forward = instance(() -> new DelayLine(width, latency));
    DelayLine backward = instance(() -> new DelayLine(width, latency));
    forward.in.assign(Packing.pack(fromM0));
    backward.in.assign(Packing.pack(fromM1));
    UInt silence = lit(0, width);
    connect(toM1, Packing.unpack(mux(cut, silence, forward.out), LinkFrame.type()));
    connect(toM0, Packing.unpack(mux(cut, silence, backward.out), LinkFrame.type()));
  }

  @Override
  public String moduleName() {
    return "CrossLink_l" + latency;
  }
}
