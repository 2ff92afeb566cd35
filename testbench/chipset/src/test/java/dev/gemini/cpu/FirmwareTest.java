package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** C firmware on the module's CPU: the runtime's console and start-up, and CoreMark validated. */
@ExtendWith(SimulationExtension.class)
class FirmwareTest {
  static final Elaborated<CpuTestSystem> SYSTEM = Elaboration.elaborateTop(CpuTestSystem::new);
  private static final Path SOURCES = Path.of("src/test/c").toAbsolutePath();

  @Test
  void consolePrintsEveryConversionAndMainReportsItsValue(TestSimulator simulator) {
    RiscvBuild.Image image = Firmware.build("console-formats", List.of(SOURCES.resolve("console_formats.c")),
        List.of(), List.of("-O2"));
    try (Simulation sim = simulator.open(SYSTEM.design())) {
      Firmware.Run run = Firmware.run(sim, SYSTEM.top(), image, 200_000);
      assertEquals("""
          -42 7 4000000000 beef BEEF|   12|12   |00042|003a|cstr|%|123456789 9
          -2147483648 0||toolong|
          mcycle advances: yes
          """, run.console());
      assertEquals(2 * 3 + 1, run.tohost(), "main's 3 as riscv-tests report a failure");
    }
  }

  /** One iteration: the list, matrix and state results match the benchmark's known CRCs. */
  @Test
  void coreMarkValidates(TestSimulator simulator) {
    try (Simulation sim = simulator.open(SYSTEM.design())) {
      CoreMark.Result result = CoreMark.run(sim, SYSTEM.top(), 1, 2_000_000);
      assertTrue(result.crcsValid(), result.console());
    }
  }
}
