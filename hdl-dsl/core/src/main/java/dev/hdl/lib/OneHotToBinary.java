package dev.hdl.lib;

import static dev.hdl.Hdl.*;
import static dev.hdl.lib.Widths.bitsFor;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One-hot to index: {@code index} is the position of the set bit of the {@code n}-bit {@code
 * oneHot}, and 0 when no bit is set. With several bits set it is the OR of their positions,
 * which is what the gates cost: check one-hotness first where that can happen.
 */
public final class OneHotToBinary extends Component {
  public final UInt oneHot;
  public final UInt index;
  private final int n;

  /** An encoder of {@code n} (at least 1) bits; {@code index} has {@code bitsFor(n - 1)} bits. */
  public OneHotToBinary(int n) {
    Caller.require(n >= 1, "a one-hot value has at least 1 bit, not " + n + ".");
    this.n = n;
    oneHot = input(uint(n));
    index = output(uint(bitsFor(n - 1)));

    // Bit b of the index is the OR of the positions that have bit b set.
    List<Bool> indexBits = new ArrayList<>();
    for (int b = 0; b < index.width(); b++) {
      int bit = b;
      Bool[] positions = IntStream.range(0, n).filter(i -> (i >> bit & 1) == 1).mapToObj(oneHot::bit)
          .toArray(Bool[]::new);
      indexBits.add(positions.length == 0 ? lit(false) : cat(positions).orReduce());
    }
    index.assign(cat(indexBits.reversed().toArray(Bool[]::new))); // cat takes the top bit first
  }

  @Override
  public String moduleName() {
    return "OneHotToBinary_" + n;
  }
}
