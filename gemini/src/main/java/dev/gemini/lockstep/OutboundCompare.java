package dev.gemini.lockstep;

import static dev.hdl.Hdl.*;

import dev.gemini.common.SyncFifo;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Compares M0's and M1's copies of each outbound transaction once aligned, and queues the pair
 * with its verdict until the dispatcher can take it: a mismatch waits at the head while the GEs
 * agree on whom to believe, and then the survivor's copy goes on, so that nothing is lost. Keeps
 * the statistics and the first-mismatch record.
 */
public final class OutboundCompare extends Component {
  /** Pairs in flight: each CPU has {@link #CPU_CREDITS} and a pair may hold one copy only. */
  public static final int CPU_CREDITS = 4;
  public static final int DEPTH = 2 * CPU_CREDITS;

  public final Transaction m0 = input(Transaction.type());
  public final Transaction m1 = input(Transaction.type());
  /** Both CPUs are in service: compare. */
  public final Bool active = input(bool());
  public final Bool pop = input(bool());
  public final Bool clearRecord = input(bool());
  public final UInt cycle = input(uint(32));

  public final Bool headValid = output(bool());
  public final Bool headMatched = output(bool());
  /** The pair was compared and differed: trust neither copy unless the culprit is known. */
  public final Bool headSuspect = output(bool());
  public final Transaction head0 = output(Transaction.type());
  public final Transaction head1 = output(Transaction.type());

  public final Bool mismatch = output(bool());
  public final UInt compared = output(reg(uint(32), 0));
  public final UInt mismatches = output(reg(uint(32), 0));
  /** The first mismatch since the record was cleared: when, which fields, and the two values. */
  public final Bool recorded = output(reg(bool(), false));
  public final UInt recordCycle = output(reg(uint(32), 0));
  public final UInt recordFields = output(reg(uint(Transaction.Field.values().length), 0));
  public final UInt recordSyndrome = output(reg(uint(Transaction.DATA_BITS), 0));
  public final UInt recordValue0 = output(reg(uint(Transaction.DATA_BITS), 0));
  public final UInt recordValue1 = output(reg(uint(Transaction.DATA_BITS), 0));

  public OutboundCompare() {
    TransactionComparator comparator = instance(TransactionComparator::new);
    connect(comparator.m0, m0);
    connect(comparator.m1, m1);
    comparator.active.assign(active);

    int width = 2 + 2 * widthOf(Transaction.type());
    SyncFifo pairs = instance(() -> new SyncFifo(width, DEPTH));
    pairs.push.assign(m0.valid().or(m1.valid()));
    pairs.pushData.assign(cat(active.and(comparator.match.not()), comparator.match, pack(m0), pack(m1)));
    pairs.pop.assign(pop);
    pairs.flush.assign(false);

    UInt entry = pairs.head;
    int half = widthOf(Transaction.type());
    headValid.assign(pairs.headValid);
    headSuspect.assign(entry.bit(width - 1));
    headMatched.assign(entry.bit(width - 2));
    connect(head0, unpack(entry.slice(2 * half - 1, half), Transaction.type()));
    connect(head1, unpack(entry.slice(half - 1, 0), Transaction.type()));

    when(active.and(m0.valid().or(m1.valid())), () -> compared.assign(compared.add(1)));
    when(comparator.mismatch, () -> mismatches.assign(mismatches.add(1)));
    when(comparator.mismatch.and(recorded.not()), () -> {
      recorded.assign(true);
      recordCycle.assign(cycle);
      recordFields.assign(comparator.fields);
      recordSyndrome.assign(comparator.syndrome);
      recordValue0.assign(comparator.value0);
      recordValue1.assign(comparator.value1);
    }).elseWhen(clearRecord, () -> recorded.assign(false));
    mismatch.assign(comparator.mismatch);
  }
}
