package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.UInt;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Values bound to locals of lambdas: bodies of when and switchOn, and Java streams. */
final class LambdaIdioms {
  private LambdaIdioms() {}

  static List<Idiom> all() {
    return List.of(
        Idiom.of("local in a when body", WhenBody::new, "bumped"),
        Idiom.of("locals in when, elseWhen and otherwise", WhenChainBodies::new, "up", "down", "hold"),
        Idiom.of("locals in switchOn arms", SwitchArms::new, "plus", "minus", "neither"),
        Idiom.of("nested lambdas", Nested::new, "deep"),
        Idiom.of("one name in two lambdas", SameNameTwice::new, "step", "step_1"),
        Idiom.of("lambda kept in a Runnable, then passed to when", StoredRunnable::new, "kept"),
        Idiom.of("local in a forEach lambda", ForEach::new, "term", "term_1", "term_2"),
        Idiom.of("values mapped by a stream into a local list", StreamToLocal::new, "sums_0", "sums_1", "sums_2"),
        Idiom.of("values mapped by a stream into a field", StreamToField::new, "taps_0", "taps_1"),
        Idiom.of("value returned by a Supplier lambda", SupplierLambda::new, "got"));
  }

  static final class WhenBody extends Operands {
    WhenBody() {
      Bool en = input(bool());
      y.assign(a);
      when(en, () -> {
        UInt bumped = a.add(1);
        y.assign(bumped);
      });
    }
  }

  static final class WhenChainBodies extends Operands {
    WhenChainBodies() {
      Bool inc = input(bool());
      Bool dec = input(bool());
      when(inc, () -> {
        UInt up = a.add(1);
        y.assign(up);
      }).elseWhen(dec, () -> {
        UInt down = a.sub(1);
        y.assign(down);
      }).otherwise(() -> {
        UInt hold = a.and(b);
        y.assign(hold);
      });
    }
  }

  static final class SwitchArms extends Operands {
    SwitchArms() {
      UInt op = input(uint(2));
      switchOn(op, s -> s
          .is(0, () -> {
            UInt plus = a.add(b);
            y.assign(plus);
          })
          .is(1, () -> {
            UInt minus = a.sub(b);
            y.assign(minus);
          })
          .otherwise(() -> {
            UInt neither = a.xor(b);
            y.assign(neither);
          }));
    }
  }

  static final class Nested extends Operands {
    Nested() {
      Bool outer = input(bool());
      UInt op = input(uint(1));
      y.assign(a);
      when(outer, () -> switchOn(op, s -> s.is(1, () -> {
        UInt deep = a.mul(b).truncate(8);
        y.assign(deep);
      })));
    }
  }

  static final class SameNameTwice extends Operands {
    SameNameTwice() {
      Bool go = input(bool());
      y.assign(a);
      when(go, () -> {
        UInt step = a.add(1);
        y.assign(step);
      }).otherwise(() -> {
        UInt step = b.add(1);
        y.assign(step);
      });
    }
  }

  static final class StoredRunnable extends Operands {
    StoredRunnable() {
      Bool go = input(bool());
      Runnable body = () -> {
        UInt kept = a.or(b);
        y.assign(kept);
      };
      y.assign(b);
      when(go, body);
    }
  }

  static final class ForEach extends Operands {
    ForEach() {
      UInt[] last = {a};
      IntStream.range(1, 4).forEach(i -> {
        UInt term = last[0].add(i);
        last[0] = term;
      });
      y.assign(last[0]);
    }
  }

  static final class StreamToLocal extends Operands {
    StreamToLocal() {
      List<UInt> sums = IntStream.range(0, 3).mapToObj(i -> a.add(i)).toList();
      y.assign(sums.get(2));
    }
  }

  static final class StreamToField extends Operands {
    final List<UInt> taps = IntStream.range(0, 2).mapToObj(i -> a.sub(i)).toList();

    StreamToField() {
      y.assign(taps.get(1));
    }
  }

  static final class SupplierLambda extends Operands {
    SupplierLambda() {
      Supplier<UInt> later = () -> a.xor(b);
      UInt got = later.get();
      y.assign(got);
    }
  }
}
