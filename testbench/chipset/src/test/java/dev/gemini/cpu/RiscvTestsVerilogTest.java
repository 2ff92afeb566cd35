package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rv32ui and rv32um test, and every machine-mode test, passes on the emitted Verilog under
 * Icarus ({@link CpuIcarusBench}): the result does not go through the Java harness.
 */
class RiscvTestsVerilogTest {
  static List<String> tests() {
    List<String> all = new ArrayList<>(RiscvTestSuite.names());
    all.addAll(RiscvTestSuite.machineTests());
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tests")
  void passesOnIcarus(String test) {
    long tohost = CpuIcarusBench.tohost(RiscvTestSuite.program(test), RiscvTestsTest.MAX_CYCLES);
    assertEquals(1, tohost, test + ": " + RiscvTestSuite.describe(tohost));
  }
}
