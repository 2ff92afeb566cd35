package dev.gemini.module;

import static dev.hdl.Hdl.*;

import dev.gemini.GeminiEngine;
import dev.gemini.clocking.PhaseAligner;
import dev.gemini.cpu.RetireTrace;
import dev.gemini.datamover.CopyLane;
import dev.gemini.datamover.DataMover;
import dev.gemini.isolation.LedState;
import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.LinkFrame;
import dev.gemini.lockstep.Transaction;
import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.ResetKind;
import dev.hdl.UInt;

/**
 * One CPU/IO module of the fault-tolerant machine: its {@link CpuSubsystem} (CPU, memory, IO
 * bridge) and its {@link GeminiEngine}, with the IO subsystem, the cross-link and the clocking
 * as ports. The GE resets the CPU subsystem on its own for the blackout's synchronous reset
 * ({@code cpuReset}); {@code rst} resets both.
 */
public final class CpuIoModule extends Component {
  /** The GE of a module: the memory is 16 pages of 4 KiB (64 KiB), as the firmware is linked. */
  public static final GeminiEngine.Config CONFIG = new GeminiEngine.Config(2, 22, new DataMover.Config(9, 4, 4));

  public final Bool clk = input(bool());
  public final Bool rst = input(bool());

  // Straps.
  public final Bool moduleId = input(bool());
  public final Bool partnerPresent = input(bool());

  // IO subsystem.
  public final Transaction ioReq = output(Transaction.type());
  public final Bool ioReqReady = input(bool());
  public final InboundEvent ioIn = input(InboundEvent.type());
  public final Bool ioInReady = output(bool());
  public final UInt ioError = input(uint(3));

  // Clocking.
  public final Bool phaseLate = input(bool());
  public final UInt delayTap = output(uint(PhaseAligner.DEFAULT_TAP_BITS));
  public final Bool sysref = input(bool());
  public final Bool clockingBypass = input(bool());

  // Cross-link.
  public final LinkFrame linkOut = output(LinkFrame.type());
  public final LinkFrame linkIn = input(LinkFrame.type());
  public final CopyLane copyOut;
  public final CopyLane copyIn;

  public final HwEnum<LedState> ledState = output(enumOf(LedState.class));
  public final Bool ledGreen = output(bool());
  public final Bool ledAmber = output(bool());

  // Fault injection into the memory (see CpuSubsystem).
  public final UInt poisonWord;
  public final UInt poisonKind = input(uint(2));

  public final RetireTrace retire = output(RetireTrace.type());
  public final GeminiEngine ge;
  public final CpuSubsystem cpu;

  public CpuIoModule() {
    int memoryBits = CONFIG.mover().addressBits();
    copyOut = output(CopyLane.type(memoryBits));
    copyIn = input(CopyLane.type(memoryBits));
    poisonWord = input(uint(memoryBits));
    ClockDomain system = clockDomain(clk, rst, ResetKind.SYNC, false);
    ge = inDomain(system, () -> instance(() -> new GeminiEngine(CONFIG)));
    cpu = instance(() -> new CpuSubsystem(memoryBits));
    cpu.clk.assign(clk);
    cpu.rst.assign(rst.or(ge.cpuReset));
    withDomain(system, () -> {
      // Whether the CPU's last reset was the blackout's warm one: kept here, outside that reset.
      Bool warm = reg(bool(), false);
      when(ge.cpuReset, () -> warm.assign(ge.cpuRestore));
      cpu.warmReset.assign(warm);
    });

    ge.moduleId.assign(moduleId);
    ge.partnerPresent.assign(partnerPresent);
    connect(ge.cpuOut, cpu.cpuOut);
    cpu.cpuOutReady.assign(ge.cpuOutReady);
    connect(cpu.cpuIn, ge.cpuIn);
    ge.cpuError.assign(cpu.cpuError);
    ge.memSnoopValid.assign(cpu.memSnoopValid);
    ge.memSnoopAddress.assign(cpu.memSnoopAddress);
    cpu.memReadValid.assign(ge.memReadValid);
    cpu.memReadAddress.assign(ge.memReadAddress);
    ge.memReadData.assign(cpu.memReadData);
    ge.memReadError.assign(cpu.memReadError);
    cpu.memWriteValid.assign(ge.memWriteValid);
    cpu.memWriteAddress.assign(ge.memWriteAddress);
    cpu.memWriteData.assign(ge.memWriteData);
    cpu.cpuStop.assign(ge.cpuStop);
    ge.cpuQuiesced.assign(cpu.cpuQuiesced);
    ge.csrValid.assign(cpu.csrValid);
    ge.csrWrite.assign(cpu.csrWrite);
    ge.csrAddress.assign(cpu.csrAddress);
    ge.csrData.assign(cpu.csrData);
    cpu.csrRespValid.assign(ge.csrRespValid);
    cpu.csrRespData.assign(ge.csrRespData);
    cpu.csrRespError.assign(ge.csrRespError);
    cpu.geIrq.assign(ge.irq);
    cpu.poisonWord.assign(poisonWord);
    cpu.poisonKind.assign(poisonKind);

    connect(ioReq, ge.ioReq);
    ge.ioReqReady.assign(ioReqReady);
    connect(ge.ioIn, ioIn);
    ioInReady.assign(ge.ioInReady);
    ge.ioError.assign(ioError);
    ge.phaseLate.assign(phaseLate);
    delayTap.assign(ge.delayTap);
    ge.sysref.assign(sysref);
    ge.clockingBypass.assign(clockingBypass);
    connect(linkOut, ge.linkOut);
    connect(ge.linkIn, linkIn);
    connect(copyOut, ge.copyOut);
    connect(ge.copyIn, copyIn);
    ledState.assign(ge.ledState);
    ledGreen.assign(ge.ledGreen);
    ledAmber.assign(ge.ledAmber);
    connect(retire, cpu.retire);
  }
}
