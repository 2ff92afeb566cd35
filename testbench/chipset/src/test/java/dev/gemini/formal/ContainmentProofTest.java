package dev.gemini.formal;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gemini.isolation.PairMode;
import dev.gemini.lockstep.OutboundCompare;
import dev.gemini.lockstep.OutboundDispatch;
import dev.gemini.lockstep.Transaction;
import dev.hdl.Bool;
import dev.hdl.HwEnum;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.formal.Counterexample;
import dev.hdl.formal.Formal;
import dev.hdl.formal.Proof;
import dev.hdl.formal.Solving;
import dev.hdl.source.SourceLoc;
import org.junit.jupiter.api.Test;

/**
 * Containment: in duplex no transaction leaves for IO unless both aligned copies matched, for
 * every input sequence, over the compare queue and the dispatcher; and a comparator that misses
 * one bit is caught by the same proof.
 */
class ContainmentProofTest {
  /** Where the containment assertions are, for the counterexample to name. */
  static SourceLoc pairsMatch;

  static SourceLoc here() {
    StackTraceElement caller = new Throwable().getStackTrace()[1];
    return new SourceLoc(caller.getFileName(), caller.getLineNumber());
  }

  /** The inputs of the path from the aligned copies to IO, as the GE drives them. */
  abstract static class Path extends Component {
    final Transaction m0 = input(Transaction.type());
    final Transaction m1 = input(Transaction.type());
    final Bool active = input(bool());
    final HwEnum<PairMode> mode = input(enumOf(PairMode.class));
    final Bool culpritKnown = input(bool());
    final UInt ioOnline = input(uint(2));
    final UInt ioCreditReturn = input(uint(2));
    final UInt ioReturned = input(uint(2));
    final Bool moduleId = input(bool());

    OutboundDispatch dispatcher() {
      OutboundDispatch d = instance(OutboundDispatch::new);
      d.culpritKnown.assign(culpritKnown);
      d.mode.assign(mode);
      d.ioOnline.assign(ioOnline);
      d.ioCreditReturn.assign(ioCreditReturn);
      d.ioReturned.assign(ioReturned);
      d.moduleId.assign(moduleId);
      return d;
    }

    /** In duplex a pair leaves only with equal copies, and what reaches IO is that copy. */
    static void assertContained(OutboundDispatch d, HwEnum<PairMode> mode) {
      Bool duplex = mode.is(PairMode.DUPLEX);
      pairsMatch = here(); assertThat(duplex.and(d.pop).not().or(same(d.head0, d.head1)),
          "in duplex a pair leaves only when its copies match");
      assertThat(duplex.and(d.toIo.valid()).not().or(sameRequest(d.toIo, d.head0)),
          "in duplex IO gets the compared copy");
    }

    /** Equal copies as the comparator defines them: the same valid, and the same request when valid. */
    static Bool same(Transaction a, Transaction b) {
      return a.valid().eq(b.valid()).and(a.valid().not().or(sameRequest(a, b)));
    }

    static Bool sameRequest(Transaction a, Transaction b) {
      return a.kind().eq(b.kind()).and(a.tag().eq(b.tag())).and(a.address().eq(b.address()))
          .and(a.byteEnables().eq(b.byteEnables())).and(a.data().eq(b.data()));
    }
  }

  /** The GE's path: the compare queue and the dispatcher, with the CPUs' credits bounding the queue. */
  static final class Queued extends Path {
    Queued() {
      OutboundCompare compare = instance(OutboundCompare::new);
      OutboundDispatch d = dispatcher();
      connect(compare.m0, m0);
      connect(compare.m1, m1);
      compare.active.assign(active);
      compare.pop.assign(d.pop);
      compare.clearRecord.assign(false);
      compare.cycle.assign(0);
      d.headValid.assign(compare.headValid);
      d.headMatched.assign(compare.headMatched);
      d.headSuspect.assign(compare.headSuspect);
      connect(d.head0, compare.head0);
      connect(d.head1, compare.head1);
      credits(m0.valid(), d.popped0);
      credits(m1.valid(), d.popped1);
      assertContained(d, mode);
      cover(mode.is(PairMode.DUPLEX).and(d.toIo.valid()), "a compared pair reaches IO in duplex");
      cover(compare.headValid.and(d.headMismatch), "a mismatched pair waits at the head");
    }

    /** A CPU sends only with a credit, and gets it back when its copy leaves the queue, as in the GE. */
    static void credits(Bool sent, Bool returned) {
      UInt credits = reg(uint(3), OutboundCompare.CPU_CREDITS);
      assume(sent.not().or(credits.ne(0)), "a CPU sends only with a credit");
      credits.assign(credits.sub(sent.asUInt().extend(3)).add(returned.asUInt().extend(3)));
    }
  }

  /**
   * To a bound only: the claim rests on every queued pair's verdict matching its copies, which no
   * induction over the ports states. Ten cycles fill the queue and drain it.
   */
  @Test
  void inDuplexOnlyMatchedPairsReachIo() {
    Proof proof = Figures.report("containment",
        Formal.bmc(Elaboration.elaborate(Queued::new), 10, Solving.FRESH_PER_STEP));
    assertEquals(10, proof.depth());
  }

  /** The proof is not vacuous: within its bound, pairs do reach IO, and mismatches do wait. */
  @Test
  void theBoundReachesIoAndAMismatch() {
    Formal.cover(Elaboration.elaborate(Queued::new), 10, Solving.FRESH_PER_STEP);
  }

  /** A comparator that lost one bit of its data XOR tree: the top data bit goes unchecked. */
  static final class BrokenComparator extends Component {
    final Transaction m0 = input(Transaction.type());
    final Transaction m1 = input(Transaction.type());
    final Bool match = output(bool());

    BrokenComparator() {
      int top = Transaction.DATA_BITS - 1;
      Bool dataSame = m0.data().slice(top - 1, 0).eq(m1.data().slice(top - 1, 0));
      Bool payloadSame = m0.kind().eq(m1.kind()).and(m0.tag().eq(m1.tag())).and(m0.address().eq(m1.address()))
          .and(m0.byteEnables().eq(m1.byteEnables())).and(dataSame);
      match.assign(m0.valid().eq(m1.valid()).and(m0.valid().not().or(payloadSame)));
    }
  }

  /** The broken comparator's verdict on the pair at hand, straight to the dispatcher. */
  static final class Broken extends Path {
    Broken() {
      BrokenComparator comparator = instance(BrokenComparator::new);
      connect(comparator.m0, m0);
      connect(comparator.m1, m1);
      OutboundDispatch d = dispatcher();
      d.headValid.assign(m0.valid().or(m1.valid()));
      d.headMatched.assign(comparator.match);
      d.headSuspect.assign(active.and(comparator.match.not()));
      connect(d.head0, m0);
      connect(d.head1, m1);
      assertContained(d, mode);
    }
  }

  @Test
  void aComparatorThatMissesABitFailsTheProofAndTheReplayAgrees() {
    Counterexample cex = assertThrows(Counterexample.class, () -> Formal.bmc(Elaboration.elaborate(Broken::new), 4));
    assertEquals(pairsMatch, cex.loc());
    assertEquals(1, cex.cycle());
    assertEquals(pairsMatch, cex.replayed().orElseThrow(() -> cex).loc());
  }
}
