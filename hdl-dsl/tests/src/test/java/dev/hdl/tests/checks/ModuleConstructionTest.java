package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.messageOf;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.source.HdlException;
import org.junit.jupiter.api.Test;

/**
 * A module made with a bare {@code new} would never be bound into its parent; the error says
 * how to make it instead.
 */
class ModuleConstructionTest {
  private static final String ADVICE = "Leaf is constructed outside instance(...): make a top module with"
      + " Elaboration.elaborate(() -> new Leaf(...)) and a submodule with instance(() -> new Leaf(...)).";

  static final class Leaf extends Component {
    final UInt out = output(uint(8));

    Leaf() {
      out.assign(lit(1, 8));
    }
  }

  static final class NewsItsChild extends Component {
    static String newAt;

    NewsItsChild() {
      newAt = here(); new Leaf();
    }
  }

  @Test
  void childMadeWithNewInsideAModuleIsRejectedAtTheNew() {
    String message = rejectionOf(NewsItsChild::new);
    assertEquals(NewsItsChild.newAt + ": " + ADVICE, message);
  }

  @Test
  void moduleMadeWithNewOutsideElaborationIsRejectedAtTheNew() {
    String[] at = new String[1];
    HdlException e = assertThrows(HdlException.class, () -> {
      at[0] = here(); new Leaf();
    });
    assertEquals(at[0] + ": " + ADVICE, messageOf(e));
  }
}
