package dev.gemini.datamover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.testbench.resync.FtControl;
import dev.gemini.testbench.resync.ResyncRig;
import dev.gemini.testbench.resync.ResyncRun;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import java.util.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resynchronisations with random workloads racing the copy cursor end with identical memories and
 * CPUs in lockstep: with the default rig, and with a bitmap of several words (256 small pages).
 */
@ExtendWith(SimulationExtension.class)
class RandomResyncTest {
  private static final ResyncRig.Config MANY_PAGES =
      new ResyncRig.Config(new DataMover.Config(3, 8, 4), 3, 8, 20);

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void randomWorkloadsEndIdenticalAndInLockstep(boolean manyPages, TestSimulator simulator) {
    ResyncRig.Config config = manyPages ? MANY_PAGES : ResyncRig.Config.DEFAULT;
    Random random = new Random(manyPages ? 21 : 20);
    for (int run = 0; run < 10; run++) {
      ResyncRun.Workload workload = new ResyncRun.Workload(random.nextLong() | 1, random.nextInt(80),
          random.nextInt(256), random.nextInt(30));
      try (ResyncRun rig = new ResyncRun(simulator, config, workload)) {
        rig.sim.step(random.nextInt(500));
        FtControl.Outcome outcome = new FtControl(rig.registers, new FtControl.StopRule(3, 6), 0, 4, 2_000_000)
            .resync();
        assertTrue(outcome.synced(), workload + " " + outcome);
        assertEquals(-1, rig.firstDifference(), workload.toString());
        rig.sim.step(1000);
        assertEquals(rig.sim.peek(rig.top.digest0), rig.sim.peek(rig.top.digest1), workload.toString());
        assertEquals(-1, rig.firstDifference(), workload + " after 1000 cycles in duplex");
      }
    }
  }
}
