package dev.gemini.testbench.cpu.iss;

import java.util.Optional;

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

  /** The first field, in the order a reader checks them, in which this differs from {@code expected}. */
  public Optional<String> firstDifference(Retirement expected) {
    if (pc != expected.pc) {
      return Optional.of("pc");
    }
    if (word != expected.word) {
      return Optional.of("word");
    }
    if (trap != expected.trap) {
      return Optional.of("trap");
    }
    if (trap) {
      return cause != expected.cause ? Optional.of("cause") : Optional.empty();
    }
    if (rd != expected.rd) {
      return Optional.of("rd");
    }
    if (rd != 0 && rdValue != expected.rdValue) {
      return Optional.of("rdValue");
    }
    if (load != expected.load || store != expected.store) {
      return Optional.of(load || expected.load ? "load" : "store");
    }
    if ((load || store) && memAddress != expected.memAddress) {
      return Optional.of("memAddress");
    }
    if ((load || store) && memData != expected.memData) {
      return Optional.of("memData");
    }
    return Optional.empty();
  }

  /** The value of a field named by {@link #firstDifference}, for a report. */
  public String field(String name) {
    return switch (name) {
      case "pc" -> hex(pc);
      case "word" -> hex(word);
      case "trap" -> Boolean.toString(trap);
      case "cause" -> hex(cause);
      case "rd" -> "x" + rd;
      case "rdValue" -> hex(rdValue);
      case "load" -> Boolean.toString(load);
      case "store" -> Boolean.toString(store);
      case "memAddress" -> hex(memAddress);
      case "memData" -> hex(memData);
      default -> throw new IllegalArgumentException("no field " + name + " in a retirement");
    };
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
