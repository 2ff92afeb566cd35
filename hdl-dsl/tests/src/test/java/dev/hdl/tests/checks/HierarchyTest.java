package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.UInt;
import org.junit.jupiter.api.Test;

/**
 * A module reaches another only through the ports of its direct children. Java lets a design
 * hold a reference to any signal, so elaboration has to refuse the ones that cross a boundary.
 */
class HierarchyTest {
  /** A child whose internal wire is reachable as a Java field, though not as hardware. */
  static final class Leaf extends Component {
    static String internalAt;
    final UInt out = output(uint(8));
    final UInt internal;

    Leaf() {
      internalAt = here(); internal = wire(uint(8));
      internal.assign(lit(3, 8));
      out.assign(internal);
    }
  }

  static final class ReadsChildInternal extends Component {
    static String read;

    ReadsChildInternal() {
      UInt y = output(uint(8));
      Leaf leaf = instance(Leaf::new);
      read = here(); y.assign(leaf.internal);
    }
  }

  @Test
  void parentCannotReadAChildsWire() {
    String message = rejectionOf(ReadsChildInternal::new);
    assertEquals(ReadsChildInternal.read + ": hierarchy violation: wire 'internal' (" + Leaf.internalAt
        + ") belongs to Leaf, not to ReadsChildInternal. A module reaches another only through the ports of its"
        + " direct children; pass the value through a port.", message);
  }

  /** A child handed one of its parent's signals through its Java constructor. */
  static final class Follower extends Component {
    static String use;
    final UInt out = output(uint(8));

    Follower(UInt fromParent) {
      use = here(); out.assign(fromParent);
    }
  }

  static final class LendsItsInput extends Component {
    static String in;

    LendsItsInput() {
      in = here(); UInt a = input(uint(8));
      UInt y = output(uint(8));
      Follower f = instance(() -> new Follower(a));
      y.assign(f.out);
    }
  }

  @Test
  void childCannotUseItsParentsSignal() {
    String message = rejectionOf(LendsItsInput::new);
    assertEquals(Follower.use + ": hierarchy violation: input 'a' (" + LendsItsInput.in
        + ") belongs to LendsItsInput, not to Follower. A module reaches another only through the ports of its"
        + " direct children; pass the value through a port.", message);
  }

  static final class DrivesChildOutput extends Component {
    static String drive;

    DrivesChildOutput() {
      UInt a = input(uint(8));
      UInt y = output(uint(8));
      Leaf leaf = instance(Leaf::new);
      drive = here(); leaf.out.assign(a);
      y.assign(leaf.out);
    }
  }

  @Test
  void parentCannotDriveAChildsOutput() {
    String message = rejectionOf(DrivesChildOutput::new);
    assertEquals(DrivesChildOutput.drive
        + ": output 'out' of instance 'leaf' is driven inside Leaf; the parent can only read it.", message);
  }

  static final class AssignsItsInput extends Component {
    static String in, assign;

    AssignsItsInput() {
      in = here(); UInt a = input(uint(8));
      UInt b = input(uint(8));
      assign = here(); a.assign(b);
    }
  }

  @Test
  void moduleCannotAssignItsOwnInput() {
    String message = rejectionOf(AssignsItsInput::new);
    assertEquals(AssignsItsInput.assign + ": input 'a' of AssignsItsInput (" + AssignsItsInput.in
        + ") is driven from outside the module; it cannot be assigned inside it.", message);
  }

  static final class AssignsASum extends Component {
    static String sumAt, assign;

    AssignsASum() {
      UInt a = input(uint(8));
      UInt b = input(uint(8));
      sumAt = here(); UInt sum = a.add(b);
      assign = here(); sum.assign(b);
    }
  }

  @Test
  void expressionResultCannotBeAssigned() {
    String message = rejectionOf(AssignsASum::new);
    assertEquals(AssignsASum.assign + ": cannot assign to the result of add 'sum' (" + AssignsASum.sumAt
        + "): only wires, registers and outputs can be assigned. Declare a wire(...) and assign that.", message);
  }
}
