package dev.hdl.pass;

import dev.hdl.ir.Design;

/** Checks that need the whole design: combinational loops and clock domain crossings. */
public final class DesignChecks {
  private DesignChecks() {}

  public static void check(Design design) {
    FlatNetlist net = Flatten.flatten(design);
    ClockCrossings.check(net, CombOrder.order(net));
  }
}
