package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import java.util.List;

/** Values bound to fields of a module. */
final class FieldIdioms {
  private FieldIdioms() {}

  static List<Idiom> all() {
    return List.of(
        Idiom.of("port fields initialised inline", PortFields::new, "enable", "data", "result"),
        Idiom.of("final field initialised inline from other fields", InlineExpression::new, "masked"),
        Idiom.of("final field initialised in the constructor", AssignedInConstructor::new, "total"),
        Idiom.of("field assigned in a method the constructor calls", AssignedInMethod::new, "state"),
        Idiom.of("fields of an abstract base and its subclass", Tripler::new, "in", "doubled", "tripled"),
        Idiom.of("local later stored in a field keeps the local's name", LocalThenField::new, "tmp"));
  }

  static final class PortFields extends Component {
    final Bool enable = input(bool());
    final UInt data = input(uint(8));
    final UInt result = output(uint(8));

    PortFields() {
      result.assign(mux(enable, data, lit(0, 8)));
    }
  }

  static final class InlineExpression extends Operands {
    final UInt masked = a.and(b);

    InlineExpression() {
      y.assign(masked);
    }
  }

  static final class AssignedInConstructor extends Operands {
    final UInt total;

    AssignedInConstructor() {
      total = a.add(b);
      y.assign(total);
    }
  }

  static final class AssignedInMethod extends Operands {
    private UInt state;

    AssignedInMethod() {
      build();
      y.assign(state);
    }

    private void build() {
      state = reg(uint(8), 0);
      state.assign(a);
    }
  }

  abstract static class Doubler extends Component {
    final UInt in = input(uint(8));
    final UInt doubled;

    Doubler() {
      doubled = in.add(in);
    }
  }

  static final class Tripler extends Doubler {
    final UInt tripled = doubled.add(in);
    final UInt out = output(uint(8));

    Tripler() {
      out.assign(tripled);
    }
  }

  static final class LocalThenField extends Operands {
    final UInt kept;

    LocalThenField() {
      UInt tmp = a.add(b);
      kept = tmp;
      y.assign(kept);
    }
  }
}
