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
  private final List<Item> items = new ArrayList<>();
  /** Targets connected directly in this block, and where: a second connect would be dead code. */
  private final Map<Integer, SourceLoc> connected = new HashMap<>();

  /** Where {@code target} was connected directly in this block before, or null. */
  SourceLoc connect(int target, int value, SourceLoc loc) {
    SourceLoc earlier = connected.putIfAbsent(target, loc);
    if (earlier == null) {
      items.add(new Finished(new Stmt.Connect(target, value, loc)));
    }
    return earlier;
  }

  void add(Stmt stmt) {
    items.add(new Finished(stmt));
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

  boolean endsWith(Item item) {
    return !items.isEmpty() && items.get(items.size() - 1) == item;
  }

  List<Stmt> freeze() {
    return items.stream().map(Block::freeze).toList();
  }

  private static Stmt freeze(Item item) {
    return switch (item) {
      case Finished f -> f.stmt();
      case When w -> new Stmt.When(w.cond, w.then.freeze(), w.otherwise == null ? List.of() : w.otherwise.freeze(), w.loc);
      case Switch s -> new Stmt.Switch(s.subject,
          s.cases.stream().map(c -> new Stmt.Case(c.values, c.body.freeze(), c.loc)).toList(),
          s.otherwise == null ? List.of() : s.otherwise.freeze(), s.loc);
    };
  }

  /** An entry of the block: a finished statement, or a when or switch that may still grow. */
  sealed interface Item permits Finished, When, Switch {}

  private record Finished(Stmt stmt) implements Item {}

  static final class When implements Item {
    final int cond;
    final SourceLoc loc;
    final Block then = new Block();
    Block otherwise;

    When(int cond, SourceLoc loc) {
      this.cond = cond;
      this.loc = loc;
    }
  }

  static final class Switch implements Item {
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
