package dev.gemini.testbench.cpu.iss;

import java.util.Optional;
import java.util.function.Function;

/**
 * One instruction as it left the core's retire trace ({@code dev.gemini.cpu.RetireTrace}) or the
 * golden model: retired with its register write and memory access, or trapped with its mcause.
 * {@code rd} is 0 when no register is written; {@code memData} is a store's data or a load's result.
 */
public record Retirement(int pc, int word, int rd, int rdValue, boolean load, boolean store, int memAddress,
    int memData, boolean trap, int cause) {

  /** A trap taken at {@code pc}, before or instead of the instruction {@code word}. */
  public static Retirement trapped(int pc, int word, int cause) {
    return new Retirement(pc, word, 0, 0, false, false, 0, 0, true, cause);
  }

  public Retirement withLoad(int address, int result) {
    return new Retirement(pc, word, rd, rdValue, true, false, address, result, false, 0);
  }

  public Retirement withStore(int address, int data) {
    return new Retirement(pc, word, rd, rdValue, false, true, address, data, false, 0);
  }

  /** A field that two records can differ in, with how a report shows it. */
  public enum Field {
    PC(r -> hex(r.pc)),
    WORD(r -> hex(r.word)),
    TRAP(r -> Boolean.toString(r.trap)),
    CAUSE(r -> hex(r.cause)),
    RD(r -> "x" + r.rd),
    RD_VALUE(r -> hex(r.rdValue)),
    LOAD(r -> Boolean.toString(r.load)),
    STORE(r -> Boolean.toString(r.store)),
    MEM_ADDRESS(r -> hex(r.memAddress)),
    MEM_DATA(r -> hex(r.memData));

    private final Function<Retirement, String> shown;

    Field(Function<Retirement, String> shown) {
      this.shown = shown;
    }

    public String of(Retirement r) {
      return shown.apply(r);
    }
  }

  /**
   * The first field, in the order a reader checks them, in which this differs from {@code
   * expected}: a trap is compared by its cause, a register write by its value when rd is not x0,
   * a memory access by its address and data.
   */
  public Optional<Field> firstDifference(Retirement expected) {
    if (pc != expected.pc) {
      return Optional.of(Field.PC);
    }
    if (word != expected.word) {
      return Optional.of(Field.WORD);
    }
    if (trap != expected.trap) {
      return Optional.of(Field.TRAP);
    }
    if (trap) {
      return cause != expected.cause ? Optional.of(Field.CAUSE) : Optional.empty();
    }
    if (rd != expected.rd) {
      return Optional.of(Field.RD);
    }
    if (rd != 0 && rdValue != expected.rdValue) {
      return Optional.of(Field.RD_VALUE);
    }
    if (load != expected.load) {
      return Optional.of(Field.LOAD);
    }
    if (store != expected.store) {
      return Optional.of(Field.STORE);
    }
    if ((load || store) && memAddress != expected.memAddress) {
      return Optional.of(Field.MEM_ADDRESS);
    }
    if ((load || store) && memData != expected.memData) {
      return Optional.of(Field.MEM_DATA);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    String what = hex(pc) + " " + hex(word) + " " + Disassembler.disassemble(word);
    if (trap) {
      return what + "  trap, mcause " + hex(cause);
    }
    String effect = rd != 0 ? "  x" + rd + " = " + hex(rdValue) : "";
    if (load) {
      effect += "  load [" + hex(memAddress) + "] = " + hex(memData);
    } else if (store) {
      effect += "  store [" + hex(memAddress) + "] <- " + hex(memData);
    }
    return what + effect;
  }

  static String hex(int value) {
    return String.format("0x%08x", value);
  }
}
