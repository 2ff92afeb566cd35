package dev.gemini.testbench;

import static dev.hdl.Hdl.*;

import dev.gemini.GeminiEngine;
import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.Transaction;
import dev.gemini.registers.RegisterMap;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Two GEs joined by a cross-link: the unit the tests drive. Each module's CPU subsystem, IO
 * subsystem and register bus are ports, driven by the Java models of {@link DuplexHarness}.
 */
public final class DuplexSystem extends Component {
  /** One module's ports. */
  public record ModulePorts(Transaction cpuOut, Bool cpuOutReady, InboundEvent cpuIn, UInt cpuError,
      Transaction ioReq, Bool ioReqReady, InboundEvent ioIn, Bool ioInReady, UInt ioError,
      Bool csrValid, Bool csrWrite, UInt csrAddress, UInt csrData, Bool csrRespValid, UInt csrRespData,
      Bool csrRespError, Bool irq, UInt ledState, Bool ledGreen, Bool ledAmber, Bool present) {
    static ModulePorts type() {
      return new ModulePorts(Transaction.type(), flipped(bool()), flipped(InboundEvent.type()), uint(3),
          flipped(Transaction.type()), bool(), InboundEvent.type(), flipped(bool()), uint(3),
          bool(), bool(), uint(RegisterMap.ADDRESS_BITS), uint(RegisterMap.DATA_BITS), flipped(bool()),
          flipped(uint(RegisterMap.DATA_BITS)), flipped(bool()), flipped(bool()), flipped(uint(3)),
          flipped(bool()), flipped(bool()), bool());
    }
  }

  public final ModulePorts m0 = input(ModulePorts.type());
  public final ModulePorts m1 = input(ModulePorts.type());
  public final Bool linkCut = input(bool());
  private final GeminiEngine.Config config;

  public DuplexSystem(GeminiEngine.Config config) {
    this.config = config;
    GeminiEngine ge0 = instance(() -> new GeminiEngine(config));
    GeminiEngine ge1 = instance(() -> new GeminiEngine(config));
    CrossLink link = instance(() -> new CrossLink(config.linkLatency()));
    wire(ge0, m0, m1, false);
    wire(ge1, m1, m0, true);
    connect(link.fromM0, ge0.linkOut);
    connect(link.fromM1, ge1.linkOut);
    connect(ge0.linkIn, link.toM0);
    connect(ge1.linkIn, link.toM1);
    link.cut.assign(linkCut);
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
  }

  @Override
  public String moduleName() {
    return "DuplexSystem_l" + config.linkLatency();
  }
}
