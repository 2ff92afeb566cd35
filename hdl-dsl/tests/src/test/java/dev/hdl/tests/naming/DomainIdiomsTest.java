package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.ResetKind;
import dev.hdl.UInt;
import dev.hdl.verilog.VerilogOutput;
import org.junit.jupiter.api.Test;

/** A value made in another clock domain and handed back by inDomain keeps the caller's name. */
class DomainIdiomsTest {

  static final class SlowCounter extends Component {
    final Bool slowClock = input(bool());
    final Bool slowReset = input(bool());
    final UInt count = output(uint(16));

    SlowCounter() {
      ClockDomain slow = clockDomain(slowClock, slowReset, ResetKind.SYNC, false);
      UInt slowCount = inDomain(slow, () -> reg(uint(16), 0));
      withDomain(slow, () -> slowCount.assign(slowCount.add(1)));
      count.assign(slowCount);
    }
  }

  @Test
  void aRegisterReturnedByInDomainTakesTheCallersName() {
    String v = VerilogOutput.of(Elaboration.elaborate(SlowCounter::new)).module("SlowCounter");
    assertTrue(v.contains("reg  [15:0] slowCount;"), v);
  }
}
