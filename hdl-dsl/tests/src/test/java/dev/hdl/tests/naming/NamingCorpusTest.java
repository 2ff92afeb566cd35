package dev.hdl.tests.naming;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.hdl.Elaboration;
import dev.hdl.ir.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** N1: hardware values bound to Java names keep them in the Verilog, across a corpus of idioms. */
class NamingCorpusTest {
  /** The share of bound values that must keep their Java name (target N1). */
  private static final double KEPT_TARGET = 0.99;

  @TestFactory
  Stream<DynamicTest> eachIdiomGivesTheExpectedNames() {
    return NamingCorpus.all().stream().map(idiom -> dynamicTest(idiom.title(), () -> {
      DeclaredNames names = names(idiom);
      List<String> wrong = new ArrayList<>();
      idiom.kept().stream().filter(n -> !names.boundFromJava(n)).forEach(wrong::add);
      Stream.of(idiom.explicit(), idiom.derived()).flatMap(List::stream)
          .filter(n -> !names.has(n))
          .forEach(wrong::add);
      assertTrue(wrong.isEmpty(), idiom.title() + ": expected " + wrong + " among " + names
          + " (true: bound from Java)");
    }));
  }

  @Test
  void atLeast99PercentOfBoundValuesKeepTheirJavaName() {
    List<Idiom> corpus = NamingCorpus.all();
    int bindings = 0;
    int kept = 0;
    for (Idiom idiom : corpus) {
      DeclaredNames names = names(idiom);
      bindings += idiom.kept().size();
      kept += (int) idiom.kept().stream().filter(names::boundFromJava).count();
    }
    double share = (double) kept / bindings;
    System.out.printf("naming corpus: %d idioms, %d of %d bound values keep their Java name (%.4f)%n",
        corpus.size(), kept, bindings, share);
    assertTrue(corpus.size() >= 50, "the corpus should cover at least 50 idioms, has " + corpus.size());
    assertTrue(share >= KEPT_TARGET, kept + " of " + bindings + " bound values keep their name: " + share);
  }

  private static DeclaredNames names(Idiom idiom) {
    Design design = Elaboration.elaborate(idiom.top());
    return DeclaredNames.of(design, idiom.module() == null ? design.top() : idiom.module());
  }
}
