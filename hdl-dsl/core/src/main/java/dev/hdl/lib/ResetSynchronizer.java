package dev.hdl.lib;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.ResetKind;

/**
 * Asserts a reset at once, whatever the clock does, and releases it only on a clock edge of
 * this domain, {@code stages} edges after the asynchronous reset goes away.
 */
public final class ResetSynchronizer extends Component {
  public final Bool clock = input(bool());
  public final Bool asyncReset = input(bool());
  public final Bool syncReset = output(bool());
  private final int stages;

  public ResetSynchronizer(int stages) {
    this.stages = stages;
    Caller.require(stages >= 2, "a reset synchronizer needs at least 2 stages, not " + stages + ".");
    ClockDomain domain = clockDomain(clock, asyncReset, ResetKind.ASYNC, false);
    withDomain(domain, () -> {
      Bool[] chain = new Bool[stages];
      for (int i = 0; i < stages; i++) {
        chain[i] = reg(bool(), true);
        chain[i].assign(i == 0 ? lit(false) : chain[i - 1]);
      }
      syncReset.assign(chain[stages - 1]);
    });
  }

  @Override
  public String moduleName() {
    return "ResetSynchronizer_" + stages;
  }
}
