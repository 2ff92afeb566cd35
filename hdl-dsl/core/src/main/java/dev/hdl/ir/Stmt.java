package dev.hdl.ir;

import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.List;

/** A statement of a module body; later statements override earlier ones for the same target. */
public sealed interface Stmt {
  SourceLoc loc();

  /** Drive {@code target} with {@code value}. */
  record Connect(int target, int value, SourceLoc loc) implements Stmt {}

  /** {@code if (cond) then else otherwise}. */
  record When(int cond, List<Stmt> then, List<Stmt> otherwise, SourceLoc loc) implements Stmt {
    public When {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** A case statement on {@code subject}; {@code otherwise} runs when no case matches. */
  record Switch(int subject, List<Case> cases, List<Stmt> otherwise, SourceLoc loc) implements Stmt {
    public Switch {
      cases = List.copyOf(cases);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** One arm of a {@link Switch}. */
  record Case(List<BigInteger> values, List<Stmt> body, SourceLoc loc) {
    public Case {
      values = List.copyOf(values);
      body = List.copyOf(body);
    }
  }

  /** Write {@code data} at {@code addr} of memory {@code memory}; {@code mask} is -1 or a lane mask. */
  record MemWrite(int memory, int addr, int data, int mask, SourceLoc loc) implements Stmt {}

  /** An assertion, assumption or cover point sampled on its domain's clock. */
  record Check(CheckKind kind, int cond, String message, int domain, SourceLoc loc)
      implements Stmt {}

  enum CheckKind {
    ASSERT,
    ASSUME,
    COVER
  }
}
