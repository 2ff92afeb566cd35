package dev.gemini.cpu;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * DIV, DIVU, REM and REMU by restoring division, one quotient bit a cycle: {@code start} takes the
 * operands, and after 32 steps {@code done} is high for one cycle with the result. Signed
 * operands are divided as magnitudes and the signs put back; division by zero gives the
 * all-ones quotient and the dividend as remainder, and the overflow case falls out as the ISA
 * asks (quotient -2^31, remainder 0).
 */
public final class Divider extends Component {
  public final Bool start = input(bool());
  public final UInt dividend = input(uint(32));
  public final UInt divisor = input(uint(32));
  /** funct3 of the instruction: bit 0 unsigned, bit 1 remainder. */
  public final UInt funct3 = input(uint(3));

  public final Bool busy = output(reg(bool(), false));
  public final Bool done = output(reg(bool(), false));
  public final UInt result = output(uint(32));

  public Divider() {
    Bool signed = funct3.bit(0).not();
    Bool dividendNegative = signed.and(dividend.bit(31));
    Bool divisorNegative = signed.and(divisor.bit(31));

    UInt remainder = reg(uint(32), 0);
    UInt quotient = reg(uint(32), 0);
    UInt magnitude = reg(uint(32), 0);
    UInt count = reg(uint(6), 0);
    Bool negateQuotient = reg(bool(), false);
    Bool negateRemainder = reg(bool(), false);
    Bool wantRemainder = reg(bool(), false);

    // One step: shift the next dividend bit into the partial remainder, subtract when it fits.
    UInt shifted = cat(remainder, quotient.bit(31));
    UInt difference = shifted.subExpand(magnitude.extend(33));
    Bool fits = difference.bit(33).not();

    done.assign(false);
    when(start, () -> {
      remainder.assign(0);
      quotient.assign(mux(dividendNegative, dividend.not().add(1), dividend));
      magnitude.assign(mux(divisorNegative, divisor.not().add(1), divisor));
      negateQuotient.assign(dividendNegative.xor(divisorNegative).and(divisor.ne(0)));
      negateRemainder.assign(dividendNegative);
      wantRemainder.assign(funct3.bit(1));
      count.assign(32);
      busy.assign(true);
    }).elseWhen(busy, () -> {
      remainder.assign(mux(fits, difference.slice(31, 0), shifted.slice(31, 0)));
      quotient.assign(cat(quotient.slice(30, 0), fits));
      count.assign(count.sub(1));
      when(count.eq(1), () -> {
        busy.assign(false);
        done.assign(true);
      });
    });
    result.assign(mux(wantRemainder, mux(negateRemainder, remainder.not().add(1), remainder),
        mux(negateQuotient, quotient.not().add(1), quotient)));
  }
}
