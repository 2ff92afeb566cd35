package dev.gemini.testbench;

import static dev.hdl.Hdl.*;

import dev.gemini.GeminiEngine;
import dev.gemini.clocking.PhaseAligner;
import dev.gemini.datamover.CopyLane;
import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.Transaction;
import dev.gemini.registers.RegisterMap;
import dev.gemini.isolation.LedState;
import dev.hdl.Bool;
import dev.hdl.HwEnum;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.UInt;

/**
 * Two GEs joined by a cross-link: the unit the tests drive. Each module's CPU subsystem, IO
 * subsystem and register bus are ports, driven by the Java models of {@link DuplexHarness}. Each
 * module's memory is here, in hardware, written by its CPU (a port), by the DMA writes its GE
 * delivers and by the Data Mover's copy, so that the copy can be checked word for word.
 */
public final class DuplexSystem extends Component {
  /** One module's ports. */
  public record ModulePorts(Transaction cpuOut, Bool cpuOutReady, InboundEvent cpuIn, UInt cpuError,
      Transaction ioReq, Bool ioReqReady, InboundEvent ioIn, Bool ioInReady, UInt ioError,
      Bool csrValid, Bool csrWrite, UInt csrAddress, UInt csrData, Bool csrRespValid, UInt csrRespData,
      Bool csrRespError, Bool irq, HwEnum<LedState> ledState, Bool ledGreen, Bool ledAmber, Bool present,
      Bool memWrite, UInt memAddress, UInt memData, Bool memReadFault, Bool cpuStop, Bool cpuQuiesced,
      Bool cpuReset, Bool cpuRestore, Bool phaseLate, UInt delayTap, Bool sysref, Bool clockingBypass) {
    static ModulePorts type(int memoryBits) {
      return new ModulePorts(Transaction.type(), flipped(bool()), flipped(InboundEvent.type()), uint(3),
          flipped(Transaction.type()), bool(), InboundEvent.type(), flipped(bool()), uint(3),
          bool(), bool(), uint(RegisterMap.ADDRESS_BITS), uint(RegisterMap.DATA_BITS), flipped(bool()),
          flipped(uint(RegisterMap.DATA_BITS)), flipped(bool()), flipped(bool()), flipped(enumOf(LedState.class)),
          flipped(bool()), flipped(bool()), bool(),
          bool(), uint(memoryBits), uint(CopyLane.DATA_BITS), bool(), flipped(bool()), bool(), flipped(bool()),
          flipped(bool()), bool(), flipped(uint(PhaseAligner.DEFAULT_TAP_BITS)), bool(), bool());
    }
  }

  public final ModulePorts m0;
  public final ModulePorts m1;
  public final Bool linkCut = input(bool());
  /** Corrupts the Data Mover's words on the link for a cycle. */
  public final Bool copyFlip = input(bool());
  /** The two modules' GEs, fields so that a test reaches their blocks by handle. */
  public final GeminiEngine ge0;
  public final GeminiEngine ge1;
  private final GeminiEngine.Config config;

  public DuplexSystem(GeminiEngine.Config config) {
    this.config = config;
    int memoryBits = config.mover().addressBits();
    m0 = input(ModulePorts.type(memoryBits));
    m1 = input(ModulePorts.type(memoryBits));
    ge0 = instance(() -> new GeminiEngine(config));
    ge1 = instance(() -> new GeminiEngine(config));
    CrossLink link = instance(() -> new CrossLink(config.linkLatency(), memoryBits));
    wire(ge0, m0, m1, false);
    wire(ge1, m1, m0, true);
    link.join(new CrossLink.End(ge0.linkOut, ge0.linkIn, ge0.copyOut, ge0.copyIn),
        new CrossLink.End(ge1.linkOut, ge1.linkIn, ge1.copyOut, ge1.copyIn));
    link.cut.assign(linkCut);
    link.copyFlip.assign(copyFlip);
    Mem<UInt> memory0 = mem(uint(CopyLane.DATA_BITS), 1 << memoryBits);
    Mem<UInt> memory1 = mem(uint(CopyLane.DATA_BITS), 1 << memoryBits);
    memorySide(ge0, m0, memory0);
    memorySide(ge1, m1, memory1);
  }

  /**
   * A module's memory: one write a cycle, from the Data Mover's copy, a DMA write the GE delivers,
   * or the CPU (which must not write on a cycle its GE delivers a DMA write); every write is
   * snooped by the GE.
   */
  private static void memorySide(GeminiEngine ge, ModulePorts p, Mem<UInt> memory) {
    int memoryBits = p.memAddress().width();
    InboundEvent in = ge.cpuIn;
    Bool dma = in.valid().and(in.kind().eq(InboundEvent.KIND_DMA_WRITE));
    Bool copy = ge.memWriteValid;
    assertThat(p.memWrite().and(dma.or(copy)).not(), "a CPU memory write on the cycle of a DMA or copy write");
    assertThat(dma.and(copy).not(), "a DMA write on the cycle of a copy write");
    // DMA addresses are byte addresses of 64-bit words.
    UInt dmaWord = in.address().slice(memoryBits + 2, 3);
    Bool written = copy.or(dma).or(p.memWrite());
    UInt address = mux(copy, ge.memWriteAddress, mux(dma, dmaWord, p.memAddress()));
    UInt data = mux(copy, ge.memWriteData, mux(dma, in.data(), p.memData()));
    when(written, () -> memory.write(address, data));
    ge.memSnoopValid.assign(written);
    ge.memSnoopAddress.assign(address);
    ge.memReadData.assign(memory.readSync(ge.memReadAddress, ge.memReadValid));
    ge.memReadError.assign(regNext(p.memReadFault()));
    ge.cpuQuiesced.assign(p.cpuQuiesced());
    p.cpuStop().assign(ge.cpuStop);
    p.cpuReset().assign(ge.cpuReset);
    p.cpuRestore().assign(ge.cpuRestore);
  }

  private static void wire(GeminiEngine ge, ModulePorts p, ModulePorts partner, boolean id) {
    ge.moduleId.assign(lit(id));
    ge.partnerPresent.assign(partner.present());
    connect(ge.cpuOut, p.cpuOut());
    p.cpuOutReady().assign(ge.cpuOutReady);
    connect(p.cpuIn(), ge.cpuIn);
    ge.cpuError.assign(p.cpuError());
    connect(p.ioReq(), ge.ioReq);
    ge.ioReqReady.assign(p.ioReqReady());
    connect(ge.ioIn, p.ioIn());
    p.ioInReady().assign(ge.ioInReady);
    ge.ioError.assign(p.ioError());
    ge.csrValid.assign(p.csrValid());
    ge.csrWrite.assign(p.csrWrite());
    ge.csrAddress.assign(p.csrAddress());
    ge.csrData.assign(p.csrData());
    p.csrRespValid().assign(ge.csrRespValid);
    p.csrRespData().assign(ge.csrRespData);
    p.csrRespError().assign(ge.csrRespError);
    p.irq().assign(ge.irq);
    p.ledState().assign(ge.ledState);
    p.ledGreen().assign(ge.ledGreen);
    p.ledAmber().assign(ge.ledAmber);
    ge.phaseLate.assign(p.phaseLate());
    p.delayTap().assign(ge.delayTap);
    ge.sysref.assign(p.sysref());
    ge.clockingBypass.assign(p.clockingBypass());
  }

  @Override
  public String moduleName() {
    return "DuplexSystem_l" + config.linkLatency();
  }
}
