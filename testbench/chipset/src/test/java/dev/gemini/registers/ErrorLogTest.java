package dev.gemini.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.registers.RegisterMap.LogEntry;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The error log against a ring of the last entries: each event lands in the next slot, oldest overwritten. */
@ExtendWith(SimulationExtension.class)
class ErrorLogTest {
  private static final Elaborated<ErrorLog> ELABORATED = Elaboration.elaborateTop(ErrorLog::new);
  private static final ErrorLog LOG = ELABORATED.top();
  private static final int ENTRIES = RegisterMap.ERROR_LOG_ENTRIES;
  private static final long CYCLE_MASK = (1L << 27) - 1;

  /** An entry as software reads it. */
  private record Entry(long event, long subsystem, long cycle) {}

  @Test
  void randomEventsFillTheRingInOrderAndWrapOverTheOldest(TestSimulator simulator) {
    Random random = simulator.random();
    Entry[] expected = new Entry[ENTRIES];
    long logged = 0;
    try (Simulation sim = simulator.open(ELABORATED.design())) {
      sim.reset(1);
      for (int n = 0; n < 400; n++) {
        boolean valid = random.nextInt(3) == 0;
        Entry e = new Entry(1 + random.nextInt(7), random.nextInt(4), random.nextLong() & 0xffff_ffffL);
        sim.poke(LOG.valid, valid ? 1 : 0);
        sim.poke(LOG.event, e.event());
        sim.poke(LOG.subsystem, e.subsystem());
        sim.poke(LOG.cycle, e.cycle());
        sim.step();
        if (valid) {
          expected[(int) (logged % ENTRIES)] = new Entry(e.event(), e.subsystem(), e.cycle() & CYCLE_MASK);
          logged++;
        }
        assertEquals(logged, sim.peek(LOG.count), "events logged after step " + n);
        for (int i = 0; i < ENTRIES; i++) {
          LogEntry slot = LOG.entries.get(i);
          Entry read = new Entry(sim.peek(slot.event()), sim.peek(slot.subsystem()), sim.peek(slot.cycle()));
          assertEquals(expected[i] == null ? new Entry(0, 0, 0) : expected[i], read, "entry " + i + " after step " + n);
        }
      }
    }
  }
}
