package dev.gemini.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.cpu.Firmware;
import dev.gemini.cpu.RiscvBuild;
import dev.gemini.testbench.machine.DeathLab;
import dev.gemini.testbench.machine.DuplexMachine;
import dev.gemini.testbench.machine.MachineHarness;
import dev.hdl.Elaborated;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A short death lab ({@code make bench} runs the long one): every kind of event, nothing lost. */
@ExtendWith(SimulationExtension.class)
class DeathLabTest {
  private static final Elaborated<DuplexMachine> MACHINE = MachineHarness.elaborated();

  @Test
  void theServiceLosesNothingThroughEveryKindOfEvent(TestSimulator simulator) {
    try (Simulation sim = simulator.open(MACHINE.design())) {
      RiscvBuild.Image image = Firmware.service();
      DeathLab.Result r = new DeathLab(sim, MACHINE.top(), image.words(), image.symbol("ft_counts"), 7).run(16);
      assertEquals(DeathLab.Kind.values().length, r.events().size(), "every kind of event happened: " + r.events());
      assertEquals(List.of(), r.wrong());
      assertEquals(0, r.unanswered());
      assertTrue(r.answered() > 1000, "the service kept answering: " + r.answered());
      assertEquals(r.events().get(DeathLab.Kind.MODULE_LOSS) + r.events().get(DeathLab.Kind.LINK_ERROR),
          r.blackouts().size(), "every lost module came back through a blackout");
      assertEquals(r.blackouts().size(), r.firmware().resyncs(), "the firmware resynchronised each: " + r.firmware());
      assertTrue(r.firmware().retries() > 0, "a corrupted word on the link failed a pass, which was retried");
    }
  }
}
