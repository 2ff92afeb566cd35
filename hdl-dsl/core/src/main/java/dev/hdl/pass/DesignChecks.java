package dev.hdl.pass;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist;

/** Checks that need the whole design: combinational loops and clock domain crossings. */
public final class DesignChecks {
  private DesignChecks() {}

  public static void check(FlatNetlist net) {
    ClockCrossings.check(net, CombOrder.order(net));
  }
}
