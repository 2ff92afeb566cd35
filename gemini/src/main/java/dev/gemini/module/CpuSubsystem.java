package dev.gemini.module;

import static dev.hdl.Hdl.*;

import dev.gemini.cpu.RetireTrace;
import dev.gemini.cpu.Rv32Core;
import dev.gemini.cpu.Rv32Cpu;
import dev.gemini.datamover.CopyLane;
import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.Transaction;
import dev.gemini.registers.RegisterMap;
import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.ResetKind;
import dev.hdl.UInt;

/**
 * A module's CPU subsystem: the {@link Rv32Cpu}, its memory and the {@link IoBridge}, with its
 * own reset ({@code rst}), which the module raises for power-on and for the GE's synchronous CPU
 * reset. The memory keeps its contents through that reset.
 *
 * <p>The memory is 2^{@code memoryBits} words of 64 bits, the Data Mover's words, at the CPU's
 * {@code 0x8000_0000}; the CPU reads and writes 32-bit halves (address bit 2), on an instruction
 * port, a data port and the GE's read port, all registered. It has one write port a cycle: the
 * Data Mover's copy, else the CPU's store, else the bridge's oldest DMA write; each write is
 * snooped by the GE. A CPU access beyond the memory is an access fault, as is a DMA write beyond
 * it dropped.
 *
 * <p>ECC, as the fault injector sees it: the word at {@code poisonWord} (when {@code poisonKind}
 * is not 0) reads as a correctable error (1: the data is right, the GE is told), an uncorrectable
 * one (2: the GE is told, the CPU's access faults, the Data Mover's read fails) or a fatal one
 * (3: as 2, reported as fatal).
 */
public final class CpuSubsystem extends Component {
  public static final int POISON_NONE = 0;
  public static final int POISON_CORRECTABLE = 1;
  public static final int POISON_UNCORRECTABLE = 2;
  public static final int POISON_FATAL = 3;

  public final Bool clk = input(bool());
  public final Bool rst = input(bool());

  // To and from the GE.
  public final Transaction cpuOut = output(Transaction.type());
  public final Bool cpuOutReady = input(bool());
  public final InboundEvent cpuIn = input(InboundEvent.type());
  public final UInt cpuError = output(uint(3));
  public final Bool memSnoopValid = output(bool());
  public final UInt memSnoopAddress;
  public final Bool memReadValid = input(bool());
  public final UInt memReadAddress;
  public final UInt memReadData = output(uint(CopyLane.DATA_BITS));
  public final Bool memReadError = output(bool());
  public final Bool memWriteValid = input(bool());
  public final UInt memWriteAddress;
  public final UInt memWriteData = input(uint(CopyLane.DATA_BITS));
  public final Bool cpuStop = input(bool());
  public final Bool cpuQuiesced = output(bool());
  public final Bool warmReset = input(bool());
  public final Bool csrValid = output(bool());
  public final Bool csrWrite = output(bool());
  public final UInt csrAddress = output(uint(RegisterMap.ADDRESS_BITS));
  public final UInt csrData = output(uint(RegisterMap.DATA_BITS));
  public final Bool csrRespValid = input(bool());
  public final UInt csrRespData = input(uint(RegisterMap.DATA_BITS));
  public final Bool csrRespError = input(bool());
  public final Bool geIrq = input(bool());

  // Fault injection.
  public final UInt poisonWord;
  public final UInt poisonKind = input(uint(2));

  public final RetireTrace retire = output(RetireTrace.type());
  public final Rv32Cpu rv32;
  public final IoBridge bridge;
  private final int memoryBits;

  public CpuSubsystem(int memoryBits) {
    this.memoryBits = memoryBits;
    memSnoopAddress = output(uint(memoryBits));
    memReadAddress = input(uint(memoryBits));
    memWriteAddress = input(uint(memoryBits));
    poisonWord = input(uint(memoryBits));
    ClockDomain domain = clockDomain(clk, rst, ResetKind.SYNC, false);
    Mem<UInt> memory = mem(uint(CopyLane.DATA_BITS), 1 << memoryBits);
    rv32 = inDomain(domain, () -> instance(Rv32Cpu::new));
    bridge = inDomain(domain, () -> instance(IoBridge::new));
    withDomain(domain, () -> {
      rv32.hartId.assign(lit(0, 32)); // both CPUs of a pair run the same instructions on the same data
      Access fetch = access(rv32.imemAddress, lit(true));
      Access load = access(rv32.dmemAddress, rv32.dmemRead);
      rv32.imemData.assign(fetch.word(memory));
      rv32.imemError.assign(fetch.fault);
      rv32.dmemData.assign(load.word(memory));
      rv32.dmemError.assign(load.fault);

      // ---- the write port: copy, else store, else DMA ----
      UInt storeWord = rv32.dmemAddress.slice(memoryBits + 2, 3);
      Bool storeUpper = rv32.dmemAddress.bit(2);
      Bool store = rv32.dmemWrite.and(inMemory(rv32.dmemAddress));
      UInt zeroLanes = lit(0, 4);
      UInt storeMask = mux(storeUpper, cat(rv32.dmemMask, zeroLanes), cat(zeroLanes, rv32.dmemMask));
      UInt storeData = cat(rv32.dmemWriteData, rv32.dmemWriteData);
      assertThat(store.and(memWriteValid).not(), "a CPU store on the cycle of a Data Mover copy write");
      bridge.memoryBusy.assign(store.or(memWriteValid));
      UInt dmaWord = bridge.dmaAddress.slice(memoryBits + 2, 3);
      Bool dmaInMemory = bridge.dmaAddress.slice(Transaction.ADDRESS_BITS - 1, memoryBits + 3)
          .eq(Rv32Core.RESET_VECTOR >> (memoryBits + 3));
      Bool dma = bridge.dmaWrite.and(dmaInMemory);
      UInt allLanes = lit(0xFF, 8);
      UInt address = mux(memWriteValid, memWriteAddress, mux(store, storeWord, dmaWord));
      UInt data = mux(memWriteValid, memWriteData, mux(store, storeData, bridge.dmaData));
      Bool written = memWriteValid.or(store).or(dma);
      UInt lanes = mux(store.and(memWriteValid.not()), storeMask, allLanes);
      when(written, () -> memory.write(address, data, lanes));
      memSnoopValid.assign(written);
      memSnoopAddress.assign(address);

      // ---- the GE's read port, and what ECC reports ----
      Bool moverPoisoned = regNext(memReadValid.and(poisoned(memReadAddress)));
      memReadData.assign(memory.readSync(memReadAddress, memReadValid));
      memReadError.assign(moverPoisoned.and(poisonKind.ge(POISON_UNCORRECTABLE)));
      Bool poisonRead = fetch.poisoned.or(load.poisoned).or(moverPoisoned);
      cpuError.assign(cat(bridge.fatal.or(poisonRead.and(poisonKind.eq(POISON_FATAL))),
          poisonRead.and(poisonKind.eq(POISON_UNCORRECTABLE)), poisonRead.and(poisonKind.eq(POISON_CORRECTABLE))));

      // ---- IO through the bridge ----
      bridge.reqValid.assign(rv32.ioReqValid);
      rv32.ioReqReady.assign(bridge.reqReady);
      bridge.reqWrite.assign(rv32.ioReqWrite);
      bridge.reqAddress.assign(rv32.ioReqAddress);
      bridge.reqData.assign(rv32.ioReqData);
      bridge.reqMask.assign(rv32.ioReqMask);
      rv32.ioRespValid.assign(bridge.respValid);
      rv32.ioRespData.assign(bridge.respData);
      rv32.ioRespError.assign(bridge.respError);
      rv32.irqExternal.assign(bridge.irq);
      connect(cpuOut, bridge.cpuOut);
      bridge.cpuOutReady.assign(cpuOutReady);
      connect(bridge.cpuIn, cpuIn);
      csrValid.assign(bridge.csrValid);
      csrWrite.assign(bridge.csrWrite);
      csrAddress.assign(bridge.csrAddress);
      csrData.assign(bridge.csrData);
      bridge.csrRespValid.assign(csrRespValid);
      bridge.csrRespData.assign(csrRespData);
      bridge.csrRespError.assign(csrRespError);
      bridge.geIrq.assign(geIrq);
      bridge.cpuStop.assign(cpuStop);
      cpuQuiesced.assign(bridge.cpuQuiesced);
      bridge.warmReset.assign(warmReset);
      connect(retire, rv32.retire);
    });
  }

  /** A CPU read of memory: its 32-bit half, with its fault, both on the next cycle. */
  private record Access(UInt index, Bool upper, Bool fault, Bool poisoned) {
    UInt word(Mem<UInt> memory) {
      UInt both = memory.readSync(index);
      return mux(upper, both.slice(63, 32), both.slice(31, 0));
    }
  }

  private Access access(UInt address, Bool reading) {
    Bool poisonedNow = reading.and(inMemory(address)).and(poisoned(address.slice(memoryBits + 2, 3)));
    Bool poisoned = regNext(poisonedNow);
    Bool outside = regNext(reading.and(inMemory(address).not()));
    Bool fault = outside.or(poisoned.and(poisonKind.ge(POISON_UNCORRECTABLE)));
    return new Access(address.slice(memoryBits + 2, 3), regNext(address.bit(2)), fault, poisoned);
  }

  /** Whether a CPU address lies in the memory: {@code 0x8000_0000} up to its size. */
  private Bool inMemory(UInt address) {
    return address.slice(31, memoryBits + 3).eq(Rv32Core.RESET_VECTOR >> (memoryBits + 3));
  }

  private Bool poisoned(UInt word) {
    return poisonKind.ne(POISON_NONE).and(word.eq(poisonWord));
  }

  @Override
  public String moduleName() {
    return "CpuSubsystem_m" + memoryBits;
  }
}
