package dev.hdl;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.ModuleDef;
import dev.hdl.mutation.Mutant;
import dev.hdl.naming.CallSite;
import dev.hdl.pass.DesignChecks;
import dev.hdl.pass.Flatten;
import dev.hdl.pass.LoweredModule;
import dev.hdl.pass.ModuleChecks;
import dev.hdl.source.HdlException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the user's module constructors and turns what they describe into a checked {@link
 * Design}. Identical modules are kept once. A design that fails a check yields no Design.
 */
public final class Elaboration {
  private static final ThreadLocal<Elaboration> ACTIVE = new ThreadLocal<>();

  private final Deque<ModuleBuilder> stack = new ArrayDeque<>();
  private final List<ModuleDef> modules = new ArrayList<>();
  /** Each module but the black boxes, lowered once by its checks, for flattening the design. */
  private final Map<String, LoweredModule> lowered = new HashMap<>();
  private final Map<ModuleDef, String> nameByStructure = new HashMap<>();
  private final Map<String, Integer> variantsByName = new HashMap<>();
  private boolean expectingModule;
  /** The change this elaboration makes to the module it names, or null. */
  private final Mutant mutant;

  private Elaboration(Mutant mutant) {
    this.mutant = mutant;
  }

  /** Elaborates the module that {@code top} constructs, with everything below it, and checks it. */
  public static Design elaborate(Supplier<? extends Component> top) {
    return elaborateTop(top).design();
  }

  /** As {@link #elaborate}, keeping the top module object for its signals: {@code sim.poke(e.top().enable, 1)}. */
  public static <T extends Component> Elaborated<T> elaborateTop(Supplier<T> top) {
    // A mutation campaign runs a test suite, unchanged, against the mutant the property names.
    return elaborateTop(top, Mutant.fromProperty());
  }

  /** As {@link #elaborate}, with {@code mutant} (if not null) applied to the module it names. */
  public static Design elaborate(Supplier<? extends Component> top, Mutant mutant) {
    return elaborateTop(top, mutant).design();
  }

  private static <T extends Component> Elaborated<T> elaborateTop(Supplier<T> top, Mutant mutant) {
    if (ACTIVE.get() != null) {
      throw new HdlException(CallSite.location(), "elaborate() was called while another design is being"
          + " elaborated; make submodules with instance(() -> new ...).");
    }
    Elaboration e = new Elaboration(mutant);
    ACTIVE.set(e);
    try {
      T m = e.construct(top);
      String name = e.register(m.builder);
      FlatNetlist netlist = Flatten.flatten(name, e.modules, e.lowered);
      DesignChecks.check(netlist);
      Design design = new Design(name, e.modules, netlist);
      m.builder.design = design;
      return new Elaborated<>(m, design);
    } finally {
      ACTIVE.remove();
    }
  }

  static <M extends Component> M instance(Supplier<M> child) {
    Elaboration e = active();
    ModuleBuilder parent = e.stack.peek();
    CallSite site = CallSite.capture();
    M m = e.construct(child);
    String name = e.register(m.builder);
    parent.addInstance(m.builder, name, site);
    return m;
  }

  private <M extends Component> M construct(Supplier<M> supplier) {
    expectingModule = true;
    int depth = stack.size();
    M m;
    try {
      m = supplier.get();
    } finally {
      expectingModule = false;
      while (stack.size() > depth + 1) {
        stack.pop();
      }
    }
    if (m == null || stack.size() != depth + 1 || stack.peek() != m.builder) {
      throw new HdlException(CallSite.location(), "the supplier must construct exactly one new module and return"
          + " it, as in instance(() -> new Counter(8)).");
    }
    stack.pop();
    return m;
  }

  static ModuleBuilder enter(Component m) {
    Elaboration e = ACTIVE.get();
    if (e == null || !e.expectingModule) {
      throw new HdlException(CallSite.constructionSite(m.getClass()), m.getClass().getSimpleName()
          + " is constructed outside instance(...): make a top module with Elaboration.elaborate(() -> new "
          + m.getClass().getSimpleName() + "(...)) and a submodule with instance(() -> new "
          + m.getClass().getSimpleName() + "(...)).");
    }
    e.expectingModule = false;
    ModuleBuilder b = new ModuleBuilder(m, e.stack.peek(), CallSite.location());
    e.stack.push(b);
    return b;
  }

  static ModuleBuilder builder() {
    Elaboration e = ACTIVE.get();
    if (e == null || e.stack.isEmpty()) {
      throw new HdlException(CallSite.location(), "hardware can only be described while a module is being"
          + " elaborated: inside a Component constructor run by Elaboration.elaborate(...) or instance(...).");
    }
    return e.stack.peek();
  }

  private static Elaboration active() {
    builder();
    return ACTIVE.get();
  }

  /** Finishes and checks a module, and gives it a unique name unless the same module exists already. */
  private String register(ModuleBuilder b) {
    String base = b.module.moduleName();
    ModuleDef probe = b.finish(base, b.module instanceof BlackBox bb ? bb.info() : null);
    ModuleDef structure = structure(probe);
    String existing = nameByStructure.get(structure);
    if (existing != null) {
      return existing; // checked when it was first described: the checks read only the structure
    }
    int variant = variantsByName.merge(base, 1, Integer::sum) - 1;
    if (b.module instanceof BlackBox && variant > 0) {
      throw new HdlException(b.loc, "black box " + base + " is described twice with different ports or parameters.");
    }
    String name = variant == 0 ? base : base + "_" + variant;
    ModuleDef named = variant == 0 ? probe : probe.withName(name);
    ModuleDef def = mutant == null ? named : mutant.applyTo(named);
    Optional<LoweredModule> low = ModuleChecks.check(def);
    modules.add(def);
    nameByStructure.put(structure, name);
    low.ifPresent(l -> lowered.put(name, l));
    return name;
  }

  /**
   * What makes two modules the same hardware: everything but their name. The IR is records and
   * lists all the way down, so equal values describe the same module.
   */
  private static ModuleDef structure(ModuleDef m) {
    return m.withName("");
  }
}
