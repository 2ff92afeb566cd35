package dev.hdl.sim;

/** A simulation used wrongly (an unknown signal, a value too wide, a closed model) or gone wrong. */
public class SimulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SimulationException(String message) {
    super(message);
  }

  public SimulationException(String message, Throwable cause) {
    super(message, cause);
  }
}
