package dev.gemini.testbench.cpu.iss;

import static dev.gemini.cpu.CsrFile.*;
import static dev.gemini.cpu.Rv32Core.*;

import dev.gemini.cpu.MachineTimer;
import dev.gemini.cpu.Rv32Cpu;
import dev.gemini.testbench.cpu.CpuTestSystem;

/**
 * An instruction-set simulator of the module's CPU on {@link CpuTestSystem}: RV32IM, Zicsr and
 * Zifencei in machine mode, with the core's CSRs, its traps and its choices where the ISA leaves
 * one (misaligned accesses trap; mtval is the address, the word or the pc as the core writes it;
 * wfi is a no-op that is never interrupted itself), the machine timer and the test system's IO
 * device and memory (which repeats every {@link CpuTestSystem#MEMORY_WORDS} words, and whose
 * poisoned word faults a fetch or a load).
 *
 * <p>What depends on cycles, not instructions, is read from the core's record of the same
 * instruction: mcycle and cycle, mtime, and mip's timer bit and a timer interrupt while mtime may
 * still be below mtimecmp (a timer interrupt is checked to be enabled). Everything else is
 * predicted: an external or software interrupt that is pending, enabled and on must be taken
 * before the next instruction, since the store that raised it retires only after the line is up;
 * so must the timer's once the program has read an mtime at or past mtimecmp, since mtime only
 * grows.
 */
public final class Rv32Iss implements GoldenModel {
  private static final int MSTATUS_MIE = 1 << 3;
  private static final int MSTATUS_MPIE = 1 << 7;
  private static final int MSTATUS_MPP = 0b11 << 11;
  private static final int INTERRUPT = 1 << 31;
  private static final int MIE_MASK = (1 << IRQ_EXTERNAL) | (1 << IRQ_TIMER) | (1 << IRQ_SOFTWARE);
  private static final int WFI = 0x10500073;
  /** What a refused IO load or a poisoned word reads as; never a word, which is 32 bits. */
  private static final long FAULT = -1L;

  private final int[] memory = new int[CpuTestSystem.MEMORY_WORDS];
  private final int[] x = new int[32];
  private int pc = (int) RESET_VECTOR;

  private boolean mie;
  private boolean mpie;
  private int mieBits;
  private int mtvec;
  private int mscratch;
  private int mepc;
  private int mcause;
  private int mtval;
  private long minstret;

  private int tohost;
  private int poison;
  private boolean irqLine;
  private boolean msip;
  private long mtimecmp = -1L;
  /** A lower bound of mtime, from what the program read of it (0 again after a write to it). */
  private long mtimeAtLeast;
  private long mtimeHighSeen;

  /** A model at reset with {@code program}, one word each, from the reset vector on. */
  public Rv32Iss(long[] program) {
    for (int i = 0; i < program.length; i++) {
      memory[i] = (int) program[i];
    }
  }

  public int tohost() {
    return tohost;
  }

  @Override
  public Retirement follow(Retirement core) {
    int word = fetch(pc);
    if (core.trap() && core.cause() < 0 && interruptAllowed(core.cause(), word)) {
      return trap(core.cause(), 0, word);
    }
    int predicted = predictableInterrupts();
    if (mie && predicted != 0 && word != WFI) {
      int code = (predicted & (1 << IRQ_EXTERNAL)) != 0 ? IRQ_EXTERNAL
          : (predicted & (1 << IRQ_SOFTWARE)) != 0 ? IRQ_SOFTWARE : IRQ_TIMER;
      return trap(INTERRUPT | code, 0, word);
    }
    return execute(word, core);
  }

  private int predictableInterrupts() {
    return pendingKnown() & mieBits;
  }

  /** The interrupts known to be pending, whether enabled or not. */
  private int pendingKnown() {
    boolean timer = Long.compareUnsigned(mtimeAtLeast, mtimecmp) >= 0;
    return (irqLine ? 1 << IRQ_EXTERNAL : 0) | (msip ? 1 << IRQ_SOFTWARE : 0) | (timer ? 1 << IRQ_TIMER : 0);
  }

  /** The core took {@code cause} here: it must be on and enabled, and nothing above it pending. */
  private boolean interruptAllowed(int cause, int word) {
    int code = cause & ~INTERRUPT;
    if (!mie || word == WFI || (mieBits & (1 << code)) == 0) {
      return false;
    }
    int predicted = predictableInterrupts();
    return switch (code) {
      case IRQ_EXTERNAL -> irqLine;
      case IRQ_SOFTWARE -> msip && (predicted & (1 << IRQ_EXTERNAL)) == 0;
      case IRQ_TIMER -> (predicted & ~(1 << IRQ_TIMER)) == 0;
      default -> false;
    };
  }

  /** The word at {@code address}, or 0 where the fetch faults (as the core reports it). */
  private int fetch(int address) {
    return fetchable(address) ? memory[index(address)] : 0;
  }

  private boolean fetchable(int address) {
    return inMemory(address) && !poisoned(address);
  }

  private boolean poisoned(int address) {
    return poison != 0 && (address ^ poison) >>> 2 == 0;
  }

  private Retirement execute(int word, Retirement core) {
    int at = pc;
    if (!fetchable(at)) {
      return trap(CAUSE_FETCH_FAULT, at, word);
    }
    int opcode = word & 0x7F;
    int rd = (word >>> 7) & 31;
    int funct3 = (word >>> 12) & 7;
    int rs1 = x[(word >>> 15) & 31];
    int rs2 = x[(word >>> 20) & 31];
    int funct7 = word >>> 25;
    int immI = word >> 20;
    if ((word & 3) != 3) {
      return illegal(word);
    }
    int next = at + 4;
    switch (opcode) {
      case 0b0110111 -> { // lui
        return retire(word, rd, word & 0xFFFFF000, next);
      }
      case 0b0010111 -> { // auipc
        return retire(word, rd, at + (word & 0xFFFFF000), next);
      }
      case 0b1101111 -> { // jal
        int immJ = ((word >> 31) << 20) | (word & 0xFF000) | ((word >>> 9) & 0x800) | ((word >>> 20) & 0x7FE);
        return jump(word, rd, at + immJ, next);
      }
      case 0b1100111 -> { // jalr
        return funct3 != 0 ? illegal(word) : jump(word, rd, (rs1 + immI) & ~1, next);
      }
      case 0b1100011 -> { // branches
        int immB = ((word >> 31) << 12) | ((word << 4) & 0x800) | ((word >>> 20) & 0x7E0) | ((word >>> 7) & 0x1E);
        if (funct3 == 2 || funct3 == 3) {
          return illegal(word);
        }
        boolean taken = switch (funct3) {
          case 0 -> rs1 == rs2;
          case 1 -> rs1 != rs2;
          case 4 -> rs1 < rs2;
          case 5 -> rs1 >= rs2;
          case 6 -> Integer.compareUnsigned(rs1, rs2) < 0;
          default -> Integer.compareUnsigned(rs1, rs2) >= 0;
        };
        return taken ? jump(word, 0, at + immB, next) : retire(word, 0, 0, next);
      }
      case 0b0000011 -> { // loads
        return funct3 == 3 || funct3 > 5 ? illegal(word) : load(word, rd, funct3, rs1 + immI, core);
      }
      case 0b0100011 -> { // stores
        int immS = ((word >> 25) << 5) | ((word >>> 7) & 31);
        return funct3 > 2 ? illegal(word) : store(word, funct3, rs1 + immS, rs2);
      }
      case 0b0010011 -> { // register-immediate
        boolean shift = funct3 == 1 || funct3 == 5;
        if (shift && !(funct7 == 0 || funct3 == 5 && funct7 == 0b0100000)) {
          return illegal(word);
        }
        return retire(word, rd, alu(funct3, funct3 == 5 && funct7 == 0b0100000, rs1, immI), next);
      }
      case 0b0110011 -> { // register-register
        if (funct7 == 1) {
          return retire(word, rd, mulDiv(funct3, rs1, rs2), next);
        }
        boolean alternate = funct7 == 0b0100000;
        if (!(funct7 == 0 || alternate && (funct3 == 0 || funct3 == 5))) {
          return illegal(word);
        }
        return retire(word, rd, alu(funct3, alternate, rs1, rs2), next);
      }
      case 0b0001111 -> { // fence, fence.i: nothing to order in a core with one access at a time
        return funct3 > 1 ? illegal(word) : retire(word, 0, 0, next);
      }
      case 0b1110011 -> {
        return system(word, rd, funct3, core, next);
      }
      default -> {
        return illegal(word);
      }
    }
  }

  private static int alu(int funct3, boolean alternate, int a, int b) {
    int shamt = b & 31;
    return switch (funct3) {
      case 0 -> alternate ? a - b : a + b;
      case 1 -> a << shamt;
      case 2 -> a < b ? 1 : 0;
      case 3 -> Integer.compareUnsigned(a, b) < 0 ? 1 : 0;
      case 4 -> a ^ b;
      case 5 -> alternate ? a >> shamt : a >>> shamt;
      case 6 -> a | b;
      default -> a & b;
    };
  }

  private static int mulDiv(int funct3, int a, int b) {
    long ua = Integer.toUnsignedLong(a);
    long ub = Integer.toUnsignedLong(b);
    return switch (funct3) {
      case 0 -> a * b;
      case 1 -> (int) (((long) a * b) >> 32);
      case 2 -> (int) (((long) a * ub) >> 32);
      case 3 -> (int) ((ua * ub) >>> 32);
      case 4 -> b == 0 ? -1 : a == Integer.MIN_VALUE && b == -1 ? a : a / b;
      case 5 -> b == 0 ? -1 : Integer.divideUnsigned(a, b);
      case 6 -> b == 0 ? a : a == Integer.MIN_VALUE && b == -1 ? 0 : a % b;
      default -> b == 0 ? a : Integer.remainderUnsigned(a, b);
    };
  }

  private Retirement jump(int word, int rd, int target, int link) {
    if ((target & 2) != 0) {
      return trap(CAUSE_FETCH_MISALIGNED, target, word);
    }
    return retire(word, rd, link, target);
  }

  private Retirement load(int word, int rd, int funct3, int address, Retirement core) {
    int size = funct3 & 3;
    if (misaligned(address, size)) {
      return trap(CAUSE_LOAD_MISALIGNED, address, word);
    }
    long read = !inMemory(address) ? ioRead(address, core)
        : poisoned(address) ? FAULT : Integer.toUnsignedLong(memory[index(address)]);
    if (read == FAULT) {
      return trap(CAUSE_LOAD_FAULT, address, word);
    }
    if (funct3 == 2 && address == (int) (Rv32Cpu.TIMER_WINDOW << 16 | MachineTimer.MTIME)) {
      mtimeAtLeast = Math.max(mtimeAtLeast, mtimeHighSeen << 32 | read);
    } else if (funct3 == 2 && address == (int) (Rv32Cpu.TIMER_WINDOW << 16 | MachineTimer.MTIMEH)) {
      mtimeHighSeen = read;
      mtimeAtLeast = Math.max(mtimeAtLeast, read << 32);
    }
    int lanes = (int) read >>> (8 * (address & 3));
    int value = switch (funct3) {
      case 0 -> (byte) lanes;
      case 1 -> (short) lanes;
      case 4 -> lanes & 0xFF;
      case 5 -> lanes & 0xFFFF;
      default -> lanes;
    };
    return retire(word, rd, value, pc + 4).withLoad(address, value);
  }

  private Retirement store(int word, int funct3, int address, int data) {
    if (misaligned(address, funct3)) {
      return trap(CAUSE_STORE_MISALIGNED, address, word);
    }
    int lanes = funct3 == 0 ? 0b0001 : funct3 == 1 ? 0b0011 : 0b1111;
    int mask = lanes << (address & 3);
    // On the bus, a byte or halfword is repeated across the word; the mask picks its lanes.
    int bus = funct3 == 0 ? (data & 0xFF) * 0x01010101 : funct3 == 1 ? (data & 0xFFFF) * 0x00010001 : data;
    if (inMemory(address)) {
      int i = index(address);
      int bits = byteMask(mask);
      memory[i] = memory[i] & ~bits | bus & bits;
    } else if (!ioWrite(address, bus, mask)) {
      return trap(CAUSE_STORE_FAULT, address, word);
    }
    int stored = funct3 == 0 ? data & 0xFF : funct3 == 1 ? data & 0xFFFF : data;
    return retire(word, 0, 0, pc + 4).withStore(address, stored);
  }

  private long ioRead(int address, Retirement core) {
    if (address >>> 16 == Rv32Cpu.TIMER_WINDOW) {
      int offset = address & 0xFFFF;
      return switch (offset) {
        case MachineTimer.MSIP -> msip ? 1 : 0;
        case MachineTimer.MTIMECMP -> mtimecmp & 0xFFFF_FFFFL;
        case MachineTimer.MTIMECMPH -> mtimecmp >>> 32;
        // mtime counts cycles: the core's result is the value.
        case MachineTimer.MTIME, MachineTimer.MTIMEH -> Integer.toUnsignedLong(core.memData());
        default -> FAULT;
      };
    }
    if (address == (int) CpuTestSystem.TOHOST) {
      return Integer.toUnsignedLong(tohost);
    }
    if (address == (int) CpuTestSystem.POISON) {
      return Integer.toUnsignedLong(poison);
    }
    if (address == (int) CpuTestSystem.CONSOLE) {
      return 0; // the console is written, and reads as 0
    }
    return address == (int) CpuTestSystem.EXTERNAL_IRQ ? (irqLine ? 1 : 0) : FAULT;
  }

  /** Whether the IO write was accepted; the word is the bus word, the mask its byte lanes. */
  private boolean ioWrite(int address, int bus, int mask) {
    if (address >>> 16 == Rv32Cpu.TIMER_WINDOW) {
      int offset = address & 0xFFFF;
      long bits = Integer.toUnsignedLong(byteMask(mask));
      switch (offset) {
        case MachineTimer.MSIP -> msip = (mask & 1) != 0 ? (bus & 1) != 0 : msip;
        case MachineTimer.MTIMECMP -> mtimecmp = mtimecmp & ~bits | Integer.toUnsignedLong(bus) & bits;
        case MachineTimer.MTIMECMPH -> mtimecmp = mtimecmp & ~(bits << 32) | (Integer.toUnsignedLong(bus) & bits) << 32;
        case MachineTimer.MTIME, MachineTimer.MTIMEH -> {
          // Read back from the core like every mtime read; what was known of it is gone.
          mtimeAtLeast = 0;
          mtimeHighSeen = 0;
        }
        default -> {
          return false;
        }
      }
      return true;
    }
    if (address == (int) CpuTestSystem.TOHOST) {
      tohost = bus;
      return true;
    }
    if (address == (int) CpuTestSystem.POISON) {
      poison = bus;
      return true;
    }
    if (address == (int) CpuTestSystem.CONSOLE) {
      return true; // what is printed is the test's to read, not the program's
    }
    if (address == (int) CpuTestSystem.EXTERNAL_IRQ) {
      irqLine = (mask & 1) != 0 ? (bus & 1) != 0 : irqLine;
      return true;
    }
    return false;
  }

  private Retirement system(int word, int rd, int funct3, Retirement core, int next) {
    if (funct3 == 0) {
      return switch (word) {
        case 0x00000073 -> trap(CAUSE_ECALL, 0, word);
        case 0x00100073 -> trap(CAUSE_BREAKPOINT, pc, word);
        case 0x30200073 -> {
          mie = mpie;
          mpie = true;
          yield retire(word, 0, 0, mepc);
        }
        case WFI -> retire(word, 0, 0, next);
        default -> illegal(word);
      };
    }
    if (funct3 == 4) {
      return illegal(word);
    }
    int address = word >>> 20;
    int field = (word >>> 15) & 31;
    int source = (funct3 & 4) != 0 ? field : x[field];
    boolean writes = (funct3 & 3) == 1 || field != 0;
    Integer old = readCsr(address, core);
    if (old == null || writes && address >>> 10 == 3) {
      return illegal(word);
    }
    int value = switch (funct3 & 3) {
      case 1 -> source;
      case 2 -> old | source;
      default -> old & ~source;
    };
    Retirement done = retire(word, rd, old, next);
    if (writes) {
      writeCsr(address, value);
    }
    return done;
  }

  /** The CSR's value, or null for an address the core has no CSR at. */
  private Integer readCsr(int address, Retirement core) {
    return switch (address) {
      case MSTATUS -> MSTATUS_MPP | (mpie ? MSTATUS_MPIE : 0) | (mie ? MSTATUS_MIE : 0);
      case MISA -> (int) MISA_VALUE;
      case MIE -> mieBits;
      case MTVEC -> mtvec;
      case MSTATUSH, MVENDORID, MARCHID, MIMPID, MHARTID -> 0;
      case MSCRATCH -> mscratch;
      case MEPC -> mepc;
      case MCAUSE -> mcause;
      case MTVAL -> mtval;
      // The timer's line follows mtime: from the core, unless it is known to be up.
      case MIP -> pendingKnown() | core.rdValue() & (1 << IRQ_TIMER);
      case MCYCLE, CYCLE, MCYCLEH, CYCLEH -> core.rdValue();
      case MINSTRET, INSTRET -> (int) minstret;
      case MINSTRETH, INSTRETH -> (int) (minstret >>> 32);
      default -> null;
    };
  }

  private void writeCsr(int address, int value) {
    switch (address) {
      case MSTATUS -> {
        mie = (value & MSTATUS_MIE) != 0;
        mpie = (value & MSTATUS_MPIE) != 0;
      }
      case MIE -> mieBits = value & MIE_MASK;
      case MTVEC -> mtvec = value & ~3;
      case MSCRATCH -> mscratch = value;
      case MEPC -> mepc = value & ~3;
      case MCAUSE -> mcause = value;
      case MTVAL -> mtval = value;
      // The write is what the next instruction reads: it replaces this one's count.
      case MINSTRET -> minstret = minstret - 1 & 0xFFFF_FFFF_0000_0000L | Integer.toUnsignedLong(value);
      case MINSTRETH -> minstret = (minstret - 1 & 0xFFFF_FFFFL) | (long) value << 32;
      default -> { } // read-only in effect (misa, mip, mstatush) or cycle counts the core keeps
    }
  }

  /** Commits an instruction: writes rd, counts it, moves on. */
  private Retirement retire(int word, int rd, int value, int nextPc) {
    Retirement r = new Retirement(pc, word, rd, rd == 0 ? 0 : value, false, false, 0, 0, false, 0);
    if (rd != 0) {
      x[rd] = value;
    }
    minstret++;
    pc = nextPc;
    return r;
  }

  private Retirement illegal(int word) {
    return trap(CAUSE_ILLEGAL, word, word);
  }

  private Retirement trap(int cause, int value, int word) {
    Retirement r = Retirement.trapped(pc, word, cause);
    mepc = pc;
    mcause = cause;
    mtval = value;
    mpie = mie;
    mie = false;
    pc = mtvec;
    return r;
  }

  private static boolean misaligned(int address, int size) {
    return size == 1 && (address & 1) != 0 || size == 2 && (address & 3) != 0;
  }

  private static boolean inMemory(int address) {
    return address >>> 28 == MEMORY_REGION;
  }

  private static int index(int address) {
    return (address >>> 2) & (CpuTestSystem.MEMORY_WORDS - 1);
  }

  private static int byteMask(int mask) {
    int bits = 0;
    for (int lane = 0; lane < 4; lane++) {
      bits |= (mask >> lane & 1) != 0 ? 0xFF << (8 * lane) : 0;
    }
    return bits;
  }
}
