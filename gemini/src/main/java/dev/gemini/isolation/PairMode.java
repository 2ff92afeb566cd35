package dev.gemini.isolation;

/** How the module pair runs, as STATUS.mode shows it (the constants' order is the code). */
public enum PairMode {
  /** Both CPU subsystems in service, their outbound copies compared. */
  DUPLEX,
  /** A mismatch is held while the GEs collect the error reports that name a module. */
  DECIDING,
  /** Only M0's CPU subsystem is in service. */
  SIMPLEX_M0,
  /** Only M1's CPU subsystem is in service. */
  SIMPLEX_M1,
  /** Both CPU subsystems erred: no outbound transaction goes on. */
  FAIL_STOP
}
