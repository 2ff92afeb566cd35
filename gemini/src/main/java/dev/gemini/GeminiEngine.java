package dev.gemini;

import static dev.hdl.Hdl.*;

import dev.gemini.clocking.PhaseAligner;
import dev.gemini.clocking.ResetSequencer;
import dev.gemini.common.DelayLine;
import dev.gemini.common.SyncFifo;
import dev.gemini.datamover.CopyLane;
import dev.gemini.datamover.DataMover;
import dev.gemini.isolation.ContainmentResponder;
import dev.gemini.isolation.IsolationController;
import dev.gemini.isolation.LedDriver;
import dev.gemini.isolation.LedState;
import dev.gemini.isolation.LinkWatchdog;
import dev.gemini.isolation.PairMode;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.LinkFrame;
import dev.gemini.lockstep.OutboundCompare;
import dev.gemini.lockstep.OutboundDispatch;
import dev.gemini.lockstep.Transaction;
import dev.gemini.registers.ControlRegisters;
import dev.gemini.registers.ErrorLog;
import dev.gemini.registers.RegisterMap;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.UInt;
import dev.hdl.Vec;

/**
 * The GeminiEngine of one CPU/IO module: between its CPU subsystem, its IO subsystem and the
 * partner module's GE. Everything both GEs must agree on is computed from the pair of link frames
 * (this GE's, held for the link's latency, and the partner's, as it arrives), so both compute it
 * on the same cycle from the same values. See gemini/README.md for the interfaces and policies.
 */
public final class GeminiEngine extends Component {
  /**
   * Elaboration parameters: the cross-link's latency in cycles, the LED blink's counter bit, and the
   * Data Mover's pages (the default tracks 256 pages of 4 KiB).
   */
  public record Config(int linkLatency, int blinkBit, DataMover.Config mover) {
    public static final Config DEFAULT = new Config(2, 22, new DataMover.Config(9, 8, 4));

    public Config {
      if (2 * linkLatency >= ResetSequencer.MARGIN) {
        throw new IllegalArgumentException("a link latency of " + linkLatency + " leaves the reset sequencer's"
            + " margin of " + ResetSequencer.MARGIN + " cycles too short");
      }
      if (2 * linkLatency + 5 > 1 << mover.inflightBits()) {
        throw new IllegalArgumentException("a link latency of " + linkLatency + " needs at least "
            + (2 * linkLatency + 5) + " Data Mover words in flight, not " + (1 << mover.inflightBits()));
      }
    }
  }

  /** Length of the synchronous CPU reset that ends a Data Mover blackout. */
  public static final int SYNC_RESET_CYCLES = 16;

  // Straps: this module's slot number, and whether the partner module is plugged in.
  public final Bool moduleId = input(bool());
  public final Bool partnerPresent = input(bool());

  // CPU subsystem: outbound requests (valid/ready), inbound events (the CPU sinks one a cycle), errors.
  public final Transaction cpuOut = input(Transaction.type());
  public final Bool cpuOutReady = output(bool());
  public final InboundEvent cpuIn = output(InboundEvent.type());
  /** Correctable, uncorrectable, fatal (bits 0-2). */
  public final UInt cpuError = input(uint(3));

  // IO subsystem: requests (valid/ready), its completions, interrupts and DMA writes (valid/ready), errors.
  public final Transaction ioReq = output(Transaction.type());
  public final Bool ioReqReady = input(bool());
  public final InboundEvent ioIn = input(InboundEvent.type());
  public final Bool ioInReady = output(bool());
  public final UInt ioError = input(uint(3));

  // CPU subsystem memory, for the Data Mover: every write to it, a read port (data the next cycle),
  // and a write port for the copy coming from the partner.
  public final Bool memSnoopValid = input(bool());
  public final UInt memSnoopAddress;
  public final Bool memReadValid = output(bool());
  public final UInt memReadAddress;
  public final UInt memReadData = input(uint(CopyLane.DATA_BITS));
  public final Bool memReadError = input(bool());
  public final Bool memWriteValid = output(bool());
  public final UInt memWriteAddress;
  public final UInt memWriteData = output(uint(CopyLane.DATA_BITS));
  // Blackout: stop the CPU, which answers once its context is in memory; the synchronous reset.
  public final Bool cpuStop = output(bool());
  public final Bool cpuQuiesced = input(bool());
  /**
   * Held at power-on until both modules release on one cycle, while the CPU is out of service
   * (isolated, resyncing or offline), and at the end of a blackout.
   */
  public final Bool cpuReset = output(bool());
  /** With cpuReset: a warm reset, the CPU restores its context from memory as it leaves it. */
  public final Bool cpuRestore = output(bool());

  // Clocking: one early/late sample of the phase detector a reference cycle, the delay line's tap,
  // the board's sysref, and a strap that skips alignment (test benches, lab bring-up): the CPU then
  // leaves reset with the GE and comparison starts at once.
  public final Bool phaseLate = input(bool());
  public final UInt delayTap = output(uint(PhaseAligner.DEFAULT_TAP_BITS));
  public final Bool sysref = input(bool());
  public final Bool clockingBypass = input(bool());

  // Cross-link to the partner GE.
  public final LinkFrame linkOut = output(LinkFrame.type());
  public final LinkFrame linkIn = input(LinkFrame.type());
  /** The Data Mover's lane of the cross-link. */
  public final CopyLane copyOut;
  public final CopyLane copyIn;

  // Register bus: a request a cycle, answered the next cycle.
  public final Bool csrValid = input(bool());
  public final Bool csrWrite = input(bool());
  public final UInt csrAddress = input(uint(RegisterMap.ADDRESS_BITS));
  public final UInt csrData = input(uint(RegisterMap.DATA_BITS));
  public final Bool csrRespValid = output(bool());
  public final UInt csrRespData = output(uint(RegisterMap.DATA_BITS));
  public final Bool csrRespError = output(bool());

  public final Bool irq = output(bool());
  public final HwEnum<LedState> ledState = output(enumOf(LedState.class));
  public final Bool ledGreen = output(bool());
  public final Bool ledAmber = output(bool());

  /** The blocks whose state tests read: fields, so that a test reaches them by handle. */
  public final LinkWatchdog watchdog;
  public final OutboundCompare compare;
  public final IsolationController controller;
  private final Config config;

  public GeminiEngine() {
    this(Config.DEFAULT);
  }

  public GeminiEngine(Config config) {
    this.config = config;
    int memoryBits = config.mover().addressBits();
    memSnoopAddress = input(uint(memoryBits));
    memReadAddress = output(uint(memoryBits));
    memWriteAddress = output(uint(memoryBits));
    copyOut = output(CopyLane.type(memoryBits));
    copyIn = input(CopyLane.type(memoryBits));
    int frameBits = widthOf(LinkFrame.type());
    int eventBits = widthOf(InboundEvent.type());
    int transactionBits = widthOf(Transaction.type());

    UInt cycle = reg(uint(32), 0);
    cycle.assign(cycle.add(1));

    // ---- blocks ----
    ControlRegisters regs = instance(ControlRegisters::new);
    watchdog = instance(LinkWatchdog::new);
    DelayLine ownFrameDelay = instance(() -> new DelayLine(frameBits, config.linkLatency()));
    compare = instance(OutboundCompare::new);
    OutboundDispatch dispatch = instance(OutboundDispatch::new);
    controller = instance(IsolationController::new);
    ContainmentResponder responder = instance(ContainmentResponder::new);
    SyncFifo ioQueue = instance(() -> new SyncFifo(transactionBits, OutboundDispatch.IO_CREDITS));
    ErrorLog log = instance(ErrorLog::new);
    LedDriver led = instance(LedDriver::new);
    DataMover mover = instance(() -> new DataMover(config.mover()));
    PhaseAligner aligner = instance(PhaseAligner::new);
    ResetSequencer sequencer = instance(ResetSequencer::new);

    // ---- agreed state, as this module sees it ----
    Vec<HwEnum<SubsystemState>> states = controller.states;
    HwEnum<SubsystemState> cpu0State = states.get(RegisterMap.CPU0);
    HwEnum<SubsystemState> cpu1State = states.get(RegisterMap.CPU1);
    HwEnum<SubsystemState> localCpuState = mux(moduleId, cpu1State, cpu0State);
    HwEnum<SubsystemState> localIoState = mux(moduleId, states.get(RegisterMap.IO1), states.get(RegisterMap.IO0));
    HwEnum<SubsystemState> partnerCpuState = mux(moduleId, cpu0State, cpu1State);
    Bool localCpuOnline = localCpuState.is(SubsystemState.ONLINE);
    Bool localIoOnline = localIoState.is(SubsystemState.ONLINE);
    Bool partnerCpuOnline = partnerCpuState.is(SubsystemState.ONLINE);
    Bool failStop = controller.mode.is(PairMode.FAIL_STOP);
    Bool bothCpusOnline = cpu0State.is(SubsystemState.ONLINE).and(cpu1State.is(SubsystemState.ONLINE));

    // ---- clocking: align the phase, then release both CPUs from power-on reset on one cycle ----
    aligner.late.assign(phaseLate);
    sequencer.moduleId.assign(moduleId);
    sequencer.locked.assign(aligner.locked);
    sequencer.sysref.assign(sysref);
    sequencer.linkInKind.assign(linkIn.resetMessage().kind());
    sequencer.linkInCycle.assign(linkIn.resetMessage().cycle());
    Bool powerOnHold = sequencer.cpuReset.and(clockingBypass.not());
    Bool compareStarted = reg(bool(), false);
    when(sequencer.compareStart, () -> compareStarted.assign(true));
    Bool comparing = compareStarted.or(clockingBypass);

    // ---- local containment: cut a failing subsystem off at once; the agreement takes over later ----
    int containHold = config.linkLatency() + 4;
    UInt cpuHold = reg(uint(8), 0);
    Bool cpuSevere = cpuError.bit(1).or(cpuError.bit(2));
    when(cpuSevere.and(localCpuOnline).and(partnerCpuOnline), () -> cpuHold.assign(containHold))
        .elseWhen(cpuHold.ne(0), () -> cpuHold.assign(cpuHold.sub(1)));
    Bool cpuContained = cpuHold.ne(0).or(localCpuOnline.not());
    Bool ioLatch = reg(bool(), false);
    Bool ioSevere = ioError.bit(1).or(ioError.bit(2));
    ioLatch.assign(ioLatch.or(ioSevere).and(localIoOnline));
    Bool ioContained = ioLatch.or(localIoOnline.not());

    // ---- CPU outbound: credits keep both CPUs' ready identical and the compare queue from overflowing ----
    UInt cpuCredits = reg(uint(3), OutboundCompare.CPU_CREDITS);
    Bool cpuResetNow = wire(bool());
    Bool ready = cpuCredits.ne(0).and(cpuContained.not()).and(failStop.not()).and(mover.cpuStop.not())
        .and(cpuResetNow.not());
    Bool accepted = cpuOut.valid().and(ready);
    Bool creditBack = mux(moduleId, dispatch.popped1, dispatch.popped0);
    Bool localCpuReturned = controller.returned.bit(moduleId.asUInt());
    cpuCredits.assign(mux(localCpuReturned, lit(OutboundCompare.CPU_CREDITS, 3),
        cpuCredits.add(creditBack.asUInt().extend(3)).sub(accepted.asUInt().extend(3))));

    // ---- IO subsystem: the queue toward it, and its events (sent in this module's link slots) ----
    ioQueue.push.assign(dispatch.toIo.valid().and(ioContained.not()));
    ioQueue.pushData.assign(pack(dispatch.toIo));
    Transaction queued = unpack(ioQueue.head, Transaction.type());
    Bool requestValid = ioQueue.headValid.and(ioContained.not());
    Bool deviceTook = requestValid.and(ioReqReady);
    ioQueue.pop.assign(deviceTook);
    ioQueue.flush.assign(ioContained);
    Bool mySlot = cycle.bit(0).eq(moduleId);
    Bool ioHeld = wire(bool());
    Bool sendEvent = ioIn.valid().and(mySlot).and(ioContained.not()).and(ioHeld.not());
    // The synchronous reset is asked for only once this CPU's outbound requests have drained, so
    // that both GEs restart their credit counters from the same, full count.
    Bool outboundIdle = cpuCredits.eq(OutboundCompare.CPU_CREDITS);

    // ---- the frame this GE sends, and keeps for the link's latency ----
    Bool heartbeat = reg(bool(), false);
    heartbeat.assign(heartbeat.not());
    UInt frame = reg(uint(frameBits), 0);
    frame.assign(pack(new LinkFrame(heartbeat.not(),
        new Transaction(accepted, cpuOut.kind(), cpuOut.tag(), cpuOut.address(), cpuOut.byteEnables(), cpuOut.data()),
        new InboundEvent(sendEvent, ioIn.kind(), ioIn.tag(), ioIn.status(), ioIn.address(), ioIn.data()),
        deviceTook, cat(ioError, cpuError),
        new LinkFrame.CsrWrite(regs.acceptedWrite, csrAddress, csrData), mover.ioHold,
        mover.resetRequest.and(outboundIdle),
        new LinkFrame.ResetMessage(sequencer.linkOutKind, sequencer.linkOutCycle))));
    connect(linkOut, unpack(frame, LinkFrame.type()));
    ownFrameDelay.in.assign(frame);

    watchdog.heartbeat.assign(linkIn.heartbeat());
    watchdog.timeout.assign(regs.value(RegisterMap.HEARTBEAT_TIMEOUT).cycles());
    UInt partnerFrame = mux(watchdog.linkUp, pack(linkIn), lit(0, frameBits));
    UInt ownFrame = ownFrameDelay.out;
    LinkFrame f0 = unpack(mux(moduleId, partnerFrame, ownFrame), LinkFrame.type());
    LinkFrame f1 = unpack(mux(moduleId, ownFrame, partnerFrame), LinkFrame.type());

    // ---- register writes take effect in both GEs on the same cycle ----
    Bool applyValid = f0.csrWrite().valid().or(f1.csrWrite().valid());
    UInt applyAddress = mux(f0.csrWrite().valid(), f0.csrWrite().address(), f1.csrWrite().address());
    UInt applyData = mux(f0.csrWrite().valid(), f0.csrWrite().data(), f1.csrWrite().data());
    regs.reqValid.assign(csrValid);
    regs.reqWrite.assign(csrWrite);
    regs.reqAddress.assign(csrAddress);
    regs.reqData.assign(csrData);
    regs.applyValid.assign(applyValid);
    regs.applyAddress.assign(applyAddress);
    regs.applyData.assign(applyData);
    Bool commandWritten = regs.written(RegisterMap.COMMAND);
    RegisterMap.Command command = regs.value(RegisterMap.COMMAND);

    // ---- outbound: compare, queue, dispatch ----
    connect(compare.m0, f0.outbound());
    connect(compare.m1, f1.outbound());
    compare.active.assign(bothCpusOnline.and(comparing));
    compare.pop.assign(dispatch.pop);
    compare.clearRecord.assign(commandWritten.and(command.op().eq(RegisterMap.CMD_CLEAR_MISMATCH)));
    compare.cycle.assign(cycle);

    dispatch.headValid.assign(compare.headValid);
    dispatch.headMatched.assign(compare.headMatched);
    dispatch.headSuspect.assign(compare.headSuspect);
    dispatch.culpritKnown.assign(controller.culpritKnown);
    connect(dispatch.head0, compare.head0);
    connect(dispatch.head1, compare.head1);
    dispatch.mode.assign(controller.mode);
    UInt ioOnline = cat(states.get(RegisterMap.IO1).is(SubsystemState.ONLINE),
        states.get(RegisterMap.IO0).is(SubsystemState.ONLINE));
    dispatch.ioOnline.assign(ioOnline);
    dispatch.ioCreditReturn.assign(cat(f1.ioCreditReturn(), f0.ioCreditReturn()));
    dispatch.ioReturned.assign(controller.returned.slice(3, 2));
    dispatch.moduleId.assign(moduleId);

    // ---- agreement and isolation ----
    controller.errors0.assign(f0.errors());
    controller.errors1.assign(f1.errors());
    controller.headMismatch.assign(dispatch.headMismatch);
    controller.commandValid.assign(commandWritten);
    connect(controller.command, command);
    controller.capacity.assign(regs.value(RegisterMap.ERROR_CAPACITY).capacity());
    controller.period.assign(regs.value(RegisterMap.ERROR_PERIOD).period());
    controller.rankM1First.assign(regs.value(RegisterMap.CONTROL).rankM1First());
    controller.linkLost.assign(watchdog.lost);
    controller.partnerFresh.assign(watchdog.fresh);
    controller.partnerPresent.assign(partnerPresent);
    controller.moduleId.assign(moduleId);

    // ---- inbound: replicated IO events first, then the responder's answers, to the CPU in service ----
    InboundEvent replicated = unpack(mux(f0.inbound().valid(), pack(f0.inbound()),
        pack(f1.inbound())), InboundEvent.type());
    responder.issued.assign(dispatch.issued);
    responder.issuedTag.assign(dispatch.issuedTag);
    responder.issuedTarget.assign(dispatch.issuedTarget);
    responder.issuedDiscarded.assign(dispatch.issuedDiscarded);
    connect(responder.replicated, replicated);
    responder.ioOnline.assign(ioOnline);
    responder.ioLeft.assign(controller.leftService.slice(3, 2));
    UInt delivered = mux(replicated.valid(), pack(replicated), pack(responder.synthesized));
    UInt toCpu = reg(uint(eventBits), 0);
    toCpu.assign(mux(cpuContained, lit(0, eventBits), delivered));

    // ---- Data Mover: the source is the GE in service whose partner resyncs; holds and resets are agreed ----
    Bool sending = localCpuOnline.and(partnerCpuState.is(SubsystemState.RESYNCING));
    Bool receiving = localCpuState.is(SubsystemState.RESYNCING);
    ioHeld.assign(f0.ioHold().or(f1.ioHold()));
    // Events put in frames before the hold reach the CPU L + 2 cycles later at the latest.
    int quietAfter = config.linkLatency() + 3;
    UInt heldFor = reg(uint(8), 0);
    when(ioHeld.not(), () -> heldFor.assign(0))
        .elseWhen(heldFor.ne(quietAfter), () -> heldFor.assign(heldFor.add(1)));
    Bool resetAsked = f0.cpuReset().or(f1.cpuReset());
    Bool resetAskedBefore = regNext(resetAsked);
    UInt resetLeft = reg(uint(5), 0);
    when(resetAsked.and(resetAskedBefore.not()), () -> resetLeft.assign(SYNC_RESET_CYCLES))
        .elseWhen(resetLeft.ne(0), () -> resetLeft.assign(resetLeft.sub(1)));
    Bool warmReset = resetLeft.ne(0);
    cpuResetNow.assign(warmReset.or(powerOnHold));
    // The resynced CPU is declared back in service two cycles before the reset ends, so that its GE
    // restarts its credit count (the cycle after) while both CPUs are still held in reset.
    Bool backInService = resetLeft.eq(3);

    mover.snoopValid.assign(memSnoopValid);
    mover.snoopAddress.assign(memSnoopAddress);
    mover.readData.assign(memReadData);
    mover.readError.assign(memReadError);
    connect(mover.linkIn, copyIn);
    mover.linkUp.assign(watchdog.linkUp);
    mover.commandValid.assign(regs.written(RegisterMap.DM_COMMAND).and(sending));
    mover.command.assign(regs.value(RegisterMap.DM_COMMAND).op());
    mover.receiveEnable.assign(receiving);
    mover.ioQuiet.assign(heldFor.eq(quietAfter));
    mover.cpuQuiesced.assign(cpuQuiesced);
    mover.resetDone.assign(resetLeft.eq(1));
    controller.resyncDone.assign(backInService);

    // ---- reports ----
    log.valid.assign(controller.logValid);
    log.event.assign(controller.logEvent);
    log.subsystem.assign(controller.logSubsystem);
    log.cycle.assign(cycle);
    led.cpuState.assign(localCpuState);
    led.ioState.assign(localIoState);
    led.duplex.assign(bothCpusOnline);
    led.failStop.assign(failStop);
    led.blink.assign(cycle.bit(config.blinkBit()));

    regs.set(RegisterMap.IRQ_STATUS, new RegisterMap.Interrupts(compare.mismatch,
        controller.isolated.slice(1, 0).orReduce(), controller.isolated.slice(3, 2).orReduce(),
        controller.wentOffline.orReduce(), watchdog.lost, controller.failStopped, controller.correctable, regs.refused));
    regs.set(RegisterMap.ID, new RegisterMap.Id(lit(RegisterMap.ID_MAGIC, 16), lit(RegisterMap.ID_VERSION, 8), moduleId));
    regs.set(RegisterMap.STATUS, new RegisterMap.Status(controller.mode, watchdog.linkUp, compare.recorded, moduleId));
    regs.set(RegisterMap.SUBSYSTEM_STATE, new RegisterMap.SubsystemStates(cpu0State, cpu1State,
        states.get(RegisterMap.IO0), states.get(RegisterMap.IO1)));
    Vec<UInt> levels = controller.levels;
    regs.set(RegisterMap.ERROR_LEVEL, new RegisterMap.ErrorLevels(levels.get(RegisterMap.CPU0),
        levels.get(RegisterMap.CPU1), levels.get(RegisterMap.IO0), levels.get(RegisterMap.IO1)));
    regs.set(RegisterMap.LED, new RegisterMap.Lamp(led.state, led.green, led.amber));
    regs.set(RegisterMap.COUNT_COMPARED, new RegisterMap.Word(compare.compared));
    regs.set(RegisterMap.COUNT_MISMATCHES, new RegisterMap.Word(compare.mismatches));
    regs.set(RegisterMap.COUNT_CORRECTABLE, new RegisterMap.Word(controller.correctableCount));
    regs.set(RegisterMap.COUNT_ISOLATIONS, new RegisterMap.Word(controller.isolationCount));
    regs.set(RegisterMap.MISMATCH_CYCLE, new RegisterMap.Word(compare.recordCycle));
    regs.set(RegisterMap.MISMATCH_FIELDS, new RegisterMap.MismatchFields(compare.recordFields));
    // The 64-bit record values are read as two words each.
    regs.set(RegisterMap.MISMATCH_SYNDROME_LO, new RegisterMap.Word(compare.recordSyndrome.slice(31, 0)));
    regs.set(RegisterMap.MISMATCH_SYNDROME_HI, new RegisterMap.Word(compare.recordSyndrome.slice(63, 32)));
    regs.set(RegisterMap.MISMATCH_M0_LO, new RegisterMap.Word(compare.recordValue0.slice(31, 0)));
    regs.set(RegisterMap.MISMATCH_M0_HI, new RegisterMap.Word(compare.recordValue0.slice(63, 32)));
    regs.set(RegisterMap.MISMATCH_M1_LO, new RegisterMap.Word(compare.recordValue1.slice(31, 0)));
    regs.set(RegisterMap.MISMATCH_M1_HI, new RegisterMap.Word(compare.recordValue1.slice(63, 32)));
    regs.set(RegisterMap.ERROR_LOG_COUNT, new RegisterMap.Word(log.count));
    regs.set(RegisterMap.CLOCKING, new RegisterMap.Clocking(aligner.tap, aligner.windowLo, aligner.windowHi,
        aligner.locked, sequencer.cpuReset.not(), compareStarted, clockingBypass));
    regs.set(RegisterMap.DM_STATUS, new RegisterMap.MoverStatus(mover.phase, mover.passRunning, mover.failed,
        mover.failCause, mover.synced, mover.refused, sending, receiving));
    regs.set(RegisterMap.DM_PASSES, new RegisterMap.Word(mover.passes));
    regs.set(RegisterMap.DM_LAST_COPIED, new RegisterMap.Word(mover.lastCopied));
    regs.set(RegisterMap.DM_LAST_DIRTIED, new RegisterMap.Word(mover.lastDirtied));
    regs.set(RegisterMap.DM_DIRTY_PAGES, new RegisterMap.Word(mover.dirtyPages));
    regs.set(RegisterMap.DM_FAIL_ADDRESS, new RegisterMap.Word(mover.failAddress));
    regs.set(RegisterMap.DM_BLACKOUT_CYCLES, new RegisterMap.Word(mover.blackoutCycles));
    regs.set(RegisterMap.CYCLE, new RegisterMap.Word(cycle));
    regs.set(RegisterMap.CSR_ERROR_ADDRESS, regs.refusedAccess);
    for (int i = 0; i < RegisterMap.ERROR_LOG_ENTRIES; i++) {
      regs.set(RegisterMap.ERROR_LOG.get(i), log.entries.get(i));
    }

    // ---- outputs ----
    cpuOutReady.assign(ready);
    connect(cpuIn, unpack(toCpu, InboundEvent.type()));
    connect(ioReq, new Transaction(requestValid, queued.kind(), queued.tag(), queued.address(),
        queued.byteEnables(), queued.data()));
    ioInReady.assign(mySlot.and(ioHeld.not()).or(ioContained));
    memReadValid.assign(mover.readValid);
    memReadAddress.assign(mover.readAddress);
    memWriteValid.assign(mover.writeValid);
    memWriteAddress.assign(mover.writeAddress);
    memWriteData.assign(mover.writeData);
    connect(copyOut, mover.linkOut);
    cpuStop.assign(mover.cpuStop);
    // A CPU out of service is held in reset: its state is suspect (a CPU running garbage must not
    // write its GE's registers or race the copy into its memory) until the blackout's reset.
    cpuReset.assign(cpuResetNow.or(localCpuOnline.not()));
    cpuRestore.assign(warmReset);
    delayTap.assign(aligner.tap);
    csrRespValid.assign(regs.respValid);
    csrRespData.assign(regs.respData);
    csrRespError.assign(regs.respError);
    irq.assign(regs.word(RegisterMap.IRQ_STATUS).and(regs.word(RegisterMap.IRQ_ENABLE)).orReduce());
    ledState.assign(led.state);
    ledGreen.assign(led.green);
    ledAmber.assign(led.amber);
  }

  @Override
  public String moduleName() {
    DataMover.Config m = config.mover();
    return config.equals(Config.DEFAULT) ? "GeminiEngine"
        : "GeminiEngine_l" + config.linkLatency() + "_b" + config.blinkBit() + "_m" + m.pageBits() + "_"
            + m.pageCountBits() + "_" + m.inflightBits();
  }
}
