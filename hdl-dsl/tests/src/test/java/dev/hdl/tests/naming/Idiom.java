package dev.hdl.tests.naming;

import dev.hdl.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One way of binding hardware to Java names, and the Verilog names it must give.
 *
 * @param module the module to look in; null for the top
 * @param kept names of values bound to Java names: the Java name itself, escaped when it is a
 *     Verilog keyword, suffixed when it clashes, indexed for elements of containers
 * @param explicit names the user chose with {@code named(...)} over the Java name
 * @param derived names of unbound temporaries, built from their operands
 */
record Idiom(
    String title, Supplier<? extends Component> top, String module, List<String> kept, List<String> explicit,
    List<String> derived) {

  static Idiom of(String title, Supplier<? extends Component> top, String... kept) {
    return new Idiom(title, top, null, List.of(kept), List.of(), List.of());
  }

  Idiom in(String moduleName) {
    return new Idiom(title, top, moduleName, kept, explicit, derived);
  }

  Idiom explicit(String... names) {
    return new Idiom(title, top, module, kept, concat(explicit, names), derived);
  }

  Idiom derived(String... names) {
    return new Idiom(title, top, module, kept, explicit, concat(derived, names));
  }

  private static List<String> concat(List<String> list, String... more) {
    List<String> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return title;
  }
}
