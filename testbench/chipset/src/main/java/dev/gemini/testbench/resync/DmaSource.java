package dev.gemini.testbench.resync;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * An IO device that writes memory by DMA at a random rate. An event waits while {@code hold} is
 * high (the GE holds IO in a blackout) and goes out, unchanged, when it drops: held, never dropped.
 */
public final class DmaSource extends Component {
  public final UInt seed = input(uint(64));
  public final Bool seedLoad = input(bool());
  /** Out of 256: the share of cycles that make a new event. */
  public final UInt rate = input(uint(8));
  public final Bool hold = input(bool());
  public final Bool valid = output(bool());
  public final UInt address;
  public final UInt data = output(uint(64));
  public final UInt delivered = output(uint(32));
  /** Events that had to wait for a hold to end. */
  public final UInt held = output(uint(32));
  private final int addressBits;

  public DmaSource(int addressBits) {
    this.addressBits = addressBits;
    address = output(uint(addressBits));
    UInt state = reg(uint(64), 1);
    Bool pending = reg(bool(), false);
    Bool waited = reg(bool(), false);
    UInt pendingData = reg(uint(64), 0);
    UInt sent = reg(uint(32), 0);
    UInt heldCount = reg(uint(32), 0);

    Bool deliver = pending.and(hold.not());
    Bool make = pending.not().and(state.slice(7, 0).lt(rate));
    when(seedLoad, () -> {
      state.assign(seed);
      pending.assign(lit(false));
      sent.assign(lit(0, 32));
      heldCount.assign(lit(0, 32));
    }).otherwise(() -> {
      state.assign(Xorshift.next(state));
      when(make, () -> {
        pending.assign(lit(true));
        waited.assign(lit(false));
        pendingData.assign(state);
      }).elseWhen(deliver, () -> {
        pending.assign(lit(false));
        sent.assign(sent.add(1));
        when(waited, () -> heldCount.assign(heldCount.add(1)));
      }).elseWhen(pending, () -> waited.assign(lit(true)));
    });

    valid.assign(deliver);
    address.assign(pendingData.slice(32 + addressBits - 1, 32));
    data.assign(pendingData);
    delivered.assign(sent);
    held.assign(heldCount);
  }

  @Override
  public String moduleName() {
    return "DmaSource_a" + addressBits;
  }
}
