package dev.gemini.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.isolation.PairMode;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.registers.RegisterMap;
import dev.gemini.testbench.DuplexHarness;
import dev.gemini.testbench.Event;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Isolation of IO and CPU subsystems, surprise removal, leaky-bucket counting, the offline path
 * and its limit (never the last healthy one), and link loss.
 */
@ExtendWith(SimulationExtension.class)
class IsolationTest {
  private static final int L = 2;
  private static final int FATAL = 4;
  private static final int UNCORRECTABLE = 2;

  private static DuplexHarness pair(TestSimulator simulator, long seed) {
    DuplexHarness h = new DuplexHarness(simulator, L, seed, 0.5, 0.03);
    h.cycles(200);
    return h;
  }

  private static SubsystemState state(DuplexHarness h, int ge, int subsystem) {
    return h.state(ge, subsystem);
  }

  private static void command(DuplexHarness h, int op, int subsystem) {
    h.csrWriteBoth(RegisterMap.offset("COMMAND"), (op << 4) | subsystem);
    h.cycles(h.writeDelay());
  }

  @Test
  void aFatalIoErrorIsolatesTheDeviceWithinTwoCyclesAndRaisesASurpriseRemoval(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 11)) {
      h.ioError(1, FATAL);
      h.cycle();
      h.ioError(1, 0);
      // The cycle after the error, the device gets nothing and its events go nowhere.
      assertEquals(1, h.peek("ge1.ioContained"));
      assertEquals(0, h.peek(h.module(1).ioReq().valid()));
      long before = h.io[1].received();
      h.cycles(2 * L + 4);
      assertEquals(SubsystemState.DIAGNOSING, state(h, 0, RegisterMap.IO1));
      assertEquals(SubsystemState.DIAGNOSING, state(h, 1, RegisterMap.IO1));
      h.cycles(2000);
      assertEquals(before, h.io[1].received());
      h.drain(200);
      // Nothing hangs: requests to IO1 were answered as unsupported, all-ones, on both CPUs alike.
      assertEquals(0, h.hung(0));
      assertEquals(0, h.cpu[0].badCompletions);
      assertTrue(h.cpu[0].unsupported > 0);
      assertEquals(h.cpu[0].unsupported, h.cpu[1].unsupported);
      assertEquals(0, h.lostTo(0));
      assertEquals(0, h.escaped);
      Event hotplug = h.cpu[0].hotplugs.get(0);
      assertEquals(0x0108_01FEL, hotplug.data());
      assertEquals(h.cpu[0].hotplugs, h.cpu[1].hotplugs);
      assertEquals(h.cpu[0].interruptDigest(), h.cpu[1].interruptDigest());
      assertEquals(0, h.peek(h.ge(0).compare.mismatches));
      assertEquals(PairMode.DUPLEX, h.mode(0));
    }
  }

  @Test
  void aCpuUncorrectableErrorIsContainedAtOnceAndAgreedOnBothSides(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 12)) {
      h.cpuError(0, UNCORRECTABLE);
      h.cycle();
      h.cpuError(0, 0);
      assertEquals(0, h.peek(h.module(0).cpuOutReady()));
      h.cycles(L + 2);
      assertEquals(PairMode.SIMPLEX_M1, h.mode(0));
      assertEquals(PairMode.SIMPLEX_M1, h.mode(1));
      h.cycles(1000);
      h.drain(200);
      assertEquals(0, h.escaped);
      assertEquals(0, h.hung(1));
      assertEquals(0, h.lostTo(0) + h.lostTo(1));
    }
  }

  @Test
  void transientsReturnToServiceButTheCapacitythErrorTakesTheSubsystemOffline(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 13)) {
      int capacity = 3;
      h.csrWriteBoth(RegisterMap.offset("ERROR_CAPACITY"), capacity);
      h.cycles(h.writeDelay());
      for (int n = 1; n < capacity; n++) {
        h.ioError(0, FATAL);
        h.cycle();
        h.ioError(0, 0);
        h.cycles(2 * L + 4);
        assertEquals(SubsystemState.DIAGNOSING, state(h, 1, RegisterMap.IO0));
        assertEquals(n, h.peek(h.ge(1).controller.levels.get(RegisterMap.IO0)));
        command(h, RegisterMap.CMD_DIAG_PASS, RegisterMap.IO0);
        assertEquals(SubsystemState.ONLINE, state(h, 0, RegisterMap.IO0));
        h.cycles(100);
      }
      h.ioError(0, FATAL);
      h.cycle();
      h.ioError(0, 0);
      h.cycles(2 * L + 4);
      assertEquals(SubsystemState.OFFLINE, state(h, 0, RegisterMap.IO0));
      assertEquals(SubsystemState.OFFLINE, state(h, 1, RegisterMap.IO0));
      assertEquals(1, h.peek(h.module(0).ledAmber()));
      assertEquals(5, h.peek(h.module(0).ledState()));
      // The last healthy IO subsystem is isolated by a fatal error but never taken offline.
      for (int n = 0; n < capacity + 2; n++) {
        h.ioError(1, FATAL);
        h.cycle();
        h.ioError(1, 0);
        h.cycles(2 * L + 4);
        assertEquals(SubsystemState.DIAGNOSING, state(h, 0, RegisterMap.IO1));
        command(h, RegisterMap.CMD_DIAG_PASS, RegisterMap.IO1);
        assertEquals(SubsystemState.ONLINE, state(h, 1, RegisterMap.IO1));
      }
      h.drain(200);
      assertEquals(0, h.hung(0));
      assertEquals(0, h.escaped);
    }
  }

  @Test
  void theLastHealthyCpuIsNeverIsolated(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 14)) {
      h.cpuError(1, FATAL);
      h.cycle();
      h.cpuError(1, 0);
      h.cycles(L + 4);
      assertEquals(SubsystemState.DIAGNOSING, state(h, 0, RegisterMap.CPU1));
      h.cpuError(0, FATAL);
      h.cycle();
      h.cpuError(0, 0);
      h.cycles(L + 4);
      assertEquals(SubsystemState.ONLINE, state(h, 0, RegisterMap.CPU0));
      assertEquals(PairMode.SIMPLEX_M0, h.mode(0));
      h.cycles(300);
      h.drain(200);
      assertEquals(0, h.hung(0));
    }
  }

  @Test
  void aDiagnosedCpuResyncsAndThePairIsDuplexAgain(TestSimulator simulator) {
    // No traffic: the test bench has no memory copy yet to bring the returning CPU's state in step.
    try (DuplexHarness h = new DuplexHarness(simulator, L, 15, 0.0, 0.0)) {
      h.cpuError(1, UNCORRECTABLE);
      h.cycle();
      h.cpuError(1, 0);
      h.cycles(L + 4);
      command(h, RegisterMap.CMD_DIAG_PASS, RegisterMap.CPU1);
      assertEquals(SubsystemState.RESYNCING, state(h, 0, RegisterMap.CPU1));
      assertEquals(4, h.peek(h.module(1).ledState()));
      command(h, RegisterMap.CMD_RESYNC_DONE, RegisterMap.CPU1);
      assertEquals(SubsystemState.ONLINE, state(h, 1, RegisterMap.CPU1));
      assertEquals(PairMode.DUPLEX, h.mode(1));
      assertEquals(1, h.peek(h.module(1).ledState()));
    }
  }

  @Test
  void aWaitThatIsNeverSatisfiedFailsAfterItsLimitSayingWhatItWaitedFor(TestSimulator simulator) {
    try (DuplexHarness h = new DuplexHarness(simulator, L, 3, 0.0, 0.0)) {
      long start = h.sim.cycle();
      SimulationException e = assertThrows(SimulationException.class,
          () -> h.runUntil(() -> false, 25, "a link that never drops"));
      assertEquals("waited 25 cycles for a link that never drops (at cycle " + (start + 25) + ")", e.getMessage());
      assertEquals(start + 25, h.sim.cycle());
    }
  }

  @Test
  void aPulledPartnerTimesOutAndTheSurvivorGoesSimplexWithNothingHung(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 16)) {
      h.present(1, false);
      h.cutLink(true);
      int timeout = 16;
      h.runUntil(() -> h.peek(h.ge(0).watchdog.linkUp) == 0, timeout + 1, "ge0's watchdog to drop the link");
      h.cycles(2);
      assertEquals(PairMode.SIMPLEX_M0, h.mode(0));
      assertEquals(SubsystemState.OFFLINE, state(h, 0, RegisterMap.IO1));
      h.cycles(1000);
      h.drain(200);
      assertEquals(0, h.hung(0));
      assertEquals(0, h.escaped);
      assertEquals(0, h.duplicated);
      assertEquals(0, h.lostTo(0));
      assertEquals(2, h.peek(h.module(0).ledState()));
    }
  }

  @Test
  void aCutLinkWithThePartnerStillPresentStopsTheLowerRankedModule(TestSimulator simulator) {
    try (DuplexHarness h = pair(simulator, 17)) {
      h.cutLink(true);
      h.cycles(40);
      assertEquals(PairMode.SIMPLEX_M0, h.mode(0));
      assertEquals(PairMode.FAIL_STOP, h.mode(1));
    }
  }
}
