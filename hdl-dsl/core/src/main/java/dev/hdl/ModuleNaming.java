package dev.hdl;

import dev.hdl.ir.Node;
import dev.hdl.ir.Stmt;
import dev.hdl.ir.StmtVisitor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every node of a finished module its Verilog name. Names the user bound in Java were set
 * as the module was described; here module fields name what is still unnamed (elements of
 * arrays, lists and records) and renumber elements by the index they ended up at, temporaries
 * get names built from their operands — never from a counter, so an unrelated edit renames
 * nothing — and clashes get a numeric suffix, bound names before derived ones.
 */
final class ModuleNaming {
  /** Longest name built for a temporary; longer ones are cut at an underscore. */
  private static final int MAX_DERIVED = 40;

  private final ModuleBuilder b;
  private final Set<String> used = new HashSet<>();
  /** For each node, the first target it is connected to and the first value connected to it; built when first needed. */
  private Map<Integer, Integer> drives;
  private Map<Integer, Integer> takes;

  ModuleNaming(ModuleBuilder b) {
    this.b = b;
  }

  void apply() {
    nameFromFields();
    for (int port : b.ports) {
      unique(b.node(port));
    }
    for (ModuleBuilder.InstanceDraft inst : b.instances) {
      inst.name = claim(inst.name == null ? lowerFirst(inst.module) : inst.name);
    }
    for (ModuleBuilder.MemDraft mem : b.memories) {
      mem.name = claim(mem.name == null ? "mem" : mem.name);
    }
    // Names the user bound come first, so that a derived name never takes one of them.
    for (int id = 0; id < b.nodes.size(); id++) {
      if (isInternal(b.node(id)) && b.node(id).name() != null) {
        unique(b.node(id));
      }
    }
    // Registers last: they are named after the nodes they connect to, which are named by then.
    for (boolean registers : new boolean[] {false, true}) {
      for (int id = 0; id < b.nodes.size(); id++) {
        Node d = b.node(id);
        if (isInternal(d) && d.name() == null && d instanceof Node.Reg == registers) {
          unique(d.named(derived(d), d.javaPath()));
        }
      }
    }
  }

  /** Neither a port (named already) nor a constant (emitted inline). */
  private static boolean isInternal(Node d) {
    return !(d instanceof Node.Input || d instanceof Node.Output || d instanceof Node.Const);
  }

  /** Gives {@code d} its name, or that name with a suffix when it is taken. */
  private void unique(Node d) {
    b.name(d.id(), claim(d.name() == null ? "unnamed_" + d.kindWord() : d.name()), d.javaPath());
  }

  private String claim(String wanted) {
    // A name built from a constant operand may start with a digit, which Verilog does not allow.
    String legal = Character.isDigit(wanted.charAt(0)) ? "_" + wanted : wanted;
    String base = Keywords.isReserved(legal) ? legal + "_" : legal;
    String name = base;
    for (int i = 1; !used.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  private String derived(Node d) {
    return switch (d) {
      case Node.InstanceInput in -> b.instanceName(in.instance()) + "_" + in.port();
      case Node.InstanceOutput out -> b.instanceName(out.instance()) + "_" + out.port();
      case Node.MemRead read -> b.memories.get(read.memory()).name + "_rdata";
      case Node.Operation op -> fromOperands(op);
      case Node.Input n -> null;
      case Node.Output n -> null;
      case Node.Wire n -> null;
      case Node.Reg r -> registerName(r);
      case Node.Const n -> null;
    };
  }

  /**
   * A register made in an expression, as in {@code out.assign(regNext(in))}: named after what it
   * drives ({@code out_reg}), else after what it takes ({@code in_reg}).
   */
  private String registerName(Node.Reg r) {
    if (drives == null) {
      drives = new HashMap<>();
      takes = new HashMap<>();
      for (Stmt s : StmtVisitor.preorder(b.statements())) {
        if (s instanceof Stmt.Connect c) {
          drives.putIfAbsent(c.value(), c.target());
          if (!(b.node(c.value()) instanceof Node.Const)) {
            takes.putIfAbsent(c.target(), c.value());
          }
        }
      }
    }
    Integer next = drives.containsKey(r.id()) ? drives.get(r.id()) : takes.get(r.id());
    String base = next == null ? null : b.node(next).name();
    return base == null ? null : base + "_reg";
  }

  private String fromOperands(Node.Operation d) {
    String a = d.args().isEmpty() ? "" : operand(d.arg(0));
    String name = switch (d.op()) {
      case SLICE -> d.hi() == d.lo() ? a + "_" + d.hi() : a + "_" + d.hi() + "_" + d.lo();
      case EXTEND -> a + "_ext";
      case CAST -> a + "_cast";
      case SHL, SHR -> a + "_" + d.op().word() + d.shift();
      case NOT, NEG, AND_REDUCE, OR_REDUCE, XOR_REDUCE -> d.op().word() + "_" + a;
      case MUX -> "mux_" + a;
      case CAT -> {
        StringBuilder s = new StringBuilder("cat");
        for (int arg : d.args()) {
          s.append('_').append(operand(arg));
        }
        yield s.toString();
      }
      case ADD, SUB, MUL, AND, OR, XOR, DSHL, DSHR, EQ, NE, LT, LE, GT, GE ->
          a + "_" + d.op().word() + "_" + operand(d.arg(1));
    };
    if (name.length() > MAX_DERIVED) {
      int cut = name.lastIndexOf('_', MAX_DERIVED);
      name = name.substring(0, cut > 0 ? cut : MAX_DERIVED);
    }
    return name;
  }

  private String operand(int id) {
    Node d = b.node(id);
    if (d instanceof Node.Const c) {
      if (c.enumType() != null) {
        return c.enumType().constants().get(c.value().intValue());
      }
      return c.value().signum() < 0 ? "m" + c.value().negate() : c.value().toString();
    }
    return d.name();
  }

  // ---- names from the module's fields ----

  private void nameFromFields() {
    for (Class<?> c = b.module.getClass(); c != Component.class && c != BlackBox.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
          continue;
        }
        try {
          f.setAccessible(true);
          String path = c.getSimpleName() + "." + f.getName();
          bind(f.get(b.module), f.getName(), path, path);
        } catch (IllegalAccessException | RuntimeException e) {
          // A field the language cannot read holds no hardware it needs to name.
        }
      }
    }
  }

  /**
   * Names the hardware in the value of the field at {@code field} (a Java path). A signal stored
   * into the field's arrays or lists in a loop was numbered in the order it came, under the
   * field's own path; it is renamed here after the index it ended up at.
   */
  private void bind(Object value, String name, String path, String field) {
    if (value instanceof Signal<?> s) {
      Node d = s.owner == b ? b.node(s.node) : null;
      boolean storedInField = d != null && d.javaPath() != null
          && (d.javaPath().equals(field) || d.javaPath().startsWith(field + "."));
      if (d != null && (d.name() == null || storedInField)) {
        b.name(d.id(), name, path);
      }
    } else if (value instanceof Vec<?> v) {
      bindAll(v.asList(), name, path, field);
    } else if (value instanceof List<?> list) {
      bindAll(list, name, path, field);
    } else if (value instanceof Object[] array) {
      bindAll(Arrays.asList(array), name, path, field);
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        bind(Aggregates.get(r, c), name + "_" + c.getName(), path + "." + c.getName(), field);
      }
    } else if (value instanceof Mem<?> m) {
      m.nameIfUnnamed(b, name, path);
    }
  }

  private void bindAll(List<?> values, String name, String path, String field) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null) {
        bind(values.get(i), name + "_" + i, path + "." + i, field);
      }
    }
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
