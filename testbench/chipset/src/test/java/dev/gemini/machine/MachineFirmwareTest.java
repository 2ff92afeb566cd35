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
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * C firmware on the machine: one image, run by module 0 alone and by the lockstepped pair, with
 * every IO access compared by the GEs; and faults in module 1 that the pair survives.
 */
@ExtendWith(SimulationExtension.class)
class MachineFirmwareTest {
  private static final Path SOURCES = Path.of("src/test/c").toAbsolutePath();
  private static final Elaborated<DuplexMachine> MACHINE = MachineHarness.elaborated();
  private static final String CONSOLE = """
      -42 7 4000000000 beef BEEF|   12|12   |00042|003a|cstr|%|123456789 9
      -2147483648 0||toolong|
      mcycle advances: yes
      """;
  /** What main returns, as the runtime reports it. */
  private static final long TOHOST = 2 * 3 + 1;
  private static final int MAX_CYCLES = 400_000;
  /** When the faults strike: well into the program's printing. */
  private static final int FAULT_CYCLE = 2_000;

  private static RiscvBuild.Image image() {
    return Firmware.build("console-formats", List.of(SOURCES.resolve("console_formats.c")), List.of(), List.of("-O2"));
  }

  /** A run of the image on the machine, with the state the assertions read. */
  private record Run(Simulation sim, MachineHarness harness, HostDevice host) {
    static Run start(TestSimulator simulator, boolean duplex) {
      Simulation sim = simulator.open(MACHINE.design());
      HostDevice host = new HostDevice();
      MachineHarness harness = new MachineHarness(sim, MACHINE.top(), host, new HostDevice());
      harness.powerOn(image().words(), duplex);
      return new Run(sim, harness, host);
    }

    void finish() {
      harness.runUntil(host::reported, MAX_CYCLES);
    }

    SubsystemState state(int subsystem) {
      return harness.state(subsystem);
    }

    long compared() {
      return sim.peek(MACHINE.top().m0.ge.compare.compared);
    }

    long mismatches() {
      return sim.peek(MACHINE.top().m0.ge.compare.mismatches);
    }
  }

  @Test
  void sameConsoleAloneAndInLockstep(TestSimulator simulator) {
    for (boolean duplex : new boolean[] {false, true}) {
      Run run = Run.start(simulator, duplex);
      try (Simulation sim = run.sim()) {
        run.finish();
        String mode = duplex ? "duplex" : "simplex";
        assertEquals(CONSOLE, run.host().console(), mode);
        assertEquals(TOHOST, run.host().tohost(), mode);
        assertEquals(0, run.mismatches(), mode);
        if (duplex) {
          // Every console byte and the report went out as a compared pair.
          assertEquals(CONSOLE.length() + 1, run.compared());
          assertEquals(SubsystemState.ONLINE, run.state(RegisterMap.CPU1));
        } else {
          assertEquals(0, run.compared());
        }
      }
    }
  }

  /**
   * An uncorrectable error in module 1's memory, on the code it runs: its GE cuts it off at once,
   * both GEs isolate it, and module 0 goes on. Its error named the culprit, so nothing it had sent
   * is dropped: the console is whole.
   */
  @Test
  void uncorrectableMemoryErrorIsolatesItsModuleAndNothingIsLost(TestSimulator simulator) {
    Run run = Run.start(simulator, true);
    try (Simulation sim = run.sim()) {
      run.harness().cycles(FAULT_CYCLE);
      long pc = sim.peek(MACHINE.top().slot1.retire().pc());
      run.harness().poison(1, (int) ((pc - Rv32Core.RESET_VECTOR) >> 3), CpuSubsystem.POISON_UNCORRECTABLE);
      run.finish();
      assertEquals(SubsystemState.DIAGNOSING, run.state(RegisterMap.CPU1), "module 1's CPU isolated");
      assertEquals(SubsystemState.ONLINE, run.state(RegisterMap.CPU0));
      assertEquals(CONSOLE, run.host().console());
      assertEquals(TOHOST, run.host().tohost());
    }
  }

  /**
   * A flipped bit in module 1's stack pointer, which no error signal reports: the first IO access
   * on which the two CPUs differ is caught by the comparison and never reaches IO. With no error
   * to name the culprit the rank policy isolates module 1 and drops that pair (containment over
   * completeness); module 0 goes on and finishes.
   */
  @Test
  void flippedRegisterIsCaughtBeforeItReachesIo(TestSimulator simulator) {
    Run run = Run.start(simulator, true);
    try (Simulation sim = run.sim()) {
      run.harness().cycles(FAULT_CYCLE);
      String registers = "m1.cpu.rv32.core.registers";
      BigInteger sp = sim.readMemory(registers, 2);
      sim.writeMemory(registers, 2, sp.flipBit(12));
      run.finish();
      assertTrue(run.mismatches() >= 1, "the divergence was compared");
      assertEquals(SubsystemState.DIAGNOSING, run.state(RegisterMap.CPU1), "module 1's CPU isolated");
      assertEquals(TOHOST, run.host().tohost());
      String console = run.host().console();
      assertTrue(isGoldenLessOneByte(console), "only module 0's bytes reached IO, all but the dropped pair: " + console);
    }
  }

  /** The golden console, or it with one byte missing. */
  private static boolean isGoldenLessOneByte(String console) {
    if (console.equals(CONSOLE)) {
      return true;
    }
    for (int i = 0; i < CONSOLE.length(); i++) {
      if (console.equals(CONSOLE.substring(0, i) + CONSOLE.substring(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
