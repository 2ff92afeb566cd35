package dev.gemini.lockstep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Probe;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The comparator alone (C1, C3): every field compared, valid always, the payload only when both
 * copies are valid; the verdict combinational, the report one cycle later with the first differing
 * field's values and their syndrome.
 */
@ExtendWith(SimulationExtension.class)
class TransactionComparatorTest {
  private static final Elaborated<TransactionComparator> ELABORATED =
      Elaboration.elaborateTop(TransactionComparator::new);
  private static final TransactionComparator COMPARATOR = ELABORATED.top();
  private static final String[] FIELDS = {"valid", "kind", "tag", "address", "byteEnables", "data"};
  private static final long[] SAMPLE = {1, 1, 5, 0x8000_1234_5678L, 0x0F, 0x1122_3344_5566_7788L};

  /** Drives one side's fields, in the order of {@link #FIELDS}. */
  private static void drive(Simulation sim, Transaction side, long[] values) {
    Probe[] fields = {side.valid(), side.kind(), side.tag(), side.address(), side.byteEnables(), side.data()};
    for (int f = 0; f < fields.length; f++) {
      sim.poke(fields[f], BigInteger.valueOf(values[f]));
    }
  }

  @Test
  void eachFieldAloneIsAMismatchReportedTheNextCycle(TestSimulator simulator) {
    try (Simulation sim = simulator.open(ELABORATED.design(), SimOptions.defaults())) {
      sim.poke(COMPARATOR.active, 1);
      for (int f = 0; f < FIELDS.length; f++) {
        long[] other = SAMPLE.clone();
        other[f] ^= 1;
        drive(sim, COMPARATOR.m0, SAMPLE);
        drive(sim, COMPARATOR.m1, other);
        assertEquals(0, sim.peek(COMPARATOR.match), FIELDS[f] + " differs: the transaction is held in the same cycle");
        sim.step();
        assertEquals(1, sim.peek(COMPARATOR.mismatch), FIELDS[f]);
        assertEquals(1L << f, sim.peek(COMPARATOR.fields), FIELDS[f] + " is the field reported");
        assertEquals(1, sim.peek(COMPARATOR.syndrome), "the syndrome is the flipped bit");
        assertEquals(SAMPLE[f], sim.peek(COMPARATOR.value0));
        assertEquals(other[f], sim.peek(COMPARATOR.value1));
        drive(sim, COMPARATOR.m1, SAMPLE);
        sim.step();
        assertEquals(0, sim.peek(COMPARATOR.mismatch), "one cycle only");
      }
    }
  }

  @Test
  void idlePayloadsAreNotCompared(TestSimulator simulator) {
    try (Simulation sim = simulator.open(ELABORATED.design(), SimOptions.defaults())) {
      sim.poke(COMPARATOR.active, 1);
      long[] idle0 = SAMPLE.clone();
      long[] idle1 = {0, 3, 17, 0x42, 0xF0, -1L & Long.MAX_VALUE};
      idle0[0] = 0;
      drive(sim, COMPARATOR.m0, idle0);
      drive(sim, COMPARATOR.m1, idle1);
      assertEquals(1, sim.peek(COMPARATOR.match));
      sim.step();
      assertEquals(0, sim.peek(COMPARATOR.mismatch));
    }
  }

  @Test
  void nothingIsReportedWhileInactiveButTheVerdictStillHolds(TestSimulator simulator) {
    try (Simulation sim = simulator.open(ELABORATED.design(), SimOptions.defaults())) {
      sim.poke(COMPARATOR.active, 0);
      long[] other = SAMPLE.clone();
      other[5] ^= 1L << 40;
      drive(sim, COMPARATOR.m0, SAMPLE);
      drive(sim, COMPARATOR.m1, other);
      assertEquals(0, sim.peek(COMPARATOR.match));
      sim.step();
      assertEquals(0, sim.peek(COMPARATOR.mismatch));
    }
  }
}
