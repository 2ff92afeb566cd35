package dev.gemini.lockstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.testbench.DuplexHarness;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two fault-free modules in lockstep: traffic flows, both CPUs see the same events, nothing is flagged. */
@ExtendWith(SimulationExtension.class)
class LockstepPairTest {
  @Test
  void faultFreeTrafficFlowsWithoutMismatch(TestSimulator simulator) {
    try (DuplexHarness h = new DuplexHarness(simulator, 3, 42, 0.5, 0.05)) {
      long t0 = System.nanoTime();
      h.cycles(5000);
      System.out.println("5000 cycles in " + (System.nanoTime() - t0) / 1e6 + " ms");
      assertEquals(0, h.peek(h.ge(0).compare.mismatches));
      assertEquals(0, h.peek(h.ge(1).compare.mismatches));
      assertTrue(h.cpu[0].issued() > 1000, "issued " + h.cpu[0].issued());
      assertEquals(h.cpu[0].issued(), h.cpu[1].issued());
      assertEquals(h.cpu[0].issuedDigest(), h.cpu[1].issuedDigest());
      assertEquals(h.cpu[0].interruptDigest(), h.cpu[1].interruptDigest());
      for (int a = 0; a < 1 << DuplexHarness.MEMORY.addressBits(); a++) {
        assertEquals(h.sim.readMemory("memory0", a), h.sim.readMemory("memory1", a), "DMA reached both memories");
      }
      assertEquals(0, h.escaped);
      assertEquals(0, h.duplicated);
      assertEquals(0, h.cpu[0].badCompletions);
      assertTrue(h.cpu[0].completions > 300, "completions " + h.cpu[0].completions);
      assertTrue(h.cpu[0].interruptCount() > 10);
      System.out.println("issued " + h.cpu[0].issued() + " completions " + h.cpu[0].completions
          + " irqs " + h.cpu[0].interruptCount() + " io0 " + h.io[0].received() + " io1 " + h.io[1].received());
    }
  }
}
