package dev.gemini.registers;

import dev.gemini.datamover.DataMover;
import dev.gemini.isolation.LedState;
import dev.gemini.isolation.PairMode;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.registers.Register.Access;
import dev.hdl.Bool;
import dev.hdl.HwEnum;
import dev.hdl.UInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GE's register map: one description that generates the register block's RTL
 * ({@link ControlRegisters}), the register-map document ({@link #toMarkdown()}) and the C header
 * of the firmware ({@link #toCHeader()}), and whose layouts the GE reads and writes its registers
 * through.
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

  /** ID: 'GE', version 1.0; bit 0 is the module number. */
  public static final int ID_MAGIC = 0x4745;
  public static final int ID_VERSION = 1;
  public static final long ID_VALUE = (long) ID_MAGIC << 16 | ID_VERSION << 8;

  // ---- the layouts: each a record of fields placed by @At ----

  /** A register that is one plain value. */
  public record Word(@At(hi = 31, lo = 0) UInt value) {}

  public record Id(@At(hi = 31, lo = 16, doc = "0x4745 ('GE')") UInt magic,
      @At(hi = 15, lo = 8, doc = "1") UInt version,
      @At(lo = 0, doc = "this GE's module number (its slot strap)") Bool module) {}

  public record Control(@At(lo = 0, doc = "rank policy: 0 keeps M0 when a mismatch names no module and the error"
      + " counts tie, 1 keeps M1") Bool rankM1First) {}

  public record Status(@At(hi = 2, lo = 0, doc = "0 duplex, 1 deciding, 2 simplex on M0, 3 simplex on M1,"
      + " 4 fail-stop") HwEnum<PairMode> mode,
      @At(lo = 3, doc = "partner heartbeat seen within HEARTBEAT_TIMEOUT cycles") Bool linkUp,
      @At(lo = 4, doc = "the MISMATCH_* registers hold a record") Bool mismatchRecorded,
      @At(lo = 5, doc = "this GE's module number") Bool module) {}

  public record Interrupts(@At(lo = IRQ_MISMATCH, doc = "outbound copies differed") Bool mismatch,
      @At(lo = IRQ_CPU_ISOLATED, doc = "a CPU subsystem was isolated") Bool cpuIsolated,
      @At(lo = IRQ_IO_ISOLATED, doc = "an IO subsystem was isolated (surprise removal)") Bool ioIsolated,
      @At(lo = IRQ_OFFLINE, doc = "a subsystem went offline") Bool offline,
      @At(lo = IRQ_LINK_LOST, doc = "the partner's heartbeat timed out") Bool linkLost,
      @At(lo = IRQ_FAIL_STOP, doc = "both CPU subsystems erred: IO output frozen") Bool failStop,
      @At(lo = IRQ_CORRECTABLE, doc = "a correctable error was reported") Bool correctable,
      @At(lo = IRQ_CSR_ERROR, doc = "a register access was refused (see CSR_ERROR_ADDRESS)") Bool csrError) {}

  public record InterruptEnable(@At(hi = IRQ_BITS - 1, lo = 0, doc = "one bit per IRQ_STATUS bit") UInt enable) {}

  public record Command(@At(hi = 1, lo = 0, doc = "0 CPU0, 1 CPU1, 2 IO0, 3 IO1") UInt subsystem,
      @At(hi = 6, lo = 4, doc = "1 diagnostics passed, 2 diagnostics failed, 3 resync done, 4 module replaced,"
          + " 5 clear the mismatch record") UInt op) {}

  public record SubsystemStates(@At(hi = 1, lo = 0) HwEnum<SubsystemState> cpu0,
      @At(hi = 3, lo = 2) HwEnum<SubsystemState> cpu1, @At(hi = 5, lo = 4) HwEnum<SubsystemState> io0,
      @At(hi = 7, lo = 6) HwEnum<SubsystemState> io1) {}

  public record ErrorLevels(@At(hi = 7, lo = 0) UInt cpu0, @At(hi = 15, lo = 8) UInt cpu1,
      @At(hi = 23, lo = 16) UInt io0, @At(hi = 31, lo = 24) UInt io1) {}

  public record Capacity(@At(hi = 7, lo = 0) UInt capacity) {}

  public record Period(@At(hi = 31, lo = 0) UInt period) {}

  public record Timeout(@At(hi = 15, lo = 0) UInt cycles) {}

  public record Lamp(@At(hi = 2, lo = 0, doc = "0 off, 1 duplex, 2 simplex, 3 diagnosing, 4 resyncing, 5 offline,"
      + " 6 fail-stop") HwEnum<LedState> state,
      @At(lo = 3, doc = "green lamp") Bool green, @At(lo = 4, doc = "amber lamp") Bool amber) {}

  public record MismatchFields(@At(hi = 5, lo = 0, doc = "one bit per field that differed: valid 0, kind 1, tag 2,"
      + " address 3, byte_enables 4, data 5") UInt fields) {}

  public record CsrError(@At(hi = ADDRESS_BITS - 1, lo = 0) UInt address,
      @At(lo = ADDRESS_BITS, doc = "it was a write") Bool write) {}

  public record Clocking(@At(hi = 5, lo = 0, doc = "delay-line tap (100 ps each)") UInt tap,
      @At(hi = 13, lo = 8, doc = "last all-early tap of the hazard window search") UInt windowLo,
      @At(hi = 21, lo = 16, doc = "first all-late tap after it") UInt windowHi,
      @At(lo = 24, doc = "the aligner tracks the phase") Bool locked,
      @At(lo = 25, doc = "the power-on CPU reset was released on the agreed cycle") Bool resetReleased,
      @At(lo = 26, doc = "outbound comparison is on (16 cycles after the release)") Bool compareStarted,
      @At(lo = 27, doc = "the clocking_bypass strap: no alignment, CPU out of reset with the GE") Bool bypass) {}

  public record LogEntry(@At(hi = 31, lo = 29, doc = "1 correctable, 2 uncorrectable, 3 fatal, 4 mismatch blame,"
      + " 5 offline, 6 link lost, 7 fail-stop") UInt event,
      @At(hi = 28, lo = 27, doc = "0 CPU0, 1 CPU1, 2 IO0, 3 IO1") UInt subsystem,
      @At(hi = 26, lo = 0, doc = "cycle stamp, low bits") UInt cycle) {}

  public record MoverCommand(@At(hi = 2, lo = 0, doc = "1 copy all pages, 2 copy the dirty pages (also the retry of a"
      + " failed pass), 3 blackout, 4 cancel") UInt op) {}

  public record MoverStatus(@At(hi = 2, lo = 0, doc = "0 idle (brownout), 1 holding IO, 2 stopping the CPU, 3 final"
      + " copy, 4 resetting") HwEnum<DataMover.Phase> phase,
      @At(lo = 3, doc = "a pass is copying, or waiting for the answers to its words") Bool passRunning,
      @At(lo = 4, doc = "the last pass failed (see cause and DM_FAIL_ADDRESS)") Bool failed,
      @At(hi = 6, lo = 5, doc = "1 a word refused (bad check, or the partner is not the target), 2 memory read"
          + " error, 3 link lost") UInt cause,
      @At(lo = 7, doc = "the last blackout completed: the partner's memory is this one's") Bool synced,
      @At(lo = 8, doc = "the last command came at a moment that did not allow it and was ignored") Bool refused,
      @At(lo = 9, doc = "this GE is the copy's source") Bool sending,
      @At(lo = 10, doc = "this GE is the copy's target") Bool receiving) {}

  // ---- the registers ----

  private static final List<Register<?>> ALL = new ArrayList<>();

  public static final Register<Id> ID = add("ID", 0x00, Access.RO, ID_VALUE,
      "Identifies the GE: 'GE', version 1.0.", Id.class);
  public static final Register<Control> CONTROL = add("CONTROL", 0x04, Access.RW, 0,
      "Policy settings; written to both GEs through the link.", Control.class);
  public static final Register<Status> STATUS = add("STATUS", 0x08, Access.RO, 0,
      "The pair's state as this GE sees it.", Status.class);
  public static final Register<Interrupts> IRQ_STATUS = add("IRQ_STATUS", 0x0C, Access.W1C, 0,
      "Interrupt causes; write ones to clear.", Interrupts.class);
  public static final Register<InterruptEnable> IRQ_ENABLE = add("IRQ_ENABLE", 0x10, Access.RW, 0,
      "Which IRQ_STATUS bits raise the irq output.", InterruptEnable.class);
  public static final Register<Command> COMMAND = add("COMMAND", 0x14, Access.WO, 0,
      "Maintenance commands of the ft control software; applied by both GEs on the same cycle.", Command.class);
  public static final Register<SubsystemStates> SUBSYSTEM_STATE = add("SUBSYSTEM_STATE", 0x18, Access.RO, 0,
      "Isolation state of each subsystem, two bits each: 0 online, 1 diagnosing (isolated), 2 resyncing,"
          + " 3 offline.", SubsystemStates.class);
  public static final Register<ErrorLevels> ERROR_LEVEL = add("ERROR_LEVEL", 0x1C, Access.RO, 0,
      "Leaky-bucket level of each subsystem.", ErrorLevels.class);
  public static final Register<Capacity> ERROR_CAPACITY = add("ERROR_CAPACITY", 0x20, Access.RW, 4,
      "Bucket capacity C: an error that brings a subsystem's level to C takes it offline (unless it is the last"
          + " healthy one of its kind).", Capacity.class);
  public static final Register<Period> ERROR_PERIOD = add("ERROR_PERIOD", 0x24, Access.RW, 4096,
      "Leak period A: cycles after which a bucket loses one error.", Period.class);
  public static final Register<Timeout> HEARTBEAT_TIMEOUT = add("HEARTBEAT_TIMEOUT", 0x28, Access.RW, 16,
      "Cycles without a partner heartbeat before the link counts as lost.", Timeout.class);
  public static final Register<Lamp> LED = add("LED", 0x2C, Access.RO, 0, "This module's status LED.", Lamp.class);
  public static final Register<Word> COUNT_COMPARED = word("COUNT_COMPARED", 0x30, "Transactions compared.");
  public static final Register<Word> COUNT_MISMATCHES = word("COUNT_MISMATCHES", 0x34, "Mismatching comparisons.");
  public static final Register<Word> COUNT_CORRECTABLE = word("COUNT_CORRECTABLE", 0x38,
      "Correctable errors, both modules.");
  public static final Register<Word> COUNT_ISOLATIONS = word("COUNT_ISOLATIONS", 0x3C, "Subsystems isolated.");
  public static final Register<Word> MISMATCH_CYCLE = word("MISMATCH_CYCLE", 0x40,
      "Cycle stamp of the first mismatch.");
  public static final Register<MismatchFields> MISMATCH_FIELDS = add("MISMATCH_FIELDS", 0x44, Access.RO, 0,
      "Fields that differed in the first mismatch.", MismatchFields.class);
  public static final Register<Word> MISMATCH_SYNDROME_LO = word("MISMATCH_SYNDROME_LO", 0x48,
      "XOR of M0's and M1's values, bits 31:0.");
  public static final Register<Word> MISMATCH_SYNDROME_HI = word("MISMATCH_SYNDROME_HI", 0x4C, "bits 63:32.");
  public static final Register<Word> MISMATCH_M0_LO = word("MISMATCH_M0_LO", 0x50, "M0's value of the first"
      + " differing field (data, else address, enables, tag, kind, valid), bits 31:0.");
  public static final Register<Word> MISMATCH_M0_HI = word("MISMATCH_M0_HI", 0x54, "bits 63:32.");
  public static final Register<Word> MISMATCH_M1_LO = word("MISMATCH_M1_LO", 0x58, "M1's value, bits 31:0.");
  public static final Register<Word> MISMATCH_M1_HI = word("MISMATCH_M1_HI", 0x5C, "bits 63:32.");
  public static final Register<Word> ERROR_LOG_COUNT = word("ERROR_LOG_COUNT", 0x60, "Events logged since reset;"
      + " the last " + ERROR_LOG_ENTRIES + " are in ERROR_LOG_n, entry (count - 1) mod " + ERROR_LOG_ENTRIES
      + " the newest.");
  public static final Register<Word> CYCLE = word("CYCLE", 0x64, "Free-running cycle counter, the stamp of the log.");
  public static final Register<CsrError> CSR_ERROR_ADDRESS = add("CSR_ERROR_ADDRESS", 0x68, Access.RO, 0,
      "Address of the last refused access.", CsrError.class);
  public static final Register<Clocking> CLOCKING = add("CLOCKING", 0x6C, Access.RO, 0,
      "Clock-phase aligner and power-on reset sequencer.", Clocking.class);
  public static final List<Register<LogEntry>> ERROR_LOG = errorLog();
  public static final Register<MoverCommand> DM_COMMAND = add("DM_COMMAND", 0xA0, Access.WO, 0, "Data Mover"
      + " command; acted on by the GE whose CPU is in service while the partner's resyncs, ignored by the other.",
      MoverCommand.class);
  public static final Register<MoverStatus> DM_STATUS = add("DM_STATUS", 0xA4, Access.RO, 0, "Data Mover status.",
      MoverStatus.class);
  public static final Register<Word> DM_PASSES = word("DM_PASSES", 0xA8, "Passes completed.");
  public static final Register<Word> DM_LAST_COPIED = word("DM_LAST_COPIED", 0xAC, "Pages copied by the last pass.");
  public static final Register<Word> DM_LAST_DIRTIED = word("DM_LAST_DIRTIED", 0xB0,
      "Pages newly dirtied while the last pass ran.");
  public static final Register<Word> DM_DIRTY_PAGES = word("DM_DIRTY_PAGES", 0xB4, "Pages dirty now.");
  public static final Register<Word> DM_FAIL_ADDRESS = word("DM_FAIL_ADDRESS", 0xB8,
      "Word address of the last pass's first failure.");
  public static final Register<Word> DM_BLACKOUT_CYCLES = word("DM_BLACKOUT_CYCLES", 0xBC,
      "Cycles the CPU was stopped in the last blackout.");

  private static final List<Register<?>> REGISTERS = List.copyOf(ALL);

  private RegisterMap() {}

  /** Every register, by offset. */
  public static List<Register<?>> registers() {
    return REGISTERS;
  }

  /** The register of this name, for software that addresses registers as the document names them. */
  public static Register<?> named(String name) {
    for (Register<?> r : REGISTERS) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no register " + name);
  }

  public static int offset(String name) {
    return named(name).offset();
  }

  private static <T extends Record> Register<T> add(String name, int offset, Access access, long reset,
      String description, Class<T> layout) {
    Register<T> r = new Register<>(name, offset, access, reset, description, layout);
    ALL.add(r);
    return r;
  }

  private static Register<Word> word(String name, int offset, String description) {
    return add(name, offset, Access.RO, 0, description, Word.class);
  }

  private static List<Register<LogEntry>> errorLog() {
    List<Register<LogEntry>> entries = new ArrayList<>();
    for (int i = 0; i < ERROR_LOG_ENTRIES; i++) {
      entries.add(add("ERROR_LOG_" + i, 0x80 + 4 * i, Access.RO, 0, "Error log entry " + i + ".", LogEntry.class));
    }
    return List.copyOf(entries);
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
    for (Register<?> r : REGISTERS) {
      s.append(String.format(Locale.ROOT, "| 0x%02X | %s | %s | 0x%X | %s |\n", r.offset(), r.name(),
          r.access(), r.reset(), r.description()));
    }
    s.append("\n## Fields\n");
    for (Register<?> r : REGISTERS) {
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

  /**
   * The C header of firmware that drives the GE: each register's offset ({@code GE_STATUS}), each
   * field's shift and mask ({@code GE_STATUS_MODE_SHIFT}, {@code GE_STATUS_MODE_MASK}), and the
   * values that software writes and compares: commands, subsystem numbers and states, and the
   * Data Mover's commands and phases. Plain hexadecimal numbers, so that assembly includes it too.
   */
  public static String toCHeader() {
    StringBuilder s = new StringBuilder();
    s.append("/* The GeminiEngine's registers. Generated by dev.gemini.RtlMain from dev.gemini.registers.RegisterMap,\n")
        .append("   the description that also generates ControlRegisters.v. Do not edit. */\n")
        .append("#ifndef GEMINI_ENGINE_REGISTERS_H\n#define GEMINI_ENGINE_REGISTERS_H\n\n");
    for (Register<?> r : REGISTERS) {
      define(s, "GE_" + r.name(), r.offset());
    }
    for (Register<?> r : REGISTERS) {
      if (r.fields().isEmpty()) {
        continue;
      }
      s.append('\n');
      for (Register.Field f : r.fields()) {
        String name = "GE_" + r.name() + "_" + f.name().toUpperCase(Locale.ROOT);
        define(s, name + "_SHIFT", f.lo());
        define(s, name + "_MASK", ((1L << f.width()) - 1) << f.lo());
      }
    }
    s.append('\n');
    define(s, "GE_CMD_DIAG_PASS", CMD_DIAG_PASS);
    define(s, "GE_CMD_DIAG_FAIL", CMD_DIAG_FAIL);
    define(s, "GE_CMD_RESYNC_DONE", CMD_RESYNC_DONE);
    define(s, "GE_CMD_REPLACED", CMD_REPLACED);
    define(s, "GE_CMD_CLEAR_MISMATCH", CMD_CLEAR_MISMATCH);
    define(s, "GE_CPU0", CPU0);
    define(s, "GE_CPU1", CPU1);
    define(s, "GE_IO0", IO0);
    define(s, "GE_IO1", IO1);
    for (SubsystemState state : SubsystemState.values()) {
      define(s, "GE_STATE_" + state.name(), state.ordinal());
    }
    define(s, "GE_DM_CMD_COPY_ALL", DataMover.CMD_COPY_ALL);
    define(s, "GE_DM_CMD_COPY_DIRTY", DataMover.CMD_COPY_DIRTY);
    define(s, "GE_DM_CMD_BLACKOUT", DataMover.CMD_BLACKOUT);
    define(s, "GE_DM_CMD_CANCEL", DataMover.CMD_CANCEL);
    for (DataMover.Phase phase : DataMover.Phase.values()) {
      define(s, "GE_DM_PHASE_" + phase.name(), phase.ordinal());
    }
    return s.append("\n#endif\n").toString();
  }

  private static void define(StringBuilder s, String name, long value) {
    s.append(String.format(Locale.ROOT, "#define %-40s 0x%X\n", name, value));
  }
}
