package dev.gemini.lockstep;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Compares the two modules' copies of an outbound transaction once the link's latency has
 * aligned them. {@code valid} is always compared; the payload only when both are valid, so that
 * idle garbage on the payload lines is not a mismatch. {@code match} is combinational, to gate
 * the transaction's way to IO in the same cycle; the report (which fields, the syndrome and both
 * values of the most telling differing field) is registered, one cycle later.
 */
public final class TransactionComparator extends Component {
  public final Transaction m0 = input(Transaction.type());
  public final Transaction m1 = input(Transaction.type());
  /** High while the copies are to be compared (both CPUs in lockstep). */
  public final Bool active = input(bool());
  /** The copies agree: the transaction may go on. */
  public final Bool match = output(bool());
  /** High for one cycle, the cycle after the copies differed while active. */
  public final Bool mismatch = output(reg(bool(), false));
  /** Which fields differed, one bit per {@link Transaction.Field}, valid in bit 0. */
  public final UInt fields = output(uint(Transaction.Field.values().length));
  /** XOR of the two values below. */
  public final UInt syndrome = output(uint(Transaction.DATA_BITS));
  /** M0's and M1's value of the first differing field, in the order data, address, enables, tag, kind, valid. */
  public final UInt value0 = output(uint(Transaction.DATA_BITS));
  public final UInt value1 = output(uint(Transaction.DATA_BITS));

  public TransactionComparator() {
    Bool compared = m0.valid().and(m1.valid());
    Bool dataDiffers = compared.and(m0.data().ne(m1.data()));
    Bool addressDiffers = compared.and(m0.address().ne(m1.address()));
    Bool enablesDiffer = compared.and(m0.byteEnables().ne(m1.byteEnables()));
    Bool tagDiffers = compared.and(m0.tag().ne(m1.tag()));
    Bool kindDiffers = compared.and(m0.kind().ne(m1.kind()));
    Bool validDiffers = m0.valid().ne(m1.valid());
    UInt differing = cat(dataDiffers, enablesDiffer, addressDiffers, tagDiffers, kindDiffers, validDiffers);
    Bool differs = differing.orReduce();

    int w = Transaction.DATA_BITS;
    UInt first0 = mux(dataDiffers, m0.data(), mux(addressDiffers, m0.address().extend(w),
        mux(enablesDiffer, m0.byteEnables().extend(w), mux(tagDiffers, m0.tag().extend(w),
            mux(kindDiffers, m0.kind().extend(w), m0.valid().asUInt().extend(w))))));
    UInt first1 = mux(dataDiffers, m1.data(), mux(addressDiffers, m1.address().extend(w),
        mux(enablesDiffer, m1.byteEnables().extend(w), mux(tagDiffers, m1.tag().extend(w),
            mux(kindDiffers, m1.kind().extend(w), m1.valid().asUInt().extend(w))))));

    Bool reported = active.and(differs);
    mismatch.assign(reported);
    UInt fieldsSeen = reg(uint(differing.width()), 0);
    UInt value0Seen = reg(uint(w), 0);
    UInt value1Seen = reg(uint(w), 0);
    when(reported, () -> {
      fieldsSeen.assign(differing);
      value0Seen.assign(first0);
      value1Seen.assign(first1);
    });

    match.assign(differs.not());
    fields.assign(fieldsSeen);
    syndrome.assign(value0Seen.xor(value1Seen));
    value0.assign(value0Seen);
    value1.assign(value1Seen);
  }
}
