package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.Bits;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.SInt;
import dev.hdl.UInt;
import java.util.List;

/** Values bound to local variables of a module's constructor. */
final class LocalIdioms {
  private LocalIdioms() {}

  static List<Idiom> all() {
    return List.of(
        Idiom.of("local bound to an operator result", OperatorResult::new, "sum"),
        Idiom.of("var local", VarLocal::new, "diff"),
        Idiom.of("local wire assigned later", WireThenAssign::new, "w"),
        Idiom.of("local register with reset", Counter::new, "count"),
        Idiom.of("local input and output", LocalPorts::new, "x", "y"),
        Idiom.of("local assigned in both arms of a Java if", () -> new AssignedInIf(true), "pick"),
        Idiom.of("local in a for loop", ForLoop::new, "t", "t_1", "t_2"),
        Idiom.of("local reassigned in a reduction loop", Reduction::new, "acc", "acc_1", "acc_2"),
        Idiom.of("local in an enhanced for loop", EnhancedFor::new, "d", "d_1"),
        Idiom.of("local in a while loop", WhileLoop::new, "hit", "hit_1"),
        Idiom.of("Java ternary, first arm taken", () -> new Ternary(true), "r"),
        Idiom.of("Java ternary, second arm taken", () -> new Ternary(false), "r"),
        Idiom.of("switch expression", () -> new SwitchExpression(1), "r"),
        Idiom.of("locals of sibling blocks sharing a slot", SiblingBlocks::new, "inner", "other"),
        Idiom.of("conversions", Conversions::new, "cut", "wide", "raw", "signed_"),
        Idiom.of("comparisons", Comparisons::new, "less", "same"),
        Idiom.of("mux and cat", MuxAndCat::new, "chosen", "joined"),
        Idiom.of("bit and slice", BitAndSlice::new, "top", "low"),
        Idiom.of("chained calls name only the last", Chained::new, "r").derived("a_add_b"),
        Idiom.of("signed arithmetic", SignedArithmetic::new, "delta"),
        Idiom.of("local in an old-style switch statement", () -> new SwitchStatement(2), "shifted"),
        Idiom.of("assignment chain keeps the innermost name", AssignmentChain::new, "inner"),
        Idiom.of("Java ternary with a signal in one arm", () -> new HalfTernary(false), "r"),
        Idiom.of("nested Java ternary", () -> new NestedTernary(2), "r"),
        Idiom.of("local in a do-while loop", DoWhile::new, "part", "part_1"),
        Idiom.of("explicit this for a field", ExplicitThis::new, "total"));
  }

  static final class OperatorResult extends Operands {
    OperatorResult() {
      UInt sum = a.add(b);
      y.assign(sum);
    }
  }

  static final class VarLocal extends Operands {
    VarLocal() {
      var diff = a.sub(b);
      y.assign(diff);
    }
  }

  static final class WireThenAssign extends Operands {
    WireThenAssign() {
      UInt w = wire(uint(8));
      w.assign(a);
      y.assign(w);
    }
  }

  static final class Counter extends Operands {
    Counter() {
      UInt count = reg(uint(8), 0);
      count.assign(count.add(a));
      y.assign(count);
    }
  }

  static final class LocalPorts extends Component {
    LocalPorts() {
      UInt x = input(uint(4));
      UInt y = output(uint(4));
      y.assign(x);
    }
  }

  static final class AssignedInIf extends Operands {
    AssignedInIf(boolean wide) {
      UInt pick;
      if (wide) {
        pick = a.add(b);
      } else {
        pick = a.sub(b);
      }
      y.assign(pick);
    }
  }

  static final class ForLoop extends Operands {
    ForLoop() {
      UInt last = a;
      for (int i = 0; i < 3; i++) {
        UInt t = last.add(i);
        last = t;
      }
      y.assign(last);
    }
  }

  static final class Reduction extends Operands {
    Reduction() {
      UInt acc = a;
      for (int i = 0; i < 3; i++) {
        acc = acc.add(b);
      }
      y.assign(acc);
    }
  }

  static final class EnhancedFor extends Operands {
    EnhancedFor() {
      UInt result = a;
      for (UInt in : List.of(a, b)) {
        UInt d = regNext(in);
        result = d;
      }
      y.assign(result);
    }
  }

  static final class WhileLoop extends Operands {
    WhileLoop() {
      Bool any = lit(false);
      int i = 0;
      while (i < 2) {
        Bool hit = a.eq(i);
        any = hit;
        i++;
      }
      y.assign(any.asUInt().resize(8));
    }
  }

  static final class Ternary extends Operands {
    Ternary(boolean up) {
      UInt r = up ? a.add(b) : a.sub(b);
      y.assign(r);
    }
  }

  static final class SwitchExpression extends Operands {
    SwitchExpression(int mode) {
      UInt r = switch (mode) {
        case 0 -> a.add(b);
        case 1 -> a.sub(b);
        default -> a.and(b);
      };
      y.assign(r);
    }
  }

  static final class SiblingBlocks extends Operands {
    SiblingBlocks() {
      UInt z = output(uint(8));
      {
        UInt inner = a.xor(b);
        y.assign(inner);
      }
      {
        UInt other = a.or(b);
        z.assign(other);
      }
    }
  }

  static final class Conversions extends Operands {
    Conversions() {
      UInt cut = a.truncate(4);
      UInt wide = a.resize(16);
      Bits raw = a.asBits();
      SInt signed = b.asSInt();
      y.assign(cat(cut, wide.slice(15, 14), raw.slice(1, 0).asUInt()));
      SInt s = output(sint(8));
      s.assign(signed);
    }
  }

  static final class Comparisons extends Operands {
    Comparisons() {
      Bool less = a.lt(b);
      Bool same = a.eq(b);
      y.assign(less.or(same).asUInt().resize(8));
    }
  }

  static final class MuxAndCat extends Operands {
    MuxAndCat() {
      Bool sel = input(bool());
      UInt chosen = mux(sel, a, b);
      UInt joined = cat(a, b);
      y.assign(chosen);
      UInt z = output(uint(16));
      z.assign(joined);
    }
  }

  static final class BitAndSlice extends Operands {
    BitAndSlice() {
      Bool top = a.bit(7);
      UInt low = a.slice(3, 0);
      y.assign(cat(top, low, low.slice(2, 0)));
    }
  }

  static final class Chained extends Operands {
    Chained() {
      UInt r = a.add(b).sub(b);
      y.assign(r);
    }
  }

  static final class SignedArithmetic extends Component {
    SignedArithmetic() {
      SInt x = input(sint(8));
      SInt y = input(sint(8));
      SInt delta = x.sub(y);
      SInt z = output(sint(8));
      z.assign(delta);
    }
  }

  static final class SwitchStatement extends Operands {
    SwitchStatement(int amount) {
      switch (amount) {
        case 0:
          y.assign(a);
          break;
        default:
          UInt shifted = a.shiftLeft(amount);
          y.assign(shifted);
          break;
      }
    }
  }

  static final class AssignmentChain extends Operands {
    AssignmentChain() {
      UInt inner;
      UInt outer = inner = a.or(b);
      y.assign(outer.and(inner));
    }
  }

  static final class HalfTernary extends Operands {
    HalfTernary(boolean pass) {
      UInt r = pass ? a : a.add(b);
      y.assign(r);
    }
  }

  static final class NestedTernary extends Operands {
    NestedTernary(int mode) {
      UInt r = mode == 0 ? a.add(b) : mode == 1 ? a.sub(b) : a.xor(b);
      y.assign(r);
    }
  }

  static final class DoWhile extends Operands {
    DoWhile() {
      UInt acc = a;
      int i = 0;
      do {
        UInt part = acc.shiftLeft(1);
        acc = part;
        i++;
      } while (i < 2);
      y.assign(acc);
    }
  }

  static final class ExplicitThis extends Operands {
    private final UInt total;

    ExplicitThis() {
      this.total = a.add(b);
      y.assign(this.total);
    }
  }
}
