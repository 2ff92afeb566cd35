package dev.gemini.isolation;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.HwEnum;

/**
 * The module's EXPRESSSCOPE-style status lamp: green steady in duplex or simplex, green blinking
 * while resyncing, amber blinking while diagnosing, amber steady when offline or fail-stopped.
 */
public final class LedDriver extends Component {
  public final HwEnum<SubsystemState> cpuState = input(enumOf(SubsystemState.class));
  public final HwEnum<SubsystemState> ioState = input(enumOf(SubsystemState.class));
  public final Bool duplex = input(bool());
  public final Bool failStop = input(bool());
  public final Bool blink = input(bool());
  public final HwEnum<LedState> state = output(reg(enumOf(LedState.class), LedState.OFF));
  public final Bool green = output(bool());
  public final Bool amber = output(bool());

  public LedDriver() {
    Bool offline = cpuState.is(SubsystemState.OFFLINE).or(ioState.is(SubsystemState.OFFLINE));
    Bool diagnosing = cpuState.is(SubsystemState.DIAGNOSING).or(ioState.is(SubsystemState.DIAGNOSING));
    when(failStop, () -> state.assign(LedState.FAIL_STOP))
        .elseWhen(offline, () -> state.assign(LedState.OFFLINE))
        .elseWhen(diagnosing, () -> state.assign(LedState.DIAGNOSING))
        .elseWhen(cpuState.is(SubsystemState.RESYNCING), () -> state.assign(LedState.RESYNCING))
        .elseWhen(duplex, () -> state.assign(LedState.DUPLEX))
        .otherwise(() -> state.assign(LedState.SIMPLEX));
    green.assign(state.is(LedState.DUPLEX).or(state.is(LedState.SIMPLEX)).or(state.is(LedState.RESYNCING).and(blink)));
    amber.assign(state.is(LedState.OFFLINE).or(state.is(LedState.FAIL_STOP))
        .or(state.is(LedState.DIAGNOSING).and(blink)));
  }
}
