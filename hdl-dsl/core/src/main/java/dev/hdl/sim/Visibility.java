package dev.hdl.sim;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.Instance;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which signals a simulation reads and writes by name, the same on every back end: ports,
 * registers and memories always, as state peeks, pokes and fault injection need them; any other
 * named signal (a wire, a memory's read data) only when the test exposes it with
 * {@link SimOptions#expose}. A Verilator model with every signal public runs several times slower
 * than one with only these, so the rest are exposed by need. Tracing records every signal either
 * way.
 */
public final class Visibility {
  private final Design design;
  private final Set<String> exposed;
  /** Paths below the top of every named signal, and of those that are ports or registers. */
  private final Set<String> named = new HashSet<>();
  private final Set<String> byDefault = new HashSet<>();
  private final Set<String> memories = new HashSet<>();
  /** How many names a message lists for an unknown one. */
  private static final int NEAR_NAMES = 24;

  /** Fails when an exposed path names no signal of the design. */
  public Visibility(Design design, SimOptions options) {
    this.design = design;
    this.exposed = options.exposed();
    for (FlatNode n : design.netlist().nodes()) {
      if (n.path() != null) {
        named.add(local(n.path()));
        if (byDefault(n.source())) {
          byDefault.add(local(n.path()));
        }
      }
    }
    design.netlist().memories().forEach(m -> memories.add(local(m.path())));
    for (String path : exposed) {
      if (!named.contains(path)) {
        throw new SimulationException("cannot expose '" + path + "': " + design.top() + " has no signal of that name");
      }
    }
  }

  /** Whether a node of the IR is visible without being exposed. */
  public static boolean byDefault(Node node) {
    return node instanceof Node.Input || node instanceof Node.Output || node instanceof Node.Reg;
  }

  /** Fails unless the named signal ({@code u_child.sum}, below the top) may be read by name. */
  public void require(String path) {
    if (!byDefault.contains(path) && !exposed.contains(path) && named.contains(path)) {
      throw new SimulationException("'" + path + "' in " + design.top() + " is not visible: ports, registers and"
          + " memories are, other signals when the test exposes them: SimOptions.defaults().expose(\"" + path
          + "\")");
    }
  }

  /** The error for a signal the design does not have, with the names at the same place of its hierarchy. */
  public SimulationException noSignal(String path) {
    return new SimulationException("no signal '" + path + "' in " + design.top() + namedNear(path));
  }

  /** The error for a memory the design does not have, with the memories it has. */
  public SimulationException noMemory(String path) {
    List<String> all = memories.stream().sorted().toList();
    return new SimulationException("no memory '" + path + "' in " + design.top()
        + (all.isEmpty() ? "; it has no memories" : "; its memories: " + String.join(", ", all)));
  }

  /** For a message about an unknown name: the signals and memories in the same place of the hierarchy. */
  public String namedNear(String path) {
    int dot = path.lastIndexOf('.');
    String prefix = dot < 0 ? "" : path.substring(0, dot + 1);
    Set<String> near = new TreeSet<>();
    for (Set<String> names : List.of(named, memories)) {
      names.stream().filter(n -> n.startsWith(prefix) && n.indexOf('.', prefix.length()) < 0).forEach(near::add);
    }
    return near.isEmpty() ? "" : "; named here: " + String.join(", ", near.stream().limit(NEAR_NAMES).toList())
        + (near.size() > NEAR_NAMES ? ", ..." : "");
  }

  /** The exposed signals, each as the module that declares it and its name there. */
  public List<Declared> exposedDeclarations() {
    List<Declared> out = new ArrayList<>();
    for (String path : exposed) {
      ModuleDef module = design.topModule();
      String[] parts = path.split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        String instance = parts[i];
        Instance child = module.instances().stream().filter(x -> x.name().equals(instance)).findFirst()
            .orElseThrow(() -> new SimulationException("cannot expose '" + path + "': no instance '" + instance + "'"));
        module = design.module(child.module());
      }
      out.add(new Declared(module.name(), parts[parts.length - 1]));
    }
    return out;
  }

  /** A signal as Verilog declares it: its module and its name there. */
  public record Declared(String module, String name) {}

  private String local(String flatPath) {
    return flatPath.substring(design.top().length() + 1);
  }
}
