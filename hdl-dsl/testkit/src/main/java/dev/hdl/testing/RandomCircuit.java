package dev.hdl.testing;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.UInt;
import dev.hdl.ir.Memory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random design for differential testing: operators of all widths (also past 64 bits),
 * signed and unsigned, registers with resets and enables, when/switch logic, memories and a
 * child instance. Every register has a reset value and every memory word an initial value, so
 * that after reset no simulator has anything undefined to disagree about.
 */
public final class RandomCircuit extends Component {
  private static final int[] WIDTHS = {1, 2, 3, 5, 8, 13, 16, 31, 32, 33, 63, 64, 65, 100, 130};

  private final long seed;
  private final List<UInt> ins = new ArrayList<>();
  private final List<UInt> outs = new ArrayList<>();

  public RandomCircuit(long seed, int operations, boolean withChild) {
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    List<UInt> pool = new ArrayList<>();
    int inputs = 2 + random.nextInt(3);
    for (int i = 0; i < inputs; i++) {
      ins.add(input(uint(width(random))).named("in" + i));
    }
    pool.addAll(ins);
    if (withChild) {
      long childSeed = random.nextLong();
      RandomCircuit child = instance(() -> new RandomCircuit(childSeed, operations / 2, false));
      for (UInt port : child.ins) {
        port.assign(fit(pool.get(random.nextInt(pool.size())), port.width()));
      }
      pool.addAll(child.outs);
    }
    for (int i = 0; i < operations; i++) {
      pool.add(operation(random, pool));
    }
    int outputs = 1 + random.nextInt(3);
    for (int i = 0; i < outputs; i++) {
      UInt value = pool.get(pool.size() - 1 - random.nextInt(Math.min(pool.size(), 6)));
      UInt out = output(uint(value.width())).named("out" + i);
      out.assign(value);
      outs.add(out);
    }
  }

  @Override
  public String moduleName() {
    return "Random_" + Long.toHexString(seed);
  }

  private static int width(SplittableRandom random) {
    return WIDTHS[random.nextInt(WIDTHS.length)];
  }

  /** {@code v} made {@code width} bits wide, by truncation or zero extension. */
  private static UInt fit(UInt v, int width) {
    return v.width() == width ? v : v.resize(width);
  }

  private static UInt pick(SplittableRandom random, List<UInt> pool) {
    // Favour recent values so that logic grows deep rather than wide.
    int span = Math.min(pool.size(), 8);
    return random.nextInt(4) == 0 ? pool.get(random.nextInt(pool.size())) : pool.get(pool.size() - 1 - random.nextInt(span));
  }

  private UInt operation(SplittableRandom random, List<UInt> pool) {
    UInt a = pick(random, pool);
    UInt b = pick(random, pool);
    Bool c = pick(random, pool).orReduce();
    return switch (random.nextInt(17)) {
      case 0 -> a.add(b);
      case 1 -> a.subExpand(b);
      case 2 -> fit(a, Math.min(a.width(), 40)).mul(fit(b, Math.min(b.width(), 40)));
      case 3 -> a.and(fit(b, a.width())).or(fit(b, a.width()).not());
      case 4 -> a.xor(fit(b, a.width()));
      case 5 -> a.asSInt().addExpand(b.asSInt()).asUInt();
      case 6 -> cat(a.asSInt().lt(b.asSInt()), a.le(b), a.asSInt().ge(b.asSInt()), a.ne(fit(b, a.width())));
      case 7 -> a.asSInt().shiftRight(random.nextInt(a.width() + 2)).asUInt();
      case 8 -> a.shiftLeft(fit(b, Math.min(b.width(), 8)));
      case 9 -> a.asSInt().shiftRight(fit(b, Math.min(b.width(), 8))).asUInt();
      case 10 -> mux(c, a, fit(b, a.width()));
      case 11 -> cat(a, b).slice(Math.min(a.width() + b.width() - 1, random.nextInt(a.width() + b.width())), 0);
      case 12 -> a.asSInt().resize(1 + random.nextInt(140)).asUInt();
      case 13 -> cat(a.andReduce(), a.xorReduce(), a.bit(random.nextInt(a.width())), a.bit(fit(b, 4)));
      case 14 -> register(random, a, c);
      case 15 -> conditional(random, a, b, c);
      default -> memory(random, a, b, c);
    };
  }

  private static UInt register(SplittableRandom random, UInt next, Bool enable) {
    UInt r = reg(uint(next.width()), new BigInteger(next.width(), new java.util.Random(random.nextLong())));
    if (random.nextBoolean()) {
      enable(r, enable);
    }
    r.assign(next);
    return r;
  }

  private static UInt conditional(SplittableRandom random, UInt a, UInt b, Bool c) {
    UInt w = wire(uint(a.width()));
    UInt selector = fit(b, 2);
    if (random.nextBoolean()) {
      when(c, () -> w.assign(a.not())).elseWhen(selector.eq(1), () -> w.assign(fit(b, a.width()))).otherwise(
          () -> w.assign(a));
    } else {
      w.assign(a);
      switchOn(selector, s -> s.is(0, () -> w.assign(a.add(1))).is(new long[] {2, 3}, () -> w.assign(fit(b, a.width()))));
    }
    return w;
  }

  /**
   * Low until the first clock edge after reset: before it, state that has no reset yet is
   * unknown in Verilog (and zero in the JVM), so a memory write then would leave the two
   * simulators with different contents.
   */
  private Bool writesAllowed;

  private UInt memory(SplittableRandom random, UInt a, UInt b, Bool c) {
    if (writesAllowed == null) {
      writesAllowed = reg(bool(), false);
      writesAllowed.assign(lit(true));
    }
    Bool allowed = writesAllowed;
    int depthBits = 1 + random.nextInt(4);
    int width = 8 * (1 + random.nextInt(9));
    Mem<UInt> m = mem(uint(width), 1 << depthBits);
    List<BigInteger> init = new ArrayList<>();
    java.util.Random words = new java.util.Random(random.nextLong());
    for (int i = 0; i < 1 << depthBits; i++) {
      init.add(new BigInteger(width, words));
    }
    m.init(init);
    m.readUnderWrite(random.nextBoolean() ? Memory.ReadUnderWrite.WRITE_FIRST : Memory.ReadUnderWrite.READ_FIRST);
    UInt address = fit(b, depthBits);
    when(c.and(allowed), () -> m.write(address, fit(a, width), fit(a.add(b), width / 8)));
    return random.nextBoolean() ? m.readAsync(fit(a, depthBits)) : m.readSync(fit(a, depthBits));
  }
}
