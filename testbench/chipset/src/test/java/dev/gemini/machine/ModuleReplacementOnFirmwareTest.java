package dev.gemini.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.cpu.Firmware;
import dev.gemini.cpu.RiscvBuild;
import dev.gemini.cpu.Rv32Core;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.module.CpuSubsystem;
import dev.gemini.registers.RegisterMap;
import dev.gemini.testbench.machine.DuplexMachine;
import dev.gemini.testbench.machine.HostDevice;
import dev.gemini.testbench.machine.MachineHarness;
import dev.hdl.Elaborated;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The white paper's module replacement with the ft control software as firmware on the CPUs: an
 * uncorrectable memory error isolates module 1, which is replaced by a module with garbage in its
 * memory; module 0's firmware brings it back through brownout passes and a blackout in which both
 * CPUs save and restore their context, while the workload goes on; afterwards the pair runs in
 * lockstep again. The console is the one module 0 prints alone: nothing lost, duplicated or wrong.
 */
@ExtendWith(SimulationExtension.class)
class ModuleReplacementOnFirmwareTest {
  private static final Path SOURCES = Path.of("src/test/c").toAbsolutePath();
  private static final Elaborated<DuplexMachine> MACHINE = MachineHarness.elaborated();
  private static final int MAX_CYCLES = 2_000_000;
  /** ft_counts' words, in the order of struct ft_counts. */
  private static final int RESYNCS = 0;
  private static final int PASSES = 1;

  private static RiscvBuild.Image image() {
    return Firmware.buildForMachine("machine-workload", List.of(SOURCES.resolve("machine_workload.c")), List.of(),
        List.of("-O2"));
  }

  @Test
  void anIsolatedModuleIsReplacedAndResynchronisedByFirmware(TestSimulator simulator) {
    RiscvBuild.Image image = image();
    String golden;
    long goldenCycles;
    try (Simulation sim = simulator.open(MACHINE.design())) {
      HostDevice host = new HostDevice();
      MachineHarness alone = new MachineHarness(sim, MACHINE.top(), host, new HostDevice());
      alone.powerOn(image.words(), false);
      goldenCycles = alone.runUntil(host::reported, MAX_CYCLES);
      assertEquals(1, host.tohost(), "the workload passes on module 0 alone");
      golden = host.console();
    }

    try (Simulation sim = simulator.open(MACHINE.design())) {
      HostDevice host = new HostDevice();
      MachineHarness machine = new MachineHarness(sim, MACHINE.top(), host, new HostDevice());
      machine.powerOn(image.words(), true);
      machine.cycles((int) (goldenCycles / 8));
      assertEquals(SubsystemState.ONLINE, machine.state(RegisterMap.CPU1));

      // An uncorrectable error on the word module 1's CPU runs: isolated, and module 0 goes on.
      long pc = sim.peek(MACHINE.top().slot1.retire().pc());
      machine.poison(1, (int) ((pc - Rv32Core.RESET_VECTOR) >> 3), CpuSubsystem.POISON_UNCORRECTABLE);
      machine.runUntil(() -> machine.state(RegisterMap.CPU1) != SubsystemState.ONLINE, 1_000);
      machine.poison(1, 0, CpuSubsystem.POISON_NONE);
      // Replaced by a module with garbage in its memory.
      machine.replaceMemory(1, 3);

      machine.runUntil(() -> machine.state(RegisterMap.CPU1) == SubsystemState.ONLINE, MAX_CYCLES);
      long comparedBack = machine.peek(MACHINE.top().m0.ge.compare.compared);
      machine.runUntil(host::reported, MAX_CYCLES);
      assertTrue(machine.peek(MACHINE.top().m0.ge.compare.compared) > comparedBack, "in lockstep again");
      assertEquals(0, machine.peek(MACHINE.top().m0.ge.compare.mismatches));
      assertEquals(golden, host.console(), "the console of module 0 alone");
      assertEquals(1, host.tohost());
      assertEquals(SubsystemState.ONLINE, machine.state(RegisterMap.CPU1), "module 1 back in service");
      long counts = image.symbol("ft_counts");
      assertEquals(1, machine.readWord(0, counts + 4 * RESYNCS), "one resynchronisation");
      assertTrue(machine.readWord(0, counts + 4 * PASSES) >= 2, "brownout passes and the blackout's");
      assertEquals(-1, machine.firstMemoryDifference(), "both memories hold one image");
    }
  }
}
