package dev.gemini.isolation;

import static dev.hdl.Hdl.*;

import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.Transaction;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Answers for isolated IO subsystems so that nothing hangs and the OS sees a surprise removal,
 * not a machine check. It tracks every request that waits for a completion (both GEs track the
 * same ones, on the same cycles); a request whose IO subsystem is out of service is completed
 * with unsupported-request status and all-ones data, and an IO subsystem leaving service raises a
 * hot-plug interrupt (slot status: presence detect changed, link down). Both GEs make these
 * events themselves, on the same cycle, in slots the replicated IO events leave free. A request
 * the dispatcher discarded (a mismatch decided by rank alone) is answered the same way.
 */
public final class ContainmentResponder extends Component {
  private static final int TAGS = 1 << Transaction.TAG_BITS;

  public final Bool issued = input(bool());
  public final UInt issuedTag = input(uint(Transaction.TAG_BITS));
  public final Bool issuedTarget = input(bool());
  public final Bool issuedDiscarded = input(bool());
  public final InboundEvent replicated = input(InboundEvent.type());
  public final UInt ioOnline = input(uint(2));
  public final UInt ioLeft = input(uint(2));
  public final InboundEvent synthesized = output(InboundEvent.type());
  public final UInt outstanding = output(uint(Transaction.TAG_BITS + 1));

  public ContainmentResponder() {
    Bool[] waiting = new Bool[TAGS];
    Bool[] targetIo1 = new Bool[TAGS];
    Bool[] doomed = new Bool[TAGS];
    for (int t = 0; t < TAGS; t++) {
      waiting[t] = reg(bool(), false).named("waiting_" + t);
      targetIo1[t] = reg(bool()).named("target_" + t);
      doomed[t] = reg(bool()).named("doomed_" + t);
    }
    UInt hotplugPending = reg(uint(2), 0);

    Bool slotFree = replicated.valid().not();
    Bool completed = replicated.valid().and(replicated.kind().eq(InboundEvent.KIND_COMPLETION));

    // The lowest waiting tag whose IO subsystem is out of service.
    Bool found = lit(false);
    UInt foundTag = lit(0, Transaction.TAG_BITS);
    for (int t = TAGS - 1; t >= 0; t--) {
      Bool orphan = waiting[t].and(doomed[t].or(mux(targetIo1[t], ioOnline.bit(1), ioOnline.bit(0)).not()));
      found = orphan.or(found);
      foundTag = mux(orphan, lit(t, Transaction.TAG_BITS), foundTag);
    }
    Bool answer = slotFree.and(found);
    Bool announce = slotFree.and(found.not()).and(hotplugPending.ne(0));
    Bool slot1 = hotplugPending.bit(0).not();

    UInt count = lit(0, Transaction.TAG_BITS + 1);
    for (int t = 0; t < TAGS; t++) {
      int tag = t;
      Bool done = completed.and(replicated.tag().eq(tag)).or(answer.and(foundTag.eq(tag)));
      Bool start = issued.and(issuedTag.eq(tag));
      when(done, () -> waiting[tag].assign(false));
      when(start, () -> {
        waiting[tag].assign(true);
        targetIo1[tag].assign(issuedTarget);
        doomed[tag].assign(issuedDiscarded);
      });
      count = count.add(waiting[t].asUInt().extend(Transaction.TAG_BITS + 1));
    }
    UInt cleared = mux(announce, mux(slot1, lit(2, 2), lit(1, 2)), lit(0, 2));
    hotplugPending.assign(hotplugPending.and(cleared.not()).or(ioLeft));

    int slotStatus = InboundEvent.SLOT_PRESENCE_CHANGED | InboundEvent.SLOT_LINK_DOWN;
    UInt hotplugData = cat(lit(0, 32), lit(slotStatus, 16), lit(0, 7), slot1, lit(InboundEvent.VECTOR_HOTPLUG, 8));
    connect(synthesized, new InboundEvent(answer.or(announce),
        mux(answer, lit(InboundEvent.KIND_COMPLETION, InboundEvent.KIND_BITS),
            lit(InboundEvent.KIND_INTERRUPT, InboundEvent.KIND_BITS)),
        mux(answer, foundTag, lit(0, Transaction.TAG_BITS)),
        mux(answer, lit(InboundEvent.STATUS_UNSUPPORTED, InboundEvent.STATUS_BITS),
            lit(InboundEvent.STATUS_SUCCESS, InboundEvent.STATUS_BITS)),
        lit(0, Transaction.ADDRESS_BITS),
        mux(answer, lit(0, Transaction.DATA_BITS).not(), hotplugData)));
    outstanding.assign(count);
  }
}
