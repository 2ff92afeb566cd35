package dev.hdl;

import dev.hdl.ir.Stmt;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of statements being described: a module body, or one branch of a when or switch. Its
 * when and switch statements stay open for {@code elseWhen}, {@code otherwise} and {@code is}.
 */
final class Block {
  private final List<Object> items = new ArrayList<>();
  /** Targets connected directly in this block, and where: a second connect would be dead code. */
  private final Map<Integer, SourceLoc> connected = new HashMap<>();

  /** Where {@code target} was connected directly in this block before, or null. */
  SourceLoc connect(int target, int value, SourceLoc loc) {
    SourceLoc earlier = connected.putIfAbsent(target, loc);
    if (earlier == null) {
      items.add(new Stmt.Connect(target, value, loc));
    }
    return earlier;
  }

  void add(Stmt stmt) {
    items.add(stmt);
  }

  When when(int cond, SourceLoc loc) {
    When w = new When(cond, loc);
    items.add(w);
    return w;
  }

  Switch switchOn(int subject, SourceLoc loc) {
    Switch s = new Switch(subject, loc);
    items.add(s);
    return s;
  }

  boolean endsWith(Object item) {
    return !items.isEmpty() && items.get(items.size() - 1) == item;
  }

  List<Stmt> freeze() {
    List<Stmt> out = new ArrayList<>(items.size());
    for (Object item : items) {
      if (item instanceof When w) {
        out.add(new Stmt.When(w.cond, w.then.freeze(), w.otherwise == null ? List.of() : w.otherwise.freeze(), w.loc));
      } else if (item instanceof Switch s) {
        List<Stmt.Case> cases = new ArrayList<>();
        for (Case c : s.cases) {
          cases.add(new Stmt.Case(List.copyOf(c.values), c.body.freeze(), c.loc));
        }
        out.add(new Stmt.Switch(s.subject, cases, s.otherwise == null ? List.of() : s.otherwise.freeze(), s.loc));
      } else {
        out.add((Stmt) item);
      }
    }
    return out;
  }

  static final class When {
    final int cond;
    final SourceLoc loc;
    final Block then = new Block();
    Block otherwise;

    When(int cond, SourceLoc loc) {
      this.cond = cond;
      this.loc = loc;
    }
  }

  static final class Switch {
    final int subject;
    final SourceLoc loc;
    final List<Case> cases = new ArrayList<>();
    Block otherwise;

    Switch(int subject, SourceLoc loc) {
      this.subject = subject;
      this.loc = loc;
    }
  }

  record Case(List<BigInteger> values, Block body, SourceLoc loc) {}
}
