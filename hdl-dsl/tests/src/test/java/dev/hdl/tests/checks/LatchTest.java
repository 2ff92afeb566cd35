package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.HwEnum;
import dev.hdl.UInt;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.Op;
import dev.hdl.pass.LoweredModule;
import dev.hdl.pass.Lowering;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Combinational logic assigned on some paths only would have to remember its value: a latch.
 * The message starts at the first assignment and lists them all, since one of them needs a
 * companion on the missing path.
 */
class LatchTest {
  static final class WhenWithoutOtherwise extends Component {
    static String declared, assign;

    WhenWithoutOtherwise() {
      Bool c = input(bool());
      UInt a = input(uint(8));
      UInt y = output(uint(8));
      declared = here(); UInt w = wire(uint(8));
      when(c, () -> { assign = here(); w.assign(a); });
      y.assign(w);
    }
  }

  @Test
  void wireAssignedOnlyUnderWhenIsALatch() {
    String message = rejectionOf(WhenWithoutOtherwise::new);
    assertEquals(WhenWithoutOtherwise.assign + ": latch: wire 'w' (" + WhenWithoutOtherwise.declared
        + ") of WhenWithoutOtherwise is assigned only under conditions that do not cover every case (at "
        + WhenWithoutOtherwise.assign + "), so it would have to remember its value. Assign a default before the"
        + " when/switch, or add otherwise(...).", message);
  }

  static final class WhenWithOtherwise extends Component {
    WhenWithOtherwise() {
      Bool c = input(bool());
      UInt a = input(uint(8));
      UInt y = output(uint(8));
      UInt w = wire(uint(8));
      when(c, () -> w.assign(a)).otherwise(() -> w.assign(a.add(1)));
      y.assign(w);
    }
  }

  @Test
  void otherwiseCoversTheRest() {
    assertDoesNotThrow(() -> Elaboration.elaborate(WhenWithOtherwise::new));
  }

  /** Cases 0 and 1 of a 2-bit subject leave 2 and 3 unassigned. */
  static final class SwitchMissingValues extends Component {
    static String declared, zero, one;

    SwitchMissingValues() {
      UInt s = input(uint(2));
      UInt a = input(uint(8));
      declared = here(); UInt y = output(uint(8));
      switchOn(s, cases -> cases
          .is(0, () -> { zero = here(); y.assign(a); })
          .is(1, () -> { one = here(); y.assign(a.add(1)); }));
    }
  }

  @Test
  void switchWithoutOtherwiseNotCoveringEveryValueIsALatch() {
    String message = rejectionOf(SwitchMissingValues::new);
    assertEquals(SwitchMissingValues.zero + ": latch: output 'y' (" + SwitchMissingValues.declared
        + ") of SwitchMissingValues is assigned only under conditions that do not cover every case (at "
        + SwitchMissingValues.zero + ", " + SwitchMissingValues.one + "), so it would have to remember its value."
        + " Assign a default before the when/switch, or add otherwise(...).", message);
  }

  /** Every value of a 2-bit subject has a case, so nothing is left to remember. */
  static final class SwitchCoveringEveryValue extends Component {
    SwitchCoveringEveryValue() {
      UInt s = input(uint(2));
      UInt a0 = input(uint(8));
      UInt a1 = input(uint(8));
      UInt a2 = input(uint(8));
      UInt a3 = input(uint(8));
      UInt y = output(uint(8));
      switchOn(s, cases -> cases
          .is(0, () -> y.assign(a0))
          .is(1, () -> y.assign(a1))
          .is(2, () -> y.assign(a2))
          .is(3, () -> y.assign(a3)));
    }
  }

  @Test
  void switchCoveringEveryValueNeedsNoOtherwise() {
    ModuleDef top = Elaboration.elaborate(SwitchCoveringEveryValue::new).topModule();
    LoweredModule lowered = Lowering.lower(top);
    // The last case is what remains, as the Verilog's default: s==0 ? a0 : s==1 ? a1 : s==2 ? a2 : a3.
    List<String> chosen = new ArrayList<>();
    Node at = lowered.nodes().get(lowered.driver().get(idOf(top, "y")));
    while (at instanceof Node.Operation mux && mux.op() == Op.MUX) {
      chosen.add(lowered.nodes().get(mux.arg(1)).name());
      at = lowered.nodes().get(mux.arg(2));
    }
    chosen.add(at.name());
    assertEquals(List.of("a0", "a1", "a2", "a3"), chosen);
  }

  private static int idOf(ModuleDef module, String name) {
    return module.nodes().stream().filter(n -> name.equals(n.name())).findFirst().orElseThrow().id();
  }

  enum Phase { IDLE, LOAD, RUN, DONE }

  enum Mode { OFF, SLOW, FAST }

  /** A switch on an enum with a case for each constant. */
  static final class EnumSwitch<E extends Enum<E>> extends Component {
    static String declared, assign;

    EnumSwitch(Class<E> type) {
      HwEnum<E> state = input(enumOf(type));
      declared = here(); UInt y = output(uint(8));
      switchOn(state, cases -> {
        for (E constant : type.getEnumConstants()) {
          assign = here(); cases.is(constant, () -> y.assign(lit(constant.ordinal(), 8)));
        }
      });
    }
  }

  @Test
  void enumWhoseConstantsFillTheEncodingIsCoveredByItsConstants() {
    assertDoesNotThrow(() -> Elaboration.elaborate(() -> new EnumSwitch<>(Phase.class)));
  }

  /** Three constants in two bits leave an encoding that no case takes, and that hardware can still reach. */
  @Test
  void enumWithAnUnusedEncodingStillNeedsOtherwise() {
    String message = rejectionOf(() -> new EnumSwitch<>(Mode.class));
    assertEquals(EnumSwitch.assign + ": latch: output 'y' (" + EnumSwitch.declared
        + ") of EnumSwitch is assigned only under conditions that do not cover every case (at " + EnumSwitch.assign
        + "), so it would have to remember its value. Assign a default before the when/switch, or add"
        + " otherwise(...).", message);
  }
}
