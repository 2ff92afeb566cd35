package dev.hdl.pass;

import dev.hdl.ir.Memory;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.source.HdlException;
import java.util.Optional;

/** Checks of one module as soon as it is described: drivers and latches, memories, black-box emptiness. */
public final class ModuleChecks {
  private ModuleChecks() {}

  /** The module lowered, the form {@link Flatten} wants; empty for a black box, which has no body to lower. */
  public static Optional<LoweredModule> check(ModuleDef def) {
    if (def.blackBox() != null) {
      for (Node n : def.nodes()) {
        if (!(n instanceof Node.Input || n instanceof Node.Output)) {
          throw new HdlException(n.loc(), "black box " + def.name() + " declares only ports; "
              + n.describe() + " would be hardware nobody emits.");
        }
      }
      return Optional.empty();
    }
    for (Memory m : def.memories()) {
      if (m.domain() < 0 && m.init().isEmpty()) {
        throw new HdlException(m.loc(), "memory '" + m.name() + "' of " + def.name() + " is never written and has no"
            + " initial contents, so every read of it would be undefined. Give it contents with init(...), or write it.");
      }
    }
    return Optional.of(Lowering.lower(def));
  }
}
