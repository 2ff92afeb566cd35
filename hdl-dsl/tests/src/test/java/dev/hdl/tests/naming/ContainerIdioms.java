package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.UInt;
import dev.hdl.Vec;
import java.util.ArrayList;
import java.util.List;

/** Values kept in arrays, lists and vecs: each element is named after its container and index. */
final class ContainerIdioms {
  private ContainerIdioms() {}

  static List<Idiom> all() {
    return List.of(
        Idiom.of("local array filled in a loop", LocalArray::new, "stage_0", "stage_1", "stage_2"),
        Idiom.of("field array filled in a loop", FieldArray::new, "regs_0", "regs_1", "regs_2"),
        Idiom.of("local array initialiser", ArrayInitialiser::new, "pair_0", "pair_1"),
        Idiom.of("field array initialiser", FieldArrayInitialiser::new, "ends_0", "ends_1"),
        Idiom.of("two-dimensional field array", Grid::new, "grid_0_0", "grid_0_1", "grid_1_0", "grid_1_1"),
        Idiom.of("two-dimensional local array", LocalGrid::new, "cells_0", "cells_1", "cells_2", "cells_3"),
        Idiom.of("two-dimensional local array, constant row", ConstantRow::new, "rows_1_0", "rows_1_1"),
        Idiom.of("local list filled with add", LocalList::new, "taps_0", "taps_1", "taps_2"),
        Idiom.of("field list filled with add", FieldList::new, "pipe_0", "pipe_1"),
        Idiom.of("local List.of", LocalListOf::new, "both_0", "both_1"),
        Idiom.of("field List.of", FieldListOf::new, "outs_0", "outs_1"),
        Idiom.of("vec wire", VecWire::new, "lanes_0", "lanes_1", "lanes_2"),
        Idiom.of("vec register field", VecRegister::new, "delay_0", "delay_1"),
        Idiom.of("vec read at a run-time index", VecIndex::new, "picked"),
        Idiom.of("local array filled at constant indices out of order", ConstantIndices::new, "ends_1", "ends_0"),
        Idiom.of("field array filled in part, from index 1", SparseFieldArray::new, "odd_1", "odd_3"),
        Idiom.of("List.of returned from a helper", ListFromHelper::new, "halves_0", "halves_1"),
        Idiom.of("var over the elements of a vec", VarOverVec::new, "bumped", "bumped_1"));
  }

  static final class ConstantIndices extends Operands {
    ConstantIndices() {
      UInt[] ends = new UInt[2];
      ends[1] = a.or(b);
      ends[0] = a.and(b);
      y.assign(ends[0].xor(ends[1]));
    }
  }

  /** Stored in a loop, the elements are numbered as they come; the field then tells their index. */
  static final class SparseFieldArray extends Operands {
    final UInt[] odd = new UInt[4];

    SparseFieldArray() {
      for (int i = 1; i < odd.length; i += 2) {
        odd[i] = a.add(i);
      }
      y.assign(odd[1].xor(odd[3]));
    }
  }

  static final class ListFromHelper extends Operands {
    ListFromHelper() {
      List<UInt> halves = split(a);
      y.assign(cat(halves.get(0), halves.get(1)));
    }

    private static List<UInt> split(UInt x) {
      return List.of(x.slice(7, 4), x.slice(3, 0));
    }
  }

  static final class VarOverVec extends Operands {
    VarOverVec() {
      Vec<UInt> pair = wire(vec(2, uint(8)));
      pair.get(0).assign(a);
      pair.get(1).assign(b);
      UInt sum = lit(0, 8);
      for (var element : pair) {
        var bumped = element.add(1);
        sum = sum.xor(bumped);
      }
      y.assign(sum);
    }
  }

  static final class LocalArray extends Operands {
    LocalArray() {
      UInt[] stage = new UInt[3];
      UInt previous = a;
      for (int i = 0; i < stage.length; i++) {
        stage[i] = regNext(previous);
        previous = stage[i];
      }
      y.assign(stage[2]);
    }
  }

  static final class FieldArray extends Operands {
    final UInt[] regs = new UInt[3];

    FieldArray() {
      for (int i = 0; i < regs.length; i++) {
        regs[i] = reg(uint(8), i);
        regs[i].assign(i == 0 ? a : regs[i - 1]);
      }
      y.assign(regs[2]);
    }
  }

  static final class ArrayInitialiser extends Operands {
    ArrayInitialiser() {
      UInt[] pair = {a.add(b), a.sub(b)};
      y.assign(pair[0].xor(pair[1]));
    }
  }

  static final class FieldArrayInitialiser extends Operands {
    final UInt[] ends = {a.and(b), a.or(b)};

    FieldArrayInitialiser() {
      y.assign(ends[0].xor(ends[1]));
    }
  }

  static final class Grid extends Operands {
    final UInt[][] grid = new UInt[2][2];

    Grid() {
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
          grid[i][j] = a.add(i * 2 + j);
        }
      }
      y.assign(grid[1][1]);
    }
  }

  /** A local's rows are gone when the module is finished, so its elements are numbered in the order stored. */
  static final class LocalGrid extends Operands {
    LocalGrid() {
      UInt[][] cells = new UInt[2][2];
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
          cells[i][j] = b.add(i * 2 + j);
        }
      }
      y.assign(cells[1][1]);
    }
  }

  static final class ConstantRow extends Operands {
    ConstantRow() {
      UInt[][] rows = new UInt[2][2];
      for (int j = 0; j < 2; j++) {
        rows[1][j] = a.sub(j);
      }
      y.assign(rows[1][1]);
    }
  }

  static final class LocalList extends Operands {
    LocalList() {
      List<UInt> taps = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        taps.add(a.shiftRight(i));
      }
      y.assign(taps.get(2));
    }
  }

  static final class FieldList extends Operands {
    final List<UInt> pipe = new ArrayList<>();

    FieldList() {
      UInt last = a;
      for (int i = 0; i < 2; i++) {
        pipe.add(regNext(last));
        last = pipe.get(i);
      }
      y.assign(last);
    }
  }

  static final class LocalListOf extends Operands {
    LocalListOf() {
      List<UInt> both = List.of(a.add(b), a.sub(b));
      y.assign(both.get(0).and(both.get(1)));
    }
  }

  static final class FieldListOf extends Operands {
    final List<UInt> outs = List.of(a.add(b), a.sub(b));

    FieldListOf() {
      y.assign(outs.get(0).or(outs.get(1)));
    }
  }

  static final class VecWire extends Operands {
    VecWire() {
      Vec<UInt> lanes = wire(vec(3, uint(8)));
      for (UInt lane : lanes) {
        lane.assign(a);
      }
      y.assign(lanes.get(2));
    }
  }

  static final class VecRegister extends Operands {
    final Vec<UInt> delay = reg(vec(2, uint(8)));

    VecRegister() {
      delay.get(0).assign(a);
      delay.get(1).assign(delay.get(0));
      y.assign(delay.get(1));
    }
  }

  static final class VecIndex extends Operands {
    VecIndex() {
      Vec<UInt> table = wire(vec(2, uint(8)));
      table.get(0).assign(a);
      table.get(1).assign(b);
      UInt sel = input(uint(1));
      UInt picked = table.get(sel);
      y.assign(picked);
    }
  }
}
