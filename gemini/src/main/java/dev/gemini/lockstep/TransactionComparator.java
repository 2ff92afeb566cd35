package dev.gemini.lockstep;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * Compares the two copies of an outbound transaction, one per module, once they are aligned.
 * {@code valid} is always compared; the payload only when valid, so that idle garbage on the
 * payload lines is not a mismatch. The verdict is registered: it is valid the cycle after the
 * copies are presented, which is the comparator's whole latency.
 */
public final class TransactionComparator extends Component {
  final Transaction local = input(Transaction.type());
  final Transaction partner = input(Transaction.type());
  /** High for one cycle when the copies differ. */
  final Bool mismatch = output(bool());
  /** Which fields differed, one bit per {@link Transaction.Field}. */
  final UInt fields = output(uint(Transaction.Field.values().length));
  /** XOR of the two data fields: which data bits differed. */
  final UInt syndrome = output(uint(Transaction.DATA_BITS));

  public TransactionComparator() {
    Bool validDiffers = local.valid().ne(partner.valid());
    Bool compared = local.valid().and(partner.valid());
    UInt dataSyndrome = local.data().xor(partner.data());
    UInt differing = cat(
        compared.and(dataSyndrome.orReduce()),
        compared.and(local.byteEnables().ne(partner.byteEnables())),
        compared.and(local.address().ne(partner.address())),
        compared.and(local.tag().ne(partner.tag())),
        compared.and(local.kind().ne(partner.kind())),
        validDiffers);

    UInt fieldsSeen = regNext(differing);
    UInt syndromeSeen = regNext(mux(compared, dataSyndrome, lit(0, Transaction.DATA_BITS)));
    mismatch.assign(fieldsSeen.orReduce());
    fields.assign(fieldsSeen);
    syndrome.assign(syndromeSeen);
  }
}
