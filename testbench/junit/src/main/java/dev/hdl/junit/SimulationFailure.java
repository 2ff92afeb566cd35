package dev.hdl.junit;

/** Attached to a failed simulation test: where its waveform and replay command are. */
public final class SimulationFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SimulationFailure(String message) {
    super(message, null, false, false);
  }
}
