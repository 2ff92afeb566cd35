package dev.hdl.verilator;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.ResetKind;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import java.math.BigInteger;

/** The few small designs the backend's tests share, so the model cache stays small and warm. */
final class TestDesigns {
  private TestDesigns() {}

  static final BigInteger B_MASK = new BigInteger("f0f0f0f0f0f0f0f0", 16);

  /** Ports of 8, 64 and 100 bits, a counter, a memory of 72-bit words and an assertion. */
  static final class Widths extends Component {
    final UInt a = input(uint(8));
    final UInt b = input(uint(64));
    final UInt c = input(uint(100));
    final UInt aPlus = output(uint(8));
    final UInt bXor = output(uint(64));
    final UInt cPlus = output(uint(100));
    final UInt count = output(uint(8));
    final UInt lastC = output(uint(100));
    final Bool we = input(bool());
    final UInt addr = input(uint(4));
    final UInt wdata = input(uint(72));
    final UInt rdata = output(uint(72));

    Widths() {
      aPlus.assign(a.add(1));
      bXor.assign(b.xor(lit(B_MASK, 64)));
      cPlus.assign(c.add(1));
      UInt counter = reg(uint(8), 0);
      counter.assign(counter.add(1));
      count.assign(counter);
      UInt held = reg(uint(100), 0);
      held.assign(c);
      lastC.assign(held);
      Mem<UInt> ram = mem(uint(72), 16);
      when(we, () -> ram.write(addr, wdata));
      rdata.assign(ram.readAsync(addr));
      assertThat(a.ne(0xEE), "a is never 0xEE");
    }
  }

  /** A counter on each of two clocks, each domain with its own reset. */
  static final class TwoClocks extends Component {
    final Bool clk2 = input(bool());
    final Bool rst2 = input(bool());
    final UInt fast = output(uint(16));
    final UInt slow = output(uint(16));

    TwoClocks() {
      UInt fastCount = reg(uint(16), 0);
      fastCount.assign(fastCount.add(1));
      fast.assign(fastCount);
      ClockDomain second = clockDomain(clk2, rst2, ResetKind.SYNC, false);
      withDomain(second, () -> {
        UInt slowCount = reg(uint(16), 0);
        slowCount.assign(slowCount.add(1));
        slow.assign(slowCount);
      });
    }
  }

  /**
   * A Fibonacci LFSR (taps 16, 14, 13, 11) whose state is the output, plus a memory word added
   * to it, so a fault's effect can be predicted in Java.
   */
  static final class Lfsr extends Component {
    final UInt out = output(uint(16));
    final UInt mixed = output(uint(16));

    Lfsr() {
      UInt state = reg(uint(16), 0xACE1);
      Bool feedback = state.bit(0).xor(state.bit(2)).xor(state.bit(3)).xor(state.bit(5));
      state.assign(cat(feedback, state.slice(15, 1)));
      out.assign(state);
      Mem<UInt> lookup = mem(uint(16), 4);
      lookup.init(0, 0, 0, 0);
      mixed.assign(state.add(lookup.readAsync(state.slice(1, 0))));
    }

    /** The state one cycle after {@code state}. */
    static int next(int state) {
      int feedback = (state ^ (state >> 2) ^ (state >> 3) ^ (state >> 5)) & 1;
      return (feedback << 15) | (state >> 1);
    }
  }

  /** An accumulator: the fourth distinct model for tests that load several at once. */
  static final class Accumulator extends Component {
    final UInt in = input(uint(12));
    final UInt sum = output(uint(12));

    Accumulator() {
      UInt total = reg(uint(12), 0);
      total.assign(total.add(in));
      sum.assign(total);
    }
  }

  static Design widths() {
    return Elaboration.elaborate(Widths::new);
  }

  static Design twoClocks() {
    return Elaboration.elaborate(TwoClocks::new);
  }

  static Design accumulator() {
    return Elaboration.elaborate(Accumulator::new);
  }

  static Design lfsr() {
    return Elaboration.elaborate(Lfsr::new);
  }
}
