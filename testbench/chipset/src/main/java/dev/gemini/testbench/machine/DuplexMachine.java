package dev.gemini.testbench.machine;

import static dev.hdl.Hdl.*;

import dev.gemini.cpu.RetireTrace;
import dev.gemini.isolation.LedState;
import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.Transaction;
import dev.gemini.module.CpuIoModule;
import dev.gemini.testbench.CrossLink;
import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.ResetKind;
import dev.hdl.UInt;

/**
 * The white paper's machine: two {@link CpuIoModule}s, each a CPU running firmware from its own
 * memory through its GE, joined by the backplane's cross-link. What lies outside the modules is
 * a port per module: the IO subsystem (driven by Java device models), the module's presence
 * (pulled or plugged in), its LEDs, the memory's fault injection and the CPU's retire trace.
 */
public final class DuplexMachine extends Component {
  /** What a module shows outside the machine. */
  public record Slot(Transaction ioReq, Bool ioReqReady, InboundEvent ioIn, Bool ioInReady, UInt ioError,
      Bool present, UInt poisonWord, UInt poisonKind, HwEnum<LedState> ledState, Bool ledGreen, Bool ledAmber,
      RetireTrace retire) {
    static Slot type(int memoryBits) {
      return new Slot(flipped(Transaction.type()), bool(), InboundEvent.type(), flipped(bool()), uint(3), bool(),
          uint(memoryBits), uint(2), flipped(enumOf(LedState.class)), flipped(bool()), flipped(bool()),
          flipped(RetireTrace.type()));
    }
  }

  public final Bool clk = input(bool());
  public final Bool rst = input(bool());
  public final Slot slot0;
  public final Slot slot1;
  /** The cross-link is cut: nothing arrives either way. */
  public final Bool linkCut = input(bool());
  /** Corrupts the Data Mover's words on the link for a cycle. */
  public final Bool copyFlip = input(bool());
  public final CpuIoModule m0;
  public final CpuIoModule m1;

  public DuplexMachine() {
    int memoryBits = CpuIoModule.CONFIG.mover().addressBits();
    slot0 = input(Slot.type(memoryBits));
    slot1 = input(Slot.type(memoryBits));
    ClockDomain system = clockDomain(clk, rst, ResetKind.SYNC, false);
    m0 = instance(CpuIoModule::new);
    m1 = instance(CpuIoModule::new);
    CrossLink link = inDomain(system,
        () -> instance(() -> new CrossLink(CpuIoModule.CONFIG.linkLatency(), memoryBits)));
    plug(m0, slot0, slot1, false);
    plug(m1, slot1, slot0, true);
    link.join(new CrossLink.End(m0.linkOut, m0.linkIn, m0.copyOut, m0.copyIn),
        new CrossLink.End(m1.linkOut, m1.linkIn, m1.copyOut, m1.copyIn));
    link.cut.assign(linkCut);
    link.copyFlip.assign(copyFlip);
  }

  private void plug(CpuIoModule m, Slot s, Slot partner, boolean id) {
    m.clk.assign(clk);
    m.rst.assign(rst);
    m.moduleId.assign(lit(id));
    m.partnerPresent.assign(partner.present());
    connect(s.ioReq(), m.ioReq);
    m.ioReqReady.assign(s.ioReqReady());
    connect(m.ioIn, s.ioIn());
    s.ioInReady().assign(m.ioInReady);
    m.ioError.assign(s.ioError());
    // Test benches start without the clock-phase alignment, as the chipset's benches do.
    m.phaseLate.assign(lit(false));
    m.sysref.assign(lit(false));
    m.clockingBypass.assign(lit(true));
    m.poisonWord.assign(s.poisonWord());
    m.poisonKind.assign(s.poisonKind());
    s.ledState().assign(m.ledState);
    s.ledGreen().assign(m.ledGreen);
    s.ledAmber().assign(m.ledAmber);
    connect(s.retire(), m.retire);
  }
}
