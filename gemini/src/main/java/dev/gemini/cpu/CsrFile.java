package dev.gemini.cpu;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * The machine-mode control and status registers, the trap entry and return they take part in,
 * and the choice of the interrupt to take. The core reads a CSR combinationally, computes the new
 * value and writes it on the cycle the instruction commits; a trap or mret on that cycle updates
 * mstatus, mepc, mcause and mtval instead.
 */
public final class CsrFile extends Component {
  public static final int MSTATUS = 0x300;
  public static final int MISA = 0x301;
  public static final int MIE = 0x304;
  public static final int MTVEC = 0x305;
  public static final int MSTATUSH = 0x310;
  public static final int MSCRATCH = 0x340;
  public static final int MEPC = 0x341;
  public static final int MCAUSE = 0x342;
  public static final int MTVAL = 0x343;
  public static final int MIP = 0x344;
  public static final int MCYCLE = 0xB00;
  public static final int MINSTRET = 0xB02;
  public static final int MCYCLEH = 0xB80;
  public static final int MINSTRETH = 0xB82;
  public static final int CYCLE = 0xC00;
  public static final int INSTRET = 0xC02;
  public static final int CYCLEH = 0xC80;
  public static final int INSTRETH = 0xC82;
  public static final int MVENDORID = 0xF11;
  public static final int MARCHID = 0xF12;
  public static final int MIMPID = 0xF13;
  public static final int MHARTID = 0xF14;

  /** RV32 with I and M. */
  public static final long MISA_VALUE = 0x4000_1100L;
  /** Interrupt numbers, which are also their bits in mip and mie. */
  public static final int IRQ_SOFTWARE = 3;
  public static final int IRQ_TIMER = 7;
  public static final int IRQ_EXTERNAL = 11;

  public final UInt hartId = input(uint(32));
  public final UInt address = input(uint(12));
  public final Bool write = input(bool());
  public final UInt writeData = input(uint(32));
  public final Bool retire = input(bool());
  /** The load that retired last cycle took a memory error in W: it traps, so it did not retire. */
  public final Bool unretire = input(bool());
  public final Bool trap = input(bool());
  public final UInt trapCause = input(uint(32));
  public final UInt trapPc = input(uint(32));
  public final UInt trapValue = input(uint(32));
  public final Bool mret = input(bool());
  public final Bool irqExternal = input(bool());
  public final Bool irqTimer = input(bool());
  public final Bool irqSoftware = input(bool());

  public final UInt readData = output(uint(32));
  /** The address names a CSR of this core. */
  public final Bool exists = output(bool());
  public final UInt mtvec = output(reg(uint(32), 0));
  public final UInt mepc = output(reg(uint(32), 0));
  /** An enabled interrupt is pending and interrupts are on: take it at the next instruction. */
  public final Bool interrupt = output(bool());
  public final UInt interruptCause = output(uint(32));
  /** An enabled interrupt is pending, whatever mstatus.MIE says: wfi ends. */
  public final Bool wake = output(bool());

  public CsrFile() {
    Bool mstatusMie = reg(bool(), false);
    Bool mstatusMpie = reg(bool(), false);
    UInt mieBits = reg(uint(32), 0);
    UInt mscratch = reg(uint(32), 0);
    UInt mcause = reg(uint(32), 0);
    UInt mtval = reg(uint(32), 0);
    UInt mcycle = reg(uint(64), 0);
    UInt minstret = reg(uint(64), 0);

    UInt interruptMask = lit((1L << IRQ_EXTERNAL) | (1L << IRQ_TIMER) | (1L << IRQ_SOFTWARE), 32);
    UInt mip = cat(lit(0, 20), irqExternal, lit(0, 3), irqTimer, lit(0, 3), irqSoftware, lit(0, 3));
    UInt mstatus = cat(lit(0, 19), lit(0b11, 2), lit(0, 3), mstatusMpie, lit(0, 3), mstatusMie, lit(0, 3));
    UInt pending = mip.and(mieBits);

    UInt value = wire(uint(32));
    value.assign(0);
    exists.assign(true);
    switchOn(address, s -> s
        .is(MSTATUS, () -> value.assign(mstatus))
        .is(MISA, () -> value.assign(MISA_VALUE))
        .is(MIE, () -> value.assign(mieBits))
        .is(MTVEC, () -> value.assign(mtvec))
        .is(MSTATUSH, () -> value.assign(0))
        .is(MSCRATCH, () -> value.assign(mscratch))
        .is(MEPC, () -> value.assign(mepc))
        .is(MCAUSE, () -> value.assign(mcause))
        .is(MTVAL, () -> value.assign(mtval))
        .is(MIP, () -> value.assign(mip))
        .is(new long[] {MCYCLE, CYCLE}, () -> value.assign(mcycle.slice(31, 0)))
        .is(new long[] {MINSTRET, INSTRET}, () -> value.assign(minstret.slice(31, 0)))
        .is(new long[] {MCYCLEH, CYCLEH}, () -> value.assign(mcycle.slice(63, 32)))
        .is(new long[] {MINSTRETH, INSTRETH}, () -> value.assign(minstret.slice(63, 32)))
        .is(new long[] {MVENDORID, MARCHID, MIMPID}, () -> value.assign(0))
        .is(MHARTID, () -> value.assign(hartId))
        .otherwise(() -> exists.assign(false)));
    readData.assign(value);

    mcycle.assign(mcycle.add(1));
    when(retire, () -> minstret.assign(minstret.add(1)))
        .elseWhen(unretire, () -> minstret.assign(minstret.sub(1)));
    when(write, () -> switchOn(address, s -> s
        .is(MSTATUS, () -> {
          mstatusMie.assign(writeData.bit(3));
          mstatusMpie.assign(writeData.bit(7));
        })
        .is(MIE, () -> mieBits.assign(writeData.and(interruptMask)))
        // Direct mode only: the vector base is word aligned and mode reads 0.
        .is(MTVEC, () -> mtvec.assign(cat(writeData.slice(31, 2), lit(0, 2))))
        .is(MSCRATCH, () -> mscratch.assign(writeData))
        .is(MEPC, () -> mepc.assign(cat(writeData.slice(31, 2), lit(0, 2))))
        .is(MCAUSE, () -> mcause.assign(writeData))
        .is(MTVAL, () -> mtval.assign(writeData))
        .is(MCYCLE, () -> mcycle.assign(Words.withWord(mcycle, 0, writeData)))
        .is(MCYCLEH, () -> mcycle.assign(Words.withWord(mcycle, 1, writeData)))
        .is(MINSTRET, () -> minstret.assign(Words.withWord(minstret, 0, writeData)))
        .is(MINSTRETH, () -> minstret.assign(Words.withWord(minstret, 1, writeData)))));
    when(trap, () -> {
      mepc.assign(trapPc);
      mcause.assign(trapCause);
      mtval.assign(trapValue);
      mstatusMpie.assign(mstatusMie);
      mstatusMie.assign(false);
    }).elseWhen(mret, () -> {
      mstatusMie.assign(mstatusMpie);
      mstatusMpie.assign(true);
    });
    wake.assign(pending.orReduce());
    interrupt.assign(mstatusMie.and(pending.orReduce()));
    UInt interruptCode = mux(pending.bit(IRQ_EXTERNAL), lit(IRQ_EXTERNAL, 31),
        mux(pending.bit(IRQ_SOFTWARE), lit(IRQ_SOFTWARE, 31), lit(IRQ_TIMER, 31)));
    interruptCause.assign(cat(lit(1, 1), interruptCode));
  }
}
