package dev.hdl.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A walk over statement trees: one method per kind of statement. {@link #visit(Stmt, Object)} is
 * the one place that tells the kinds apart, so a new kind of statement does not compile until
 * every pass says what it does with it.
 *
 * @param <C> what the pass carries down the tree (the enclosing condition, an indent)
 */
public interface StmtVisitor<C> {
  void connect(Stmt.Connect s, C context);

  /** Visits the branches itself, so that it can give each its own context. */
  void when(Stmt.When s, C context);

  /** Visits the cases itself, so that it can give each its own context. */
  void switchOn(Stmt.Switch s, C context);

  void memWrite(Stmt.MemWrite s, C context);

  void check(Stmt.Check s, C context);

  default void visit(List<Stmt> stmts, C context) {
    for (Stmt s : stmts) {
      visit(s, context);
    }
  }

  default void visit(Stmt s, C context) {
    switch (s) {
      case Stmt.Connect c -> connect(c, context);
      case Stmt.When w -> when(w, context);
      case Stmt.Switch sw -> switchOn(sw, context);
      case Stmt.MemWrite m -> memWrite(m, context);
      case Stmt.Check c -> check(c, context);
    }
  }

  /** Every statement of the trees, each before the ones nested in it. */
  static List<Stmt> preorder(List<Stmt> stmts) {
    List<Stmt> all = new ArrayList<>();
    StmtVisitor<Void> collect = new StmtVisitor<>() {
      @Override
      public void connect(Stmt.Connect s, Void none) {
        all.add(s);
      }

      @Override
      public void when(Stmt.When s, Void none) {
        all.add(s);
        visit(s.then(), none);
        visit(s.otherwise(), none);
      }

      @Override
      public void switchOn(Stmt.Switch s, Void none) {
        all.add(s);
        s.cases().forEach(c -> visit(c.body(), none));
        visit(s.otherwise(), none);
      }

      @Override
      public void memWrite(Stmt.MemWrite s, Void none) {
        all.add(s);
      }

      @Override
      public void check(Stmt.Check s, Void none) {
        all.add(s);
      }
    };
    collect.visit(stmts, null);
    return all;
  }
}
