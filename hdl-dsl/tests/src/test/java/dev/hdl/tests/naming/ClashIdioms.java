package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.Component;
import dev.hdl.UInt;
import java.util.List;

/** Names the Verilog cannot take as they are: keywords, clashes, and names the user chose explicitly. */
final class ClashIdioms {
  private ClashIdioms() {}

  static List<Idiom> all() {
    return List.of(
        Idiom.of("Verilog keywords as local names", KeywordLocals::new, "wire_", "begin_", "reg_", "module_"),
        Idiom.of("Verilog keyword as a port name", KeywordPort::new, "output_", "input_"),
        Idiom.of("one name in two helper methods", SameLocalInTwoHelpers::new, "x", "x_1"),
        Idiom.of("local with the name of a port", LocalLikePort::new, "y_1"),
        Idiom.of("local with the name of a derived temporary", LocalLikeTemporary::new, "a_add_b")
            .derived("a_add_b_1"),
        Idiom.of("explicit name on a local", ExplicitName::new).explicit("total"),
        Idiom.of("explicit name after the local took its own", RenamedLater::new).explicit("renamed"),
        Idiom.of("explicit name on a field", ExplicitFieldName::new).explicit("status"));
  }

  static final class KeywordLocals extends Operands {
    KeywordLocals() {
      UInt wire = a.add(b);
      UInt begin = wire.sub(b);
      UInt reg = regNext(begin);
      UInt module = reg.xor(a);
      y.assign(module);
    }
  }

  static final class KeywordPort extends Component {
    final UInt input = input(uint(8));
    final UInt output = output(uint(8));

    KeywordPort() {
      output.assign(input);
    }
  }

  static final class SameLocalInTwoHelpers extends Operands {
    SameLocalInTwoHelpers() {
      y.assign(low(a).or(high(b)));
    }

    private static UInt low(UInt v) {
      UInt x = v.and(lit(0x0f, 8));
      return x;
    }

    private static UInt high(UInt v) {
      UInt x = v.and(lit(0xf0, 8));
      return x;
    }
  }

  /** Ports keep their names; the local that clashes with one gives way. */
  static final class LocalLikePort extends Component {
    LocalLikePort() {
      UInt a = input(uint(8));
      UInt out = output(uint(8)).named("y");
      UInt y = a.add(1);
      out.assign(y);
    }
  }

  /** A name the user chose wins over one the language derived for a temporary. */
  static final class LocalLikeTemporary extends Operands {
    LocalLikeTemporary() {
      UInt sum = a.add(b).add(1);
      UInt a_add_b = a.add(b);
      y.assign(sum.xor(a_add_b));
    }
  }

  static final class ExplicitName extends Operands {
    ExplicitName() {
      UInt sum = a.add(b).named("total");
      y.assign(sum);
    }
  }

  static final class RenamedLater extends Operands {
    RenamedLater() {
      UInt original = a.sub(b);
      original.named("renamed");
      y.assign(original);
    }
  }

  static final class ExplicitFieldName extends Operands {
    final UInt flags = a.or(b).named("status");

    ExplicitFieldName() {
      y.assign(flags);
    }
  }
}
