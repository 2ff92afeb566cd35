package dev.hdl.sim;

/**
 * What makes a fault injectable once its target is found, one rule and one wording for every back
 * end: the bit lies within the target, and the cycle is not in the past. A fault due at the
 * current cycle takes effect at once, before the next peek.
 */
public final class FaultRules {
  private FaultRules() {}

  public static void check(Fault fault, int targetWidth, long now) {
    if (fault.bit() < 0 || fault.bit() >= targetWidth) {
      throw new SimulationException("bit " + fault.bit() + " is outside the " + targetWidth + "-bit '"
          + fault.target() + "'");
    }
    if (fault.cycle() < now) {
      throw new SimulationException("fault at cycle " + fault.cycle() + " is in the past (now " + now + ")");
    }
  }
}
