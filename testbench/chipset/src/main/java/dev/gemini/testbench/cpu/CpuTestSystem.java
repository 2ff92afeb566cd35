package dev.gemini.testbench.cpu;

import static dev.hdl.Hdl.*;

import dev.gemini.cpu.RetireTrace;
import dev.gemini.cpu.Rv32Cpu;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.UInt;

/**
 * The module's CPU on a memory and a small IO space, for running programs: {@value #MEMORY_WORDS}
 * words of memory ({@code ram}, instruction and data ports with a one-cycle read) at the reset
 * vector, and an IO device that answers {@value #IO_LATENCY} cycles after it takes a request. Its
 * registers are {@code tohost} at {@link #TOHOST}, where a program reports its end, and the
 * external interrupt line at {@link #EXTERNAL_IRQ} (bit 0), so that a program can interrupt
 * itself, and {@link #POISON}, the address of a memory word that reads as an uncorrectable error
 * (on the instruction port and the data port; 0, as after reset, poisons nothing), so that a
 * program can meet the memory's errors; any other IO address answers with the error bit (an
 * access fault).
 */
public final class CpuTestSystem extends Component {
  public static final int MEMORY_WORDS = 1 << 14;
  public static final long TOHOST = 0x4000_0000L;
  public static final long EXTERNAL_IRQ = 0x4000_0004L;
  public static final long POISON = 0x4000_0008L;
  public static final int IO_LATENCY = 3;

  public final UInt tohost = output(uint(32));
  /** A program has written {@code tohost}. */
  public final Bool done = output(bool());
  /** The CPU's retire trace, for a golden model to follow. */
  public final RetireTrace retire = output(RetireTrace.type());

  public CpuTestSystem() {
    Rv32Cpu cpu = instance(Rv32Cpu::new);
    Mem<UInt> ram = mem(uint(32), MEMORY_WORDS);
    int indexBits = Integer.numberOfTrailingZeros(MEMORY_WORDS);

    cpu.hartId.assign(lit(0, 32));
    cpu.imemData.assign(ram.readSync(cpu.imemAddress.slice(indexBits + 1, 2)));
    UInt poison = reg(uint(32), 0);
    // A read's error comes with its word, on the next cycle.
    Bool imemPoisoned = reg(bool(), false);
    Bool dmemPoisoned = reg(bool(), false);
    imemPoisoned.assign(poisoned(cpu.imemAddress, poison));
    dmemPoisoned.assign(cpu.dmemRead.and(poisoned(cpu.dmemAddress, poison)));
    cpu.imemError.assign(imemPoisoned);
    UInt dataIndex = cpu.dmemAddress.slice(indexBits + 1, 2);
    cpu.dmemData.assign(ram.readSync(dataIndex));
    cpu.dmemError.assign(dmemPoisoned);
    when(cpu.dmemWrite, () -> ram.write(dataIndex, cpu.dmemWriteData, cpu.dmemMask));

    UInt countdown = reg(uint(3), 0);
    Bool answering = reg(bool(), false);
    Bool refused = reg(bool(), false);
    UInt answer = reg(uint(32), 0);
    UInt host = reg(uint(32), 0);
    Bool written = reg(bool(), false);
    Bool irqLine = reg(bool(), false);
    Bool idle = countdown.eq(0).and(answering.not());
    Bool take = cpu.ioReqValid.and(idle);
    Bool atHost = cpu.ioReqAddress.eq(TOHOST);
    Bool atIrq = cpu.ioReqAddress.eq(EXTERNAL_IRQ);
    Bool atPoison = cpu.ioReqAddress.eq(POISON);
    answering.assign(lit(false));
    when(take, () -> {
      countdown.assign(lit(IO_LATENCY - 1, 3));
      refused.assign(atHost.or(atIrq).or(atPoison).not());
      answer.assign(mux(atHost, host, mux(atPoison, poison, irqLine.asUInt().extend(32))));
      when(cpu.ioReqWrite.and(atHost), () -> {
        host.assign(cpu.ioReqData);
        written.assign(lit(true));
      });
      when(cpu.ioReqWrite.and(atIrq).and(cpu.ioReqMask.bit(0)), () -> irqLine.assign(cpu.ioReqData.bit(0)));
      when(cpu.ioReqWrite.and(atPoison), () -> poison.assign(cpu.ioReqData));
    }).elseWhen(countdown.ne(0), () -> {
      countdown.assign(countdown.sub(1));
      when(countdown.eq(1), () -> answering.assign(lit(true)));
    });
    cpu.ioReqReady.assign(idle);
    cpu.ioRespValid.assign(answering);
    cpu.ioRespData.assign(answer);
    cpu.ioRespError.assign(answering.and(refused));
    cpu.irqExternal.assign(irqLine);

    tohost.assign(host);
    done.assign(written);
    connect(retire, cpu.retire);
  }

  private static Bool poisoned(UInt address, UInt poison) {
    return poison.ne(0).and(address.slice(31, 2).eq(poison.slice(31, 2)));
  }
}
