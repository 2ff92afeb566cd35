package dev.hdl.verilog;

import dev.hdl.ir.Design;
import dev.hdl.ir.Domain;
import dev.hdl.ir.EnumType;
import dev.hdl.ir.Instance;
import dev.hdl.ir.Memory;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.ir.Stmt;
import dev.hdl.ir.StmtVisitor;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes one module as Verilog-2005, plus two pieces of SystemVerilog: immediate assertions for
 * checks, and the {@code int} loop variable that zeroes a memory with initial contents.
 */
final class ModuleEmitter {
  private final Design design;
  private final ModuleDef def;
  private final Expressions expr;
  private final BitUsage usage;
  private final StringBuilder out = new StringBuilder();
  /** Driven nodes whose statements need a procedural block, and so a {@code reg} declaration. */
  private final Set<Integer> procedural = new HashSet<>();
  private final Writer writer = new Writer();
  private final Map<Integer, List<Stmt>> treeOf = new LinkedHashMap<>();
  /** The write-first read port whose register memory writes go to while its block is written, or null. */
  private Node.MemRead forwardTo;
  private boolean inUnusedRegion;

  private ModuleEmitter(Design design, ModuleDef def) {
    this.design = design;
    this.def = def;
    this.expr = new Expressions(def);
    this.usage = new BitUsage(def);
  }

  static String emit(Design design, ModuleDef def) {
    return new ModuleEmitter(design, def).module();
  }

  private String module() {
    for (Node n : def.nodes()) {
      if (n.isDriven()) {
        List<Stmt> tree = prune(def.body(), s -> s instanceof Stmt.Connect c && c.target() == n.id());
        treeOf.put(n.id(), tree);
        if (n instanceof Node.Reg || !(tree.size() == 1 && tree.get(0) instanceof Stmt.Connect)) {
          procedural.add(n.id());
        }
      }
      if (n instanceof Node.MemRead read && read.domain() >= 0) {
        procedural.add(n.id());
      }
    }
    out.append("// ").append(def.name()).append(": generated from ").append(def.javaClass())
        .append(" by hdl-dsl. Do not edit; run `make rtl`.\n");
    located("module " + def.name() + " (", def.loc());
    ports();
    out.append(");\n");
    enums();
    declarations();
    drivers();
    memories();
    instances();
    checks();
    out.append("endmodule\n");
    return out.toString();
  }

  // ---- declarations ----

  private void ports() {
    List<Integer> ports = def.ports();
    for (int i = 0; i < ports.size(); i++) {
      Node n = def.node(ports.get(i));
      boolean unused = n instanceof Node.Input && usage.partlyUnused(n.id());
      String dir = n instanceof Node.Input ? "input  wire" : procedural.contains(n.id()) ? "output reg " : "output wire";
      String line = "  " + dir + " " + range(n.width()) + n.name() + (i + 1 < ports.size() ? "," : "");
      unusedRegion(unused);
      located(line, n.loc());
    }
    unusedRegion(false);
  }

  private void enums() {
    // Each enum is located where the module first uses it.
    Map<EnumType, SourceLoc> used = new LinkedHashMap<>();
    for (Node n : def.nodes()) {
      if (n.enumType() != null && (n instanceof Node.Const || n instanceof Node.Reg)) {
        used.putIfAbsent(n.enumType(), n.loc());
      }
    }
    for (Stmt s : StmtVisitor.preorder(def.body())) {
      if (s instanceof Stmt.Switch sw && def.node(sw.subject()).enumType() != null) {
        used.putIfAbsent(def.node(sw.subject()).enumType(), sw.loc());
      }
    }
    if (used.isEmpty()) {
      return;
    }
    out.append("  /* verilator lint_off UNUSEDPARAM */\n");
    for (Map.Entry<EnumType, SourceLoc> e : used.entrySet()) {
      EnumType t = e.getKey();
      int width = Math.max(1, 32 - Integer.numberOfLeadingZeros(t.constants().size() - 1));
      for (int i = 0; i < t.constants().size(); i++) {
        located("  localparam " + range(width) + expr.enumConstant(t, i) + " = "
            + Expressions.literal(BigInteger.valueOf(i), width) + ";", e.getValue());
      }
    }
    out.append("  /* verilator lint_on UNUSEDPARAM */\n");
  }

  private void declarations() {
    for (int i = 0; i < def.memories().size(); i++) {
      Memory m = def.memories().get(i);
      unusedRegion(!isRead(i));
      located("  reg  " + range(m.width()) + m.name() + " [0:" + (m.depth() - 1) + "];", m.loc());
    }
    for (Node n : def.nodes()) {
      if (n instanceof Node.Const || n instanceof Node.Input || n instanceof Node.Output) {
        continue;
      }
      unusedRegion(usage.partlyUnused(n.id()));
      String kind = procedural.contains(n.id()) ? "reg  " : "wire ";
      String decl = "  " + kind + range(n.width()) + n.name();
      if (n instanceof Node.Operation op) {
        decl += " = " + expr.of(op);
      } else if (n instanceof Node.MemRead read && read.domain() < 0) {
        decl += " = " + def.memories().get(read.memory()).name() + "[" + expr.ref(read.address()) + "]";
      }
      located(decl + ";", n.loc());
    }
    unusedRegion(false);
  }

  private boolean isRead(int memory) {
    return def.nodes().stream().anyMatch(n -> n instanceof Node.MemRead read && read.memory() == memory);
  }

  // ---- logic ----

  private void drivers() {
    for (Map.Entry<Integer, List<Stmt>> e : treeOf.entrySet()) {
      Node n = def.node(e.getKey());
      List<Stmt> tree = e.getValue();
      if (!procedural.contains(n.id()) && tree.get(0) instanceof Stmt.Connect c) {
        located("  assign " + n.name() + " = " + expr.ref(c.value()) + ";", c.loc());
      } else if (n instanceof Node.Reg r) {
        register(r, tree);
      } else {
        located("  always @(*) begin", n.loc());
        block(tree, "    ", "=");
        out.append("  end\n");
      }
    }
    for (Node n : def.nodes()) {
      if (n instanceof Node.MemRead read && read.domain() >= 0) {
        syncRead(read);
      }
    }
  }

  /** A clocked block: the reset first, then the enable, as one if / else if chain. */
  private void register(Node.Reg n, List<Stmt> tree) {
    Domain d = def.domains().get(n.domain());
    boolean reset = n.resetValue() != null;
    String enable = n.enable() < 0 ? null : "if (" + expr.ref(n.enable()) + ") begin";
    located("  always @(" + edges(d, reset) + ") begin", n.loc());
    String opening = enable;
    if (reset) {
      String init = n.enumType() != null ? expr.enumConstant(n.enumType(), n.resetValue().intValue())
          : Expressions.literal(n.resetValue(), n.width());
      out.append("    if (").append(resetActive(d)).append(") begin\n");
      located("      " + n.name() + " <= " + init + ";", n.loc());
      opening = "end else " + (enable == null ? "begin" : enable);
    }
    if (opening == null) {
      block(tree, "    ", "<=");
    } else {
      out.append("    ").append(opening).append('\n');
      block(tree, "      ", "<=");
      out.append("    end\n");
    }
    out.append("  end\n");
  }

  /**
   * A registered read. Write-first replays the memory's writes of the same clock edge into the
   * read register where the addresses match, so that the register still holds while disabled.
   */
  private void syncRead(Node.MemRead n) {
    Domain d = def.domains().get(n.domain());
    Memory m = def.memories().get(n.memory());
    boolean enabled = n.enable() >= 0;
    String indent = enabled ? "      " : "    ";
    located("  always @(posedge " + clockName(d) + ") begin", n.loc());
    if (enabled) {
      out.append("    if (").append(expr.ref(n.enable())).append(") begin\n");
    }
    located(indent + n.name() + " <= " + m.name() + "[" + expr.ref(n.address()) + "];", n.loc());
    if (m.readUnderWrite() == Memory.ReadUnderWrite.WRITE_FIRST && m.domain() == n.domain()) {
      forwardTo = n;
      block(writes(n.memory()), indent, "<=");
      forwardTo = null;
    }
    if (enabled) {
      out.append("    end\n");
    }
    out.append("  end\n");
  }

  private void memories() {
    for (int i = 0; i < def.memories().size(); i++) {
      Memory m = def.memories().get(i);
      if (!m.init().isEmpty()) {
        initialContents(m);
      }
      List<Stmt> writes = writes(i);
      if (!writes.isEmpty()) {
        Domain d = def.domains().get(m.domain());
        located("  always @(posedge " + clockName(d) + ") begin", m.loc());
        block(writes, "    ", "<=");
        out.append("  end\n");
      }
    }
  }

  /** The listed words, and zeros for the rest when the list is shorter than the memory. */
  private void initialContents(Memory m) {
    located("  initial begin", m.loc());
    if (m.init().size() < m.depth()) {
      String i = unusedName("i");
      located("    for (int " + i + " = 0; " + i + " < " + m.depth() + "; " + i + " = " + i + " + 1) " + m.name() + "["
          + i + "] = " + Expressions.literal(BigInteger.ZERO, m.width()) + ";", m.loc());
    }
    for (int a = 0; a < m.init().size(); a++) {
      located("    " + m.name() + "[" + a + "] = " + Expressions.literal(m.init().get(a), m.width()) + ";", m.loc());
    }
    out.append("  end\n");
  }

  /** {@code base}, or {@code base} with a suffix when a signal, memory or instance has that name. */
  private String unusedName(String base) {
    Set<String> taken = new HashSet<>();
    def.nodes().forEach(n -> taken.add(n.name()));
    def.memories().forEach(m -> taken.add(m.name()));
    def.instances().forEach(inst -> taken.add(inst.name()));
    String name = base;
    for (int k = 1; taken.contains(name); k++) {
      name = base + "_" + k;
    }
    return name;
  }

  /** The write statements of one memory, with the conditions around them. */
  private List<Stmt> writes(int memory) {
    return prune(def.body(), s -> s instanceof Stmt.MemWrite w && w.memory() == memory);
  }

  private void instances() {
    for (Instance inst : def.instances()) {
      located("  " + inst.module() + parameters(design.module(inst.module())) + " " + inst.name() + " (", inst.loc());
      int width = inst.ports().stream().mapToInt(p -> p.port().length()).max().orElse(0);
      for (int i = 0; i < inst.ports().size(); i++) {
        Instance.PortBinding p = inst.ports().get(i);
        out.append("    .").append(pad(p.port(), width)).append(" (").append(def.node(p.node()).name()).append(')')
            .append(i + 1 < inst.ports().size() ? "," : "").append('\n');
      }
      out.append("  );\n");
    }
  }

  private static String parameters(ModuleDef child) {
    if (child.blackBox() == null || child.blackBox().parameters().isEmpty()) {
      return "";
    }
    List<String> set = new ArrayList<>();
    child.blackBox().parameters().forEach(p -> set.add("." + p.name() + "(" + p.value() + ")"));
    return " #(" + String.join(", ", set) + ")";
  }

  private void checks() {
    if (StmtVisitor.preorder(def.body()).stream().noneMatch(s -> s instanceof Stmt.Check)) {
      return;
    }
    out.append("`ifndef SYNTHESIS\n");
    for (int d = 0; d < def.domains().size(); d++) {
      int domain = d;
      List<Stmt> tree = prune(def.body(), s -> s instanceof Stmt.Check c && c.domain() == domain);
      if (tree.isEmpty()) {
        continue;
      }
      Domain dom = def.domains().get(d);
      out.append("  always @(posedge ").append(clockName(dom)).append(") begin\n");
      String indent = "    ";
      if (dom.reset() >= 0) {
        out.append(indent).append("if (").append(resetInactive(dom)).append(") begin\n");
        block(tree, indent + "  ", "<=");
        out.append(indent).append("end\n");
      } else {
        block(tree, indent, "<=");
      }
      out.append("  end\n");
    }
    out.append("`endif\n");
  }

  // ---- statement trees ----

  /** Where statements are written: their indent, and the assignment, {@code =} or {@code <=}. */
  private record Block(String indent, String assign) {}

  /** Writes statements as Verilog into {@link #out}. */
  private final class Writer implements StmtVisitor<Block> {
    @Override
    public void connect(Stmt.Connect c, Block at) {
      located(at.indent() + def.node(c.target()).name() + " " + at.assign() + " " + expr.ref(c.value()) + ";",
          c.loc());
    }

    @Override
    public void when(Stmt.When w, Block at) {
      ModuleEmitter.this.when(w, at.indent(), at.assign(), "if");
      out.append(at.indent()).append("end\n");
    }

    @Override
    public void switchOn(Stmt.Switch sw, Block at) {
      switchCase(sw, at.indent(), at.assign());
    }

    @Override
    public void memWrite(Stmt.MemWrite m, Block at) {
      ModuleEmitter.this.memWrite(m, at.indent());
    }

    @Override
    public void check(Stmt.Check c, Block at) {
      ModuleEmitter.this.check(c, at.indent());
    }
  }

  private void block(List<Stmt> stmts, String indent, String assign) {
    writer.visit(stmts, new Block(indent, assign));
  }

  private void when(Stmt.When w, String indent, String assign, String keyword) {
    located(indent + keyword + " (" + expr.ref(w.cond()) + ") begin", w.loc());
    block(w.then(), indent + "  ", assign);
    if (w.otherwise().size() == 1 && w.otherwise().get(0) instanceof Stmt.When inner) {
      when(inner, indent, assign, "end else if");
    } else if (!w.otherwise().isEmpty()) {
      out.append(indent).append("end else begin\n");
      block(w.otherwise(), indent + "  ", assign);
    }
  }

  private void switchCase(Stmt.Switch sw, String indent, String assign) {
    Node subject = def.node(sw.subject());
    located(indent + "case (" + expr.ref(sw.subject()) + ")", sw.loc());
    int values = sw.cases().stream().mapToInt(c -> c.values().size()).sum();
    boolean full = subject.width() < 31 && values == (1 << subject.width());
    for (int i = 0; i < sw.cases().size(); i++) {
      Stmt.Case c = sw.cases().get(i);
      String label;
      if (full && sw.otherwise().isEmpty() && i == sw.cases().size() - 1) {
        label = "default";
      } else {
        List<String> labels = new ArrayList<>();
        for (BigInteger v : c.values()) {
          labels.add(subject.enumType() != null ? expr.enumConstant(subject.enumType(), v.intValue())
              : Expressions.literal(v, subject.width()));
        }
        label = String.join(", ", labels);
      }
      out.append(indent).append("  ").append(label).append(": begin\n");
      block(c.body(), indent + "    ", assign);
      out.append(indent).append("  end\n");
    }
    if (!sw.otherwise().isEmpty() || !full) {
      out.append(indent).append("  default: begin\n");
      block(sw.otherwise(), indent + "    ", assign);
      out.append(indent).append("  end\n");
    }
    out.append(indent).append("endcase\n");
  }

  /** A write into the memory, or, while {@link #forwardTo} is set, into that read port's register. */
  private void memWrite(Stmt.MemWrite w, String indent) {
    Memory m = def.memories().get(w.memory());
    String target = forwardTo == null ? m.name() + "[" + expr.ref(w.addr()) + "]" : forwardTo.name();
    List<String> always = new ArrayList<>();
    if (forwardTo != null && w.addr() != forwardTo.address()) {
      always.add(expr.ref(w.addr()) + " == " + expr.ref(forwardTo.address()));
    }
    int lanes = w.mask() < 0 ? 1 : m.lanes();
    int lane = m.width() / lanes;
    for (int i = 0; i < lanes; i++) {
      int lo = i * lane;
      int hi = lo + lane - 1;
      List<String> conditions = new ArrayList<>();
      if (w.mask() >= 0) {
        conditions.add(expr.bits(w.mask(), i, i));
      }
      conditions.addAll(always);
      String guard = conditions.isEmpty() ? "" : "if (" + String.join(" && ", conditions) + ") ";
      String part = lanes == 1 ? "" : "[" + hi + ":" + lo + "]";
      located(indent + guard + target + part + " <= " + expr.bits(w.data(), hi, lo) + ";", w.loc());
    }
  }

  private void check(Stmt.Check c, String indent) {
    String keyword = c.kind().name().toLowerCase();
    String cond = expr.ref(c.cond());
    String message = (c.loc() + ": " + c.message()).replace("\\", "\\\\").replace("\"", "\\\"");
    if (c.kind() == Stmt.CheckKind.COVER) {
      located(indent + "cover (" + cond + ");", c.loc());
      return;
    }
    out.append("`ifdef FORMAL\n");
    located(indent + keyword + " (" + cond + ");", c.loc());
    out.append("`else\n");
    out.append(indent).append(keyword).append(" (").append(cond).append(") else $error(\"").append(message)
        .append("\");\n");
    out.append("`endif\n");
  }

  /** The statements that lead to the ones {@code keep} selects, with the conditions around them. */
  static List<Stmt> prune(List<Stmt> stmts, Predicate<Stmt> keep) {
    return new Pruner(keep).pruned(stmts);
  }

  /** Copies into the list it is given the statements {@code keep} selects, and the whens and switches around them. */
  private record Pruner(Predicate<Stmt> keep) implements StmtVisitor<List<Stmt>> {
    List<Stmt> pruned(List<Stmt> stmts) {
      List<Stmt> kept = new ArrayList<>();
      visit(stmts, kept);
      return kept;
    }

    @Override
    public void connect(Stmt.Connect c, List<Stmt> kept) {
      keepIfSelected(c, kept);
    }

    @Override
    public void when(Stmt.When w, List<Stmt> kept) {
      List<Stmt> then = pruned(w.then());
      List<Stmt> otherwise = pruned(w.otherwise());
      if (!then.isEmpty() || !otherwise.isEmpty()) {
        kept.add(new Stmt.When(w.cond(), then, otherwise, w.loc()));
      }
    }

    /**
     * An arm left empty is dropped unless an otherwise has statements: then it still keeps its
     * values from reaching the otherwise.
     */
    @Override
    public void switchOn(Stmt.Switch sw, List<Stmt> kept) {
      List<Stmt> otherwise = pruned(sw.otherwise());
      List<Stmt.Case> cases = new ArrayList<>();
      for (Stmt.Case c : sw.cases()) {
        List<Stmt> body = pruned(c.body());
        if (!body.isEmpty() || !otherwise.isEmpty()) {
          cases.add(new Stmt.Case(c.values(), body, c.loc()));
        }
      }
      if (!otherwise.isEmpty() || !cases.isEmpty()) {
        kept.add(new Stmt.Switch(sw.subject(), cases, otherwise, sw.loc()));
      }
    }

    @Override
    public void memWrite(Stmt.MemWrite m, List<Stmt> kept) {
      keepIfSelected(m, kept);
    }

    @Override
    public void check(Stmt.Check c, List<Stmt> kept) {
      keepIfSelected(c, kept);
    }

    private void keepIfSelected(Stmt s, List<Stmt> kept) {
      if (keep.test(s)) {
        kept.add(s);
      }
    }
  }

  // ---- small pieces ----

  private String edges(Domain d, boolean reset) {
    String clock = "posedge " + clockName(d);
    if (reset && d.resetKind() == Domain.ResetKind.ASYNC) {
      return clock + " or " + (d.resetActiveLow() ? "negedge " : "posedge ") + def.node(d.reset()).name();
    }
    return clock;
  }

  private String resetActive(Domain d) {
    String r = def.node(d.reset()).name();
    return d.resetActiveLow() ? "!" + r : r;
  }

  private String resetInactive(Domain d) {
    String r = def.node(d.reset()).name();
    return d.resetActiveLow() ? r : "!" + r;
  }

  private String clockName(Domain d) {
    return def.node(d.clock()).name();
  }

  private static String range(int width) {
    return width == 1 ? "" : "[" + (width - 1) + ":0] ";
  }

  /** Opens or closes the linter's unused-signal exemption, so that adjacent unused signals share one. */
  private void unusedRegion(boolean open) {
    if (open != inUnusedRegion) {
      out.append("  /* verilator lint_").append(open ? "off" : "on").append(" UNUSEDSIGNAL */\n");
      inUnusedRegion = open;
    }
  }

  /** Writes one line with the locator of the Java source that it came from. */
  private void located(String text, SourceLoc loc) {
    out.append(pad(text, 48)).append(" // ").append(locator(loc)).append('\n');
  }

  /**
   * The locator comment's text. Tools read comments that start with their own name as
   * directives (a file {@code VerilatorX.java} would open {@code // verilator ...}), so such a
   * file name is preceded by "at".
   */
  static String locator(SourceLoc loc) {
    String file = loc.file().toLowerCase(java.util.Locale.ROOT);
    for (String tool : DIRECTIVE_PREFIXES) {
      if (file.startsWith(tool)) {
        return "at " + loc;
      }
    }
    return loc.toString();
  }

  private static final List<String> DIRECTIVE_PREFIXES =
      List.of("verilator", "synopsys", "synthesis", "pragma", "cadence", "ambit", "coverage", "lint", "spyglass");

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
