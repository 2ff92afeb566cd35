package dev.gemini.lockstep;

import static dev.hdl.Hdl.*;

import dev.gemini.isolation.PairMode;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.UInt;

/**
 * Takes the head of the compared queue and sends it on, the same way in both GEs: in duplex only
 * a matching pair goes (a mismatch stays at the head, flagged, until the GEs agree); in simplex
 * the survivor's copy goes; in fail-stop nothing does. A transaction for an IO subsystem in
 * service takes one of that subsystem's credits, which its owner returns over the link as the
 * device takes requests; one for an isolated IO subsystem goes nowhere, and if it needs a
 * completion the containment responder answers it. A pair that was compared and differed goes on
 * (as the survivor's copy) only if the culprit was named by its error reports; after a decision
 * by rank alone it is discarded, and answered as unsupported if it waits for a completion.
 */
public final class OutboundDispatch extends Component {
  /** Depth of each GE's queue toward its IO subsystem. */
  public static final int IO_CREDITS = 4;

  public final Bool headValid = input(bool());
  public final Bool headMatched = input(bool());
  public final Bool headSuspect = input(bool());
  public final Bool culpritKnown = input(bool());
  public final Transaction head0 = input(Transaction.type());
  public final Transaction head1 = input(Transaction.type());
  public final HwEnum<PairMode> mode = input(enumOf(PairMode.class));
  /** One bit per IO subsystem: in service. */
  public final UInt ioOnline = input(uint(2));
  public final UInt ioCreditReturn = input(uint(2));
  public final UInt ioReturned = input(uint(2));
  public final Bool moduleId = input(bool());

  public final Bool pop = output(bool());
  /** Which copies the popped pair held: the CPUs' credits come back for them. */
  public final Bool popped0 = output(bool());
  public final Bool popped1 = output(bool());
  /** Toward this GE's IO subsystem: only ever a matched or survivor's transaction. */
  public final Transaction toIo = output(Transaction.type());
  /** A request that waits for a completion left the queue. */
  public final Bool issued = output(bool());
  public final UInt issuedTag = output(uint(Transaction.TAG_BITS));
  public final Bool issuedTarget = output(bool());
  /** The issued request was discarded: answer it as unsupported. */
  public final Bool issuedDiscarded = output(bool());
  /** The head is a mismatch in duplex. */
  public final Bool headMismatch = output(bool());

  public OutboundDispatch() {
    Bool duplex = mode.is(PairMode.DUPLEX);
    Bool simplex = mode.is(PairMode.SIMPLEX_M0).or(mode.is(PairMode.SIMPLEX_M1));
    Bool fromM1 = mode.is(PairMode.SIMPLEX_M1);
    Transaction chosen = mux(fromM1, head1, head0);

    UInt credits0 = reg(uint(3), IO_CREDITS);
    UInt credits1 = reg(uint(3), IO_CREDITS);
    Bool target = chosen.target();
    Bool targetOnline = ioOnline.bit(target.asUInt());
    Bool haveCredit = mux(target, credits1.ne(0), credits0.ne(0));

    Bool mayGo = headValid.and(duplex.and(headMatched).or(simplex));
    Bool discard = headSuspect.and(culpritKnown.not());
    Bool needsIo = chosen.valid().and(targetOnline).and(discard.not());
    Bool go = mayGo.and(needsIo.not().or(haveCredit));
    Bool toDevice = go.and(needsIo);

    Bool take0 = toDevice.and(target.not());
    Bool take1 = toDevice.and(target);
    credits0.assign(mux(ioReturned.bit(0), lit(IO_CREDITS, 3),
        credits0.add(ioCreditReturn.bit(0).asUInt().extend(3)).sub(take0.asUInt().extend(3))));
    credits1.assign(mux(ioReturned.bit(1), lit(IO_CREDITS, 3),
        credits1.add(ioCreditReturn.bit(1).asUInt().extend(3)).sub(take1.asUInt().extend(3))));

    pop.assign(go);
    popped0.assign(go.and(head0.valid()));
    popped1.assign(go.and(head1.valid()));
    connect(toIo, new Transaction(toDevice.and(target.eq(moduleId)), chosen.kind(), chosen.tag(),
        chosen.address(), chosen.byteEnables(), chosen.data()));
    issued.assign(go.and(chosen.valid()).and(chosen.needsCompletion()));
    issuedTag.assign(chosen.tag());
    issuedTarget.assign(target);
    issuedDiscarded.assign(discard);
    headMismatch.assign(headValid.and(duplex).and(headMatched.not()));
  }
}
