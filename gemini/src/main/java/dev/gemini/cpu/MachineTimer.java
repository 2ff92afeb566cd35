package dev.gemini.cpu;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import java.math.BigInteger;

/**
 * The machine timer and software interrupt, at the offsets of the usual CLINT layout: msip at
 * 0x0000, mtimecmp at 0x4000 (low word) and 0x4004, mtime at 0xBFF8 and 0xBFFC. mtime counts
 * cycles; the timer interrupt is pending while mtime ≥ mtimecmp, which starts at all ones so that
 * nothing is pending until software sets it. A request is taken at once and answered on the next
 * cycle; an offset outside these registers answers with the error bit.
 */
public final class MachineTimer extends Component {
  public static final int MSIP = 0x0000;
  public static final int MTIMECMP = 0x4000;
  public static final int MTIMECMPH = 0x4004;
  public static final int MTIME = 0xBFF8;
  public static final int MTIMEH = 0xBFFC;

  public final Bool reqValid = input(bool());
  public final Bool reqWrite = input(bool());
  /** The offset within the timer's 64 KB window. */
  public final UInt reqOffset = input(uint(16));
  public final UInt reqData = input(uint(32));
  public final UInt reqMask = input(uint(4));

  public final Bool respValid = output(reg(bool(), false));
  public final UInt respData = output(reg(uint(32), 0));
  public final Bool respError = output(bool());
  public final Bool irqTimer = output(bool());
  public final Bool irqSoftware = output(reg(bool(), false));

  public MachineTimer() {
    UInt mtime = reg(uint(64), 0);
    UInt mtimecmp = reg(uint(64), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    Bool refused = reg(bool(), false);

    mtime.assign(mtime.add(1));
    UInt word = reqOffset.slice(15, 2);
    Bool aligned = reqOffset.slice(1, 0).eq(0);
    // A refused access changes nothing: a store that faults has no effect.
    Bool write = reqValid.and(reqWrite).and(aligned);
    UInt read = wire(uint(32));
    Bool known = wire(bool());
    read.assign(0);
    known.assign(true);
    UInt byteMask = byteMask();
    switchOn(word, s -> s
        .is(MSIP >> 2, () -> {
          read.assign(irqSoftware.asUInt().extend(32));
          when(write.and(reqMask.bit(0)), () -> irqSoftware.assign(reqData.bit(0)));
        })
        .is(MTIMECMP >> 2, () -> wordAccess(mtimecmp, 0, read, write, byteMask))
        .is(MTIMECMPH >> 2, () -> wordAccess(mtimecmp, 1, read, write, byteMask))
        .is(MTIME >> 2, () -> wordAccess(mtime, 0, read, write, byteMask))
        .is(MTIMEH >> 2, () -> wordAccess(mtime, 1, read, write, byteMask))
        .otherwise(() -> known.assign(false)));

    respValid.assign(reqValid);
    respData.assign(read);
    refused.assign(known.not().or(aligned.not()));
    respError.assign(respValid.and(refused));
    irqTimer.assign(mtime.ge(mtimecmp));
  }

  /** Reads word {@code index} of a 64-bit register, and writes the request's bytes into it. */
  private void wordAccess(UInt register, int index, UInt read, Bool write, UInt byteMask) {
    UInt current = Words.word(register, index);
    read.assign(current);
    UInt merged = current.and(byteMask.not()).or(reqData.and(byteMask));
    when(write, () -> register.assign(Words.withWord(register, index, merged)));
  }

  /** The request's byte enables widened to a bit mask of its word. */
  private UInt byteMask() {
    return cat(lane(reqMask.bit(3)), lane(reqMask.bit(2)), lane(reqMask.bit(1)), lane(reqMask.bit(0)));
  }

  private static UInt lane(Bool enabled) {
    return mux(enabled, 0xFF, lit(0, 8));
  }
}
