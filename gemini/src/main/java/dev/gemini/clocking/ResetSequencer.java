package dev.gemini.clocking;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Releases the CPU subsystem's reset on the same reference cycle in both GEs, whatever their
 * start-up skew and the cross-link latency (the scheme of JESD204B subclass 1).
 *
 * <p>Each GE keeps a free-running count of reference cycles, {@code counterBits} wide, zeroed by
 * the board's {@code sysref} pulse, which both GEs sample on the same reference cycle once their
 * phases are aligned; its period is {@code 2^counterBits} cycles, so later pulses leave an aligned
 * count unchanged. A GE that is locked and has seen a sysref is ready and says so on the link
 * ({@link #READY}) every cycle until it is armed. The master (moduleId 0), once ready and told its
 * partner is, picks {@code count + margin} and sends it ({@link #RELEASE_AT}) every cycle until the
 * release; {@code margin} exceeds twice the largest link latency, so the partner holds it before
 * the count gets there. Both let go of {@code cpuReset} the cycle after their count equals it, and
 * pulse {@code compareStart} {@link #COMPARE_DELAY} cycles after that.
 */
public final class ResetSequencer extends Component {
  /** Cycles from the release of the CPU reset to the start of comparison. */
  public static final int COMPARE_DELAY = 16;
  public static final int NONE = 0;
  public static final int READY = 1;
  public static final int RELEASE_AT = 2;
  public static final int KIND_BITS = 2;
  /** The default count's width: the sysref period is 2^8 reference cycles. */
  public static final int COUNTER_BITS = 8;
  /** The default margin: more than twice any cross-link latency the GE allows. */
  public static final int MARGIN = 80;

  public final Bool moduleId = input(bool());
  public final Bool locked = input(bool());
  public final Bool sysref = input(bool());
  public final UInt linkInKind = input(uint(KIND_BITS));
  public final UInt linkInCycle;
  public final UInt linkOutKind = output(uint(KIND_BITS));
  public final UInt linkOutCycle;
  /** Held until the agreed cycle. */
  public final Bool cpuReset = output(reg(bool(), true));
  /** One cycle, {@link #COMPARE_DELAY} cycles after the release. */
  public final Bool compareStart = output(reg(bool(), false));
  public final UInt count;
  public final UInt releaseAt;

  public ResetSequencer() {
    this(COUNTER_BITS, MARGIN);
  }

  public ResetSequencer(int counterBits, int margin) {
    if (margin <= 0 || margin >= (1 << counterBits) - COMPARE_DELAY) {
      throw new IllegalArgumentException("margin must fit in the sysref period: " + margin);
    }
    linkInCycle = input(uint(counterBits));
    linkOutCycle = output(uint(counterBits));
    count = output(uint(counterBits));
    releaseAt = output(uint(counterBits));
    int delayBits = 32 - Integer.numberOfLeadingZeros(COMPARE_DELAY);

    UInt cycle = reg(uint(counterBits), 0);
    Bool aligned = reg(bool(), false);
    Bool partnerReady = reg(bool(), false);
    Bool armed = reg(bool(), false);
    UInt target = reg(uint(counterBits), 0);
    UInt toCompare = reg(uint(delayBits), 0);

    cycle.assign(mux(sysref, lit(0, counterBits), cycle.add(1)));
    when(sysref, () -> aligned.assign(true));
    Bool ready = locked.and(aligned);
    Bool master = moduleId.not();
    when(linkInKind.eq(READY), () -> partnerReady.assign(true));

    when(cpuReset.and(armed.not()), () -> {
      when(master.and(ready).and(partnerReady), () -> {
        armed.assign(true);
        target.assign(cycle.add(margin));
      }).elseWhen(master.not().and(linkInKind.eq(RELEASE_AT)), () -> {
        armed.assign(true);
        target.assign(linkInCycle);
      });
    });
    when(cpuReset.and(armed).and(aligned).and(cycle.eq(target)), () -> {
      cpuReset.assign(false);
      toCompare.assign(COMPARE_DELAY);
    });
    compareStart.assign(toCompare.eq(1));
    when(toCompare.ne(0), () -> toCompare.assign(toCompare.sub(1)));

    Bool sendRelease = master.and(armed).and(cpuReset);
    Bool sendReady = ready.and(armed.not());
    linkOutKind.assign(mux(sendRelease, lit(RELEASE_AT, KIND_BITS),
        mux(sendReady, lit(READY, KIND_BITS), lit(NONE, KIND_BITS))));
    linkOutCycle.assign(target);
    count.assign(cycle);
    releaseAt.assign(target);
  }
}
