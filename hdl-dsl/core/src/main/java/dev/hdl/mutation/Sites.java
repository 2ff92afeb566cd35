package dev.hdl.mutation;

import dev.hdl.ir.Stmt;
import dev.hdl.ir.StmtVisitor;
import java.util.ArrayList;
import java.util.List;

/** The when statements of a module body, numbered in preorder, and a body with one's condition replaced. */
final class Sites {
  private Sites() {}

  static List<Stmt.When> whens(List<Stmt> body) {
    return StmtVisitor.preorder(body).stream().filter(s -> s instanceof Stmt.When).map(s -> (Stmt.When) s).toList();
  }

  /** {@code body} with the condition of its when number {@code index} (in preorder) replaced by {@code cond}. */
  static List<Stmt> replaceWhen(List<Stmt> body, int index, int cond) {
    return new Object() {
      int seen = 0;

      List<Stmt> walk(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : stmts) {
          out.add(switch (s) {
            case Stmt.When w -> {
              boolean target = seen++ == index;
              yield new Stmt.When(target ? cond : w.cond(), walk(w.then()), walk(w.otherwise()), w.loc());
            }
            case Stmt.Switch sw -> new Stmt.Switch(sw.subject(),
                sw.cases().stream().map(c -> new Stmt.Case(c.values(), walk(c.body()), c.loc())).toList(),
                walk(sw.otherwise()), sw.loc());
            case Stmt.Connect c -> c;
            case Stmt.MemWrite m -> m;
            case Stmt.Check c -> c;
          });
        }
        return out;
      }
    }.walk(body);
  }
}
