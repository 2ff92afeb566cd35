package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import org.junit.jupiter.api.Test;

/** Registers need the clock and reset they ask for; a domain made of anything but inputs has neither. */
class ClockAndResetTest {
  /** A counter in its default domain, whose registers start from the domain's reset. */
  static final class Counter extends Component {
    final UInt count = output(uint(8));

    Counter() {
      UInt value = reg(uint(8), 0);
      value.assign(value.add(1));
      count.assign(value);
    }
  }

  static final class CounterWithoutReset extends Component {
    static String placed;

    CounterWithoutReset() {
      Bool clkB = input(bool());
      UInt y = output(uint(8));
      withDomain(clockDomain(clkB), () -> {
        placed = here(); Counter c = instance(Counter::new);
        y.assign(c.count);
      });
    }
  }

  @Test
  void childWithResetNeedsADomainWithReset() {
    String message = rejectionOf(CounterWithoutReset::new);
    assertEquals(CounterWithoutReset.placed + ": missing reset: Counter has registers with reset values in its default"
        + " clock domain, but the domain it is placed in here (clkB) has no reset. Place it with withDomain(...) in a"
        + " domain that has one.", message);
  }

  static final class ResetValueWithoutReset extends Component {
    static String declared;

    ResetValueWithoutReset() {
      Bool clkB = input(bool());
      UInt y = output(uint(8));
      withDomain(clockDomain(clkB), () -> {
        declared = here(); UInt r = reg(uint(8), 0);
        r.assign(r.add(1));
        y.assign(r);
      });
    }
  }

  @Test
  void resetValueNeedsADomainWithReset() {
    String message = rejectionOf(ResetValueWithoutReset::new);
    assertEquals(ResetValueWithoutReset.declared
        + ": missing reset: register 'r' has a reset value but clock domain clkB has no reset.", message);
  }

  static final class ClockFromAWire extends Component {
    static String declared, domain;

    ClockFromAWire() {
      declared = here(); Bool w = wire(bool());
      w.assign(lit(true));
      domain = here(); clockDomain(w);
    }
  }

  @Test
  void clockMustBeAnInput() {
    String message = rejectionOf(ClockFromAWire::new);
    assertEquals(ClockFromAWire.domain + ": a clock must be an input of this module, not Bool 'w' from "
        + ClockFromAWire.declared + ".", message);
  }
}
