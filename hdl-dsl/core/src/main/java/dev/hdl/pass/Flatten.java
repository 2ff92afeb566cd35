package dev.hdl.pass;

import dev.hdl.ir.Domain;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatDomain;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import dev.hdl.ir.Instance;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.source.SourceLoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Inlines every instance into one {@link FlatNetlist}. */
public final class Flatten {
  private final String top;
  private final Map<String, ModuleDef> modules = new HashMap<>();
  private final Map<String, LoweredModule> lowered;
  private final List<Draft> nodes = new ArrayList<>();
  private final List<FlatNetlist.FlatMemory> memories = new ArrayList<>();
  private final List<FlatDomain> rawDomains = new ArrayList<>();
  private final List<FlatNetlist.FlatWrite> writes = new ArrayList<>();
  private final List<FlatNetlist.FlatCheck> checks = new ArrayList<>();

  private Flatten(String top, List<ModuleDef> modules, Map<String, LoweredModule> lowered) {
    this.top = top;
    modules.forEach(m -> this.modules.put(m.name(), m));
    this.lowered = lowered;
  }

  /**
   * @param modules every module of the design, {@code top} among them
   * @param lowered each module but the black boxes, lowered, by name
   */
  public static FlatNetlist flatten(String top, List<ModuleDef> modules, Map<String, LoweredModule> lowered) {
    return new Flatten(top, modules, lowered).run();
  }

  private FlatNetlist run() {
    ModuleDef top = modules.get(this.top);
    Map<String, Integer> ports = place(top, top.name(), null);
    List<Integer> inputs = new ArrayList<>();
    List<Integer> outputs = new ArrayList<>();
    for (int p : top.ports()) {
      (top.node(p) instanceof Node.Input ? inputs : outputs).add(ports.get(top.node(p).name()));
    }
    // Domains are the same when their clocks and resets come from the same top-level inputs.
    List<FlatDomain> domains = new ArrayList<>();
    Map<FlatDomain, Integer> index = new HashMap<>();
    int[] remap = new int[rawDomains.size()];
    for (int i = 0; i < rawDomains.size(); i++) {
      FlatDomain d = rawDomains.get(i);
      FlatDomain rooted = new FlatDomain(d.name(), root(d.clock()), d.reset() < 0 ? -1 : root(d.reset()),
          d.asyncReset(), d.resetActiveLow());
      remap[i] = index.computeIfAbsent(new FlatDomain("", rooted.clock(), rooted.reset(), rooted.asyncReset(),
          rooted.resetActiveLow()), k -> {
            domains.add(rooted);
            return domains.size() - 1;
          });
    }
    List<FlatNode> frozen = new ArrayList<>(nodes.size());
    for (Draft d : nodes) {
      frozen.add(new FlatNode(d.id, d.kind, d.args, d.domain < 0 ? -1 : remap[d.domain], d.memory, d.path, d.source,
          d.assignedAt));
    }
    List<FlatNetlist.FlatMemory> mems = memories.stream()
        .map(m -> new FlatNetlist.FlatMemory(m.path(), m.memory(), m.domain() < 0 ? -1 : remap[m.domain()])).toList();
    List<FlatNetlist.FlatWrite> ws = writes.stream()
        .map(w -> new FlatNetlist.FlatWrite(w.memory(), w.enable(), w.addr(), w.data(), w.mask(), remap[w.domain()], w.loc()))
        .toList();
    List<FlatNetlist.FlatCheck> cs = checks.stream()
        .map(c -> new FlatNetlist.FlatCheck(c.kind(), c.enable(), c.cond(), c.message(), remap[c.domain()], c.loc()))
        .toList();
    return new FlatNetlist(frozen, mems, domains, ws, cs, inputs, outputs);
  }

  /** The node an alias chain ends at. */
  private int root(int id) {
    int at = id;
    for (int guard = 0; nodes.get(at).kind == Kind.ALIAS && guard < nodes.size(); guard++) {
      at = nodes.get(at).args.get(0);
    }
    return at;
  }

  /**
   * Places one instance of {@code def}.
   *
   * @param inputs for an inner instance: the parent's node driving each input port; null for the top
   * @return the global id of each of its ports, by name
   */
  private Map<String, Integer> place(ModuleDef def, String path, Map<String, Integer> inputs) {
    if (def.blackBox() != null) {
      return placeBlackBox(def, path, inputs);
    }
    LoweredModule low = lowered.get(def.name());
    int base = nodes.size();
    int domainBase = rawDomains.size();
    int memoryBase = memories.size();
    for (Domain d : def.domains()) {
      rawDomains.add(new FlatDomain(path + "." + d.name(), base + d.clock(), d.reset() < 0 ? -1 : base + d.reset(),
          d.resetKind() == Domain.ResetKind.ASYNC, d.resetActiveLow()));
    }
    for (var m : def.memories()) {
      memories.add(new FlatNetlist.FlatMemory(path + "." + m.name(), m, m.domain() < 0 ? -1 : domainBase + m.domain()));
    }
    for (Node n : low.nodes()) {
      Draft d = new Draft(nodes.size(), n, n.name() == null ? null : path + "." + n.name());
      nodes.add(d);
      d.assignedAt = low.assignedAt().getOrDefault(n.id(), List.of());
      int driver = n.id() < low.driver().size() ? low.driver().get(n.id()) : -1;
      switch (n) {
        case Node.Input in -> {
          d.kind = inputs == null ? Kind.INPUT : Kind.ALIAS;
          d.args = inputs == null ? List.of() : List.of(inputs.get(n.name()));
        }
        case Node.Const c -> d.kind = Kind.CONST;
        case Node.Operation op -> {
          d.kind = Kind.OP;
          d.args = op.args().stream().map(a -> base + a).toList();
        }
        case Node.MemRead read -> {
          d.kind = Kind.MEM_READ;
          d.domain = read.domain() < 0 ? -1 : domainBase + read.domain();
          d.memory = memoryBase + read.memory();
          d.args = read.enable() < 0 ? List.of(base + read.address())
              : List.of(base + read.address(), base + read.enable());
        }
        case Node.Reg reg -> {
          d.kind = Kind.REG;
          d.domain = domainBase + reg.domain();
          d.args = List.of(base + driver);
        }
        case Node.Output out -> alias(d, base + driver);
        case Node.Wire w -> alias(d, base + driver);
        case Node.InstanceInput in -> alias(d, base + driver);
        case Node.InstanceOutput out -> d.kind = Kind.ALIAS; // its driver is known once the child is placed
      }
    }
    for (Instance inst : def.instances()) {
      ModuleDef child = modules.get(inst.module());
      Map<String, Integer> childInputs = new HashMap<>();
      for (Instance.PortBinding p : inst.ports()) {
        if (def.node(p.node()) instanceof Node.InstanceInput) {
          childInputs.put(p.port(), base + p.node());
        }
      }
      Map<String, Integer> childPorts = place(child, path + "." + inst.name(), childInputs);
      for (Instance.PortBinding p : inst.ports()) {
        if (def.node(p.node()) instanceof Node.InstanceOutput) {
          nodes.get(base + p.node()).args = List.of(childPorts.get(p.port()));
        }
      }
    }
    for (LoweredModule.MemWrite w : low.writes()) {
      writes.add(new FlatNetlist.FlatWrite(memoryBase + w.memory(), base + w.enable(), base + w.addr(), base + w.data(),
          w.mask() < 0 ? -1 : base + w.mask(), domainBase + def.memories().get(w.memory()).domain(), w.loc()));
    }
    for (LoweredModule.Check c : low.checks()) {
      checks.add(new FlatNetlist.FlatCheck(c.kind(), base + c.enable(), base + c.cond(), c.message(),
          domainBase + c.domain(), c.loc()));
    }
    Map<String, Integer> ports = new HashMap<>();
    for (int p : def.ports()) {
      ports.put(def.node(p).name(), base + p);
    }
    return ports;
  }

  private Map<String, Integer> placeBlackBox(ModuleDef def, String path, Map<String, Integer> inputs) {
    Map<String, Integer> ports = new HashMap<>();
    for (int p : def.ports()) {
      Node n = def.node(p);
      Draft d = new Draft(nodes.size(), n, path + "." + n.name());
      nodes.add(d);
      boolean in = n instanceof Node.Input;
      d.kind = in ? Kind.ALIAS : Kind.OPAQUE;
      d.args = in ? List.of(inputs.get(n.name())) : List.of();
      ports.put(n.name(), d.id);
    }
    return ports;
  }

  private static void alias(Draft d, int driver) {
    d.kind = Kind.ALIAS;
    d.args = List.of(driver);
  }

  /** A node while it is placed: an instance output learns its driver only after its child is placed. */
  private static final class Draft {
    final int id;
    final Node source;
    final String path;
    Kind kind;
    List<Integer> args = List.of();
    int domain = -1;
    int memory = -1;
    List<SourceLoc> assignedAt = List.of();

    Draft(int id, Node source, String path) {
      this.id = id;
      this.source = source;
      this.path = path;
    }
  }
}
