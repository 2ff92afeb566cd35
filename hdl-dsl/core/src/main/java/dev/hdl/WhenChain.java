package dev.hdl;

import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;

/** The open end of a {@code when}: more conditions with {@link #elseWhen}, the rest with {@link #otherwise}. */
public final class WhenChain {
  private final ModuleBuilder builder;
  private final Block parent;
  private final Block.When when;

  WhenChain(ModuleBuilder builder, Block parent, Block.When when) {
    this.builder = builder;
    this.parent = parent;
    this.when = when;
  }

  public WhenChain elseWhen(Bool cond, Runnable body) {
    Block rest = open("elseWhen");
    int c = builder.read(cond);
    Block.When next = rest.when(c, CallSite.location());
    builder.inBlock(next.then, body);
    return new WhenChain(builder, rest, next);
  }

  public void otherwise(Runnable body) {
    builder.inBlock(open("otherwise"), body);
  }

  private Block open(String what) {
    if (Elaboration.builder() != builder || !parent.endsWith(when) || when.otherwise != null) {
      throw new HdlException(CallSite.location(), what + "(...) must directly follow its when(...) (" + when.loc
          + "), with nothing described in between, and at most one otherwise(...).");
    }
    when.otherwise = new Block();
    return when.otherwise;
  }
}
