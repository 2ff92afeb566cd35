package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.UInt;
import dev.hdl.Vec;
import java.util.List;

/** Records of signals (bundles): each component is named {@code variable_component}. */
final class BundleIdioms {
  private BundleIdioms() {}

  record Txn(UInt addr, Bool valid) {
    static Txn of(UInt addr, Bool valid) {
      return new Txn(addr, valid);
    }

    /** A bundle's own helper: the caller's variable names what it returns. */
    Bool fire(Bool ready) {
      return valid.and(ready);
    }
  }

  record Bus(Txn txn, Bool ready) {}

  record Burst(UInt len, Vec<UInt> beats) {}

  record Handshake(UInt data, Bool valid, Bool ready) {}

  record Fsm(HwEnum<StateIdioms.Phase> phase, UInt count) {}

  static List<Idiom> all() {
    return List.of(
        Idiom.of("record wire in a local", RecordWire::new, "t_addr", "t_valid"),
        Idiom.of("record input port field", RecordPort::new, "req_addr", "req_valid"),
        Idiom.of("nested record", NestedRecord::new, "bus_txn_addr", "bus_txn_valid", "bus_ready"),
        Idiom.of("record with a vec component", RecordWithVec::new, "burst_len", "burst_beats_0", "burst_beats_1"),
        Idiom.of("port bundle with a flipped signal", FlippedPort::new, "up_data", "up_valid", "up_ready"),
        Idiom.of("record wire returned from a helper", RecordFromHelper::new, "made_addr", "made_valid"),
        Idiom.of("record of computed signals in a local", ComputedRecord::new, "next_addr", "next_valid"),
        Idiom.of("record of computed signals in a field", ComputedRecordField::new, "last_addr", "last_valid"),
        Idiom.of("record of computed signals returned from a helper", ComputedRecordFromHelper::new,
            "step_addr", "step_valid"),
        Idiom.of("method of a bundle record", BundleMethod::new, "go"),
        Idiom.of("record built by a static factory", StaticFactory::new, "made_addr", "made_valid"),
        Idiom.of("record register with an enum component", EnumInRecord::new, "fsm_phase", "fsm_count"));
  }

  static final class RecordWire extends Operands {
    RecordWire() {
      Txn t = wire(new Txn(uint(8), bool()));
      t.addr().assign(a);
      t.valid().assign(a.eq(b));
      y.assign(mux(t.valid(), t.addr(), b));
    }
  }

  static final class RecordPort extends Component {
    final Txn req = input(new Txn(uint(8), bool()));
    final UInt y = output(uint(8));

    RecordPort() {
      y.assign(mux(req.valid(), req.addr(), lit(0, 8)));
    }
  }

  static final class NestedRecord extends Operands {
    NestedRecord() {
      Bus bus = reg(new Bus(new Txn(uint(8), bool()), bool()));
      bus.txn().addr().assign(a);
      bus.txn().valid().assign(a.eq(b));
      bus.ready().assign(a.ne(b));
      y.assign(mux(bus.ready().and(bus.txn().valid()), bus.txn().addr(), b));
    }
  }

  static final class RecordWithVec extends Operands {
    RecordWithVec() {
      Burst burst = wire(new Burst(uint(4), vec(2, uint(8))));
      burst.len().assign(a.truncate(4));
      burst.beats().get(0).assign(a);
      burst.beats().get(1).assign(b);
      y.assign(mux(burst.len().eq(0), burst.beats().get(0), burst.beats().get(1)));
    }
  }

  static final class FlippedPort extends Component {
    final Handshake up = input(new Handshake(uint(8), bool(), flipped(bool())));
    final UInt y = output(uint(8));

    FlippedPort() {
      up.ready().assign(lit(true));
      y.assign(mux(up.valid(), up.data(), lit(0, 8)));
    }
  }

  static final class RecordFromHelper extends Operands {
    RecordFromHelper() {
      Txn made = txnWire();
      made.addr().assign(b);
      made.valid().assign(a.gt(b));
      y.assign(mux(made.valid(), made.addr(), a));
    }

    private static Txn txnWire() {
      return wire(new Txn(uint(8), bool()));
    }
  }

  static final class ComputedRecord extends Operands {
    ComputedRecord() {
      Txn next = new Txn(a.add(1), b.orReduce());
      y.assign(mux(next.valid(), next.addr(), b));
    }
  }

  static final class ComputedRecordField extends Operands {
    final Txn last = new Txn(a.sub(1), b.andReduce());

    ComputedRecordField() {
      y.assign(mux(last.valid(), last.addr(), b));
    }
  }

  static final class ComputedRecordFromHelper extends Operands {
    ComputedRecordFromHelper() {
      Txn step = advance(a, b);
      y.assign(mux(step.valid(), step.addr(), b));
    }

    private static Txn advance(UInt addr, UInt limit) {
      return new Txn(addr.add(1), addr.lt(limit));
    }
  }

  static final class BundleMethod extends Operands {
    BundleMethod() {
      Txn t = input(new Txn(uint(8), bool()));
      Bool ready = input(bool());
      Bool go = t.fire(ready);
      y.assign(mux(go, t.addr(), a));
    }
  }

  static final class EnumInRecord extends Operands {
    EnumInRecord() {
      Fsm fsm = reg(new Fsm(enumOf(StateIdioms.Phase.class), uint(8)));
      fsm.phase().assign(StateIdioms.Phase.BUSY);
      fsm.count().assign(fsm.count().add(1));
      y.assign(mux(fsm.phase().is(StateIdioms.Phase.DONE), fsm.count(), b));
    }
  }

  static final class StaticFactory extends Operands {
    StaticFactory() {
      Txn made = Txn.of(a.add(2), b.orReduce());
      y.assign(mux(made.valid(), made.addr(), b));
    }
  }
}
