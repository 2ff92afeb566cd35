package dev.gemini.testbench.cpu.random;

import static dev.gemini.testbench.cpu.random.Encoding.*;

import dev.gemini.cpu.CsrFile;
import dev.gemini.cpu.Rv32Core;
import dev.gemini.testbench.cpu.CpuTestSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A random program for {@link CpuTestSystem} from a seed: a run of blocks (ALU, mul/div, forward
 * branches and jumps, loads and stores in a data area, CSR accesses, ecall, ebreak, illegal and
 * misaligned instructions, IO and timer accesses with their faults, interrupts and wfi), then a
 * store to {@code tohost}. Every jump goes forward to the start of a block, so the program ends
 * and never lands inside a block; a trap handler steps over an exception and clears the source
 * of an interrupt.
 *
 * <p>Interrupts: the IO device's line and msip are raised by stores, which retire only once the
 * line is up, so those interrupts come at a boundary fixed in instructions and the model predicts
 * them. The timer's depends on cycles (mtime); the model takes it where the core did, from the
 * trace, and checks that it was enabled.
 *
 * <p>Registers: x1–x26 are the program's; x27 holds a timer address and x31 the IO device's, so a
 * store through them never leaves the IO space (and never reaches {@code tohost}, which no store
 * offset of the device block names); x28 and x29 belong to the handler; x30 points into the data
 * area.
 */
public final class RandomProgram {
  static final int BASE = (int) Rv32Core.RESET_VECTOR;
  static final int HANDLER = BASE + 0xB000;
  static final int DATA = BASE + 0xC000;
  static final int DATA_BYTES = 0x1000;
  private static final int DATA_POINTER = 30;
  private static final int IO_POINTER = 31;
  private static final int TIMER_POINTER = 27;
  private static final int HANDLER_CAUSE = 28;
  private static final int HANDLER_TEMP = 29;
  private static final int PROGRAM_REGISTERS = 27;
  private static final int[] SPECIAL = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 2, -2, 0xFF, 0x8000};
  /** CSRs a random access may write: none that the handler relies on (mtvec is only read). */
  private static final int[] WRITABLE_CSRS = {CsrFile.MSCRATCH, CsrFile.MCAUSE, CsrFile.MTVAL, CsrFile.MEPC,
      CsrFile.MSTATUS, CsrFile.MIE, CsrFile.MIP, CsrFile.MISA, CsrFile.MSTATUSH, CsrFile.MINSTRET, CsrFile.MINSTRETH,
      CsrFile.MCYCLE, CsrFile.MCYCLEH};
  /** Read-only and missing CSRs, and mtvec: a write to the first two traps as illegal. */
  private static final int[] READ_CSRS = {CsrFile.MTVEC, CsrFile.CYCLE, CsrFile.CYCLEH, CsrFile.INSTRET,
      CsrFile.INSTRETH, CsrFile.MHARTID, CsrFile.MVENDORID, 0x7C0, 0x001};

  private final Random random;
  private final List<Block> blocks = new ArrayList<>();

  private RandomProgram(long seed) {
    random = new Random(seed);
  }

  /** The memory image from the reset vector on, for a program of {@code blockCount} random blocks. */
  public static long[] generate(long seed, int blockCount) {
    return new RandomProgram(seed).build(blockCount);
  }

  /** A block of instructions: fixed words, or a forward jump resolved once every block has its address. */
  private sealed interface Block {
    int size();
  }

  /** {@code alone}: one instruction whose skipping (a fetch fault on it) leaves the program sound. */
  private record Fixed(int[] words, boolean alone) implements Block {
    @Override
    public int size() {
      return words.length;
    }
  }

  /**
   * Poisons a word of the data area, or the first lone instruction from block {@code block} on
   * (-1: the data word), so that a load or a fetch meets the memory's error.
   */
  private record Poison(int register, int block, int data) implements Block {
    @Override
    public int size() {
      return 4;
    }
  }

  /** {@code kind}: a branch (funct3, rs1, rs2), jal, or auipc + jalr through {@code rs1}; {@code skew} 2 misaligns. */
  private record Jump(Kind kind, int funct3, int rs1, int rs2, int rd, int target, int skew) implements Block {
    enum Kind { BRANCH, JAL, JALR }

    @Override
    public int size() {
      return kind == Kind.JALR ? 2 : 1;
    }
  }

  private long[] build(int blockCount) {
    List<Integer> words = new ArrayList<>();
    prologue(words);
    int end = blockCount;
    for (int b = 0; b < blockCount; b++) {
      blocks.add(block(b, end));
    }
    int[] address = new int[blockCount + 1];
    int at = BASE + 4 * words.size();
    for (int b = 0; b < blockCount; b++) {
      address[b] = at;
      at += 4 * blocks.get(b).size();
    }
    address[blockCount] = at;
    if (at + 16 > HANDLER) {
      throw new IllegalArgumentException(blockCount + " blocks do not fit below the trap handler at "
          + Integer.toHexString(HANDLER) + "; take fewer");
    }
    for (int b = 0; b < blockCount; b++) {
      for (int w : encode(blocks.get(b), address[b], address)) {
        words.add(w);
      }
    }
    // The end: tohost = 1, then wait.
    add(words, u((int) (CpuTestSystem.TOHOST >>> 12), IO_POINTER, LUI), i(1, 0, 0, 1, OP_IMM),
        s(0, 1, IO_POINTER, 2), j(0, 0));

    long[] image = new long[(DATA + DATA_BYTES - BASE) / 4];
    for (int k = 0; k < words.size(); k++) {
      image[k] = Integer.toUnsignedLong(words.get(k));
    }
    int[] handler = handler();
    for (int k = 0; k < handler.length; k++) {
      image[(HANDLER - BASE) / 4 + k] = Integer.toUnsignedLong(handler[k]);
    }
    for (int k = (DATA - BASE) / 4; k < image.length; k++) {
      image[k] = Integer.toUnsignedLong(value());
    }
    return image;
  }

  private void prologue(List<Integer> words) {
    add(words, li(HANDLER_TEMP, HANDLER));
    add(words, csr(1, CsrFile.MTVEC, HANDLER_TEMP, 0));
    add(words, li(DATA_POINTER, DATA + DATA_BYTES / 2));
    for (int r = 1; r < PROGRAM_REGISTERS; r++) {
      add(words, li(r, value()));
    }
    add(words, li(HANDLER_TEMP, mostly(1 << CsrFile.IRQ_SOFTWARE) | mostly(1 << CsrFile.IRQ_TIMER)
        | mostly(1 << CsrFile.IRQ_EXTERNAL)));
    add(words, csr(1, CsrFile.MIE, HANDLER_TEMP, 0));
    // Interrupts on, mostly.
    add(words, csr(6, CsrFile.MSTATUS, random.nextInt(4) == 0 ? 0 : 8, 0));
  }

  /** Steps over an exception; clears the source of an interrupt (line, msip, or mtimecmp to all ones). */
  private static int[] handler() {
    return new int[] {
        csr(2, CsrFile.MCAUSE, 0, HANDLER_CAUSE),
        b(20, 0, HANDLER_CAUSE, 4), // an interrupt: to the code below mret
        csr(2, CsrFile.MEPC, 0, HANDLER_TEMP),
        i(4, HANDLER_TEMP, 0, HANDLER_TEMP, OP_IMM),
        csr(1, CsrFile.MEPC, HANDLER_TEMP, 0),
        MRET,
        i(15, HANDLER_CAUSE, 7, HANDLER_CAUSE, OP_IMM),
        i(CsrFile.IRQ_TIMER, 0, 0, HANDLER_TEMP, OP_IMM),
        b(36, HANDLER_TEMP, HANDLER_CAUSE, 0), // to the timer's
        i(CsrFile.IRQ_SOFTWARE, 0, 0, HANDLER_TEMP, OP_IMM),
        b(16, HANDLER_TEMP, HANDLER_CAUSE, 0), // to msip's
        u((int) (CpuTestSystem.TOHOST >>> 12), HANDLER_TEMP, LUI),
        s(4, 0, HANDLER_TEMP, 2),
        MRET,
        u(0x2000, HANDLER_TEMP, LUI),
        s(0, 0, HANDLER_TEMP, 2),
        MRET,
        u(0x2004, HANDLER_TEMP, LUI),
        i(-1, 0, 0, HANDLER_CAUSE, OP_IMM),
        s(4, HANDLER_CAUSE, HANDLER_TEMP, 2),
        s(0, HANDLER_CAUSE, HANDLER_TEMP, 2),
        MRET,
    };
  }

  private Block block(int index, int end) {
    int choice = random.nextInt(100);
    if (choice < 20) {
      int funct3 = random.nextInt(8);
      boolean alternate = (funct3 == 0 || funct3 == 5) && random.nextBoolean();
      return alone(r(alternate ? 0b0100000 : 0, reg(), reg(), funct3, reg(), OP));
    }
    if (choice < 34) {
      int funct3 = random.nextInt(8);
      boolean shift = funct3 == 1 || funct3 == 5;
      int imm = shift ? random.nextInt(32) | (funct3 == 5 && random.nextBoolean() ? 0x400 : 0) : imm12();
      return alone(i(imm, reg(), funct3, reg(), OP_IMM));
    }
    if (choice < 38) {
      return alone(u(random.nextInt(1 << 20), reg(), random.nextBoolean() ? LUI : AUIPC));
    }
    if (choice < 46) {
      return alone(r(1, reg(), reg(), random.nextInt(8), reg(), OP));
    }
    if (choice < 56) {
      int target = Math.min(end, index + 1 + random.nextInt(6));
      int funct3 = new int[] {0, 1, 4, 5, 6, 7}[random.nextInt(6)];
      return new Jump(Jump.Kind.BRANCH, funct3, reg(), reg(), 0, target, 0);
    }
    if (choice < 60) {
      int target = Math.min(end, index + 1 + random.nextInt(6));
      Jump.Kind kind = random.nextBoolean() ? Jump.Kind.JAL : Jump.Kind.JALR;
      return new Jump(kind, 0, 1 + random.nextInt(PROGRAM_REGISTERS - 1), 0, reg(), target,
          random.nextInt(8) == 0 ? 2 : 0);
    }
    if (choice < 70) {
      return fixed(i(dataOffset(), DATA_POINTER, new int[] {0, 1, 2, 4, 5}[random.nextInt(5)], reg(), LOAD));
    }
    if (choice < 80) {
      return fixed(s(dataOffset(), reg(), DATA_POINTER, random.nextInt(3)));
    }
    if (choice < 82) {
      // Through a register of the program: mostly an IO address that faults, or memory anywhere.
      return fixed(i(imm12(), reg(), 2, reg(), LOAD));
    }
    if (choice < 88) {
      return csrAccess();
    }
    if (choice < 90) {
      return fixed(random.nextBoolean() ? ECALL : EBREAK);
    }
    if (choice < 91) {
      int[] illegal = {0, -1, i(0, 1, 3, 1, LOAD), r(0b0100000, 1, 1, 1, 1, OP_IMM), r(0, 0, 0, 0, 0, SYSTEM) | 1 << 21,
          s(0, 1, 1, 3), MRET ^ 1 << 28};
      return fixed(illegal[random.nextInt(illegal.length)]);
    }
    if (choice < 94) {
      return ioDevice(index, end);
    }
    if (choice < 98) {
      return timer();
    }
    if (choice < 99) {
      return fixed(i(0, 0, random.nextInt(2), 0, MISC_MEM));
    }
    return waitForInterrupt();
  }

  private Block csrAccess() {
    int funct3 = new int[] {1, 2, 3, 5, 6, 7}[random.nextInt(6)];
    boolean write = random.nextInt(3) != 0;
    int address = write ? WRITABLE_CSRS[random.nextInt(WRITABLE_CSRS.length)]
        : READ_CSRS[random.nextInt(READ_CSRS.length)];
    // mtvec is read (rs1 = x0 with csrrs or csrrc), never written.
    int source = address == CsrFile.MTVEC ? 0 : (funct3 & 4) != 0 ? random.nextInt(32) : reg();
    if (address == CsrFile.MTVEC) {
      funct3 = 2 + random.nextInt(2);
    }
    return fixed(csr(funct3, address, source, reg()));
  }

  /**
   * The device at tohost's page: its line (offset 4), the poisoned word (8, written by {@link
   * Poison} blocks only), and offsets it refuses; loads may read tohost.
   */
  private Block ioDevice(int index, int end) {
    int[] pointer = {u((int) (CpuTestSystem.TOHOST >>> 12), IO_POINTER, LUI)};
    int kind = random.nextInt(8);
    if (kind == 0) {
      int data = DATA + (random.nextInt(DATA_BYTES) & ~3);
      return new Poison(1 + random.nextInt(PROGRAM_REGISTERS - 1), random.nextBoolean() ? -1
          : Math.min(end, index + 1 + random.nextInt(6)), data);
    }
    if (kind < 4) {
      int offset = new int[] {4, 4, 4, 12, 5, 6}[random.nextInt(6)];
      return fixed(pointer, s(offset, reg(), IO_POINTER, random.nextInt(3)));
    }
    int offset = new int[] {0, 4, 8, 12, 5, 6}[random.nextInt(6)];
    return fixed(pointer, i(offset, IO_POINTER, new int[] {0, 1, 2, 4, 5}[random.nextInt(5)], reg(), LOAD));
  }

  /** msip, mtimecmp a few cycles ahead of mtime, reads of mtime, and offsets the timer refuses. */
  private Block timer() {
    return switch (random.nextInt(4)) {
      case 0 -> fixed(new int[] {u(0x2000, TIMER_POINTER, LUI)}, s(0, reg(), TIMER_POINTER, random.nextInt(3)));
      case 1 -> {
        int r = 1 + random.nextInt(PROGRAM_REGISTERS - 1);
        yield fixed(new int[] {u(0x200C, TIMER_POINTER, LUI), i(-8, TIMER_POINTER, 2, r, LOAD),
            i(random.nextInt(100), r, 0, r, OP_IMM), u(0x2004, TIMER_POINTER, LUI), s(4, 0, TIMER_POINTER, 2)},
            s(0, r, TIMER_POINTER, 2));
      }
      case 2 -> fixed(new int[] {u(0x200C, TIMER_POINTER, LUI)},
          i(random.nextBoolean() ? -8 : -4, TIMER_POINTER, 2, reg(), LOAD));
      default -> fixed(new int[] {u(0x2004, TIMER_POINTER, LUI)},
          random.nextBoolean() ? s(new int[] {1, 8, 16}[random.nextInt(3)], reg(), TIMER_POINTER, 0)
              : i(new int[] {0, 4, 8, 12}[random.nextInt(4)], TIMER_POINTER, 2, reg(), LOAD));
    };
  }

  /**
   * wfi with a wake-up that is sure to come: interrupts off, the line up and enabled, wfi, then
   * interrupts on, which takes the interrupt.
   */
  private Block waitForInterrupt() {
    int r = 1 + random.nextInt(PROGRAM_REGISTERS - 1);
    return fixed(new int[] {csr(7, CsrFile.MSTATUS, 8, 0), u((int) (CpuTestSystem.TOHOST >>> 12), IO_POINTER, LUI),
        i(1, 0, 0, r, OP_IMM), s(4, r, IO_POINTER, 2), u(1, r, LUI), i(-0x800, r, 0, r, OP_IMM),
        csr(2, CsrFile.MIE, r, 0), WFI}, csr(6, CsrFile.MSTATUS, 8, 0));
  }

  private int[] encode(Block block, int here, int[] address) {
    return switch (block) {
      case Fixed f -> f.words();
      case Poison p -> {
        int target = p.data();
        for (int b = p.block(); b >= 0 && b < blocks.size(); b++) {
          if (blocks.get(b) instanceof Fixed f && f.alone()) {
            target = address[b];
            break;
          }
        }
        int[] value = li(p.register(), target);
        yield new int[] {u((int) (CpuTestSystem.TOHOST >>> 12), IO_POINTER, LUI), value[0], value[1],
            s((int) (CpuTestSystem.POISON - CpuTestSystem.TOHOST), p.register(), IO_POINTER, 2)};
      }
      case Jump jump -> {
        int offset = address[jump.target()] - here + jump.skew();
        yield switch (jump.kind()) {
          case BRANCH -> new int[] {b(offset, jump.rs2(), jump.rs1(), jump.funct3())};
          case JAL -> new int[] {j(offset, jump.rd())};
          case JALR -> new int[] {u(0, jump.rs1(), AUIPC), i(offset, jump.rs1(), 0, jump.rd(), JALR)};
        };
      }
    };
  }

  private static Block fixed(int... words) {
    return new Fixed(words, false);
  }

  private static Block alone(int word) {
    return new Fixed(new int[] {word}, true);
  }

  private static Block fixed(int[] head, int last) {
    int[] words = Arrays.copyOf(head, head.length + 1);
    words[head.length] = last;
    return new Fixed(words, false);
  }

  private static void add(List<Integer> words, int... more) {
    for (int w : more) {
      words.add(w);
    }
  }

  /** A register of the program, x0 included, as a source or a destination. */
  private int reg() {
    return random.nextInt(PROGRAM_REGISTERS);
  }

  private int imm12() {
    return random.nextInt(4096) - 2048;
  }

  /** An offset from x30 inside the data area, mostly word aligned. */
  private int dataOffset() {
    int offset = random.nextInt(DATA_BYTES) - DATA_BYTES / 2;
    return random.nextInt(4) == 0 ? offset : offset & ~3;
  }

  /** {@code bit} three times in four. */
  private int mostly(int bit) {
    return random.nextInt(4) == 0 ? 0 : bit;
  }

  private int value() {
    return random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextInt();
  }
}
