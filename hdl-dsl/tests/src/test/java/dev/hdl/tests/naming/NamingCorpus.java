package dev.hdl.tests.naming;

import java.util.List;
import java.util.stream.Stream;

/** Every idiom of the corpus, grouped by where the value is bound. */
final class NamingCorpus {
  private NamingCorpus() {}

  static List<Idiom> all() {
    return Stream.of(
            LocalIdioms.all(), FieldIdioms.all(), HelperIdioms.all(), LambdaIdioms.all(), ContainerIdioms.all(),
            BundleIdioms.all(), HierarchyIdioms.all(), StateIdioms.all(), ClashIdioms.all())
        .flatMap(List::stream)
        .toList();
  }
}
