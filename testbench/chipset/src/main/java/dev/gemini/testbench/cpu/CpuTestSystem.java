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
 * registers are {@code tohost} at {@link #TOHOST}, where a program reports its end, the
 * external interrupt line at {@link #EXTERNAL_IRQ} (bit 0), so that a program can interrupt
 * itself, {@link #POISON}, the address of a memory word that reads as an uncorrectable error
 * (on the instruction port and the data port; 0, as after reset, poisons nothing), so that a
 * program can meet the memory's errors, and the console at {@link #CONSOLE}, which reads as 0 and
 * whose writes append their low byte to the memory {@code console} ({@value #CONSOLE_BYTES}
 * bytes; {@code consoleLength} counts them, and bytes past the end are dropped but still
 * counted); any other IO address answers with the error bit (an access fault).
 */
public final class CpuTestSystem extends Component {
  public static final int MEMORY_WORDS = 1 << 14;
  public static final long TOHOST = 0x4000_0000L;
  public static final long EXTERNAL_IRQ = 0x4000_0004L;
  public static final long POISON = 0x4000_0008L;
  public static final long CONSOLE = 0x4000_000CL;
  public static final int CONSOLE_BYTES = 1 << 12;
  public static final int IO_LATENCY = 3;

  public final UInt tohost = output(uint(32));
  /** A program has written {@code tohost}. */
  public final Bool done = output(bool());
  public final UInt consoleLength = output(uint(32));
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
    Mem<UInt> console = mem(uint(8), CONSOLE_BYTES);
    UInt printed = reg(uint(32), 0);
    Bool idle = countdown.eq(0).and(answering.not());
    Bool take = cpu.ioReqValid.and(idle);
    Bool atHost = cpu.ioReqAddress.eq(TOHOST);
    Bool atIrq = cpu.ioReqAddress.eq(EXTERNAL_IRQ);
    Bool atPoison = cpu.ioReqAddress.eq(POISON);
    Bool atConsole = cpu.ioReqAddress.eq(CONSOLE);
    answering.assign(lit(false));
    when(take, () -> {
      countdown.assign(lit(IO_LATENCY - 1, 3));
      refused.assign(atHost.or(atIrq).or(atPoison).or(atConsole).not());
      answer.assign(mux(atHost, host, mux(atPoison, poison, mux(atIrq, irqLine.asUInt().extend(32), lit(0, 32)))));
      when(cpu.ioReqWrite.and(atHost), () -> {
        host.assign(cpu.ioReqData);
        written.assign(lit(true));
      });
      when(cpu.ioReqWrite.and(atIrq).and(cpu.ioReqMask.bit(0)), () -> irqLine.assign(cpu.ioReqData.bit(0)));
      when(cpu.ioReqWrite.and(atPoison), () -> poison.assign(cpu.ioReqData));
      when(cpu.ioReqWrite.and(atConsole), () -> {
        when(printed.lt(CONSOLE_BYTES), () -> console.write(printed.slice(11, 0), cpu.ioReqData.slice(7, 0)));
        printed.assign(printed.add(1));
      });
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
    consoleLength.assign(printed);
    connect(retire, cpu.retire);
  }

  private static Bool poisoned(UInt address, UInt poison) {
    return poison.ne(0).and(address.slice(31, 2).eq(poison.slice(31, 2)));
  }
}
