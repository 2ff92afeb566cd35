package dev.gemini.registers;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gemini.isolation.PairMode;
import dev.gemini.registers.Register.Access;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.HwEnum;
import dev.hdl.UInt;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Register layouts: fields placed where their {@link At} says, and layouts that cannot be, refused. */
class RegisterLayoutTest {
  /** A CLOCKING word taken apart by its layout and put together again, and a STATUS word made from fields. */
  static final class Layouts extends Component {
    final UInt clockingIn = input(uint(32));
    final UInt tap = output(uint(6));
    final Bool locked = output(bool());
    final UInt clockingOut = output(uint(32));
    final Bool linkUp = input(bool());
    final UInt status = output(uint(32));

    Layouts() {
      RegisterMap.Clocking clocking = RegisterMap.CLOCKING.fields(clockingIn);
      tap.assign(clocking.tap());
      locked.assign(clocking.locked());
      clockingOut.assign(RegisterMap.CLOCKING.word(clocking));
      HwEnum<PairMode> mode = wire(enumOf(PairMode.class));
      mode.assign(PairMode.SIMPLEX_M1);
      status.assign(RegisterMap.STATUS.word(new RegisterMap.Status(mode, linkUp, lit(false), lit(true))));
    }
  }

  @Test
  void fieldsSitWhereTheMapDocumentsThem() {
    Elaborated<Layouts> layouts = Elaboration.elaborateTop(Layouts::new);
    Layouts top = layouts.top();
    try (Simulation sim = new JvmSimulator().open(layouts.design())) {
      long word = 0x0A00_0000L | 0x15 << 16 | 0x2A << 8 | 0x33 | 0xC0; // bits 7:6 lie outside every field
      sim.poke(top.clockingIn, word);
      sim.poke(top.linkUp, 1);
      assertEquals(0x33, sim.peek(top.tap));
      assertEquals(0, sim.peek(top.locked), "bit 24");
      assertEquals(word & ~0xC0L, sim.peek(top.clockingOut), "unused bits read as 0");
      assertEquals(PairMode.SIMPLEX_M1.ordinal() | 1 << 3 | 1 << 5, sim.peek(top.status));
    }
  }

  @Test
  void theDocumentNamesFieldsAsSoftwareSpellsThem() {
    assertEquals(List.of("tap", "window_lo", "window_hi", "locked", "reset_released", "compare_started", "bypass"),
        RegisterMap.CLOCKING.fields().stream().map(Register.Field::name).toList());
    assertEquals(List.of(), RegisterMap.CYCLE.fields(), "a plain word has no fields to list");
  }

  record Overlapping(@At(hi = 3, lo = 0) UInt low, @At(lo = 3) Bool flag) {}

  record Unplaced(@At(lo = 0) Bool placed, Bool lost) {}

  record WideBool(@At(hi = 2, lo = 1) Bool flag) {}

  @Test
  void aLayoutWhoseFieldsDoNotFitIsRefusedNamingTheField() {
    assertEquals("register X field flag at bits 3:3 overlaps another field", refusal(Overlapping.class));
    assertEquals("register X field lost has no @At(lo = ...) to place it", refusal(Unplaced.class));
    assertEquals("register X field flag is 1 bit wide (Bool), placed on 2 bits", refusal(WideBool.class));
  }

  private static String refusal(Class<? extends Record> layout) {
    return assertThrows(IllegalStateException.class, () -> new Register<>("X", 0, Access.RO, 0, "", layout))
        .getMessage();
  }
}
