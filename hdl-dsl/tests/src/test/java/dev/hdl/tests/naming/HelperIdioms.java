package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Signal;
import dev.hdl.UInt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Values built in helper methods, named by the helper's locals or by where the caller keeps them. */
final class HelperIdioms {
  private HelperIdioms() {}

  static List<Idiom> all() {
    return List.of(
        Idiom.of("helper's local returned to a caller's local", HelperLocal::new, "r").derived("a_gt_200"),
        Idiom.of("helper's local returned into an expression", HelperLocalUnkept::new, "clipped"),
        Idiom.of("value returned directly from a helper, stored by the caller", ReturnedDirectly::new, "doubled"),
        Idiom.of("helper local, helper called twice", HelperCalledTwice::new, "next", "next_1"),
        Idiom.of("helper returning directly, called twice", TwoCallers::new, "first", "second"),
        Idiom.of("static helper in another class returning directly", StaticReturn::new, "avg"),
        Idiom.of("static helper in another class with a local", StaticLocal::new, "odd"),
        Idiom.of("chain of helpers returning directly", HelperChain::new, "r"),
        Idiom.of("generic helper", GenericHelper::new, "late", "lateFlag"),
        Idiom.of("helper returning a Java ternary", TernaryReturn::new, "stepped"),
        Idiom.of("lambda held in a functional interface", FunctionalInterface::new, "bumped"),
        Idiom.of("helper result stored in a field", HelperIntoField::new, "peak"),
        Idiom.of("value handed to a helper that returns it", Passthrough::new, "checked"),
        Idiom.of("values kept by a helper object's constructor", HelperObject::new, "pair_low", "pair_high"),
        Idiom.of("values pushed into a helper object's list", HelperObjectList::new, "stages_0", "stages_1"),
        Idiom.of("helper object computing in its constructor", ComputingObject::new, "sum"),
        Idiom.of("default method of an interface", InterfaceDefault::new, "inverted"),
        Idiom.of("helper inherited from a base module", InheritedHelper::new, "halved"),
        Idiom.of("anonymous Runnable passed to when", AnonymousBody::new, "inner"));
  }

  static final class HelperLocal extends Operands {
    HelperLocal() {
      UInt r = saturate(a);
      y.assign(r);
    }

    static UInt saturate(UInt x) {
      UInt clipped = mux(x.gt(200), lit(200, 8), x);
      return clipped;
    }
  }

  static final class HelperLocalUnkept extends Operands {
    HelperLocalUnkept() {
      y.assign(HelperLocal.saturate(a).add(1));
    }
  }

  static final class ReturnedDirectly extends Operands {
    ReturnedDirectly() {
      UInt doubled = twice(a);
      y.assign(doubled);
    }

    private UInt twice(UInt x) {
      return x.add(x);
    }
  }

  static final class HelperCalledTwice extends Operands {
    HelperCalledTwice() {
      y.assign(increment(increment(a)));
    }

    private UInt increment(UInt x) {
      UInt next = x.add(1);
      return next;
    }
  }

  static final class TwoCallers extends Operands {
    TwoCallers() {
      UInt first = twice(a);
      UInt second = twice(b);
      y.assign(first.xor(second));
    }

    private UInt twice(UInt x) {
      return x.add(x);
    }
  }

  static final class StaticReturn extends Operands {
    StaticReturn() {
      UInt avg = Arithmetic.average(a, b);
      y.assign(avg);
    }
  }

  static final class StaticLocal extends Operands {
    StaticLocal() {
      y.assign(mux(Arithmetic.parity(a), a, b));
    }
  }

  static final class HelperChain extends Operands {
    HelperChain() {
      UInt r = outer(a);
      y.assign(r);
    }

    private UInt outer(UInt x) {
      return inner(x);
    }

    private UInt inner(UInt x) {
      return x.sub(1);
    }
  }

  static final class GenericHelper extends Operands {
    GenericHelper() {
      Bool flag = input(bool());
      UInt late = delayed(a);
      Bool lateFlag = delayed(flag);
      y.assign(mux(lateFlag, late, b));
    }

    private static <S extends Signal<S>> S delayed(S x) {
      return regNext(x);
    }
  }

  static final class TernaryReturn extends Operands {
    TernaryReturn() {
      UInt stepped = step(a, true);
      y.assign(stepped);
    }

    private static UInt step(UInt x, boolean up) {
      return up ? x.add(1) : x.sub(1);
    }
  }

  static final class FunctionalInterface extends Operands {
    FunctionalInterface() {
      UnaryOperator<UInt> increment = x -> x.add(1);
      UInt bumped = increment.apply(a);
      y.assign(bumped);
    }
  }

  static final class HelperIntoField extends Operands {
    final UInt peak = larger(a, b);

    HelperIntoField() {
      y.assign(peak);
    }

    private static UInt larger(UInt x, UInt z) {
      return mux(x.gt(z), x, z);
    }
  }

  static final class Passthrough extends Operands {
    Passthrough() {
      UInt checked = nonZero(a.sub(b));
      y.assign(checked);
    }

    /** Returns its argument after describing a check on it. */
    private static UInt nonZero(UInt x) {
      cover(x.eq(0), "difference is zero");
      return x;
    }
  }

  /** An ordinary class (not a record) holding two values. */
  static final class Halves {
    final UInt low;
    final UInt high;

    Halves(UInt low, UInt high) {
      this.low = low;
      this.high = high;
    }
  }

  static final class HelperObject extends Operands {
    HelperObject() {
      Halves pair = new Halves(a.slice(3, 0), a.slice(7, 4));
      y.assign(cat(pair.high, pair.low));
    }
  }

  /** A pipeline builder that keeps the registers it makes. */
  static final class Pipeline {
    final List<UInt> stages = new ArrayList<>();

    UInt push(UInt stage) {
      stages.add(stage);
      return stage;
    }
  }

  static final class HelperObjectList extends Operands {
    HelperObjectList() {
      Pipeline pipe = new Pipeline();
      UInt last = pipe.push(regNext(a));
      last = pipe.push(regNext(last));
      y.assign(last);
    }
  }

  /** A helper object that computes in its constructor and keeps the result in a field. */
  static final class Summer {
    final UInt sum;

    Summer(UInt x, UInt z) {
      sum = x.add(z);
    }
  }

  static final class ComputingObject extends Operands {
    ComputingObject() {
      y.assign(new Summer(a, b).sum);
    }
  }

  interface Inverting {
    default UInt invert(UInt x) {
      return x.not();
    }
  }

  static final class InterfaceDefault extends Operands implements Inverting {
    InterfaceDefault() {
      UInt inverted = invert(a);
      y.assign(inverted);
    }
  }

  abstract static class Halving extends Operands {
    protected UInt half(UInt x) {
      return x.shiftRight(1);
    }
  }

  static final class InheritedHelper extends Halving {
    InheritedHelper() {
      UInt halved = half(b);
      y.assign(halved);
    }
  }

  static final class AnonymousBody extends Operands {
    AnonymousBody() {
      Bool en = input(bool());
      y.assign(b);
      when(en, new Runnable() {
        @Override
        public void run() {
          UInt inner = a.and(b);
          y.assign(inner);
        }
      });
    }
  }
}
