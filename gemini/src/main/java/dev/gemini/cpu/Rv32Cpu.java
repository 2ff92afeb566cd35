package dev.gemini.cpu;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * The CPU of a module: an {@link Rv32Core} with its {@link MachineTimer}, which answers the IO
 * accesses to {@code 0x0200_0000}–{@code 0x0200_FFFF}; every other IO access leaves on the IO
 * port. The memory ports are the core's.
 */
public final class Rv32Cpu extends Component {
  /** The top 16 address bits of the timer's window. */
  public static final int TIMER_WINDOW = 0x0200;

  public final UInt hartId = input(uint(32));

  public final UInt imemAddress = output(uint(32));
  public final UInt imemData = input(uint(32));
  public final Bool imemError = input(bool());

  public final UInt dmemAddress = output(uint(32));
  public final Bool dmemRead = output(bool());
  public final Bool dmemWrite = output(bool());
  public final UInt dmemWriteData = output(uint(32));
  public final UInt dmemMask = output(uint(4));
  public final UInt dmemData = input(uint(32));
  public final Bool dmemError = input(bool());

  public final Bool ioReqValid = output(bool());
  public final Bool ioReqReady = input(bool());
  public final Bool ioReqWrite = output(bool());
  public final UInt ioReqAddress = output(uint(32));
  public final UInt ioReqData = output(uint(32));
  public final UInt ioReqMask = output(uint(4));
  public final Bool ioRespValid = input(bool());
  public final UInt ioRespData = input(uint(32));
  public final Bool ioRespError = input(bool());

  public final Bool irqExternal = input(bool());

  public final RetireTrace retire = output(RetireTrace.type());

  public Rv32Cpu() {
    Rv32Core core = instance(Rv32Core::new);
    MachineTimer timer = instance(MachineTimer::new);

    core.hartId.assign(hartId);
    imemAddress.assign(core.imemAddress);
    core.imemData.assign(imemData);
    core.imemError.assign(imemError);

    dmemAddress.assign(core.dmemAddress);
    dmemRead.assign(core.dmemRead);
    dmemWrite.assign(core.dmemWrite);
    dmemWriteData.assign(core.dmemWriteData);
    dmemMask.assign(core.dmemMask);
    core.dmemData.assign(dmemData);
    core.dmemError.assign(dmemError);

    Bool toTimer = core.ioReqAddress.slice(31, 16).eq(TIMER_WINDOW);
    timer.reqValid.assign(core.ioReqValid.and(toTimer));
    timer.reqWrite.assign(core.ioReqWrite);
    timer.reqOffset.assign(core.ioReqAddress.slice(15, 0));
    timer.reqData.assign(core.ioReqData);
    timer.reqMask.assign(core.ioReqMask);

    ioReqValid.assign(core.ioReqValid.and(toTimer.not()));
    ioReqWrite.assign(core.ioReqWrite);
    ioReqAddress.assign(core.ioReqAddress);
    ioReqData.assign(core.ioReqData);
    ioReqMask.assign(core.ioReqMask);
    core.ioReqReady.assign(toTimer.or(ioReqReady));
    // One request is outstanding at a time, so at most one of the two answers.
    core.ioRespValid.assign(timer.respValid.or(ioRespValid));
    core.ioRespData.assign(mux(timer.respValid, timer.respData, ioRespData));
    core.ioRespError.assign(mux(timer.respValid, timer.respError, ioRespError));

    core.irqExternal.assign(irqExternal);
    core.irqTimer.assign(timer.irqTimer);
    core.irqSoftware.assign(timer.irqSoftware);

    connect(retire, core.retire);
  }
}
