package dev.gemini.registers;

import static dev.gemini.registers.Register.bit;
import static dev.gemini.registers.Register.field;

import dev.gemini.registers.Register.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GE's register map: one description that both generates the register block's RTL
 * ({@link ControlRegisters}) and the register-map document ({@link #toMarkdown()}).
 */
public final class RegisterMap {
  /** Byte addresses of 32-bit registers; the low two bits of an address are ignored. */
  public static final int ADDRESS_BITS = 8;
  public static final int DATA_BITS = 32;
  /** What a read of an unmapped address returns. */
  public static final long UNMAPPED_READ = 0xFFFF_FFFFL;
  public static final int ERROR_LOG_ENTRIES = 8;

  /** Interrupt status bits. */
  public static final int IRQ_MISMATCH = 0;
  public static final int IRQ_CPU_ISOLATED = 1;
  public static final int IRQ_IO_ISOLATED = 2;
  public static final int IRQ_OFFLINE = 3;
  public static final int IRQ_LINK_LOST = 4;
  public static final int IRQ_FAIL_STOP = 5;
  public static final int IRQ_CORRECTABLE = 6;
  public static final int IRQ_CSR_ERROR = 7;
  public static final int IRQ_BITS = 8;

  /** Commands written to COMMAND bits 6:4; the subsystem in bits 1:0. */
  public static final int CMD_DIAG_PASS = 1;
  public static final int CMD_DIAG_FAIL = 2;
  public static final int CMD_RESYNC_DONE = 3;
  public static final int CMD_REPLACED = 4;
  public static final int CMD_CLEAR_MISMATCH = 5;

  /** Subsystem numbers, as in COMMAND and SUBSYSTEM_STATE. */
  public static final int CPU0 = 0;
  public static final int CPU1 = 1;
  public static final int IO0 = 2;
  public static final int IO1 = 3;

  public static final long ID_VALUE = 0x4745_0100L;

  private static final List<Register> REGISTERS = build();

  private RegisterMap() {}

  public static List<Register> registers() {
    return REGISTERS;
  }

  public static Register named(String name) {
    for (Register r : REGISTERS) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no register " + name);
  }

  public static int offset(String name) {
    return named(name).offset();
  }

  private static List<Register> build() {
    List<Register> r = new ArrayList<>();
    r.add(new Register("ID", 0x00, Access.RO, ID_VALUE, "Identifies the GE: 'GE', version 1.0.", List.of(
        field("magic", 31, 16, "0x4745 ('GE')"), field("version", 15, 8, "1"),
        bit("module", 0, "this GE's module number (its slot strap)"))));
    r.add(new Register("CONTROL", 0x04, Access.RW, 0, "Policy settings; written to both GEs through the link.",
        List.of(bit("rank_m1_first", 0, "rank policy: 0 keeps M0 when a mismatch names no module and the error"
            + " counts tie, 1 keeps M1"))));
    r.add(new Register("STATUS", 0x08, Access.RO, 0, "The pair's state as this GE sees it.", List.of(
        field("mode", 2, 0, "0 duplex, 1 deciding, 2 simplex on M0, 3 simplex on M1, 4 fail-stop"),
        bit("link_up", 3, "partner heartbeat seen within HEARTBEAT_TIMEOUT cycles"),
        bit("mismatch_recorded", 4, "the MISMATCH_* registers hold a record"),
        bit("module", 5, "this GE's module number"))));
    r.add(new Register("IRQ_STATUS", 0x0C, Access.W1C, 0, "Interrupt causes; write ones to clear.", List.of(
        bit("mismatch", IRQ_MISMATCH, "outbound copies differed"),
        bit("cpu_isolated", IRQ_CPU_ISOLATED, "a CPU subsystem was isolated"),
        bit("io_isolated", IRQ_IO_ISOLATED, "an IO subsystem was isolated (surprise removal)"),
        bit("offline", IRQ_OFFLINE, "a subsystem went offline"),
        bit("link_lost", IRQ_LINK_LOST, "the partner's heartbeat timed out"),
        bit("fail_stop", IRQ_FAIL_STOP, "both CPU subsystems erred: IO output frozen"),
        bit("correctable", IRQ_CORRECTABLE, "a correctable error was reported"),
        bit("csr_error", IRQ_CSR_ERROR, "a register access was refused (see CSR_ERROR_ADDRESS)"))));
    r.add(new Register("IRQ_ENABLE", 0x10, Access.RW, 0, "Which IRQ_STATUS bits raise the irq output.",
        List.of(field("enable", IRQ_BITS - 1, 0, "one bit per IRQ_STATUS bit"))));
    r.add(new Register("COMMAND", 0x14, Access.WO, 0, "Maintenance commands of the ft control software;"
        + " applied by both GEs on the same cycle.", List.of(
        field("subsystem", 1, 0, "0 CPU0, 1 CPU1, 2 IO0, 3 IO1"),
        field("op", 6, 4, "1 diagnostics passed, 2 diagnostics failed, 3 resync done, 4 module replaced,"
            + " 5 clear the mismatch record"))));
    r.add(new Register("SUBSYSTEM_STATE", 0x18, Access.RO, 0, "Isolation state of each subsystem, two bits"
        + " each: 0 online, 1 diagnosing (isolated), 2 resyncing, 3 offline.", List.of(
        field("cpu0", 1, 0, ""), field("cpu1", 3, 2, ""), field("io0", 5, 4, ""), field("io1", 7, 6, ""))));
    r.add(new Register("ERROR_LEVEL", 0x1C, Access.RO, 0, "Leaky-bucket level of each subsystem.", List.of(
        field("cpu0", 7, 0, ""), field("cpu1", 15, 8, ""), field("io0", 23, 16, ""), field("io1", 31, 24, ""))));
    r.add(new Register("ERROR_CAPACITY", 0x20, Access.RW, 4, "Bucket capacity C: an error that brings a"
        + " subsystem's level to C takes it offline (unless it is the last healthy one of its kind).",
        List.of(field("capacity", 7, 0, ""))));
    r.add(new Register("ERROR_PERIOD", 0x24, Access.RW, 4096, "Leak period A: cycles after which a bucket"
        + " loses one error.", List.of(field("period", 31, 0, ""))));
    r.add(new Register("HEARTBEAT_TIMEOUT", 0x28, Access.RW, 16, "Cycles without a partner heartbeat before"
        + " the link counts as lost.", List.of(field("cycles", 15, 0, ""))));
    r.add(new Register("LED", 0x2C, Access.RO, 0, "This module's status LED.", List.of(
        field("state", 2, 0, "0 off, 1 duplex, 2 simplex, 3 diagnosing, 4 resyncing, 5 offline, 6 fail-stop"),
        bit("green", 3, "green lamp"), bit("amber", 4, "amber lamp"))));
    r.add(new Register("COUNT_COMPARED", 0x30, Access.RO, 0, "Transactions compared.", List.of()));
    r.add(new Register("COUNT_MISMATCHES", 0x34, Access.RO, 0, "Mismatching comparisons.", List.of()));
    r.add(new Register("COUNT_CORRECTABLE", 0x38, Access.RO, 0, "Correctable errors, both modules.", List.of()));
    r.add(new Register("COUNT_ISOLATIONS", 0x3C, Access.RO, 0, "Subsystems isolated.", List.of()));
    r.add(new Register("MISMATCH_CYCLE", 0x40, Access.RO, 0, "Cycle stamp of the first mismatch.", List.of()));
    r.add(new Register("MISMATCH_FIELDS", 0x44, Access.RO, 0, "Fields that differed in the first mismatch.",
        List.of(bit("valid", 0, ""), bit("kind", 1, ""), bit("tag", 2, ""), bit("address", 3, ""),
            bit("byte_enables", 4, ""), bit("data", 5, ""))));
    r.add(new Register("MISMATCH_SYNDROME_LO", 0x48, Access.RO, 0, "XOR of M0's and M1's values, bits 31:0.",
        List.of()));
    r.add(new Register("MISMATCH_SYNDROME_HI", 0x4C, Access.RO, 0, "bits 63:32.", List.of()));
    r.add(new Register("MISMATCH_M0_LO", 0x50, Access.RO, 0, "M0's value of the first differing field (data,"
        + " else address, enables, tag, kind, valid), bits 31:0.", List.of()));
    r.add(new Register("MISMATCH_M0_HI", 0x54, Access.RO, 0, "bits 63:32.", List.of()));
    r.add(new Register("MISMATCH_M1_LO", 0x58, Access.RO, 0, "M1's value, bits 31:0.", List.of()));
    r.add(new Register("MISMATCH_M1_HI", 0x5C, Access.RO, 0, "bits 63:32.", List.of()));
    r.add(new Register("ERROR_LOG_COUNT", 0x60, Access.RO, 0, "Events logged since reset; the last "
        + ERROR_LOG_ENTRIES + " are in ERROR_LOG_n, entry (count - 1) mod " + ERROR_LOG_ENTRIES + " the newest.",
        List.of()));
    r.add(new Register("CYCLE", 0x64, Access.RO, 0, "Free-running cycle counter, the stamp of the log.",
        List.of()));
    r.add(new Register("CSR_ERROR_ADDRESS", 0x68, Access.RO, 0, "Address of the last refused access.",
        List.of(field("address", ADDRESS_BITS - 1, 0, ""), bit("write", 8, "it was a write"))));
    r.add(new Register("CLOCKING", 0x6C, Access.RO, 0, "Clock-phase aligner and power-on reset sequencer.",
        List.of(field("tap", 5, 0, "delay-line tap (100 ps each)"),
            field("window_lo", 13, 8, "last all-early tap of the hazard window search"),
            field("window_hi", 21, 16, "first all-late tap after it"),
            bit("locked", 24, "the aligner tracks the phase"),
            bit("reset_released", 25, "the power-on CPU reset was released on the agreed cycle"),
            bit("compare_started", 26, "outbound comparison is on (16 cycles after the release)"),
            bit("bypass", 27, "the clocking_bypass strap: no alignment, CPU out of reset with the GE"))));
    for (int i = 0; i < ERROR_LOG_ENTRIES; i++) {
      r.add(new Register("ERROR_LOG_" + i, 0x80 + 4 * i, Access.RO, 0, "Error log entry " + i + ".", List.of(
          field("event", 31, 29, "1 correctable, 2 uncorrectable, 3 fatal, 4 mismatch blame, 5 offline,"
              + " 6 link lost, 7 fail-stop"),
          field("subsystem", 28, 27, "0 CPU0, 1 CPU1, 2 IO0, 3 IO1"),
          field("cycle", 26, 0, "cycle stamp, low bits"))));
    }
    r.add(new Register("DM_COMMAND", 0xA0, Access.WO, 0, "Data Mover command; acted on by the GE whose CPU"
        + " is in service while the partner's resyncs, ignored by the other.", List.of(
        field("op", 2, 0, "1 copy all pages, 2 copy the dirty pages (also the retry of a failed pass),"
            + " 3 blackout, 4 cancel"))));
    r.add(new Register("DM_STATUS", 0xA4, Access.RO, 0, "Data Mover status.", List.of(
        field("phase", 2, 0, "0 idle (brownout), 1 holding IO, 2 stopping the CPU, 3 final copy, 4 resetting"),
        bit("pass_running", 3, "a pass is copying, or waiting for the answers to its words"),
        bit("failed", 4, "the last pass failed (see cause and DM_FAIL_ADDRESS)"),
        field("cause", 6, 5, "1 a word refused (bad check, or the partner is not the target), 2 memory read"
            + " error, 3 link lost"),
        bit("synced", 7, "the last blackout completed: the partner's memory is this one's"),
        bit("refused", 8, "the last command came at a moment that did not allow it and was ignored"),
        bit("sending", 9, "this GE is the copy's source"),
        bit("receiving", 10, "this GE is the copy's target"))));
    r.add(new Register("DM_PASSES", 0xA8, Access.RO, 0, "Passes completed.", List.of()));
    r.add(new Register("DM_LAST_COPIED", 0xAC, Access.RO, 0, "Pages copied by the last pass.", List.of()));
    r.add(new Register("DM_LAST_DIRTIED", 0xB0, Access.RO, 0, "Pages newly dirtied while the last pass ran.",
        List.of()));
    r.add(new Register("DM_DIRTY_PAGES", 0xB4, Access.RO, 0, "Pages dirty now.", List.of()));
    r.add(new Register("DM_FAIL_ADDRESS", 0xB8, Access.RO, 0, "Word address of the last pass's first failure.",
        List.of()));
    r.add(new Register("DM_BLACKOUT_CYCLES", 0xBC, Access.RO, 0, "Cycles the CPU was stopped in the last"
        + " blackout.", List.of()));
    return List.copyOf(r);
  }

  /** The register-map document. */
  public static String toMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append("# GeminiEngine register map\n\n");
    s.append("Generated by `dev.gemini.RtlMain` from `dev.gemini.registers.RegisterMap`, the description that"
        + " also generates `ControlRegisters.v`. Do not edit.\n\n");
    s.append("32-bit registers at byte addresses (the low two address bits are ignored). A read of an unmapped"
        + " address returns 0xFFFFFFFF with `error` set; a write to an unmapped address or to a read-only"
        + " register is ignored, answered with `error` set, and recorded in CSR_ERROR_ADDRESS and"
        + " IRQ_STATUS.csr_error. Accepted writes travel over the cross-link and take effect in both GEs"
        + " on the same cycle, the link's latency after the write.\n\n");
    s.append("| offset | name | access | reset | description |\n|---|---|---|---|---|\n");
    for (Register r : REGISTERS) {
      s.append(String.format(Locale.ROOT, "| 0x%02X | %s | %s | 0x%X | %s |\n", r.offset(), r.name(),
          r.access(), r.reset(), r.description()));
    }
    s.append("\n## Fields\n");
    for (Register r : REGISTERS) {
      if (r.fields().isEmpty()) {
        continue;
      }
      s.append("\n### ").append(r.name()).append("\n\n| bits | field | meaning |\n|---|---|---|\n");
      for (Register.Field f : r.fields()) {
        String bits = f.hi() == f.lo() ? Integer.toString(f.lo()) : f.hi() + ":" + f.lo();
        s.append("| ").append(bits).append(" | ").append(f.name()).append(" | ").append(f.description())
            .append(" |\n");
      }
    }
    return s.toString();
  }
}
