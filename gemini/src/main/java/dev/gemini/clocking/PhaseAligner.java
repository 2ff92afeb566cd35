package dev.gemini.clocking;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * The digital half of the clock-phase aligner. A phase detector gives one early/late sample per
 * reference cycle ({@code late} = the delayed clock edge came after the reference edge); the
 * aligner answers with a delay-line tap (100 ps per tap, {@code taps} of them spanning one clock
 * period, so the tap index wraps around the period).
 *
 * <p>Search: step up one tap at a time, wait {@code settle} cycles for the delay line and the
 * detector, then take {@code votes} samples. A tap whose samples are all early is below the hazard
 * window, one whose samples are all late is above it; the window is the last all-early tap
 * ({@code windowLo}) and the first all-late tap after it ({@code windowHi}), and the aligner
 * settles in the middle. Track: an up/down counter moves the tap by one only after its count
 * reaches {@code filterDepth} votes more in one direction than the other, so jitter around the
 * edge does not dither it. {@code lossMoves} moves in the same direction, each within
 * {@code lossGap} cycles of the previous one, mean the phase jumped rather than drifted: lock is
 * lost and the search starts again from the current tap.
 */
public final class PhaseAligner extends Component {
  public final Bool late = input(bool());
  public final UInt tap;
  public final UInt windowLo;
  public final UInt windowHi;
  public final Bool locked = output(reg(bool(), false));
  /** One cycle after the tracker gave up a lock. */
  public final Bool lockLost = output(reg(bool(), false));

  /** The default's tap index width: 64 taps of 100 ps span a 6.4 ns reference period. */
  public static final int DEFAULT_TAP_BITS = 6;

  public PhaseAligner() {
    this(1 << DEFAULT_TAP_BITS, 16, 4, 8, 4, 64);
  }

  public PhaseAligner(int taps, int votes, int settle, int filterDepth, int lossMoves, int lossGap) {
    if (Integer.bitCount(taps) != 1 || taps < 4) {
      throw new IllegalArgumentException("taps must be a power of two, at least 4: " + taps);
    }
    int tapBits = Integer.numberOfTrailingZeros(taps);
    tap = output(uint(tapBits));
    windowLo = output(uint(tapBits));
    windowHi = output(uint(tapBits));

    int dwellBits = bitsFor(settle + votes);
    int countBits = bitsFor(votes);
    int stepBits = bitsFor(2 * taps);
    int accBits = bitsFor(2 * filterDepth);
    int gapBits = bitsFor(lossGap + 1);
    int runBits = bitsFor(lossMoves);

    // Search state.
    UInt current = reg(uint(tapBits), 0);
    UInt lo = reg(uint(tapBits), 0);
    UInt hi = reg(uint(tapBits), 0);
    UInt dwell = reg(uint(dwellBits), 0);
    UInt lateCount = reg(uint(countBits), 0);
    Bool seenEarly = reg(bool(), false);
    UInt swept = reg(uint(stepBits), 0);
    // Tracking state.
    UInt acc = reg(uint(accBits), filterDepth);
    UInt holdoff = reg(uint(dwellBits), 0);
    Bool lastUp = reg(bool(), false);
    UInt run = reg(uint(runBits), 0);
    UInt sinceMove = reg(uint(gapBits), 0);

    Bool sampling = dwell.ge(settle);
    Bool lastVote = dwell.eq(settle + votes - 1);
    UInt total = lateCount.add(late.asUInt().extend(countBits));
    Bool allEarly = total.eq(0);
    Bool allLate = total.eq(votes);
    UInt centre = lo.add(current.sub(lo).shiftRight(1));

    UInt accUp = acc.add(1);
    UInt accDown = acc.sub(1);
    Bool moveUp = late.not().and(accUp.eq(2 * filterDepth));
    Bool moveDown = late.and(accDown.eq(0));
    Bool move = holdoff.eq(0).and(moveUp.or(moveDown));
    Bool quick = sinceMove.le(lossGap);
    Bool sameWay = lastUp.eq(moveUp).and(quick).and(run.ne(0));
    UInt runNext = mux(sameWay, run.add(1), lit(1, runBits));
    Bool jumped = move.and(runNext.eq(lossMoves));

    lockLost.assign(false);
    when(locked.not(), () -> {
      when(lastVote.not(), () -> {
        dwell.assign(dwell.add(1));
        when(sampling, () -> lateCount.assign(total));
      }).otherwise(() -> {
        dwell.assign(0);
        lateCount.assign(0);
        when(allLate.and(seenEarly), () -> {
          hi.assign(current);
          current.assign(centre);
          locked.assign(true);
          acc.assign(filterDepth);
          holdoff.assign(settle);
          run.assign(0);
          sinceMove.assign(0);
        }).otherwise(() -> {
          when(allEarly, () -> {
            seenEarly.assign(true);
            lo.assign(current);
          });
          current.assign(current.add(1));
          // Two turns without finding the edge: the detector saw noise only; forget and sweep again.
          when(swept.eq(2 * taps - 1), () -> {
            swept.assign(0);
            seenEarly.assign(false);
          }).otherwise(() -> swept.assign(swept.add(1)));
        });
      });
    }).otherwise(() -> {
      when(sinceMove.ne(lossGap + 1), () -> sinceMove.assign(sinceMove.add(1)));
      when(holdoff.ne(0), () -> holdoff.assign(holdoff.sub(1)))
          .elseWhen(move, () -> {
            current.assign(mux(moveUp, current.add(1), current.sub(1)));
            acc.assign(filterDepth);
            holdoff.assign(settle);
            lastUp.assign(moveUp);
            run.assign(runNext);
            sinceMove.assign(0);
            when(jumped, () -> {
              locked.assign(false);
              lockLost.assign(true);
              seenEarly.assign(false);
              swept.assign(0);
              dwell.assign(0);
              lateCount.assign(0);
            });
          })
          .otherwise(() -> acc.assign(mux(late, accDown, accUp)));
    });

    tap.assign(current);
    windowLo.assign(lo);
    windowHi.assign(hi);
  }

  private static int bitsFor(int maxValue) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(maxValue));
  }
}
