package dev.gemini.testbench;

import static dev.hdl.Hdl.*;

import dev.gemini.common.DelayLine;
import dev.gemini.datamover.CopyLane;
import dev.gemini.lockstep.LinkFrame;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * The backplane between the two modules: each direction delays a frame, and the Data Mover's
 * lane beside it, by a fixed number of cycles. {@code cut} models a pulled module or a broken
 * link: nothing arrives (all zeros). {@code copyFlip} corrupts the copy lanes' data for a cycle.
 */
public final class CrossLink extends Component {
  public final LinkFrame fromM0 = input(LinkFrame.type());
  public final LinkFrame fromM1 = input(LinkFrame.type());
  public final LinkFrame toM0 = output(LinkFrame.type());
  public final LinkFrame toM1 = output(LinkFrame.type());
  public final CopyLane copyFromM0;
  public final CopyLane copyFromM1;
  public final CopyLane copyToM0;
  public final CopyLane copyToM1;
  public final Bool cut = input(bool());
  public final Bool copyFlip = input(bool());
  private final int latency;
  private final int memoryBits;

  public CrossLink(int latency, int memoryBits) {
    this.latency = latency;
    this.memoryBits = memoryBits;
    copyFromM0 = input(CopyLane.type(memoryBits));
    copyFromM1 = input(CopyLane.type(memoryBits));
    copyToM0 = output(CopyLane.type(memoryBits));
    copyToM1 = output(CopyLane.type(memoryBits));
    connect(copyToM1, lane(copyFromM0));
    connect(copyToM0, lane(copyFromM1));
    int width = widthOf(LinkFrame.type());
    DelayLine forward = instance(() -> new DelayLine(width, latency));
    DelayLine backward = instance(() -> new DelayLine(width, latency));
    forward.in.assign(pack(fromM0));
    backward.in.assign(pack(fromM1));
    UInt silence = lit(0, width);
    connect(toM1, unpack(mux(cut, silence, forward.out), LinkFrame.type()));
    connect(toM0, unpack(mux(cut, silence, backward.out), LinkFrame.type()));
  }

  /** One direction of the copy lane: delayed, cut, maybe corrupted. */
  private CopyLane lane(CopyLane from) {
    int width = widthOf(from);
    DelayLine delay = instance(() -> new DelayLine(width, latency));
    delay.in.assign(pack(from));
    CopyLane arriving = unpack(mux(cut, lit(0, width), delay.out), CopyLane.type(memoryBits));
    UInt flip = cat(lit(0, CopyLane.DATA_BITS - 1), copyFlip);
    return new CopyLane(arriving.valid(), arriving.address(), arriving.data().xor(flip), arriving.check(),
        arriving.ack(), arriving.nack());
  }

  /** A module's end of the link: its frames and copy lane, out and in. */
  public record End(LinkFrame out, LinkFrame in, CopyLane copyOut, CopyLane copyIn) {}

  /** Joins the two modules' ends to this link. */
  public void join(End m0, End m1) {
    connect(fromM0, m0.out());
    connect(fromM1, m1.out());
    connect(m0.in(), toM0);
    connect(m1.in(), toM1);
    connect(copyFromM0, m0.copyOut());
    connect(copyFromM1, m1.copyOut());
    connect(m0.copyIn(), copyToM0);
    connect(m1.copyIn(), copyToM1);
  }

  @Override
  public String moduleName() {
    return "CrossLink_l" + latency + "_m" + memoryBits;
  }
}
