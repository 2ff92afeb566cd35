package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rv32ui and rv32um test, and every machine-mode test, passes on the emitted Verilog under
 * Icarus ({@link CpuIcarusBench}): the result does not go through the Java harness.
 */
class RiscvTestsVerilogTest {
  static List<String> tests() {
    return RiscvTestSuite.everyTest();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tests")
  void passesOnIcarus(String test) {
    long tohost = CpuIcarusBench.tohost(RiscvTestSuite.program(test), RiscvTestsTest.MAX_CYCLES);
    assertEquals(1, tohost, test + ": " + RiscvTestSuite.describe(tohost));
  }
}
