package dev.hdl.tests.jvmsim;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.testing.IcarusComparison;
import dev.hdl.testing.RandomCircuit;
import org.junit.jupiter.api.Test;

/**
 * Logic big enough to be recomputed group by group, only where a value it reads changed, still
 * computes what the Verilog does: when most of it changes every cycle, and when it changes rarely.
 */
class StaleGroupsTest {

  /** Registers that load the inputs one cycle in sixteen, and deep logic behind them. */
  static final class SparseActivity extends Component {
    final UInt data = input(uint(32));
    final UInt wide = input(uint(100));
    final UInt sel = input(uint(4));
    final UInt mixed = output(uint(32));
    final UInt spliced = output(uint(132));
    final UInt count = output(uint(8));
    final UInt recalled = output(uint(32));

    SparseActivity() {
      Bool load = sel.eq(0);
      UInt held = reg(uint(32), 0);
      UInt heldWide = reg(uint(100), 0);
      UInt loads = reg(uint(8), 0);
      when(load, () -> {
        held.assign(data);
        heldWide.assign(wide);
        loads.assign(loads.add(1));
      });
      UInt acc = held;
      for (int i = 0; i < 60; i++) {
        UInt rotated = cat(acc.slice(4, 0), acc.slice(31, 5));
        acc = rotated.xor(acc.add(i * 2654435761L & 0xFFFFFFFFL));
      }
      UInt mix = acc;
      mixed.assign(mix);
      UInt word = cat(heldWide.slice(99, 70), mix, heldWide.slice(69, 0).xor(heldWide.slice(99, 30)));
      spliced.assign(mux(heldWide.slice(99, 0).eq(wide), word, word.not()));
      count.assign(loads);
      Mem<UInt> notes = mem(uint(32), 8);
      notes.init(1, 2, 3, 4, 5, 6, 7, 8);
      when(load, () -> notes.write(held.slice(2, 0), mix));
      recalled.assign(notes.readAsync(loads.slice(2, 0)));
    }
  }

  @Test
  void logicThatChangesRarelyIsRecomputedWhenItDoes() {
    Design design = Elaboration.elaborate(SparseActivity::new);
    assertTrue(JvmSimulator.logicGroups(design) > 4, "expected the logic to be cut into groups");
    IcarusComparison.againstIcarus(design, 3000, 11);
  }

  @Test
  void largeRandomCircuitsAgreeWithIcarus() {
    for (long seed = 70; seed < 73; seed++) {
      long s = seed;
      Design design = Elaboration.elaborate(() -> new RandomCircuit(s, 120, true));
      assertTrue(JvmSimulator.logicGroups(design) > 4, "expected the logic to be cut into groups");
      IcarusComparison.againstIcarus(design, 1000, seed);
    }
  }
}
