package dev.hdl;

import dev.hdl.ir.Design;
import dev.hdl.ir.Domain;
import dev.hdl.ir.EnumType;
import dev.hdl.ir.Instance;
import dev.hdl.ir.Memory;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.Op;
import dev.hdl.ir.Stmt;
import dev.hdl.naming.CallSite;
import dev.hdl.naming.NameHint;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mutable state of one module while its Java constructor describes it. */
final class ModuleBuilder {
  final Component module;
  final ModuleBuilder parent;
  final SourceLoc loc;
  final List<Node> nodes = new ArrayList<>();
  final List<Integer> ports = new ArrayList<>();
  final List<Domain> domains = new ArrayList<>();
  final List<MemDraft> memories = new ArrayList<>();
  final List<InstanceDraft> instances = new ArrayList<>();
  private final Block body = new Block();
  private final Deque<Block> blocks = new ArrayDeque<>(List.of(body));
  private final Deque<Integer> domainStack = new ArrayDeque<>();
  /** For each child builder, its port nodes mapped to this module's side of the instance. */
  private final Map<ModuleBuilder, Map<Integer, Integer>> childPorts = new HashMap<>();
  /** Registers that drive an output port of their own shape: the parent reads them as that port. */
  private final Map<Integer, Integer> registeredOutputs = new HashMap<>();
  private int implicitDomain = -1;
  /** Which of the parent's instances this module is; -1 for the top. */
  private int instanceIndex = -1;
  /** For the top, the design it was elaborated into, once checked: signals find their simulation path against it. */
  Design design;
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

  /** What the user can declare: the nodes that {@code input()}, {@code output()}, {@code wire()} and {@code reg()} make. */
  enum Declared {
    INPUT,
    OUTPUT,
    WIRE,
    REG;

    /** The direction a flipped bundle field takes: inputs and outputs trade places. */
    Declared flipped() {
      return switch (this) {
        case INPUT -> OUTPUT;
        case OUTPUT -> INPUT;
        case WIRE, REG -> this;
      };
    }
  }

  /** Adds a declared node; {@code domain} is a register's clock domain. */
  int declare(Declared kind, int width, boolean signed, EnumType enumType, Binding name, int domain, SourceLoc loc) {
    int id = nodes.size();
    return addNode(switch (kind) {
      case INPUT -> new Node.Input(id, name.name(), name.javaPath(), width, signed, enumType, loc);
      case OUTPUT -> new Node.Output(id, name.name(), name.javaPath(), width, signed, enumType, loc);
      case WIRE -> new Node.Wire(id, name.name(), name.javaPath(), width, signed, enumType, loc);
      case REG -> new Node.Reg(id, name.name(), name.javaPath(), width, signed, enumType, domain, null, -1, Node.Reg.Crossing.NONE, loc);
    });
  }

  /** Adds {@code node}, whose id must be the next one. */
  int addNode(Node node) {
    nodes.add(node);
    if (node instanceof Node.Input || node instanceof Node.Output) {
      ports.add(node.id());
    }
    return node.id();
  }

  /** Puts {@code node} in the place of the node with its id. */
  void replace(Node node) {
    nodes.set(node.id(), node);
  }

  /** An operator node that is the result of the user's call: it takes the name the user binds. */
  int op(Op op, int width, boolean signed, int... args) {
    return boundOperation(op, width, signed, args, 0, 0, 0);
  }

  /** As {@link #op}, for {@link Op#SHL} and {@link Op#SHR} by the constant {@code amount}. */
  int shift(Op op, int width, boolean signed, int amount, int arg) {
    return boundOperation(op, width, signed, new int[] {arg}, amount, 0, 0);
  }

  /** As {@link #op}, for bits {@code hi} down to {@code lo} of {@code arg}. */
  int slice(boolean signed, int hi, int lo, int arg) {
    return boundOperation(Op.SLICE, hi - lo + 1, signed, new int[] {arg}, 0, hi, lo);
  }

  /** As {@link #slice(boolean, int, int, int)}, under a name chosen by the caller. */
  int slice(boolean signed, int hi, int lo, int arg, Binding name, SourceLoc loc) {
    return operation(Op.SLICE, hi - lo + 1, signed, new int[] {arg}, 0, hi, lo, name, loc);
  }

  private int boundOperation(Op op, int width, boolean signed, int[] args, int shift, int hi, int lo) {
    CallSite site = CallSite.capture();
    return operation(op, width, signed, args, shift, hi, lo, bindName(site.hint()), site.loc());
  }

  private int operation(Op op, int width, boolean signed, int[] args, int shift, int hi, int lo, Binding name,
      SourceLoc loc) {
    return addNode(new Node.Operation(nodes.size(), name.name(), name.javaPath(), width, signed, op, ids(args), shift,
        hi, lo, loc));
  }

  /** An operator node built on the way to a result: a temporary named from its operands. */
  int temp(Op op, int width, boolean signed, SourceLoc loc, int... args) {
    return operation(op, width, signed, args, 0, 0, 0, Binding.NONE, loc);
  }

  private static List<Integer> ids(int[] args) {
    return Arrays.stream(args).boxed().toList();
  }

  int constant(BigInteger value, int width, boolean signed, SourceLoc loc) {
    return constant(value, width, signed, null, loc);
  }

  int constant(BigInteger value, int width, boolean signed, EnumType enumType, SourceLoc loc) {
    return addNode(new Node.Const(nodes.size(), null, null, width, signed, enumType, value, loc));
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

  Node node(int id) {
    return nodes.get(id);
  }

  /** Gives node {@code id} its Verilog name and the Java path that name comes from. */
  void name(int id, String name, String javaPath) {
    replace(node(id).named(name, javaPath));
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
      Node d = node(s.node);
      if (d.isDriven()) {
        return s.node;
      }
      SourceLoc at = CallSite.location();
      if (d instanceof Node.Input) {
        throw new HdlException(at, "input '" + d.name() + "' of " + className() + " (" + d.loc()
            + ") is driven from outside the module; it cannot be assigned inside it.");
      }
      throw new HdlException(at, "cannot assign to " + describe(d)
          + ": only wires, registers and outputs can be assigned. Declare a wire(...) and assign that.");
    }
    Integer mapped = s.owner == null ? null : childPortNode(s);
    if (mapped != null) {
      if (node(mapped) instanceof Node.InstanceOutput out) {
        throw new HdlException(CallSite.location(), "output '" + out.port() + "' of instance '"
            + instances.get(out.instance()).name + "' is driven inside " + s.owner.className()
            + "; the parent can only read it.");
      }
      return mapped;
    }
    throw notVisible(s, "assign");
  }

  /** Makes {@code register}, which drives {@code port}, read by the parent as the port. */
  void registeredOutput(int register, int port) {
    registeredOutputs.put(register, port);
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
    Node d = s.owner.node(s.node);
    String where = s.owner.className();
    return new HdlException(at, "hierarchy violation: " + describe(d) + " belongs to " + where
        + ", not to " + className() + ". A module reaches another only through the ports of its"
        + " direct children; pass the value through a port.");
  }

  static String describe(Node d) {
    String kind = d instanceof Node.Operation o ? "the result of " + o.op().word() : d.kindWord().replace('_', ' ');
    return kind + (d.name() == null ? "" : " '" + d.name() + "'") + " (" + d.loc() + ")";
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
      Node d = node(target);
      String what = d instanceof Node.InstanceInput in
          ? "port '" + in.port() + "' of instance '" + instances.get(in.instance()).name + "'"
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
      int clk = addNode(new Node.Input(nodes.size(), "clk", null, 1, false, null, loc));
      implicitDomain = addDomain(new Domain("clk", clk, -1, Domain.ResetKind.SYNC, false, loc));
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
      int rst = addNode(new Node.Input(nodes.size(), "rst", null, 1, false, null, loc));
      d = new Domain(d.name(), d.clock(), rst, d.resetKind(), d.resetActiveLow(), d.loc());
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
    child.instanceIndex = index;
    Map<Integer, Integer> map = new HashMap<>();
    for (int port : child.ports) {
      Node p = child.node(port);
      int id = nodes.size();
      addNode(p instanceof Node.Input
          ? new Node.InstanceInput(id, null, null, p.width(), p.signed(), p.enumType(), index, p.name(), site.loc())
          : new Node.InstanceOutput(id, null, null, p.width(), p.signed(), p.enumType(), index, p.name(), site.loc()));
      map.put(port, id);
      inst.ports.add(new Instance.PortBinding(p.name(), id));
    }
    child.registeredOutputs.forEach((register, port) -> map.put(register, map.get(port)));
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

  /** The module's statements as described so far. */
  List<Stmt> statements() {
    return body.freeze();
  }

  /** The top's builder, which holds the design once elaboration is done. */
  ModuleBuilder top() {
    return parent == null ? this : parent.top();
  }

  /** The path of this module's instance below the top, with a trailing dot; "" for the top. */
  String pathFromTop() {
    return parent == null ? "" : parent.pathFromTop() + parent.instanceName(instanceIndex) + ".";
  }

  String instanceName(int index) {
    return instances.get(index).name;
  }

  // ---- finishing ----

  ModuleDef finish(String name, ModuleDef.BlackBoxInfo blackBox) {
    new ModuleNaming(this).apply();
    List<Memory> mems = new ArrayList<>();
    for (MemDraft m : memories) {
      mems.add(m.freeze());
    }
    List<Instance> insts = new ArrayList<>();
    for (InstanceDraft i : instances) {
      insts.add(new Instance(i.name, i.javaPath, i.module, i.ports, i.loc));
    }
    return new ModuleDef(name, module.getClass().getName(), nodes, ports, domains, mems, insts, statements(),
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
