package dev.gemini.isolation;

/** The isolation state of one subsystem, as two bits in SUBSYSTEM_STATE. */
public final class SubsystemState {
  private SubsystemState() {}

  /** In service: duplex when its partner is too. */
  public static final int ONLINE = 0;
  /** Isolated, waiting for the ft control software's diagnostics. */
  public static final int DIAGNOSING = 1;
  /** A CPU subsystem that passed diagnostics, being brought back in step (memory copy). */
  public static final int RESYNCING = 2;
  /** Taken out of service for replacement. */
  public static final int OFFLINE = 3;
}
