package dev.gemini.isolation;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Counts a subsystem's errors with decay, as mcelog's leaky bucket does: each error adds one, and
 * one leaks out every {@code period} cycles while the bucket is not empty. An error that brings
 * the level to {@code capacity} means the faults come faster than transients do.
 */
public final class LeakyBucket extends Component {
  public static final int LEVEL_BITS = 8;

  public final Bool hit = input(bool());
  public final Bool clear = input(bool());
  public final UInt capacity = input(uint(LEVEL_BITS));
  public final UInt period = input(uint(32));
  public final UInt level = output(reg(uint(LEVEL_BITS), 0));
  /** One more error would fill the bucket. */
  public final Bool nearlyFull = output(bool());

  public LeakyBucket() {
    UInt sinceLeak = reg(uint(32), 0);

    Bool leak = level.ne(0).and(sinceLeak.addExpand(lit(1, 32)).ge(period.extend(33)));
    when(level.eq(0).or(leak), () -> sinceLeak.assign(0))
        .otherwise(() -> sinceLeak.assign(sinceLeak.add(1)));
    UInt afterLeak = mux(leak, level.sub(1), level);
    UInt afterHit = mux(hit.and(afterLeak.ne(255)), afterLeak.add(1), afterLeak);
    level.assign(mux(clear, 0, afterHit));
    nearlyFull.assign(level.addExpand(lit(1, LEVEL_BITS)).ge(capacity.extend(LEVEL_BITS + 1)));
  }
}
