package dev.gemini.isolation;

/** The isolation state of one subsystem, as two bits in SUBSYSTEM_STATE (the constants' order is the code). */
public enum SubsystemState {
  /** In service: duplex when its partner is too. */
  ONLINE,
  /** Isolated, waiting for the ft control software's diagnostics. */
  DIAGNOSING,
  /** A CPU subsystem that passed diagnostics, being brought back in step (memory copy). */
  RESYNCING,
  /** Taken out of service for replacement. */
  OFFLINE
}
