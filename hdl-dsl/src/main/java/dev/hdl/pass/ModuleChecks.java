package dev.hdl.pass;

import dev.hdl.HdlException;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.NodeKind;

/** Checks of one module as soon as it is described: drivers and latches, and black-box emptiness. */
public final class ModuleChecks {
  private ModuleChecks() {}

  public static void check(ModuleDef def) {
    if (def.blackBox() != null) {
      for (Node n : def.nodes()) {
        if (n.kind() != NodeKind.INPUT && n.kind() != NodeKind.OUTPUT) {
          throw new HdlException(n.loc(), "black box " + def.name() + " declares only ports; "
              + n.describe() + " would be hardware nobody emits.");
        }
      }
      return;
    }
    Lowering.lower(def);
  }
}
