package dev.gemini.testbench.machine;

import dev.gemini.cpu.Rv32Core;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.module.CpuIoModule;
import dev.gemini.testbench.Event;
import dev.gemini.testbench.EventPort;
import dev.gemini.testbench.IoSubsystemModel;
import dev.gemini.testbench.Txn;
import dev.gemini.testbench.TxnPort;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.sim.Probe;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Runs the {@link DuplexMachine}: loads one firmware image into both modules' memories, plugs
 * or pulls modules, and each cycle lets each module's Java IO subsystem take the GE's requests
 * and offer its events.
 */
public final class MachineHarness {
  private static Elaborated<DuplexMachine> machine;

  /** The machine, elaborated once. */
  public static synchronized Elaborated<DuplexMachine> elaborated() {
    if (machine == null) {
      machine = Elaboration.elaborateTop(DuplexMachine::new);
    }
    return machine;
  }

  /** A slot's signals, resolved once: they are read every cycle. */
  private record SlotPort(TxnPort ioReq, SimSignal ioReqReady, EventPort ioIn, SimSignal ioInReady,
      SimSignal ioError, SimSignal present, SimSignal poisonWord, SimSignal poisonKind) {
    static SlotPort of(Simulation sim, DuplexMachine.Slot s) {
      return new SlotPort(TxnPort.of(sim, s.ioReq()), sim.signal(s.ioReqReady()), EventPort.of(sim, s.ioIn()),
          sim.signal(s.ioInReady()), sim.signal(s.ioError()), sim.signal(s.present()), sim.signal(s.poisonWord()),
          sim.signal(s.poisonKind()));
    }
  }

  private static final int MEMORY_WORDS = 1 << CpuIoModule.CONFIG.mover().addressBits();
  private static final String[] MEMORY = {"m0.cpu.memory", "m1.cpu.memory"};

  private final Simulation sim;
  private final DuplexMachine top;
  private final IoSubsystemModel[] io;
  private final SlotPort[] slot;
  private final SimSignal linkCut;
  private final SimSignal copyFlip;
  /** A cycle's handshakes per module, kept so that a cycle allocates nothing but the events. */
  private final boolean[] ready = new boolean[2];
  private final Event[] offered = new Event[2];
  private final Txn[] request = new Txn[2];
  private final boolean[] taken = new boolean[2];

  public MachineHarness(Simulation sim, DuplexMachine top, IoSubsystemModel io0, IoSubsystemModel io1) {
    this.sim = sim;
    this.top = top;
    this.io = new IoSubsystemModel[] {io0, io1};
    this.slot = new SlotPort[] {SlotPort.of(sim, top.slot0), SlotPort.of(sim, top.slot1)};
    this.linkCut = sim.signal(top.linkCut);
    this.copyFlip = sim.signal(top.copyFlip);
    for (SlotPort s : slot) {
      s.present().set(1);
    }
  }

  /**
   * Starts the machine from power-on with {@code words} (32-bit, from the reset vector) in both
   * memories. Module 0's memory, image and all, is copied into module 1's: a duplex machine starts
   * from one image, as its first synchronisation leaves it. {@code duplex} false: module 1 is not
   * plugged in, and module 0 runs alone.
   */
  public void powerOn(long[] words, boolean duplex) {
    if (words.length > 2 * MEMORY_WORDS) {
      throw new IllegalArgumentException("an image of " + words.length + " words does not fit in a module's "
          + 2 * MEMORY_WORDS + " words of memory");
    }
    for (int i = 0; i < words.length; i += 2) {
      long high = i + 1 < words.length ? words[i + 1] : 0;
      sim.writeMemory(MEMORY[0], i / 2, new BigInteger(Long.toUnsignedString(high << 32 | words[i] & 0xFFFF_FFFFL)));
    }
    for (int i = 0; i < MEMORY_WORDS; i++) {
      sim.writeMemory(MEMORY[1], i, sim.readMemory(MEMORY[0], i));
    }
    slot[1].present().set(duplex ? 1 : 0);
    linkCut.set(duplex ? 0 : 1);
    sim.reset(2);
  }

  /** Cuts the cross-link (a broken backplane link: both modules stay plugged in), or mends it. */
  public void cutLink(boolean cut) {
    linkCut.set(cut ? 1 : 0);
  }

  /** Corrupts the Data Mover's words on the link in the next cycle, as a link error would. */
  public void corruptCopy() {
    copyFlip.set(1);
    cycle();
    copyFlip.set(0);
  }

  /** Module m's IO subsystem reports errors (correctable, uncorrectable, fatal: bits 0-2) until told otherwise. */
  public void ioError(int m, int bits) {
    slot[m].ioError().set(bits);
  }

  /** Makes the word at {@code wordIndex} of module m's memory read with an ECC error of {@code kind}. */
  public void poison(int m, int wordIndex, int kind) {
    slot[m].poisonWord().set(wordIndex);
    slot[m].poisonKind().set(kind);
  }

  /**
   * Module m replaced by a module whose memory holds garbage (from {@code seed}), as a module
   * taken from the shelf does; its CPU is held in reset while it is out of service.
   */
  public void replaceMemory(int m, long seed) {
    Random garbage = new Random(seed);
    for (int i = 0; i < MEMORY_WORDS; i++) {
      sim.writeMemory(MEMORY[m], i, new BigInteger(64, garbage));
    }
  }

  /** The first word index at which the two modules' memories differ, or -1. */
  public int firstMemoryDifference() {
    for (int i = 0; i < MEMORY_WORDS; i++) {
      if (!sim.readMemory(MEMORY[0], i).equals(sim.readMemory(MEMORY[1], i))) {
        return i;
      }
    }
    return -1;
  }

  /** The 32-bit word at a CPU address of module m's memory (a program's variable, by its symbol). */
  public long readWord(int m, long address) {
    long offset = address - Rv32Core.RESET_VECTOR;
    if (offset < 0 || offset >= 8L * MEMORY_WORDS || (offset & 3) != 0) {
      throw new IllegalArgumentException(String.format("0x%08x is not an aligned word of a module's memory", address));
    }
    long both = sim.readMemory(MEMORY[m], (int) (offset >> 3)).longValue();
    return (offset & 4) != 0 ? both >>> 32 : both & 0xFFFF_FFFFL;
  }

  public long peek(Probe signal) {
    return sim.peek(signal);
  }

  /** A subsystem's state (RegisterMap.CPU0 ... IO1), as module 0's GE has it. */
  public SubsystemState state(int subsystem) {
    return SubsystemState.values()[(int) sim.peek(top.m0.ge.controller.states.get(subsystem))];
  }

  public void cycle() {
    for (int m = 0; m < 2; m++) {
      ready[m] = io[m].ready();
      offered[m] = io[m].offer();
      slot[m].ioReqReady().set(ready[m] ? 1 : 0);
      slot[m].ioIn().poke(offered[m]);
    }
    for (int m = 0; m < 2; m++) {
      // Most cycles carry no request: its fields are read only when there is one.
      request[m] = slot[m].ioReq().valid().get() != 0 ? slot[m].ioReq().peek() : Txn.NONE;
      taken[m] = offered[m].valid() && slot[m].ioInReady().get() != 0;
    }
    sim.step();
    for (int m = 0; m < 2; m++) {
      if (request[m].valid() && ready[m]) {
        io[m].took(request[m]);
      }
      if (taken[m]) {
        io[m].sent();
      }
      io[m].tick();
    }
  }

  public void cycles(int n) {
    for (int i = 0; i < n; i++) {
      cycle();
    }
  }

  /** Runs until {@code done} holds; fails with the cycle count if it does not within {@code maxCycles}. */
  public long runUntil(BooleanSupplier done, long maxCycles) {
    long start = sim.cycle();
    while (!done.getAsBoolean()) {
      if (sim.cycle() - start >= maxCycles) {
        throw new AssertionError("the machine did not finish within " + maxCycles + " cycles");
      }
      cycle();
    }
    return sim.cycle() - start;
  }
}
