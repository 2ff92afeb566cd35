package dev.gemini.isolation;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Watches the partner's heartbeat, which toggles every cycle the partner is alive. After
 * {@code timeout} cycles without a toggle the link is lost, for good: a partner that comes back
 * rejoins through the resync path, not by itself.
 */
public final class LinkWatchdog extends Component {
  public final Bool heartbeat = input(bool());
  public final UInt timeout = input(uint(16));
  public final Bool linkUp = output(reg(bool(), true));
  public final Bool lost = output(reg(bool(), false));
  /** The heartbeat toggled this cycle: the partner's frames are arriving now. */
  public final Bool fresh = output(bool());

  public LinkWatchdog() {
    Bool previous = reg(bool(), false);
    previous.assign(heartbeat);
    UInt silent = reg(uint(16), 0);
    Bool toggled = heartbeat.ne(previous);
    when(toggled, () -> silent.assign(0))
        .elseWhen(silent.ne(0xFFFF), () -> silent.assign(silent.add(1)));
    Bool expired = linkUp.and(toggled.not()).and(silent.addExpand(lit(1, 16)).ge(timeout.extend(17)));
    when(expired, () -> linkUp.assign(false));
    lost.assign(expired);
    fresh.assign(linkUp.and(toggled));
  }
}
