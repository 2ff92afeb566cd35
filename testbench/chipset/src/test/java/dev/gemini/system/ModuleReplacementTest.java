package dev.gemini.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.isolation.PairMode;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.registers.RegisterMap;
import dev.gemini.testbench.CsrMoverRegisters;
import dev.gemini.testbench.DuplexHarness;
import dev.gemini.testbench.resync.FtControl;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The module replacement of NEC's white paper, end to end on two GEs: lockstep with IO, stores
 * and DMA; a fault in M1's CPU isolates it and M0 carries on alone; M1 comes back with garbage in
 * its memory; the ft control software brings it back through brownout passes and a blackout while
 * M0 keeps working; afterwards both memories are identical and both CPUs run in lockstep with no
 * mismatch, and no IO request was lost, duplicated or changed. Then M0's NIC fails fatally: a
 * surprise removal, the OS fails over to M1's NIC, and service goes on.
 */
@ExtendWith(SimulationExtension.class)
class ModuleReplacementTest {
  private static final int L = 3;
  private static final int WORDS = 1 << DuplexHarness.MEMORY.addressBits();

  private static int firstDifference(DuplexHarness h) {
    for (int a = 0; a < WORDS; a++) {
      if (!h.sim.readMemory("memory0", a).equals(h.sim.readMemory("memory1", a))) {
        return a;
      }
    }
    return -1;
  }

  private static SubsystemState cpuState(DuplexHarness h, int cpu) {
    return h.state(0, cpu);
  }

  @Test
  void aReplacedModuleIsResynchronisedByTheDataMoverAndRunsInLockstep(TestSimulator simulator) {
    try (DuplexHarness h = new DuplexHarness(simulator, L, 5, 0.5, 0.05)) {
      h.cpuStores(0.2);
      h.cycles(3000);
      assertEquals(-1, firstDifference(h), "lockstepped CPUs and replicated DMA keep the memories equal");

      // A fault in M1's CPU: isolated, M0 on alone.
      h.cpuError(1, 0b010);
      h.cycle();
      h.cpuError(1, 0);
      h.cycles(2 * L + 10);
      assertEquals(SubsystemState.DIAGNOSING, cpuState(h, 1));
      assertEquals(PairMode.SIMPLEX_M0, h.mode(0));
      h.cycles(2000);

      // The replacement module: garbage memory; diagnostics pass, and it waits to be resynchronised.
      Random garbage = new Random(3);
      for (int a = 0; a < WORDS; a++) {
        h.sim.writeMemory("memory1", a, new BigInteger(64, garbage));
      }
      h.csrWrite(0, RegisterMap.offset("COMMAND"), RegisterMap.CMD_DIAG_PASS << 4 | RegisterMap.CPU1);
      h.cycles(h.writeDelay());
      assertEquals(SubsystemState.RESYNCING, cpuState(h, 1));
      long issuedBefore = h.cpu[0].issued();

      FtControl.Outcome outcome = new FtControl(new CsrMoverRegisters(h, 0), new FtControl.StopRule(2, 8), 1, 16,
          1_000_000).resync();
      assertTrue(outcome.synced(), outcome.toString());
      assertTrue(outcome.brownout().size() >= 2, "brownout passes while M0 kept working: " + outcome);
      assertEquals(SubsystemState.ONLINE, cpuState(h, 1));
      assertEquals(PairMode.DUPLEX, h.mode(0));
      assertEquals(-1, firstDifference(h), "the images are identical after the blackout");

      long mismatches = h.peek(h.ge(0).compare.mismatches);
      h.cycles(5000);
      assertEquals(mismatches, h.peek(h.ge(0).compare.mismatches), "no mismatch after the resync");
      assertEquals(mismatches, h.peek(h.ge(1).compare.mismatches));
      assertTrue(h.cpu[1].issued() > 100, "M1's CPU runs again");
      assertEquals(h.cpu[0].issued(), h.cpu[1].issued());
      assertEquals(h.cpu[0].issuedDigest(), h.cpu[1].issuedDigest());
      assertEquals(-1, firstDifference(h), "and the memories stay identical");
      assertTrue(issuedBefore > 0);

      // M0's NIC fails: contained, reported as a surprise removal; the OS fails over to M1's.
      h.ioError(0, 0b100);
      h.cycle();
      h.ioError(0, 0);
      h.cycles(200);
      assertEquals(SubsystemState.DIAGNOSING, h.state(0, RegisterMap.IO0));
      assertTrue(h.cpu[0].failedOver(0) && h.cpu[1].failedOver(0), "both CPUs saw the hot-plug interrupt");
      long servedBefore = h.io[1].received();
      h.cycles(3000);
      assertTrue(h.io[1].received() > servedBefore + 500, "service goes on through M1's NIC");
      assertEquals(h.cpu[0].issuedDigest(), h.cpu[1].issuedDigest(), "still in lockstep");
      assertEquals(mismatches, h.peek(h.ge(0).compare.mismatches));

      h.drain(2000);
      assertEquals(0, h.escaped, h.escapes.toString());
      assertEquals(0, h.duplicated);
      assertEquals(0, h.lostTo(1), "nothing lost on the way to the NIC in service");
      assertEquals(0, h.hung(0) + h.hung(1), "requests to the removed NIC were answered, none left waiting");
    }
  }
}
