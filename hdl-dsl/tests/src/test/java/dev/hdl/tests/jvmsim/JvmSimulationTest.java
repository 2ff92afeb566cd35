package dev.hdl.tests.jvmsim;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.BlackBox;
import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.ResetKind;
import dev.hdl.SInt;
import dev.hdl.UInt;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.AssertionFailure;
import dev.hdl.sim.Fault;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM backend runs the language's constructs with the semantics the Verilog has. */
class JvmSimulationTest {

  private static int ASSERT_LINE;

  static final class Counter extends Component {
    final Bool enable = input(bool());
    final UInt count = output(uint(8));
    final Bool wrapped = output(bool());

    Counter() {
      UInt value = reg(uint(8), 0);
      when(enable, () -> value.assign(value.add(1)));
      count.assign(value);
      wrapped.assign(value.eq(255));
      assertThat(value.ne(200), "counter reached 200"); ASSERT_LINE = new Throwable().getStackTrace()[0].getLineNumber();
    }
  }

  private static Simulation open(java.util.function.Supplier<? extends Component> top) {
    return new JvmSimulator().open(Elaboration.elaborate(top), SimOptions.defaults());
  }

  @Test
  void counterCountsOnlyWhenEnabledAndResetsToZero() {
    try (Simulation sim = open(Counter::new)) {
      sim.reset(2);
      assertEquals(0, sim.peek("count"));
      sim.poke("enable", 1);
      sim.step(10);
      assertEquals(10, sim.peek("count"));
      sim.poke("enable", 0);
      sim.step(5);
      assertEquals(10, sim.peek("count"));
      assertEquals(10, sim.peek("value"));
      sim.reset(1);
      assertEquals(0, sim.peek("count"));
    }
  }

  @Test
  void aFailingAssertionNamesTheCycleAndTheUsersLine() {
    try (Simulation sim = open(Counter::new)) {
      sim.reset(1);
      sim.poke("enable", 1);
      AssertionFailure failure = assertThrows(AssertionFailure.class, () -> sim.step(300));
      // Reset took cycle 0; the counter reads 200 during cycle 201, and the check samples it at that edge.
      assertEquals(201, failure.cycle());
      assertEquals("JvmSimulationTest.java:" + ASSERT_LINE + ": assertion failed at cycle 201: counter reached 200",
          failure.getMessage());
    }
  }

  @Test
  void aBitFlipInARegisterShowsUpInTheOutput() {
    try (Simulation sim = open(Counter::new)) {
      sim.reset(1);
      sim.poke("enable", 1);
      long at = sim.cycle() + 4;
      sim.inject(new Fault.BitFlip("value", 6, at));
      sim.step(4);
      assertEquals(4, sim.peek("count"));
      sim.step();
      // The cycle started with 4 ^ 64; its edge added one.
      assertEquals((4 ^ 64) + 1, sim.peek("count"));
    }
  }

  /** A wire that only copies an input, read by one register while the input feeds another. */
  static final class Fanout extends Component {
    final UInt in = input(uint(8));
    final UInt copy = wire(uint(8));
    final UInt viaCopy = output(uint(8));
    final UInt direct = output(uint(8));

    Fanout() {
      copy.assign(in);
      UInt fromCopy = reg(uint(8), 0);
      UInt fromInput = reg(uint(8), 0);
      fromCopy.assign(copy.add(1));
      fromInput.assign(in.add(1));
      viaCopy.assign(fromCopy);
      direct.assign(fromInput);
    }
  }

  @Test
  void aGlitchOnAWireBendsWhatItsReadersSeeAndNotItsDriver() {
    try (Simulation sim = new JvmSimulator().open(Elaboration.elaborate(Fanout::new),
        SimOptions.defaults().expose("copy"))) {
      sim.reset(1);
      sim.poke("in", 5);
      assertEquals(5, sim.peek("copy"));
      sim.inject(new Fault.Glitch("copy", 0, sim.cycle()));
      sim.step();
      assertEquals((5 ^ 1) + 1, sim.peek("viaCopy"));
      assertEquals(6, sim.peek("direct"));
      assertEquals(5, sim.peek("copy"), "the glitch lasts its cycle only");
      sim.step();
      assertEquals(6, sim.peek("viaCopy"));
    }
  }

  static final class AsyncReset extends Component {
    final Bool aclk = input(bool());
    final Bool arst_n = input(bool());
    final UInt count = output(uint(8));
    final UInt next = output(uint(8));

    AsyncReset() {
      ClockDomain domain = clockDomain(aclk, arst_n, ResetKind.ASYNC, true);
      withDomain(domain, () -> {
        UInt value = reg(uint(8), 0x10);
        value.assign(value.add(1));
        count.assign(value);
        next.assign(value.add(1));
      });
    }
  }

  @Test
  void anAsynchronousResetActsWithoutAClockEdgeAndReachesTheLogic() {
    SimOptions options = SimOptions.defaults().clock("aclk", 2, 0);
    try (Simulation sim = new JvmSimulator().open(Elaboration.elaborate(AsyncReset::new), options)) {
      sim.poke("arst_n", 1);
      sim.step(3);
      assertEquals(3, sim.peek("count"));
      sim.poke("arst_n", 0);
      assertEquals(0x10, sim.peek("count"));
      assertEquals(0x11, sim.peek("next"));
      sim.step(2);
      assertEquals(0x10, sim.peek("count"));
      sim.poke("arst_n", 1);
      sim.step();
      assertEquals(0x11, sim.peek("count"));
      assertEquals(0x12, sim.peek("next"));
    }
  }

  @Test
  void aTraceShowsTheRegisterAndTheOutputThatSharesItsSlot(@TempDir Path dir) throws IOException {
    Path vcd = dir.resolve("counter.vcd");
    try (Simulation sim = open(Counter::new)) {
      sim.traceTo(vcd);
      sim.reset(1);
      sim.poke("enable", 1);
      sim.step(3);
    }
    String dump = Files.readString(vcd);
    for (String name : new String[] {"count", "value"}) {
      Matcher var = Pattern.compile("\\$var wire 8 (\\S+) " + name + " \\[7:0\\] \\$end").matcher(dump);
      assertTrue(var.find(), "no variable " + name + " in\n" + dump);
      assertTrue(dump.contains("b11 " + var.group(1) + "\n"), name + " never reads 3 in\n" + dump);
    }
  }

  @Test
  @SuppressWarnings("try") // closes the simulation inside its try: a step after close must throw
  void badAccessesAreClearErrors() {
    try (Simulation sim = open(Counter::new)) {
      SimulationException unknown = assertThrows(SimulationException.class, () -> sim.peek("cnt"));
      assertTrue(unknown.getMessage().startsWith("no signal 'cnt' in Counter"), unknown.getMessage());
      SimulationException wide = assertThrows(SimulationException.class, () -> sim.poke("enable", 2));
      assertEquals("value 2 does not fit in the 1-bit unsigned input 'enable' (it takes 0 to 1)", wide.getMessage());
      SimulationException output = assertThrows(SimulationException.class, () -> sim.poke("count", 2));
      assertTrue(output.getMessage().contains("only top-level inputs can be poked"), output.getMessage());
      sim.close();
      assertThrows(SimulationException.class, sim::step);
    }
  }

  private static int BLACK_BOX_LINE;

  static final class External extends BlackBox {
    final Bool clk = input(bool());
    final UInt din = input(uint(8));
    final UInt dout = output(uint(8));

    External() {
      super("external_reg", "vendor/external_reg.v"); BLACK_BOX_LINE = new Throwable().getStackTrace()[0].getLineNumber();
    }
  }

  static final class UsesExternal extends Component {
    final Bool sclk = input(bool());
    final UInt data = input(uint(8));
    final UInt word = output(uint(8));

    UsesExternal() {
      External e = instance(External::new);
      e.clk.assign(sclk);
      e.din.assign(data);
      word.assign(e.dout);
    }
  }

  /** Its outputs would read 0 whatever the Verilog does: refused rather than simulated wrong. */
  @Test
  void aBlackBoxIsRefusedWithItsNameAndFile() {
    SimulationException e = assertThrows(SimulationException.class, () -> open(UsesExternal::new));
    assertEquals("JvmSimulationTest.java:" + BLACK_BOX_LINE + ": the JVM simulator cannot run the black box External"
        + " (Verilog module external_reg in vendor/external_reg.v) of UsesExternal: its behaviour is only in Verilog."
        + " Simulate this design with the Verilator backend.", e.getMessage());
  }

  static final class Arithmetic extends Component {
    final SInt a = input(sint(8));
    final SInt b = input(sint(8));
    final UInt x = input(uint(100));
    final UInt y = input(uint(100));
    final SInt sum = output(sint(9));
    final Bool less = output(bool());
    final SInt shifted = output(sint(8));
    final UInt wide = output(uint(101));
    final UInt low = output(uint(40));

    Arithmetic() {
      sum.assign(a.addExpand(b));
      less.assign(a.lt(b));
      shifted.assign(a.shiftRight(2));
      wide.assign(x.addExpand(y));
      low.assign(cat(x.slice(99, 80), y.slice(19, 0)));
    }
  }

  @Test
  void signedAndWideArithmeticMatchesBigIntegerMath() {
    try (Simulation sim = open(Arithmetic::new)) {
      sim.poke("a", -100);
      sim.poke("b", -90);
      assertEquals(BigInteger.valueOf(-190).and(BigInteger.valueOf(511)), sim.peekBig("sum"));
      assertEquals(1, sim.peek("less"));
      assertEquals((-100 >> 2) & 0xff, sim.peek("shifted"));
      BigInteger x = BigInteger.ONE.shiftLeft(99).add(BigInteger.valueOf(12345));
      BigInteger y = BigInteger.ONE.shiftLeft(99).add(BigInteger.ONE.shiftLeft(70));
      sim.poke("x", x);
      sim.poke("y", y);
      assertEquals(x.add(y), sim.peekBig("wide"));
      BigInteger expectedLow = x.shiftRight(80).shiftLeft(20).or(y.and(BigInteger.valueOf(0xFFFFF)));
      assertEquals(expectedLow, sim.peekBig("low"));
    }
  }

  static final class Ram extends Component {
    final UInt addr = input(uint(4));
    final UInt data = input(uint(16));
    final Bool write = input(bool());
    final UInt mask = input(uint(2));
    final UInt async = output(uint(16));
    final UInt sync = output(uint(16));

    Ram() {
      Mem<UInt> words = mem(uint(16), 16);
      words.init(0x1111, 0x2222);
      when(write, () -> words.write(addr, data, mask));
      async.assign(words.readAsync(addr));
      sync.assign(words.readSync(addr));
    }
  }

  @Test
  void memoriesReadBeforeWriteAndHonourTheMask() {
    try (Simulation sim = open(Ram::new)) {
      sim.poke("addr", 1);
      assertEquals(0x2222, sim.peek("async"));
      sim.poke("write", 1);
      sim.poke("data", 0xABCD);
      sim.poke("mask", 0b01);
      sim.step();
      assertEquals(0x2222, sim.peek("sync")); // read first: the old word
      assertEquals(0x22CD, sim.peek("async"));
      assertEquals(BigInteger.valueOf(0x22CD), sim.readMemory("words", 1));
      sim.writeMemory("words", 3, BigInteger.valueOf(7));
      sim.poke("write", 0);
      sim.poke("addr", 3);
      assertEquals(7, sim.peek("async"));
    }
  }
}
