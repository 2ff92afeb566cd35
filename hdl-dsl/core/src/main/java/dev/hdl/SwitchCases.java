package dev.hdl;

import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arms of a {@link Hdl#switchOn} or the states of an {@link Fsm}: one {@code is} per value,
 * then at most one {@code otherwise}.
 *
 * <p>Each arm takes effect where it is written, in program order with the statements around it,
 * as every other statement does. Consecutive arms share one case statement; an arm written after
 * other statements opens a new case statement there, so a default assigned before it is
 * overridden by it, not the other way round.
 */
public final class SwitchCases {
  private final ModuleBuilder builder;
  private final Signal<?> subject;
  private final SourceLoc opened;
  private final Map<BigInteger, SourceLoc> seen = new HashMap<>();
  /** The case statement that the next arm extends, while nothing else has been described after it. */
  private Block.Switch draft;
  private int segments;
  private SourceLoc otherwiseAt;

  SwitchCases(ModuleBuilder builder, Signal<?> subject, SourceLoc opened) {
    this.builder = builder;
    this.subject = subject;
    this.opened = opened;
  }

  /** Runs {@code body} when the subject equals any of {@code values}. */
  public SwitchCases is(long value, Runnable body) {
    return arm(List.of(BigInteger.valueOf(value)), body);
  }

  public SwitchCases is(long[] values, Runnable body) {
    return arm(Arrays.stream(values).mapToObj(BigInteger::valueOf).toList(), body);
  }

  /** Runs {@code body} when an enum subject is {@code state}. */
  public <E extends Enum<E>> SwitchCases is(E state, Runnable body) {
    if (!(subject instanceof HwEnum<?> e) || e.type() != state.getDeclaringClass()) {
      throw new HdlException(CallSite.location(), "case " + state + " does not match the switch subject "
          + Signal.describe(subject) + ".");
    }
    return arm(List.of(BigInteger.valueOf(state.ordinal())), body);
  }

  /**
   * Runs {@code body} when no arm matches. It must directly follow the arms, all in one case
   * statement: "no arm" would otherwise depend on arms written later.
   */
  public void otherwise(Runnable body) {
    SourceLoc at = CallSite.location();
    if (otherwiseAt != null) {
      throw new HdlException(at, "a switch has at most one otherwise (" + otherwiseAt + ").");
    }
    if (segments > 1 || !continues()) {
      throw new HdlException(at, "otherwise(...) must directly follow the arms of its switch (" + opened
          + "), with nothing described in between, so that it covers exactly the values no arm lists.");
    }
    otherwiseAt = at;
    draft.otherwise = new Block();
    builder.inBlock(draft.otherwise, body);
  }

  private SwitchCases arm(List<BigInteger> values, Runnable body) {
    SourceLoc at = CallSite.location();
    if (otherwiseAt != null) {
      throw new HdlException(at, "is(...) after otherwise(...) (" + otherwiseAt + ") would never match.");
    }
    if (Elaboration.builder() != builder) {
      throw new HdlException(at, "this arm belongs to the switch at " + opened + ", in another module.");
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
    if (!continues()) {
      draft = builder.block().switchOn(builder.read(subject), segments == 0 ? opened : at);
      segments++;
    }
    Block arm = new Block();
    draft.cases.add(new Block.Case(values, arm, at));
    builder.inBlock(arm, body);
    return this;
  }

  /** Whether the current block still ends with this switch's case statement. */
  private boolean continues() {
    return draft != null && Elaboration.builder() == builder && builder.block().endsWith(draft);
  }
}
