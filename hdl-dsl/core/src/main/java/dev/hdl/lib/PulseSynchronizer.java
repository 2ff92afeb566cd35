package dev.hdl.lib;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.ResetKind;

/**
 * Carries single-cycle pulses from a source clock domain into this module's default domain: the
 * source toggles a level, the destination synchronizes it and turns each change back into a
 * pulse. Pulses closer together than about three destination cycles merge.
 */
public final class PulseSynchronizer extends Component {
  public final Bool sourceClock = input(bool());
  public final Bool sourceReset = input(bool());
  public final Bool pulseIn = input(bool());
  public final Bool pulseOut = output(bool());

  public PulseSynchronizer() {
    ClockDomain source = clockDomain(sourceClock, sourceReset, ResetKind.SYNC, false);
    Bool level = inDomain(source, () -> {
      Bool toggle = reg(bool(), false);
      when(pulseIn, () -> toggle.assign(toggle.not()));
      return toggle;
    });
    Bool meta = reg(bool(), false);
    synchronizerStage(meta);
    meta.assign(level);
    Bool stable = regNext(meta);
    Bool previous = regNext(stable);
    pulseOut.assign(stable.xor(previous));
  }
}
