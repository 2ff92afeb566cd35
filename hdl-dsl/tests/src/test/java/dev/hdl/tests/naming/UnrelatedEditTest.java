package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.UInt;
import dev.hdl.verilog.VerilogOutput;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * N2: adding an unrelated signal in the middle of a design renames no other signal. The three
 * designs below are one design, written out three times so that they differ in one line only.
 */
class UnrelatedEditTest {
  record Txn(UInt addr, Bool valid) {}

  @Test
  void anExtraNamedSignalRenamesNothingElse() {
    assertOnlyAdded(Original::new, WithExtraLocal::new, "extra");
  }

  @Test
  void anExtraTemporaryRenamesNothingElse() {
    assertOnlyAdded(Original::new, WithExtraTemporary::new, "taps_0_lt_taps_1");
  }

  private static void assertOnlyAdded(
      Supplier<? extends Component> before, Supplier<? extends Component> after, String added) {
    Map<String, TreeSet<String>> old = declarations(before);
    Map<String, TreeSet<String>> edited = declarations(after);
    assertTrue(edited.get("Top").remove(added), added + " should be declared in " + edited.get("Top"));
    assertTrue(old.get("Top").size() > 25, "the design should be big enough to show renames: " + old);
    assertEquals(old, edited, "names other than " + added + " changed");
  }

  private static Map<String, TreeSet<String>> declarations(Supplier<? extends Component> top) {
    return VerilogDeclarations.of(VerilogOutput.of(Elaboration.elaborate(top)));
  }

  static final class Incrementer extends Component {
    final UInt x = input(uint(8));
    final UInt z = output(uint(8));

    Incrementer() {
      z.assign(x.add(1));
    }
  }

  static final class Original extends Component {
    final UInt a = input(uint(8));
    final UInt b = input(uint(8));
    final Bool en = input(bool());
    final UInt out = output(uint(8));
    final UInt sum = output(uint(8));

    Original() {
      UInt acc = a;
      for (int i = 0; i < 3; i++) {
        UInt t = acc.add(b);
        acc = t;
      }
      UInt[] taps = new UInt[2];
      for (int i = 0; i < taps.length; i++) {
        taps[i] = regNext(acc.shiftRight(i));
      }
      Mem<UInt> ram = mem(uint(8), 4);
      ram.write(a.truncate(2), taps[1]);
      Incrementer inc = instance(Incrementer::new);
      inc.x.assign(ram.readAsync(b.truncate(2)));
      Txn req = wire(new Txn(uint(8), bool()));
      req.addr().assign(inc.z.xor(b));
      req.valid().assign(en.and(taps[0].eq(b)));
      when(en, () -> {
        UInt bumped = a.add(1);
        out.assign(bumped);
      }).otherwise(() -> out.assign(mux(req.valid(), req.addr(), taps[0])));
      sum.assign(a.add(b).xor(acc));
    }

    @Override
    public String moduleName() {
      return "Top";
    }
  }

  static final class WithExtraLocal extends Component {
    final UInt a = input(uint(8));
    final UInt b = input(uint(8));
    final Bool en = input(bool());
    final UInt out = output(uint(8));
    final UInt sum = output(uint(8));

    WithExtraLocal() {
      UInt acc = a;
      for (int i = 0; i < 3; i++) {
        UInt t = acc.add(b);
        acc = t;
      }
      UInt[] taps = new UInt[2];
      for (int i = 0; i < taps.length; i++) {
        taps[i] = regNext(acc.shiftRight(i));
      }
      Mem<UInt> ram = mem(uint(8), 4);
      ram.write(a.truncate(2), taps[1]);
      UInt extra = taps[0].and(taps[1]);
      Incrementer inc = instance(Incrementer::new);
      inc.x.assign(ram.readAsync(b.truncate(2)));
      Txn req = wire(new Txn(uint(8), bool()));
      req.addr().assign(inc.z.xor(b));
      req.valid().assign(en.and(taps[0].eq(b)));
      when(en, () -> {
        UInt bumped = a.add(1);
        out.assign(bumped);
      }).otherwise(() -> out.assign(mux(req.valid(), req.addr(), taps[0])));
      sum.assign(a.add(b).xor(acc));
    }

    @Override
    public String moduleName() {
      return "Top";
    }
  }

  static final class WithExtraTemporary extends Component {
    final UInt a = input(uint(8));
    final UInt b = input(uint(8));
    final Bool en = input(bool());
    final UInt out = output(uint(8));
    final UInt sum = output(uint(8));

    WithExtraTemporary() {
      UInt acc = a;
      for (int i = 0; i < 3; i++) {
        UInt t = acc.add(b);
        acc = t;
      }
      UInt[] taps = new UInt[2];
      for (int i = 0; i < taps.length; i++) {
        taps[i] = regNext(acc.shiftRight(i));
      }
      Mem<UInt> ram = mem(uint(8), 4);
      ram.write(a.truncate(2), taps[1]);
      taps[0].lt(taps[1]); // a temporary nobody keeps: the smallest unrelated edit
      Incrementer inc = instance(Incrementer::new);
      inc.x.assign(ram.readAsync(b.truncate(2)));
      Txn req = wire(new Txn(uint(8), bool()));
      req.addr().assign(inc.z.xor(b));
      req.valid().assign(en.and(taps[0].eq(b)));
      when(en, () -> {
        UInt bumped = a.add(1);
        out.assign(bumped);
      }).otherwise(() -> out.assign(mux(req.valid(), req.addr(), taps[0])));
      sum.assign(a.add(b).xor(acc));
    }

    @Override
    public String moduleName() {
      return "Top";
    }
  }
}
