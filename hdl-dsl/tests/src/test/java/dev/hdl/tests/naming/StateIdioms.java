package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.HwEnum;
import dev.hdl.Mem;
import dev.hdl.UInt;
import dev.hdl.ir.Memory;
import java.util.ArrayList;
import java.util.List;

/** Registers, memories and enum state. */
final class StateIdioms {
  private StateIdioms() {}

  enum Phase { IDLE, BUSY, DONE }

  static List<Idiom> all() {
    return List.of(
        Idiom.of("memory and async read in locals", AsyncMemory::new, "ram", "q"),
        Idiom.of("memory field and sync read", SyncMemory::new, "table_", "row"),
        Idiom.of("unbound memory read", UnboundRead::new, "scratch").derived("scratch_rdata"),
        Idiom.of("memory with init contents", Rom::new, "rom", "word"),
        Idiom.of("regNext into a local", RegNextLocal::new, "delayed"),
        Idiom.of("regNext in an expression", RegNextInExpression::new).derived("y_reg", "a_reg"),
        Idiom.of("regNext chain in a loop", RegNextChain::new, "s", "s_1", "s_2"),
        Idiom.of("register with enable", EnabledRegister::new, "held"),
        Idiom.of("enum state register and its decode", EnumState::new, "phase", "idle"),
        Idiom.of("enum wire field", EnumWire::new, "next"),
        Idiom.of("decode in a loop over enum constants", EnumDecode::new, "at", "at_1", "at_2"),
        Idiom.of("memories in a list", MemoryBanks::new, "banks_0", "banks_1"),
        Idiom.of("memory with init contents and a read-under-write policy", PolicyRom::new, "lut"));
  }

  static final class AsyncMemory extends Operands {
    AsyncMemory() {
      Mem<UInt> ram = mem(uint(8), 4);
      UInt addr = a.truncate(2);
      ram.write(addr, b);
      UInt q = ram.readAsync(addr);
      y.assign(q);
    }
  }

  static final class SyncMemory extends Operands {
    final Mem<UInt> table = mem(uint(8), 4);

    SyncMemory() {
      table.write(b.truncate(2), a);
      UInt row = table.readSync(a.truncate(2));
      y.assign(row);
    }
  }

  static final class UnboundRead extends Operands {
    UnboundRead() {
      Mem<UInt> scratch = mem(uint(8), 2);
      scratch.write(a.truncate(1), b);
      y.assign(scratch.readAsync(b.truncate(1)));
    }
  }

  static final class Rom extends Operands {
    Rom() {
      Mem<UInt> rom = mem(uint(8), 4).init(1, 2, 4, 8);
      UInt word = rom.readAsync(a.truncate(2));
      y.assign(word);
    }
  }

  static final class RegNextLocal extends Operands {
    RegNextLocal() {
      UInt delayed = regNext(a);
      y.assign(delayed);
    }
  }

  /** A register that drives a port is named after it; one that feeds an expression, after its input. */
  static final class RegNextInExpression extends Operands {
    RegNextInExpression() {
      y.assign(regNext(regNext(a).add(1)));
    }
  }

  static final class RegNextChain extends Operands {
    RegNextChain() {
      UInt s = a;
      for (int i = 0; i < 3; i++) {
        s = regNext(s);
      }
      y.assign(s);
    }
  }

  static final class EnabledRegister extends Operands {
    EnabledRegister() {
      Bool load = input(bool());
      UInt held = enable(reg(uint(8), 0), load);
      held.assign(a);
      y.assign(held);
    }
  }

  static final class EnumState extends Operands {
    EnumState() {
      Bool start = input(bool());
      HwEnum<Phase> phase = reg(enumOf(Phase.class), Phase.IDLE);
      Bool idle = phase.is(Phase.IDLE);
      when(idle.and(start), () -> phase.assign(Phase.BUSY))
          .elseWhen(phase.is(Phase.BUSY), () -> phase.assign(Phase.DONE));
      y.assign(mux(idle, a, b));
    }
  }

  static final class EnumWire extends Operands {
    final HwEnum<Phase> next = wire(enumOf(Phase.class));

    EnumWire() {
      next.assign(Phase.BUSY);
      y.assign(mux(next.is(Phase.BUSY), a, b));
    }
  }

  static final class EnumDecode extends Operands {
    EnumDecode() {
      HwEnum<Phase> phase = input(enumOf(Phase.class));
      UInt hits = lit(0, 8);
      for (Phase p : Phase.values()) {
        Bool at = phase.is(p);
        hits = hits.add(mux(at, lit(1 << p.ordinal(), 8), lit(0, 8)));
      }
      y.assign(hits);
    }
  }

  static final class MemoryBanks extends Operands {
    MemoryBanks() {
      List<Mem<UInt>> banks = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        banks.add(mem(uint(8), 2));
        banks.get(i).write(a.truncate(1), b);
      }
      y.assign(banks.get(0).readAsync(b.truncate(1)).xor(banks.get(1).readAsync(a.truncate(1))));
    }
  }

  static final class PolicyRom extends Operands {
    PolicyRom() {
      Mem<UInt> lut = mem(uint(8), 2).init(3, 5).readUnderWrite(Memory.ReadUnderWrite.WRITE_FIRST);
      y.assign(lut.readSync(a.truncate(1)));
    }
  }
}
