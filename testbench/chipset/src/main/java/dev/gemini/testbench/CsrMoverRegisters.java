package dev.gemini.testbench;

import dev.gemini.datamover.DataMover;
import dev.gemini.registers.RegisterMap;
import dev.gemini.testbench.resync.MoverRegisters;
import dev.gemini.testbench.resync.MoverStatus;

/** A GE's Data Mover registers, read and written over its register bus in a {@link DuplexHarness}. */
public final class CsrMoverRegisters implements MoverRegisters {
  private static final DataMover.Phase[] PHASES = DataMover.Phase.values();

  private final DuplexHarness harness;
  private final int module;

  public CsrMoverRegisters(DuplexHarness harness, int module) {
    this.harness = harness;
    this.module = module;
  }

  @Override
  public void command(int code) {
    harness.csrWrite(module, RegisterMap.offset("DM_COMMAND"), code);
  }

  @Override
  public MoverStatus status() {
    long s = read("DM_STATUS");
    return new MoverStatus(PHASES[(int) (s & 7)], (s >> 3 & 1) != 0, (s >> 4 & 1) != 0, (int) (s >> 5 & 3),
        read("DM_FAIL_ADDRESS"), (int) read("DM_PASSES"), (int) read("DM_LAST_COPIED"),
        (int) read("DM_LAST_DIRTIED"), (int) read("DM_DIRTY_PAGES"), read("DM_BLACKOUT_CYCLES"),
        (s >> 7 & 1) != 0, (s >> 8 & 1) != 0);
  }

  @Override
  public void idle(int cycles) {
    harness.cycles(cycles);
  }

  private long read(String register) {
    return harness.csrRead(module, RegisterMap.offset(register));
  }
}
