package dev.gemini.module;

import static dev.hdl.Hdl.*;

import dev.gemini.common.SyncFifo;
import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.Transaction;
import dev.gemini.registers.RegisterMap;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Between the CPU's IO port and the GE: IO loads and stores become outbound transactions, and
 * the GE's inbound events (completions, interrupts, DMA writes) come back in the order the GE
 * delivered them.
 *
 * <ul>
 *   <li><b>IO window</b> {@code 0x4000_0000}–{@code 0x5FFF_FFFF}: address bit 28 picks the IO
 *       subsystem (transaction address bit 47), bits 27:0 are the device's. A load is a read that
 *       waits for its completion (by tag); a store is a posted write, answered as soon as the GE
 *       takes it. The 32-bit word rides in the lane of address bit 2 of the 64-bit transaction.
 *       A completion with an unsupported-request status carries all ones, as PCIe's does; the
 *       device's removal is reported by the hot-plug interrupt, not by a fault.
 *   <li><b>Local window</b> {@code 0x1000_xxxx}: the GE's registers at {@code +0x000}–{@code
 *       +0x0FF}, answered by the GE the next cycle, and the bridge's own: {@link #IRQ_COUNT},
 *       {@link #IRQ_POP} (the oldest interrupt's data word, 0 when none; reading removes it),
 *       {@link #STATUS} and {@link #QUIESCE} (write 1 once the context is in memory: the GE's
 *       blackout goes on).
 *   <li>Any other address answers with the error bit: the CPU takes an access fault.
 * </ul>
 *
 * <p>Inbound events wait in one queue, so that a DMA write is in memory before the interrupt or
 * completion the device sent after it. A DMA write leaves the queue on a cycle the memory's
 * write port is free ({@code memoryBusy} low); the CPU's own stores go first. The GE delivers
 * one event a cycle and cannot be held off, so a full queue drops the event and reports a fatal
 * error of the CPU subsystem; so does a full interrupt queue.
 *
 * <p>{@code irq} (the CPU's external interrupt) is up while an interrupt waits, while the GE's
 * {@code irq} is up, and while the GE asks the CPU to stop and it has not yet quiesced.
 */
public final class IoBridge extends Component {
  /** The top 16 address bits of the local window. */
  public static final int LOCAL_WINDOW = 0x1000;
  /** Address bits 31:29 of the IO window. */
  public static final int IO_WINDOW = 0b010;
  /** The bridge's registers: offsets in the local window. */
  public static final int IRQ_COUNT = 0x1000;
  public static final int IRQ_POP = 0x1004;
  public static final int STATUS = 0x1008;
  public static final int QUIESCE = 0x100C;
  /** STATUS bits. */
  public static final int STATUS_STOP = 0;
  public static final int STATUS_WARM_RESET = 1;
  public static final int STATUS_INBOUND_OVERFLOW = 2;
  public static final int STATUS_IRQ_OVERFLOW = 3;
  public static final int STATUS_STRAY_COMPLETION = 4;

  public static final int INBOUND_DEPTH = 16;
  public static final int IRQ_DEPTH = 8;

  // The CPU's IO port.
  public final Bool reqValid = input(bool());
  public final Bool reqReady = output(bool());
  public final Bool reqWrite = input(bool());
  public final UInt reqAddress = input(uint(32));
  public final UInt reqData = input(uint(32));
  public final UInt reqMask = input(uint(4));
  public final Bool respValid = output(bool());
  public final UInt respData = output(uint(32));
  public final Bool respError = output(bool());
  public final Bool irq = output(bool());

  // The GE's CPU side.
  public final Transaction cpuOut = output(Transaction.type());
  public final Bool cpuOutReady = input(bool());
  public final InboundEvent cpuIn = input(InboundEvent.type());
  public final Bool csrValid = output(bool());
  public final Bool csrWrite = output(bool());
  public final UInt csrAddress = output(uint(RegisterMap.ADDRESS_BITS));
  public final UInt csrData = output(uint(RegisterMap.DATA_BITS));
  public final Bool csrRespValid = input(bool());
  public final UInt csrRespData = input(uint(RegisterMap.DATA_BITS));
  public final Bool csrRespError = input(bool());
  public final Bool geIrq = input(bool());
  public final Bool cpuStop = input(bool());
  public final Bool cpuQuiesced = output(bool());
  /** The last CPU reset was the warm one that ends a blackout (kept outside the CPU's reset). */
  public final Bool warmReset = input(bool());

  // DMA writes into the CPU's memory.
  public final Bool memoryBusy = input(bool());
  public final Bool dmaWrite = output(bool());
  public final UInt dmaAddress = output(uint(Transaction.ADDRESS_BITS));
  public final UInt dmaData = output(uint(Transaction.DATA_BITS));

  /** A pulse: an event was dropped on a full queue. */
  public final Bool fatal = output(bool());

  public IoBridge() {
    Bool toIo = reqAddress.slice(31, 29).eq(IO_WINDOW);
    Bool toLocal = reqAddress.slice(31, 16).eq(LOCAL_WINDOW);
    UInt offset = reqAddress.slice(15, 0);
    Bool toGe = toLocal.and(offset.slice(15, RegisterMap.ADDRESS_BITS).eq(0));
    Bool upper = reqAddress.bit(2);

    Bool waiting = reg(bool(), false);
    Bool waitingUpper = reg(bool(), false);
    UInt tag = reg(uint(Transaction.TAG_BITS), 0);
    Bool take = reqValid.and(waiting.not());

    // ---- outbound: IO accesses become transactions ----
    UInt zeroWord = lit(0, 32);
    UInt zeroLanes = lit(0, 4);
    connect(cpuOut, new Transaction(take.and(toIo),
        mux(reqWrite, lit(Transaction.KIND_WRITE, Transaction.KIND_BITS), lit(Transaction.KIND_READ, Transaction.KIND_BITS)),
        tag, cat(reqAddress.bit(28), lit(0, Transaction.ADDRESS_BITS - 29), reqAddress.slice(27, 0)),
        mux(upper, cat(reqMask, zeroLanes), cat(zeroLanes, reqMask)),
        mux(upper, cat(reqData, zeroWord), cat(zeroWord, reqData))));
    reqReady.assign(waiting.not().and(toIo.not().or(cpuOutReady)));
    Bool ioTaken = take.and(toIo).and(cpuOutReady);
    Bool localTaken = take.and(toIo.not());

    // ---- the GE's registers ----
    csrValid.assign(localTaken.and(toGe));
    csrWrite.assign(reqWrite);
    csrAddress.assign(offset.slice(RegisterMap.ADDRESS_BITS - 1, 0));
    csrData.assign(reqData);

    // ---- inbound: one queue, in the GE's order ----
    int eventBits = widthOf(InboundEvent.type());
    SyncFifo inbound = instance(() -> new SyncFifo(eventBits, INBOUND_DEPTH));
    SyncFifo interrupts = instance(() -> new SyncFifo(32, IRQ_DEPTH));
    Bool inboundFull = inbound.count.eq(INBOUND_DEPTH);
    inbound.push.assign(cpuIn.valid().and(inboundFull.not()));
    inbound.pushData.assign(pack(cpuIn));
    inbound.flush.assign(lit(false));
    InboundEvent head = unpack(inbound.head, InboundEvent.type());
    Bool headValid = inbound.headValid;
    Bool headDma = head.kind().eq(InboundEvent.KIND_DMA_WRITE);
    Bool headCompletion = headValid.and(head.kind().eq(InboundEvent.KIND_COMPLETION));
    Bool headInterrupt = headValid.and(head.kind().eq(InboundEvent.KIND_INTERRUPT));
    Bool completes = headCompletion.and(waiting).and(head.tag().eq(tag));
    inbound.pop.assign(headValid.and(headDma.not().or(memoryBusy.not())));
    dmaWrite.assign(headValid.and(headDma).and(memoryBusy.not()));
    dmaAddress.assign(head.address());
    dmaData.assign(head.data());

    Bool interruptsFull = interrupts.count.eq(IRQ_DEPTH);
    interrupts.push.assign(headInterrupt.and(interruptsFull.not()));
    interrupts.pushData.assign(head.data().slice(31, 0));
    interrupts.flush.assign(lit(false));

    // ---- the bridge's registers ----
    Bool inboundOverflow = reg(bool(), false);
    Bool irqOverflow = reg(bool(), false);
    Bool strayCompletion = reg(bool(), false);
    Bool quiesced = reg(bool(), false);
    Bool droppedEvent = cpuIn.valid().and(inboundFull);
    Bool droppedInterrupt = headInterrupt.and(interruptsFull);
    when(droppedEvent, () -> inboundOverflow.assign(true));
    when(droppedInterrupt, () -> irqOverflow.assign(true));
    when(headCompletion.and(completes.not()), () -> strayCompletion.assign(true));
    fatal.assign(droppedEvent.or(droppedInterrupt));

    Bool bridgeAccess = localTaken.and(toGe.not());
    Bool atCount = toLocal.and(offset.eq(IRQ_COUNT));
    Bool atPop = toLocal.and(offset.eq(IRQ_POP));
    Bool atStatus = toLocal.and(offset.eq(STATUS));
    Bool atQuiesce = toLocal.and(offset.eq(QUIESCE));
    Bool readable = atCount.or(atPop).or(atStatus);
    interrupts.pop.assign(bridgeAccess.and(reqWrite.not()).and(atPop).and(interrupts.headValid));
    when(bridgeAccess.and(reqWrite).and(atQuiesce), () -> quiesced.assign(reqData.bit(0)));
    cpuQuiesced.assign(quiesced.and(cpuStop));
    UInt status = cat(strayCompletion, irqOverflow, inboundOverflow, warmReset, cpuStop).extend(32);
    UInt localValue = mux(atCount, interrupts.count.extend(32),
        mux(atPop, mux(interrupts.headValid, interrupts.head, zeroWord), status));

    // ---- answers to the CPU, the cycle after: the GE's registers answer on their own ----
    Bool answer = reg(bool(), false);
    UInt answerData = reg(uint(32), 0);
    Bool answerError = reg(bool(), false);
    answer.assign(completes.or(ioTaken.and(reqWrite)).or(bridgeAccess));
    answerData.assign(mux(completes, mux(waitingUpper, head.data().slice(63, 32), head.data().slice(31, 0)),
        mux(bridgeAccess.and(reqWrite.not()), localValue, zeroWord)));
    answerError.assign(bridgeAccess.and(mux(reqWrite, atQuiesce.not(), readable.not())));
    when(ioTaken.and(reqWrite.not()), () -> {
      waiting.assign(true);
      waitingUpper.assign(upper);
    }).elseWhen(completes, () -> {
      waiting.assign(false);
      tag.assign(tag.add(1));
    });
    respValid.assign(answer.or(csrRespValid));
    respData.assign(mux(csrRespValid, csrRespData, answerData));
    respError.assign(mux(csrRespValid, csrRespError, answerError));
    irq.assign(interrupts.headValid.or(geIrq).or(cpuStop.and(quiesced.not())));
  }
}
