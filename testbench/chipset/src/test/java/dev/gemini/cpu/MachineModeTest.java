package dev.gemini.cpu;

import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What riscv-tests' user-level tests leave out, as programs of this module
 * ({@code src/test/riscv/machine}): every trap cause with its mepc and mtval, the three
 * interrupts with the timer, wfi, and the CSRs with their counters.
 */
@ExtendWith(SimulationExtension.class)
class MachineModeTest {
  static List<String> tests() {
    return RiscvTestSuite.machineTests();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tests")
  void passes(String test, TestSimulator simulator) {
    RiscvTestsTest.run(test, simulator);
  }
}
