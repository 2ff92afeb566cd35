package dev.hdl;

import dev.hdl.ir.Domain;
import dev.hdl.ir.Instance;
import dev.hdl.ir.Memory;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.NodeKind;
import dev.hdl.ir.Op;
import dev.hdl.ir.Stmt;
import dev.hdl.naming.CallSite;
import dev.hdl.naming.NameHint;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mutable state of one module while its Java constructor describes it. */
final class ModuleBuilder {
  final Component module;
  final ModuleBuilder parent;
  final SourceLoc loc;
  final List<NodeDraft> nodes = new ArrayList<>();
  final List<Integer> ports = new ArrayList<>();
  final List<Domain> domains = new ArrayList<>();
  final List<MemDraft> memories = new ArrayList<>();
  final List<InstanceDraft> instances = new ArrayList<>();
  private final Block body = new Block();
  private final Deque<Block> blocks = new ArrayDeque<>(List.of(body));
  private final Deque<Integer> domainStack = new ArrayDeque<>();
  /** For each child builder, its port nodes mapped to this module's side of the instance. */
  private final Map<ModuleBuilder, Map<Integer, Integer>> childPorts = new HashMap<>();
  private int implicitDomain = -1;
  /** How many elements each array or list has received so far, to number their names. */
  private final Map<String, Integer> elementCounts = new HashMap<>();

  ModuleBuilder(Component module, ModuleBuilder parent, SourceLoc loc) {
    this.module = module;
    this.parent = parent;
    this.loc = loc;
  }

  String className() {
    return module.getClass().getSimpleName();
  }

  // ---- nodes ----

  NodeDraft draft(NodeKind kind, int width, boolean signed, SourceLoc loc) {
    NodeDraft d = new NodeDraft(nodes.size(), kind, width, signed, loc);
    nodes.add(d);
    if (kind == NodeKind.INPUT || kind == NodeKind.OUTPUT) {
      ports.add(d.id);
    }
    return d;
  }

  /** An operator node that is the result of the user's call: it takes the name the user binds. */
  int op(Op op, int width, boolean signed, int[] args, int param0, int param1) {
    CallSite site = CallSite.capture();
    NodeDraft d = opDraft(op, width, signed, args, param0, param1, site.loc());
    Binding bound = bindName(site.hint());
    if (bound.name() != null) {
      d.name(bound.name(), bound.javaPath());
    }
    return d.id;
  }

  /** An operator node built on the way to a result: a temporary named from its operands. */
  int temp(Op op, int width, boolean signed, int[] args, int param0, int param1, SourceLoc loc) {
    return opDraft(op, width, signed, args, param0, param1, loc).id;
  }

  private NodeDraft opDraft(Op op, int width, boolean signed, int[] args, int param0, int param1, SourceLoc loc) {
    NodeDraft d = draft(NodeKind.OP, width, signed, loc);
    d.op = op;
    d.args = args;
    d.param0 = param0;
    d.param1 = param1;
    return d;
  }

  int constant(BigInteger value, int width, boolean signed, SourceLoc loc) {
    NodeDraft d = draft(NodeKind.CONST, width, signed, loc);
    d.value = value;
    return d.id;
  }

  /**
   * The name a value takes from the variable it is stored in: an array or list element is
   * numbered by the order it was added in; null when the user keeps no name for it.
   */
  Binding bindName(NameHint hint) {
    if (hint.name() == null) {
      return Binding.NONE;
    }
    if (hint.kind() != NameHint.Kind.ELEMENT) {
      return new Binding(hint.name(), hint.javaPath());
    }
    int index = elementCounts.merge(hint.javaPath(), 1, Integer::sum) - 1;
    return new Binding(hint.name() + "_" + index, hint.javaPath() + "." + index);
  }

  /** A Verilog name and the Java path it comes from; both null when the user keeps no name. */
  record Binding(String name, String javaPath) {
    static final Binding NONE = new Binding(null, null);
  }

  NodeDraft node(int id) {
    return nodes.get(id);
  }

  /** The id, in this module, of a signal the user reads here. */
  int read(Signal<?> s) {
    if (s.owner == this) {
      return s.node;
    }
    Integer mapped = s.owner == null ? null : childPortNode(s);
    if (mapped != null) {
      return mapped;
    }
    throw notVisible(s, "read");
  }

  /** The id, in this module, of a node the user drives here. */
  int target(Signal<?> s) {
    if (s.owner == this) {
      NodeDraft d = node(s.node);
      if (d.kind.isDriven()) {
        return s.node;
      }
      SourceLoc at = CallSite.location();
      if (d.kind == NodeKind.INPUT) {
        throw new HdlException(at, "input '" + d.name + "' of " + className() + " (" + d.loc
            + ") is driven from outside the module; it cannot be assigned inside it.");
      }
      throw new HdlException(at, "cannot assign to " + describe(d)
          + ": only wires, registers and outputs can be assigned. Declare a wire(...) and assign that.");
    }
    Integer mapped = s.owner == null ? null : childPortNode(s);
    if (mapped != null) {
      NodeDraft d = node(mapped);
      if (d.kind == NodeKind.INSTANCE_INPUT) {
        return mapped;
      }
      throw new HdlException(CallSite.location(), "output '" + d.port + "' of instance '"
          + instances.get(d.ref).name + "' is driven inside " + s.owner.className()
          + "; the parent can only read it.");
    }
    throw notVisible(s, "assign");
  }

  private Integer childPortNode(Signal<?> s) {
    Map<Integer, Integer> ports = childPorts.get(s.owner);
    return ports == null ? null : ports.get(s.node);
  }

  private HdlException notVisible(Signal<?> s, String verb) {
    SourceLoc at = CallSite.location();
    if (s.owner == null) {
      return new HdlException(at, "cannot " + verb + " " + s.typeName()
          + ": it is a type, not hardware. Make hardware from it with input(), output(), wire() or reg().");
    }
    NodeDraft d = s.owner.node(s.node);
    String where = s.owner.className();
    return new HdlException(at, "hierarchy violation: " + describe(d) + " belongs to " + where
        + ", not to " + className() + ". A module reaches another only through the ports of its"
        + " direct children; pass the value through a port.");
  }

  static String describe(NodeDraft d) {
    String kind = d.kind == NodeKind.OP ? "the result of " + d.op.word() : d.kind.name().toLowerCase().replace('_', ' ');
    return kind + (d.name == null ? "" : " '" + d.name + "'") + " (" + d.loc + ")";
  }

  // ---- statements ----

  Block block() {
    return blocks.peek();
  }

  void inBlock(Block b, Runnable body) {
    blocks.push(b);
    try {
      body.run();
    } finally {
      blocks.pop();
    }
  }

  void connect(int target, int value, SourceLoc at) {
    SourceLoc earlier = block().connect(target, value, at);
    if (earlier != null) {
      NodeDraft d = node(target);
      String what = d.kind == NodeKind.INSTANCE_INPUT
          ? "port '" + d.port + "' of instance '" + instances.get(d.ref).name + "'"
          : describe(d);
      throw new HdlException(at, "multiple drivers: " + what + " is driven at " + earlier + " and again at "
          + at + " in the same block, so the first has no effect. Remove one, or put one under when(...).");
    }
  }

  void add(Stmt stmt) {
    block().add(stmt);
  }

  // ---- clock domains ----

  int currentDomain() {
    return domainStack.isEmpty() ? implicitDomain() : domainStack.peek();
  }

  /** The current domain if one was chosen with withDomain; -1 for the default, which may not exist yet. */
  int chosenDomain() {
    return domainStack.isEmpty() ? -1 : domainStack.peek();
  }

  boolean hasImplicitDomain() {
    return implicitDomain >= 0;
  }

  /** The module's default clock, made into an input the first time it is needed. */
  int implicitDomain() {
    if (implicitDomain < 0) {
      NodeDraft clk = draft(NodeKind.INPUT, 1, false, loc);
      clk.name = "clk";
      implicitDomain = addDomain(new Domain("clk", clk.id, -1, Domain.ResetKind.SYNC, false, loc));
    }
    return implicitDomain;
  }

  /**
   * The reset of a domain, or -1 if it has none. The default domain's synchronous, active-high
   * {@code rst} input is made the first time something needs it, so that a module without reset
   * values has no reset port to leave unconnected.
   */
  int resetOf(int domain) {
    Domain d = domains.get(domain);
    if (d.reset() < 0 && domain == implicitDomain) {
      NodeDraft rst = draft(NodeKind.INPUT, 1, false, loc);
      rst.name = "rst";
      d = new Domain(d.name(), d.clock(), rst.id, d.resetKind(), d.resetActiveLow(), d.loc());
      domains.set(domain, d);
    }
    return d.reset();
  }

  int addDomain(Domain d) {
    domains.add(d);
    return domains.size() - 1;
  }

  void inDomain(int domain, Runnable body) {
    domainStack.push(domain);
    try {
      body.run();
    } finally {
      domainStack.pop();
    }
  }

  // ---- instances ----

  /** Binds a finished child into this module: one node here per child port. */
  void addInstance(ModuleBuilder child, String module, CallSite site) {
    int index = instances.size();
    Binding bound = bindName(site.hint());
    InstanceDraft inst = new InstanceDraft(bound.name(), bound.javaPath(), module, site.loc());
    instances.add(inst);
    Map<Integer, Integer> map = new HashMap<>();
    for (int port : child.ports) {
      NodeDraft p = child.node(port);
      NodeKind kind = p.kind == NodeKind.INPUT ? NodeKind.INSTANCE_INPUT : NodeKind.INSTANCE_OUTPUT;
      NodeDraft d = draft(kind, p.width, p.signed, site.loc());
      d.ref = index;
      d.port = p.name;
      d.enumType = p.enumType;
      map.put(port, d.id);
      inst.ports.add(new Instance.PortBinding(p.name, d.id));
    }
    childPorts.put(child, map);
    if (child.hasImplicitDomain()) {
      Domain theirs = child.domains.get(child.implicitDomain);
      int ours = currentDomain();
      body.connect(map.get(theirs.clock()), domains.get(ours).clock(), site.loc());
      if (theirs.reset() >= 0) {
        int reset = resetOf(ours);
        if (reset < 0) {
          throw new HdlException(site.loc(), "missing reset: " + child.className()
              + " has registers with reset values in its default clock domain, but the domain it is placed in here ("
              + domains.get(ours).name() + ") has no reset. Place it with withDomain(...) in a domain that has one.");
        }
        body.connect(map.get(theirs.reset()), reset, site.loc());
      }
    }
  }

  String instanceName(int index) {
    return instances.get(index).name;
  }

  // ---- finishing ----

  ModuleDef finish(String name, ModuleDef.BlackBoxInfo blackBox) {
    new ModuleNaming(this).apply();
    List<Node> frozen = new ArrayList<>(nodes.size());
    for (NodeDraft d : nodes) {
      frozen.add(d.freeze());
    }
    List<Memory> mems = new ArrayList<>();
    for (MemDraft m : memories) {
      mems.add(m.freeze());
    }
    List<Instance> insts = new ArrayList<>();
    for (InstanceDraft i : instances) {
      insts.add(new Instance(i.name, i.javaPath, i.module, i.ports, i.loc));
    }
    return new ModuleDef(name, module.getClass().getName(), frozen, ports, domains, mems, insts, body.freeze(),
        blackBox, loc);
  }

  /** A memory while being described: its lanes, contents and policy may still be set. */
  static final class MemDraft {
    String name;
    String javaPath;
    final int width;
    final int depth;
    /** The write port's domain; -1 until the first write when made in the default domain. */
    int domain;
    final SourceLoc loc;
    int lanes = 1;
    List<BigInteger> init = List.of();
    Memory.ReadUnderWrite readUnderWrite = Memory.ReadUnderWrite.READ_FIRST;

    MemDraft(String name, String javaPath, int width, int depth, int domain, SourceLoc loc) {
      this.name = name;
      this.javaPath = javaPath;
      this.width = width;
      this.depth = depth;
      this.domain = domain;
      this.loc = loc;
    }

    Memory freeze() {
      return new Memory(name, javaPath, width, depth, lanes, init, readUnderWrite, domain, loc);
    }
  }

  static final class InstanceDraft {
    String name;
    final String javaPath;
    final String module;
    final SourceLoc loc;
    final List<Instance.PortBinding> ports = new ArrayList<>();

    InstanceDraft(String name, String javaPath, String module, SourceLoc loc) {
      this.name = name;
      this.javaPath = javaPath;
      this.module = module;
      this.loc = loc;
    }
  }
}
