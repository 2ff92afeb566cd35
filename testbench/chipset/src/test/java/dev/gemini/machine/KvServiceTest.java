package dev.gemini.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.cpu.Firmware;
import dev.gemini.cpu.Rv32Core;
import dev.gemini.datamover.DataMover;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.module.CpuSubsystem;
import dev.gemini.registers.RegisterMap;
import dev.gemini.testbench.machine.DuplexMachine;
import dev.gemini.testbench.machine.MachineHarness;
import dev.gemini.testbench.machine.ServiceRig;
import dev.hdl.Elaborated;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The machine's key-value service (gemini/firmware/service) behind a network that checks every
 * reply against a golden model: on one module alone, on the lockstepped pair, and on the pair
 * through a NIC failure (the bond fails over) and the loss and resynchronisation of module 1.
 */
@ExtendWith(SimulationExtension.class)
class KvServiceTest {
  private static final Elaborated<DuplexMachine> MACHINE = MachineHarness.elaborated();
  private static final long MAX_CYCLES = 3_000_000;

  private static ServiceRig start(Simulation sim, boolean duplex, int requests) {
    return new ServiceRig(sim, MACHINE.top(), Firmware.service().words(), duplex, 11, requests);
  }

  /** An uncorrectable error on the word module 1's CPU runs; returns once module 1 is isolated. */
  private static void isolateModule1(Simulation sim, ServiceRig rig) {
    MachineHarness machine = rig.machine;
    long pc = sim.peek(MACHINE.top().slot1.retire().pc());
    machine.poison(1, (int) ((pc - Rv32Core.RESET_VECTOR) >> 3), CpuSubsystem.POISON_UNCORRECTABLE);
    rig.runUntil(() -> machine.state(RegisterMap.CPU1) != SubsystemState.ONLINE, MAX_CYCLES);
    machine.poison(1, 0, CpuSubsystem.POISON_NONE);
  }

  private static void assertNothingLost(ServiceRig rig, int requests) {
    assertEquals(List.of(), rig.network.problems(), "wrong replies");
    assertEquals(0, rig.network.unanswered(), "lost requests");
    assertEquals(requests, rig.network.answered());
  }

  @Test
  void answersEveryRequestAloneAndInLockstep(TestSimulator simulator) {
    for (boolean duplex : new boolean[] {false, true}) {
      try (Simulation sim = simulator.open(MACHINE.design())) {
        ServiceRig rig = start(sim, duplex, 150);
        rig.runUntil(rig.network::done, MAX_CYCLES);
        assertNothingLost(rig, 150);
        assertEquals(0, rig.network.retries(), "nothing was lost to be sent again");
        if (duplex) {
          assertEquals(0, sim.peek(MACHINE.top().m0.ge.compare.mismatches));
          assertTrue(sim.peek(MACHINE.top().m0.ge.compare.compared) > 4 * 150, "every reply compared");
        }
      }
    }
  }

  @Test
  void survivesANicFailureAndTheLossOfAModule(TestSimulator simulator) {
    int requests = 300;
    try (Simulation sim = simulator.open(MACHINE.design())) {
      ServiceRig rig = start(sim, true, requests);
      MachineHarness machine = rig.machine;
      rig.runUntil(() -> rig.network.answered() >= 50, MAX_CYCLES);
      // NIC 0 fails fatally: contained by its GE, a surprise removal; the bond fails over to NIC 1.
      rig.failNic(0);
      rig.runUntil(() -> rig.network.answered() >= 120, MAX_CYCLES);
      assertTrue(rig.nics[1].up() && !rig.nics[0].up(), "the bond went over to NIC 1");
      // The firmware passed the isolated IO0 back (it cannot test it); its dead NIC is the bond's backup.
      assertEquals(SubsystemState.ONLINE, machine.state(RegisterMap.IO0));

      // Module 1's memory fails under its CPU: isolated, replaced, and resynchronised by firmware.
      isolateModule1(sim, rig);
      machine.replaceMemory(1, 5);
      rig.runUntil(() -> machine.state(RegisterMap.CPU1) == SubsystemState.ONLINE, MAX_CYCLES);

      rig.runUntil(rig.network::done, MAX_CYCLES);
      assertNothingLost(rig, requests);
      assertEquals(-1, machine.firstMemoryDifference(), "one image in both memories");
      assertEquals(0, sim.peek(MACHINE.top().m0.ge.compare.mismatches));
      assertTrue(rig.network.retries() > 0, "what NIC 0 held when it failed was lost, and sent again");
    }
  }

  /**
   * The link breaks while module 0 is stopped for the blackout that would bring module 1 back: the
   * Data Mover abandons the blackout, module 0's firmware goes on from where it stopped, alone
   * (module 1, lower-ranked and still plugged in, is the one taken out), and nothing is lost.
   */
  @Test
  void aLinkLostDuringTheBlackoutLeavesModule0Serving(TestSimulator simulator) {
    int requests = 600;
    try (Simulation sim = simulator.open(MACHINE.design())) {
      ServiceRig rig = start(sim, true, requests);
      MachineHarness machine = rig.machine;
      rig.runUntil(() -> rig.network.answered() >= 40, MAX_CYCLES);
      isolateModule1(sim, rig);
      int finalCopy = DataMover.Phase.FINAL_COPY.ordinal();
      rig.runUntil(() -> sim.peek("m0.ge.mover.phase") == finalCopy, MAX_CYCLES);
      machine.cutLink(true);
      int answeredBefore = rig.network.answered();
      assertTrue(answeredBefore < requests - 100, "requests are left for after the cut: " + answeredBefore);

      rig.runUntil(rig.network::done, MAX_CYCLES);
      assertNothingLost(rig, requests);
      assertEquals(SubsystemState.ONLINE, machine.state(RegisterMap.CPU0));
      assertTrue(machine.state(RegisterMap.CPU1) != SubsystemState.ONLINE, "module 1 stays out");
    }
  }
}
