package dev.hdl.tests.lib;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.lib.DrawnClocks.now;
import static dev.hdl.tests.lib.DrawnClocks.riseInNextStep;
import static dev.hdl.tests.lib.DrawnClocks.rises;
import static dev.hdl.tests.lib.Lockstep.bits;
import static dev.hdl.tests.lib.Lockstep.chance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.ResetKind;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.lib.AsyncFifo;
import dev.hdl.lib.PulseSynchronizer;
import dev.hdl.lib.ResetSynchronizer;
import dev.hdl.sim.SimOptions.Clock;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clock-crossing blocks under clocks of periods and phases drawn from the seed, a new pair
 * for each run, with what the outputs must show checked after every tick. Each check is the
 * block's contract: a value crossing a two-flop synchronizer is seen after the second edge of the
 * receiving clock that follows it.
 */
class CrossingsTest {
  private static final int RUNS = 8;
  private static final int STEPS = 3000;

  /** Benches put the tick that step() counts beside the block's own clocks. */
  static final class FifoBench extends Component {
    static final int DEPTH = 8;
    final Bool tick = input(bool());
    final Bool writeClock = input(bool());
    final Bool writeReset = input(bool());
    final UInt writeData = input(uint(8));
    final Bool writeValid = input(bool());
    final Bool writeReady = output(bool());
    final Bool readClock = input(bool());
    final Bool readReset = input(bool());
    final UInt readData = output(uint(8));
    final Bool readValid = output(bool());
    final Bool readReady = input(bool());

    FifoBench() {
      ClockDomain read = clockDomain(readClock, readReset, ResetKind.SYNC, false);
      AsyncFifo fifo = inDomain(read, () -> instance(() -> new AsyncFifo(8, 3)));
      fifo.writeClock.assign(writeClock);
      fifo.writeReset.assign(writeReset);
      fifo.writeData.assign(writeData);
      fifo.writeValid.assign(writeValid);
      writeReady.assign(fifo.writeReady);
      readData.assign(fifo.readData);
      readValid.assign(fifo.readValid);
      fifo.readReady.assign(readReady);
    }
  }

  static final class PulseBench extends Component {
    final Bool tick = input(bool());
    final Bool sourceClock = input(bool());
    final Bool sourceReset = input(bool());
    final Bool pulseIn = input(bool());
    final Bool pulseOut = output(bool());

    PulseBench() {
      PulseSynchronizer sync = instance(PulseSynchronizer::new); // on this bench's clk and rst
      sync.sourceClock.assign(sourceClock);
      sync.sourceReset.assign(sourceReset);
      sync.pulseIn.assign(pulseIn);
      pulseOut.assign(sync.pulseOut);
    }
  }

  static final class ResetBench extends Component {
    final Bool tick = input(bool());
    final Bool clock = input(bool());
    final Bool asyncReset = input(bool());
    final Bool syncReset = output(bool());

    ResetBench(int stages) {
      ResetSynchronizer sync = instance(() -> new ResetSynchronizer(stages));
      sync.clock.assign(clock);
      sync.asyncReset.assign(asyncReset);
      syncReset.assign(sync.syncReset);
    }
  }

  private static final Design FIFO = Elaboration.elaborate(FifoBench::new);
  private static final Design PULSE = Elaboration.elaborate(PulseBench::new);

  /** A word in the FIFO and the write-clock edge that put it there. */
  private record Word(long data, long writtenAt) {}

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void asyncFifoLosesDuplicatesAndReordersNoWord(Simulator backend) {
    Random random = new Random(Lockstep.SEED);
    long fullTicks = 0;
    for (int run = 0; run < RUNS; run++) {
      DrawnClocks clocks = DrawnClocks.draw(random, "writeClock", "readClock");
      String context = backend.name() + ", clocks " + clocks + " (seed " + Lockstep.SEED + ")";
      Clock write = clocks.get(0);
      Clock read = clocks.get(1);
      try (Simulation sim = backend.open(FIFO, clocks.options())) {
        SimSignal writeData = sim.signal("writeData");
        SimSignal writeValid = sim.signal("writeValid");
        SimSignal writeReady = sim.signal("writeReady");
        SimSignal readData = sim.signal("readData");
        SimSignal readValid = sim.signal("readValid");
        SimSignal readReady = sim.signal("readReady");
        // The pointers that cross, which must change one bit at a time.
        SimSignal writePointer = sim.signal("fifo.writeGray");
        SimSignal readPointer = sim.signal("fifo.readGray");
        holdReset(sim, clocks, "writeReset", "readReset");
        long start = now(sim.cycle());

        ArrayDeque<Word> unread = new ArrayDeque<>();
        ArrayDeque<Long> readsUnseenByWriter = new ArrayDeque<>(); // the read edges of words taken out
        long written = 0;
        long readsSeenByWriter = 0;
        long writePointerBefore = writePointer.get();
        long readPointerBefore = readPointer.get();
        int writeRate = 0;
        int readRate = 0;
        for (int step = 0; step < STEPS; step++) {
          long now = now(sim.cycle());
          while (!readsUnseenByWriter.isEmpty() && rises(write, readsUnseenByWriter.peek(), now) >= 2) {
            readsUnseenByWriter.remove();
            readsSeenByWriter++;
          }
          Word oldest = unread.peek();
          boolean readable = oldest != null && rises(read, oldest.writtenAt(), now) >= 2;
          boolean writable = written - readsSeenByWriter < FifoBench.DEPTH;
          String at = " at tick " + now + ", " + context;
          assertEquals(readable ? 1 : 0, readValid.get(), "readValid" + at);
          assertEquals(writable ? 1 : 0, writeReady.get(), "writeReady" + at);
          if (readable) {
            assertEquals(oldest.data(), readData.get(), "readData" + at);
          }
          fullTicks += writable ? 0 : 1;
          assertTrue(Long.bitCount(writePointer.get() ^ writePointerBefore) <= 1, "write pointer" + at);
          assertTrue(Long.bitCount(readPointer.get() ^ readPointerBefore) <= 1, "read pointer" + at);
          writePointerBefore = writePointer.get();
          readPointerBefore = readPointer.get();

          if (step % 400 == 0) { // rates that fill the FIFO, drain it and keep it between
            writeRate = step < STEPS - 400 ? new int[] {20, 60, 100}[random.nextInt(3)] : 0;
            readRate = step < STEPS - 400 ? new int[] {20, 60, 100}[random.nextInt(3)] : 100;
          }
          long data = bits(random, 8);
          boolean push = chance(random, writeRate) == 1;
          boolean pop = chance(random, readRate) == 1;
          writeData.set(data);
          writeValid.set(push ? 1 : 0);
          readReady.set(pop ? 1 : 0);
          long readEdge = riseInNextStep(read, now);
          long writeEdge = riseInNextStep(write, now);
          if (readEdge > 0 && pop && readable) {
            unread.remove();
            readsUnseenByWriter.add(readEdge);
          }
          if (writeEdge > 0 && push && writable) {
            unread.add(new Word(data, writeEdge));
            written++;
          }
          sim.step();
        }
        assertTrue(unread.isEmpty(), unread.size() + " words left in the FIFO after draining it, " + context);
        long slowerEdges = Math.min(rises(write, start, now(sim.cycle())), rises(read, start, now(sim.cycle())));
        assertTrue(written > slowerEdges / 10, "only " + written + " words in " + slowerEdges + " edges of the slower"
            + " clock, " + context);
      }
    }
    assertTrue(fullTicks > 0, "the FIFO never ran full");
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void pulseSynchronizerDeliversEachSpacedPulseOnce(Simulator backend) {
    Random random = new Random(Lockstep.SEED);
    for (int run = 0; run < RUNS; run++) {
      DrawnClocks clocks = DrawnClocks.draw(random, "sourceClock", "clk");
      String context = backend.name() + ", clocks " + clocks + " (seed " + Lockstep.SEED + ")";
      Clock source = clocks.get(0);
      Clock destination = clocks.get(1);
      try (Simulation sim = backend.open(PULSE, clocks.options())) {
        SimSignal pulseIn = sim.signal("pulseIn");
        SimSignal pulseOut = sim.signal("pulseOut");
        holdReset(sim, clocks, "sourceReset", "rst");

        ArrayDeque<Long> sent = new ArrayDeque<>(); // source edges that sent a pulse, not yet delivered
        long sentCount = 0;
        long delivered = 0;
        long lastSent = now(sim.cycle());
        int gap = 3;
        boolean sending = false;
        for (int step = 0; step < STEPS; step++) {
          long now = now(sim.cycle());
          while (!sent.isEmpty() && rises(destination, sent.peek(), now) > 2) {
            sent.remove();
          }
          // Two destination edges after the source edge that sent it, for one destination cycle.
          boolean arriving = !sent.isEmpty() && rises(destination, sent.peek(), now) == 2;
          assertEquals(arriving ? 1 : 0, pulseOut.get(), "pulseOut at tick " + now + ", " + context);

          if (!sending && rises(destination, lastSent, now) >= gap && step < STEPS - 200) {
            sending = chance(random, 30) == 1;
          }
          pulseIn.set(sending ? 1 : 0);
          long sourceEdge = riseInNextStep(source, now);
          if (sending && sourceEdge > 0) {
            sent.add(sourceEdge);
            sentCount++;
            lastSent = sourceEdge;
            gap = 3 + random.nextInt(4);
            sending = false;
          }
          if (arriving && riseInNextStep(destination, now) > 0) {
            delivered++;
          }
          sim.step();
          if (!sending) {
            pulseIn.set(0);
          }
        }
        assertEquals(sentCount, delivered, "pulses delivered, " + context);
        assertTrue(sentCount > STEPS / 100, "only " + sentCount + " pulses sent, " + context);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.hdl.tests.lib.Lockstep#backends")
  void resetSynchronizerAssertsAtOnceAndReleasesOnTheClock(Simulator backend) {
    for (int stages = 2; stages <= 3; stages++) {
      int n = stages;
      Design design = Elaboration.elaborate(() -> new ResetBench(n));
      Random random = new Random(Lockstep.SEED + stages);
      for (int run = 0; run < RUNS; run++) {
        DrawnClocks clocks = DrawnClocks.draw(random, "clock");
        String context = backend.name() + ", " + stages + " stages, clocks " + clocks + " (seed " + Lockstep.SEED + ")";
        Clock clock = clocks.get(0);
        try (Simulation sim = backend.open(design, clocks.options())) {
          SimSignal asyncReset = sim.signal("asyncReset");
          SimSignal syncReset = sim.signal("syncReset");
          boolean asserted = true;
          asyncReset.set(1);
          long releasedAt = 0;
          long releases = 0;
          for (int step = 0; step < STEPS; step++) {
            long now = now(sim.cycle());
            boolean expected = asserted || rises(clock, releasedAt, now) < stages;
            assertEquals(expected ? 1 : 0, syncReset.get(), "syncReset at tick " + now + ", " + context);
            // Short assertions, between edges or on them, and releases long enough to finish.
            if (chance(random, asserted ? 20 : 2) == 1) {
              asserted = !asserted;
              asyncReset.set(asserted ? 1 : 0);
              if (asserted) {
                assertEquals(1, syncReset.get(), "syncReset with no clock edge after asserting at tick " + now + ", "
                    + context);
              } else {
                releasedAt = now;
                releases++;
              }
            }
            sim.step();
          }
          assertTrue(releases > 10, "only " + releases + " releases, " + context);
        }
      }
    }
  }

  /** Holds the resets of both sides of a crossing long enough for every register and synchronizer stage. */
  private static void holdReset(Simulation sim, DrawnClocks clocks, String... resets) {
    for (String reset : resets) {
      sim.poke(reset, 1);
    }
    sim.step(clocks.resetSteps());
    for (String reset : resets) {
      sim.poke(reset, 0);
    }
  }
}
