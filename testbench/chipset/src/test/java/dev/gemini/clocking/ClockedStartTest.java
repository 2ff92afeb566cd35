package dev.gemini.clocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.registers.RegisterMap;
import dev.gemini.testbench.DuplexHarness;
import dev.gemini.testbench.PhasePlant;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Power-on of two GEs with the clocking in the loop: each aligner locks against its own plant
 * (skew, jitter, drift), the reset sequencers release both CPUs on one cycle, comparison starts
 * 16 cycles later, and the CPUs then run in lockstep with no mismatch.
 */
@ExtendWith(SimulationExtension.class)
class ClockedStartTest {
  private static final int L = 3;

  @ParameterizedTest
  @CsvSource({"1, 150, 4800", "2, 6300, 40", "3, 3200, 3300"})
  void bothCpusLeaveResetOnOneCycleAndRunInLockstep(long seed, double skew0, double skew1, TestSimulator simulator) {
    try (DuplexHarness h = new DuplexHarness(simulator, L, seed, 0.5, 0.05)) {
      h.alignClocks(new PhasePlant(64, skew0, 25, 0.004, 10, 2, seed),
          new PhasePlant(64, skew1, 25, 0.004, 10, 2, seed + 100));
      long[] released = {-1, -1};
      for (int n = 0; n < 20_000 && (released[0] < 0 || released[1] < 0); n++) {
        h.cycle();
        for (int m = 0; m < 2; m++) {
          if (released[m] < 0 && h.peek(h.module(m).cpuReset()) == 0) {
            released[m] = h.sim.cycle();
          }
        }
      }
      assertTrue(released[0] > 0, "released");
      assertEquals(released[0], released[1], "both CPUs leave reset on the same cycle");
      assertEquals(0, h.cpu[0].issued(), "nothing issued while held in reset");

      h.cycles(3000);
      for (int m = 0; m < 2; m++) {
        long clocking = h.csrRead(m, RegisterMap.offset("CLOCKING"));
        assertEquals(0b0111, clocking >> 24, "locked, released, comparing, not bypassed: " + Long.toHexString(clocking));
      }
      assertTrue(h.peek(h.ge(0).compare.compared) > 500, "comparison is on");
      assertEquals(0, h.peek(h.ge(0).compare.mismatches));
      assertEquals(h.cpu[0].issuedDigest(), h.cpu[1].issuedDigest());
    }
  }
}
