package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.ResetKind;
import dev.hdl.UInt;
import org.junit.jupiter.api.Test;

/**
 * State clocked by one clock may not sample state of another unless the sampling register is
 * marked as a synchronizer's first stage: found through logic and through instances alike.
 */
class ClockCrossingTest {
  /** Clocks A and B on inputs, and a counter in domain A for domain B to sample. */
  abstract static class TwoDomains extends Component {
    static String clkAAt, clkBAt, countAt;
    final UInt y = output(uint(8));
    final ClockDomain a;
    final ClockDomain b;
    UInt count;

    TwoDomains() {
      clkAAt = here(); Bool clkA = input(bool());
      Bool rstA = input(bool());
      clkBAt = here(); Bool clkB = input(bool());
      Bool rstB = input(bool());
      b = clockDomain(clkB, rstB, ResetKind.SYNC, false);
      a = clockDomain(clkA, rstA, ResetKind.SYNC, false);
      withDomain(a, () -> { countAt = here(); count = reg(uint(8), 0); });
      count.assign(count.add(1));
    }
  }

  /** The message for {@code sampler} in domain B taking the counter of domain A. */
  private static String crossing(String module, String sampler) {
    return "clock domain crossing without a synchronizer: " + sampler + " is clocked by " + module + ".clkB ("
        + TwoDomains.clkBAt + ") but samples " + module + ".count (" + TwoDomains.countAt + "), clocked by "
        + module + ".clkA (" + TwoDomains.clkAAt + "). Pass the signal through a synchronizer from"
        + " dev.hdl.lib (TwoFlopSynchronizer, PulseSynchronizer, AsyncFifo), or mark the first register of your"
        + " own with synchronizerStage(...).";
  }

  static final class SamplesDirectly extends TwoDomains {
    static String sampler;

    SamplesDirectly() {
      withDomain(b, () -> {
        sampler = here(); UInt r = reg(uint(8), 0);
        r.assign(count);
        y.assign(r);
      });
    }
  }

  @Test
  void registerSamplingAnotherDomainsRegister() {
    String message = rejectionOf(SamplesDirectly::new);
    String sampler = SamplesDirectly.sampler;
    assertEquals(sampler + ": " + crossing("SamplesDirectly", "SamplesDirectly.r (" + sampler + ")"), message);
  }

  static final class SamplesThroughLogic extends TwoDomains {
    static String sampler;

    SamplesThroughLogic() {
      UInt scrambled = count.xor(lit(0x5a, 8)).add(3);
      withDomain(b, () -> {
        sampler = here(); UInt r = reg(uint(8), 0);
        r.assign(scrambled);
        y.assign(r);
      });
    }
  }

  @Test
  void crossingIsFoundThroughCombinationalLogic() {
    String message = rejectionOf(SamplesThroughLogic::new);
    String sampler = SamplesThroughLogic.sampler;
    assertEquals(sampler + ": " + crossing("SamplesThroughLogic", "SamplesThroughLogic.r (" + sampler + ")"),
        message);
  }

  /** A plain register in its default domain: it takes whatever clock its parent places it in. */
  static final class Sampler extends Component {
    static String registerAt;
    final UInt in = input(uint(8));
    final UInt out = output(uint(8));

    Sampler() {
      registerAt = here(); UInt r = reg(uint(8), 0);
      r.assign(in);
      out.assign(r);
    }
  }

  static final class SamplesInAChild extends TwoDomains {
    SamplesInAChild() {
      withDomain(b, () -> {
        Sampler s = instance(Sampler::new);
        s.in.assign(count);
        y.assign(s.out);
      });
    }
  }

  @Test
  void crossingIsFoundInsideAChildPlacedInTheOtherDomain() {
    String message = rejectionOf(SamplesInAChild::new);
    assertEquals(Sampler.registerAt + ": " + crossing("SamplesInAChild", "SamplesInAChild.s.r ("
        + Sampler.registerAt + ")"), message);
  }

  static final class WritesMemory extends TwoDomains {
    static String write;

    WritesMemory() {
      withDomain(b, () -> {
        Mem<UInt> m = mem(uint(8), 16);
        write = here(); m.write(lit(0, 4), count);
        y.assign(m.readAsync(lit(1, 4)));
      });
    }
  }

  @Test
  void memoryWriteIsReportedAtTheWrite() {
    String message = rejectionOf(WritesMemory::new);
    String write = WritesMemory.write;
    assertEquals(write + ": " + crossing("WritesMemory", "the write to memory WritesMemory.m (" + write + ")"),
        message);
  }

  static final class TwoFlopSynchronizer extends TwoDomains {
    static String firstAt;

    TwoFlopSynchronizer(boolean marked) {
      withDomain(b, () -> {
        firstAt = here(); Bool first = reg(bool(), false);
        if (marked) {
          synchronizerStage(first);
        }
        first.assign(count.bit(7));
        Bool second = regNext(first);
        y.assign(cat(second, lit(0, 7)));
      });
    }
  }

  @Test
  void synchronizerStageMakesTheCrossingLegal() {
    assertDoesNotThrow(() -> Elaboration.elaborate(() -> new TwoFlopSynchronizer(true)));
  }

  /** The same synchronizer without its mark: the mark, not the second flop, is what the check reads. */
  @Test
  void unmarkedFirstStageIsStillACrossing() {
    String message = rejectionOf(() -> new TwoFlopSynchronizer(false));
    String first = TwoFlopSynchronizer.firstAt;
    assertEquals(first + ": " + crossing("TwoFlopSynchronizer", "TwoFlopSynchronizer.first (" + first + ")"),
        message);
  }

  /** The advice of every multi-bit refusal. */
  private static final String MULTI_BIT_ADVICE = ", whose bits can change on the same edge, so it can catch a"
      + " value that never existed. Carry a stream of values through AsyncFifo; for a count, register its Gray"
      + " code in the source domain and declare that register with grayCoded(...); synchronize independent"
      + " flags one bit each.";

  /** A binary count into the library's bit-wise synchronizer, the way the javadoc warns against. */
  static final class CountThroughLibrarySynchronizer extends TwoDomains {
    static String connectAt;

    CountThroughLibrarySynchronizer() {
      withDomain(b, () -> {
        dev.hdl.lib.TwoFlopSynchronizer sync = instance(() -> new dev.hdl.lib.TwoFlopSynchronizer(8));
        connectAt = here(); sync.in.assign(count);
        y.assign(sync.out);
      });
    }
  }

  @Test
  void aBinaryCountThroughABitWiseSynchronizerIsRefusedAtTheUsersConnection() {
    String message = rejectionOf(CountThroughLibrarySynchronizer::new);
    String m = "CountThroughLibrarySynchronizer";
    assertTrue(message.startsWith(CountThroughLibrarySynchronizer.connectAt + ": multi-bit clock domain crossing: "
        + m + ".sync.meta (TwoFlopSynchronizer.java:"), message);
    assertTrue(message.endsWith(") synchronizes each of its 8 bits on its own, but samples " + m + ".count ("
        + TwoDomains.countAt + "), clocked by " + m + ".clkA (" + TwoDomains.clkAAt + ")" + MULTI_BIT_ADVICE), message);
  }

  /** The same count, Gray-coded in its own domain and declared so. */
  static final class GrayCountThroughLibrarySynchronizer extends TwoDomains {
    GrayCountThroughLibrarySynchronizer(boolean declared) {
      UInt gray = inDomain(a, () -> regNext(count.xor(count.shiftRight(1))));
      if (declared) {
        grayCoded(gray);
      }
      withDomain(b, () -> {
        dev.hdl.lib.TwoFlopSynchronizer sync = instance(() -> new dev.hdl.lib.TwoFlopSynchronizer(8));
        sync.in.assign(gray);
        y.assign(sync.out);
      });
    }
  }

  @Test
  void aDeclaredGrayCodeCrossesThroughABitWiseSynchronizer() {
    assertDoesNotThrow(() -> Elaboration.elaborate(() -> new GrayCountThroughLibrarySynchronizer(true)));
    String message = rejectionOf(() -> new GrayCountThroughLibrarySynchronizer(false));
    assertTrue(message.contains("multi-bit clock domain crossing"), message);
  }

  /** Independent one-bit flags side by side: each bit is its own level, so nothing can tear. */
  static final class FlagsThroughLibrarySynchronizer extends TwoDomains {
    FlagsThroughLibrarySynchronizer() {
      Bool high = inDomain(a, () -> regNext(count.bit(7)));
      Bool odd = inDomain(a, () -> regNext(count.bit(0)));
      withDomain(b, () -> {
        dev.hdl.lib.TwoFlopSynchronizer sync = instance(() -> new dev.hdl.lib.TwoFlopSynchronizer(2));
        sync.in.assign(cat(high, odd));
        y.assign(sync.out.extend(8));
      });
    }
  }

  @Test
  void independentFlagsCrossTogether() {
    assertDoesNotThrow(() -> Elaboration.elaborate(FlagsThroughLibrarySynchronizer::new));
  }
}
