package dev.gemini.datamover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.testbench.resync.FtControl;
import dev.gemini.testbench.resync.MoverStatus;
import dev.gemini.testbench.resync.ResyncRig;
import dev.gemini.testbench.resync.ResyncRun;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.Bool;
import dev.hdl.junit.TestSimulator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directed cases of the Data Mover in the resync rig: a quiet copy at link rate, writes racing the
 * copy cursor, DMA during brownout, errors on the link and in memory with their retry, link loss,
 * commands at the wrong moment, and IO events arriving during the blackout.
 */
@ExtendWith(SimulationExtension.class)
class DataMoverTest {
  private static final ResyncRig.Config CONFIG = ResyncRig.Config.DEFAULT;
  private static final int PAGE_WORDS = 1 << CONFIG.mover().pageBits();
  private static final int PAGES = 1 << CONFIG.mover().pageCountBits();
  private static final int L = CONFIG.linkLatency();
  private static final FtControl.StopRule RULE = new FtControl.StopRule(2, 6);

  private static ResyncRun quiet(TestSimulator simulator) {
    return new ResyncRun(simulator, CONFIG, new ResyncRun.Workload(11, 0, 0, 0));
  }

  private static void hostWrite(ResyncRun run, int address, long data) {
    run.sim.poke(run.top.hostWrite, 1);
    run.sim.poke(run.top.hostAddress, address);
    run.sim.poke(run.top.hostData, data);
    run.sim.step();
    run.sim.poke(run.top.hostWrite, 0);
  }

  private static void awaitPage(ResyncRun run, int page, int wordsIn) {
    run.sim.runUntil(() -> run.sim.peek(run.top.copyPage) == page, 10 * PAGES * PAGE_WORDS);
    run.sim.step(wordsIn);
  }

  /** High for one cycle. */
  private static void pulse(ResyncRun run, Bool input) {
    run.sim.poke(input, 1);
    run.sim.step();
    run.sim.poke(input, 0);
  }

  /** Runs pass number {@code pass} over the dirty pages; afterwards the images must be identical. */
  private static void copyDirtyUntilIdentical(ResyncRun run, int pass) {
    run.registers.command(DataMover.CMD_COPY_DIRTY);
    awaitPassEnd(run, pass);
    assertFalse(run.registers.status().failed());
    assertEquals(-1, run.firstDifference());
  }

  private static void awaitPassEnd(ResyncRun run, int passes) {
    run.sim.runUntil(() -> run.sim.peek(run.top.passes) == passes, 10 * PAGES * PAGE_WORDS);
  }

  /** Fills M0's memory with a pattern through the IO path, so that M1's zeros differ from it. */
  private static void fill(ResyncRun run) {
    for (int a = 0; a < run.words(); a++) {
      run.sim.writeMemory("memory0", a, BigInteger.valueOf(0x5A5A_0000_0000L + a));
    }
  }

  @Test
  void aQuietPassCopiesEveryPageOneWordPerCycle(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      fill(run);
      long start = run.sim.cycle();
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPassEnd(run, 1);
      long cycles = run.sim.cycle() - start;
      MoverStatus s = run.registers.status();
      assertEquals(PAGES, s.lastCopied());
      assertEquals(0, s.dirtyPages());
      assertEquals((long) PAGES * PAGE_WORDS, run.sim.peek(run.top.linkWords));
      // Command, choice of the first page, one word a cycle with no gap between pages, then the
      // last word's read, link register, latency, receiver's answer, latency back, status update.
      assertEquals(1 + 1 + (long) PAGES * PAGE_WORDS + 2 * L + 4, cycles);
      assertEquals(-1, run.firstDifference());
    }
  }

  @Test
  void aWriteToThePageUnderCopyIsCopiedAgainInTheNextPass(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPage(run, 5, 3);
      int address = 5 * PAGE_WORDS + 1; // a word of page 5 already sent
      hostWrite(run, address, 0xDEAD_BEEFL);
      awaitPassEnd(run, 1);
      assertEquals(1, run.registers.status().dirtyPages());
      assertEquals(1, run.registers.status().lastDirtied());
      assertEquals(address, run.firstDifference(), "the write landed after its word was sent");
      copyDirtyUntilIdentical(run, 2);
      assertEquals(1, run.registers.status().lastCopied());
    }
  }

  @Test
  void aWriteToAPageJustCopiedIsCopiedAgainAndOneAheadOfTheCursorIsNot(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPage(run, 9, 0);
      hostWrite(run, 8 * PAGE_WORDS + 7, 1);   // behind the cursor: copied, dirty again
      hostWrite(run, 40 * PAGE_WORDS + 2, 2);  // ahead: still dirty from the pass's start
      awaitPassEnd(run, 1);
      MoverStatus s = run.registers.status();
      assertEquals(1, s.dirtyPages());
      assertEquals(1, s.lastDirtied(), "page 40 was dirty already");
      assertEquals(8 * PAGE_WORDS + 7, run.firstDifference());
      copyDirtyUntilIdentical(run, 2);
    }
  }

  @Test
  void dmaWritesDuringBrownoutAreCaughtByTheDirtyBits(TestSimulator simulator) {
    try (ResyncRun run = new ResyncRun(simulator, CONFIG, new ResyncRun.Workload(3, 0, 0, 40))) {
      FtControl.Outcome outcome = new FtControl(run.registers, RULE, 0, 8, 1_000_000).resync();
      assertTrue(outcome.synced());
      assertTrue(run.sim.peek(run.top.dmaDelivered) > 100, "DMA wrote during the brownout");
      assertTrue(outcome.brownout().get(0).dirtied() > 0);
      assertEquals(-1, run.firstDifference());
    }
  }

  @Test
  void aWordCorruptedOnTheLinkAbortsWithItsAddressAndARetryFinishes(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      fill(run);
      BigInteger before = run.sim.readMemory("memory0", 0);
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPage(run, 20, 10);
      long corrupted = run.sim.peek(run.top.mover1.linkIn.address());
      BigInteger unwritten = run.sim.readMemory("memory1", (int) corrupted);
      pulse(run, run.top.linkFlip);
      awaitPassEnd(run, 1);
      MoverStatus s = run.registers.status();
      assertTrue(s.failed());
      assertEquals(DataMover.CAUSE_REFUSED, s.failCause());
      assertEquals(corrupted, s.failAddress());
      assertTrue(s.lastCopied() < PAGES, "the pass stopped early");
      assertEquals(unwritten, run.sim.readMemory("memory1", (int) corrupted), "the bad word was not written");
      assertEquals(before, run.sim.readMemory("memory0", 0), "the module in service is untouched");
      copyDirtyUntilIdentical(run, 2);
      assertEquals(0, run.registers.status().dirtyPages());
    }
  }

  @Test
  void aMemoryReadErrorAbortsWithItsAddressAndARetryFinishes(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      fill(run);
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPage(run, 33, 4);
      long failing = run.sim.peek(run.top.mover0.readAddress);
      pulse(run, run.top.readFault);
      awaitPassEnd(run, 1);
      MoverStatus s = run.registers.status();
      assertEquals(DataMover.CAUSE_READ_ERROR, s.failCause());
      assertEquals(failing, s.failAddress());
      assertEquals(PAGES - 33, s.dirtyPages(), "the failed page and every page after it");
      copyDirtyUntilIdentical(run, 2);
    }
  }

  @Test
  void aTargetThatIsNotEnabledRefusesEveryWord(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      fill(run);
      List<BigInteger> target = new ArrayList<>();
      for (int a = 0; a < run.words(); a++) {
        target.add(run.sim.readMemory("memory1", a));
      }
      run.sim.poke(run.top.targetReceive, 0);
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPassEnd(run, 1);
      MoverStatus s = run.registers.status();
      assertEquals(DataMover.CAUSE_REFUSED, s.failCause());
      assertEquals(0, s.failAddress(), "the first word");
      for (int a = 0; a < run.words(); a++) {
        assertEquals(target.get(a), run.sim.readMemory("memory1", a), "word " + a + " is as it was");
      }
    }
  }

  @Test
  void losingTheLinkAbortsAndMarksEveryPage(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPage(run, 12, 0);
      run.sim.poke(run.top.linkCut, 1);
      awaitPassEnd(run, 1);
      MoverStatus s = run.registers.status();
      assertEquals(DataMover.CAUSE_LINK_LOST, s.failCause());
      assertEquals(PAGES, s.dirtyPages(), "the partner's image is void");
      run.sim.poke(run.top.linkCut, 0);
      copyDirtyUntilIdentical(run, 2);
      assertEquals(PAGES, run.registers.status().lastCopied());
    }
  }

  @Test
  void aCommandAtTheWrongMomentIsIgnoredAndFlagged(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      run.registers.command(DataMover.CMD_COPY_ALL);
      run.sim.step(10);
      run.registers.command(DataMover.CMD_BLACKOUT);
      MoverStatus s = run.registers.status();
      assertTrue(s.refused());
      assertEquals(DataMover.Phase.IDLE, s.phase(), "no blackout while a pass runs");
      assertTrue(s.passRunning());
      awaitPassEnd(run, 1);
      run.registers.command(DataMover.CMD_COPY_DIRTY);
      assertFalse(run.registers.status().refused());
    }
  }

  @Test
  void ioEventsArrivingDuringTheBlackoutAreHeldThenDeliveredToBothModules(TestSimulator simulator) {
    try (ResyncRun run = new ResyncRun(simulator, CONFIG, new ResyncRun.Workload(5, 20, 16, 60))) {
      FtControl.Outcome outcome = new FtControl(run.registers, RULE, 0, 8, 1_000_000).resync();
      assertTrue(outcome.synced());
      assertTrue(run.sim.peek(run.top.dmaHeld) > 0, "an event arrived during the blackout and waited");
      long delivered = run.sim.peek(run.top.dmaDelivered);
      run.sim.step(2000);
      assertTrue(run.sim.peek(run.top.dmaDelivered) > delivered, "IO flows again");
      assertEquals(-1, run.firstDifference(), "every event reached both memories");
    }
  }

  @Test
  void afterTheBlackoutBothCpusRunInLockstepFromTheRestoredContext(TestSimulator simulator) {
    try (ResyncRun run = new ResyncRun(simulator, CONFIG, new ResyncRun.Workload(9, 48, 32, 10))) {
      FtControl.Outcome outcome = new FtControl(run.registers, RULE, 0, 8, 1_000_000).resync();
      assertTrue(outcome.synced());
      assertEquals(1, run.sim.peek(run.top.duplex));
      run.sim.step(5000);
      assertTrue(run.sim.peek(run.top.cpuWrites1) > 500, "M1's CPU runs");
      assertEquals(run.sim.peek(run.top.cpuWrites0), run.sim.peek(run.top.cpuWrites1));
      assertEquals(run.sim.peek(run.top.digest0), run.sim.peek(run.top.digest1));
      assertEquals(-1, run.firstDifference());
    }
  }

  @Test
  void aCorruptedBlackoutCopyWaitsForARetryWithTheCpuStopped(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      fill(run);
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPassEnd(run, 1);
      hostWrite(run, 3 * PAGE_WORDS, 77);
      run.registers.command(DataMover.CMD_BLACKOUT);
      run.sim.runUntil(() -> run.sim.peek(run.top.copyPage) == 3
          && run.sim.peek(run.top.phase) == DataMover.Phase.FINAL_COPY.ordinal(), 1000);
      run.sim.step(4);
      pulse(run, run.top.linkFlip);
      awaitPassEnd(run, 2);
      run.sim.step(50);
      MoverStatus s = run.registers.status();
      assertEquals(DataMover.Phase.FINAL_COPY, s.phase());
      assertTrue(s.failed());
      assertEquals(1, run.sim.peek(run.top.mover0.cpuStop));
      assertNotEquals(-1, run.firstDifference());
      run.registers.command(DataMover.CMD_COPY_DIRTY);
      run.sim.runUntil(() -> run.sim.peek(run.top.synced) == 1, 10_000);
      assertEquals(-1, run.firstDifference());
    }
  }

  /** The partner gone in the blackout: nobody could release the stopped CPU, so the mover does. */
  @Test
  void aLinkLostDuringTheBlackoutAbandonsItAndReleasesTheCpu(TestSimulator simulator) {
    try (ResyncRun run = quiet(simulator)) {
      fill(run);
      run.registers.command(DataMover.CMD_COPY_ALL);
      awaitPassEnd(run, 1);
      hostWrite(run, 3 * PAGE_WORDS, 77);
      run.registers.command(DataMover.CMD_BLACKOUT);
      run.sim.runUntil(() -> run.sim.peek(run.top.phase) == DataMover.Phase.FINAL_COPY.ordinal(), 1000);
      assertEquals(1, run.sim.peek(run.top.mover0.cpuStop));
      run.sim.poke(run.top.linkCut, 1);
      run.sim.step(2);
      MoverStatus s = run.registers.status();
      assertEquals(DataMover.Phase.IDLE, s.phase());
      assertFalse(s.synced());
      assertEquals(0, run.sim.peek(run.top.mover0.cpuStop), "the CPU goes on");
    }
  }
}
