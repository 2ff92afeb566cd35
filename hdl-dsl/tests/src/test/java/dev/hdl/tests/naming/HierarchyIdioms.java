package dev.hdl.tests.naming;

import static dev.hdl.Hdl.*;

import dev.hdl.Component;
import dev.hdl.UInt;
import java.util.ArrayList;
import java.util.List;

/** Instances of submodules: the instance takes the variable's name, its port wires {@code instance_port}. */
final class HierarchyIdioms {
  private HierarchyIdioms() {}

  static List<Idiom> all() {
    return List.of(
        Idiom.of("instance in a local", InstanceLocal::new, "inc").derived("inc_x", "inc_z"),
        Idiom.of("instance in a field", InstanceField::new, "unit").derived("unit_x", "unit_z"),
        Idiom.of("instances in a local array", InstanceArray::new, "row_0", "row_1").derived("row_0_x", "row_1_z"),
        Idiom.of("instances in a list", InstanceList::new, "chain_0", "chain_1").derived("chain_1_x"),
        Idiom.of("instance returned by a helper", InstanceFromHelper::new, "left", "right")
            .derived("left_z", "right_x"),
        Idiom.of("instance in a loop local", InstanceInLoop::new, "stage", "stage_1").derived("stage_1_z"),
        Idiom.of("names inside the child module", InstanceLocal::new, "x", "z", "plusOne").in("Incrementer"));
  }

  /** A module with one local value of its own. */
  static final class Incrementer extends Component {
    final UInt x = input(uint(8));
    final UInt z = output(uint(8));

    Incrementer() {
      UInt plusOne = x.add(1);
      z.assign(plusOne);
    }
  }

  static final class InstanceLocal extends Operands {
    InstanceLocal() {
      Incrementer inc = instance(() -> new Incrementer());
      inc.x.assign(a);
      y.assign(inc.z);
    }
  }

  static final class InstanceField extends Operands {
    final Incrementer unit = instance(Incrementer::new);

    InstanceField() {
      unit.x.assign(b);
      y.assign(unit.z);
    }
  }

  static final class InstanceArray extends Operands {
    InstanceArray() {
      Incrementer[] row = new Incrementer[2];
      for (int i = 0; i < row.length; i++) {
        row[i] = instance(Incrementer::new);
        row[i].x.assign(i == 0 ? a : row[i - 1].z);
      }
      y.assign(row[1].z);
    }
  }

  static final class InstanceList extends Operands {
    InstanceList() {
      List<Incrementer> chain = new ArrayList<>();
      UInt carried = a;
      for (int i = 0; i < 2; i++) {
        chain.add(instance(Incrementer::new));
        chain.get(i).x.assign(carried);
        carried = chain.get(i).z;
      }
      y.assign(carried);
    }
  }

  static final class InstanceFromHelper extends Operands {
    InstanceFromHelper() {
      Incrementer left = incrementer();
      Incrementer right = incrementer();
      left.x.assign(a);
      right.x.assign(left.z);
      y.assign(right.z);
    }

    private static Incrementer incrementer() {
      return instance(Incrementer::new);
    }
  }

  static final class InstanceInLoop extends Operands {
    InstanceInLoop() {
      UInt carried = b;
      for (int i = 0; i < 2; i++) {
        Incrementer stage = instance(Incrementer::new);
        stage.x.assign(carried);
        carried = stage.z;
      }
      y.assign(carried);
    }
  }
}
