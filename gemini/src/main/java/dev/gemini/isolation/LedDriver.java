package dev.gemini.isolation;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * The module's EXPRESSSCOPE-style status lamp: green steady in duplex or simplex, green blinking
 * while resyncing, amber blinking while diagnosing, amber steady when offline or fail-stopped.
 */
public final class LedDriver extends Component {
  public static final int OFF = 0;
  public static final int DUPLEX = 1;
  public static final int SIMPLEX = 2;
  public static final int DIAGNOSING = 3;
  public static final int RESYNCING = 4;
  public static final int OFFLINE = 5;
  public static final int FAIL_STOP = 6;

  public final UInt cpuState = input(uint(2));
  public final UInt ioState = input(uint(2));
  public final Bool duplex = input(bool());
  public final Bool failStop = input(bool());
  public final Bool blink = input(bool());
  public final UInt state = output(uint(3));
  public final Bool green = output(bool());
  public final Bool amber = output(bool());

  public LedDriver() {
    UInt shown = reg(uint(3), OFF);
    Bool offline = cpuState.eq(SubsystemState.OFFLINE).or(ioState.eq(SubsystemState.OFFLINE));
    Bool diagnosing = cpuState.eq(SubsystemState.DIAGNOSING).or(ioState.eq(SubsystemState.DIAGNOSING));
    when(failStop, () -> shown.assign(FAIL_STOP))
        .elseWhen(offline, () -> shown.assign(OFFLINE))
        .elseWhen(diagnosing, () -> shown.assign(DIAGNOSING))
        .elseWhen(cpuState.eq(SubsystemState.RESYNCING), () -> shown.assign(RESYNCING))
        .elseWhen(duplex, () -> shown.assign(DUPLEX))
        .otherwise(() -> shown.assign(SIMPLEX));
    state.assign(shown);
    green.assign(shown.eq(DUPLEX).or(shown.eq(SIMPLEX)).or(shown.eq(RESYNCING).and(blink)));
    amber.assign(shown.eq(OFFLINE).or(shown.eq(FAIL_STOP)).or(shown.eq(DIAGNOSING).and(blink)));
  }
}
