package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gemini.testbench.cpu.TraceComparison;
import dev.gemini.testbench.cpu.iss.Rv32Iss;
import dev.gemini.testbench.cpu.random.RandomProgram;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Random programs from the test's seed, each retired instruction compared with the ISS's. */
@ExtendWith(SimulationExtension.class)
class IssRandomProgramsTest {
  static final int BLOCKS = 2_000;

  /** Every exception the generator aims at, and the three interrupts. */
  static final Set<Integer> CAUSES = Set.of(Rv32Core.CAUSE_FETCH_MISALIGNED, Rv32Core.CAUSE_FETCH_FAULT,
      Rv32Core.CAUSE_ILLEGAL,
      Rv32Core.CAUSE_BREAKPOINT, Rv32Core.CAUSE_LOAD_MISALIGNED, Rv32Core.CAUSE_LOAD_FAULT,
      Rv32Core.CAUSE_STORE_MISALIGNED, Rv32Core.CAUSE_STORE_FAULT, Rv32Core.CAUSE_ECALL,
      interrupt(CsrFile.IRQ_EXTERNAL), interrupt(CsrFile.IRQ_SOFTWARE), interrupt(CsrFile.IRQ_TIMER));

  @RepeatedTest(24)
  void retiresAsTheIss(TestSimulator simulator) {
    compare(simulator, simulator.random().nextLong());
  }

  /** The program that found the timer writing mtimecmp on a byte store it refused. */
  @Test
  void aRefusedTimerStoreChangesNothing(TestSimulator simulator) {
    compare(simulator, -5666279297865196669L);
  }

  /** The program that found minstret counting a load that took a memory error (poisoned word). */
  @Test
  void aLoadWithAMemoryErrorDoesNotRetire(TestSimulator simulator) {
    compare(simulator, -3156664552774853826L);
  }

  @Test
  void aProgramTakesEveryKindOfTrap(TestSimulator simulator) {
    Set<Integer> taken = compare(simulator, 5).traps().keySet();
    Set<Integer> missing = new TreeSet<>(CAUSES);
    missing.removeAll(taken);
    assertTrue(missing.isEmpty(), "random program 5 took no trap of mcause " + missing.stream()
        .map(Integer::toHexString).toList() + "; it took " + taken.stream().map(Integer::toHexString).toList());
  }

  private static TraceComparison.Agreed compare(TestSimulator simulator, long seed) {
    long[] program = RandomProgram.generate(seed, BLOCKS);
    try (Simulation sim = simulator.open(IssRiscvTestsTest.SYSTEM.design())) {
      TraceComparison.Outcome outcome = new TraceComparison(sim, IssRiscvTestsTest.SYSTEM.top().retire)
          .run(program, new Rv32Iss(program));
      if (outcome instanceof TraceComparison.Agreed agreed) {
        return agreed;
      }
      return fail("random program " + seed + " (RandomProgram.generate(" + seed + "L, " + BLOCKS + ")): "
          + outcome.report());
    }
  }

  private static int interrupt(int code) {
    return 1 << 31 | code;
  }
}
