package dev.hdl.sim;

/**
 * A fault to inject at the start of a cycle. {@code target} is a register path ({@code
 * "u_cmp.fieldsSeen"}), a memory word ({@code "u_ram.mem[12]"}) or, for a glitch, any named
 * signal.
 */
public sealed interface Fault {
  String target();

  int bit();

  long cycle();

  /** Inverts one bit of a register or memory word, once: a single-event upset. */
  record BitFlip(String target, int bit, long cycle) implements Fault {}

  /**
   * Holds one bit of a register or memory word at {@code value} for {@code cycles} cycles
   * ({@link Long#MAX_VALUE}: for ever), whatever the logic writes.
   */
  record StuckAt(String target, int bit, boolean value, long cycle, long cycles) implements Fault {}

  /** Inverts one bit of a signal as its readers see it, for the one cycle only. */
  record Glitch(String target, int bit, long cycle) implements Fault {}
}
