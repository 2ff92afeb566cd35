package dev.gemini.testbench.resync;

/** What the ft control software has of a Data Mover: its registers, and time passing meanwhile. */
public interface MoverRegisters {
  /** Writes a command ({@code DataMover.CMD_*}). */
  void command(int code);

  MoverStatus status();

  /** Lets the system run while software does something else. */
  void idle(int cycles);
}
