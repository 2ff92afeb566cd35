package dev.hdl;

import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The arms of a {@link Hdl#switchOn}: one {@code is} per value, then at most one {@code otherwise}. */
public final class SwitchCases {
  private final ModuleBuilder builder;
  private final Signal<?> subject;
  private final Block.Switch draft;
  private final Map<BigInteger, SourceLoc> seen = new HashMap<>();

  SwitchCases(ModuleBuilder builder, Signal<?> subject, Block.Switch draft) {
    this.builder = builder;
    this.subject = subject;
    this.draft = draft;
  }

  /** Runs {@code body} when the subject equals any of {@code values}. */
  public SwitchCases is(long value, Runnable body) {
    return arm(List.of(BigInteger.valueOf(value)), body);
  }

  public SwitchCases is(long[] values, Runnable body) {
    return arm(java.util.Arrays.stream(values).mapToObj(BigInteger::valueOf).toList(), body);
  }

  /** Runs {@code body} when an enum subject is {@code state}. */
  public <E extends Enum<E>> SwitchCases is(E state, Runnable body) {
    if (!(subject instanceof HwEnum<?> e) || e.type() != state.getDeclaringClass()) {
      throw new HdlException(CallSite.location(), "case " + state + " does not match the switch subject "
          + Signal.describe(subject) + ".");
    }
    return arm(List.of(BigInteger.valueOf(state.ordinal())), body);
  }

  public void otherwise(Runnable body) {
    if (draft.otherwise != null) {
      throw new HdlException(CallSite.location(), "a switch has at most one otherwise (" + draft.loc + ").");
    }
    draft.otherwise = new Block();
    builder.inBlock(draft.otherwise, body);
  }

  private SwitchCases arm(List<BigInteger> values, Runnable body) {
    SourceLoc at = CallSite.location();
    if (draft.otherwise != null) {
      throw new HdlException(at, "is(...) after otherwise(...) would never match.");
    }
    for (BigInteger v : values) {
      if (!Signal.fits(v, subject.width, subject.signed())) {
        throw new HdlException(at, "case value " + v + " does not fit in " + Signal.describe(subject) + ".");
      }
      SourceLoc earlier = seen.putIfAbsent(v, at);
      if (earlier != null) {
        throw new HdlException(at, "case value " + v + " is listed twice: at " + earlier + " and at " + at + ".");
      }
    }
    Block arm = new Block();
    draft.cases.add(new Block.Case(values, arm, at));
    builder.inBlock(arm, body);
    return this;
  }
}
