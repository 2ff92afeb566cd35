package dev.hdl.jvmsim;

import dev.hdl.pass.CombOrder;
import dev.hdl.pass.FlatNetlist;
import dev.hdl.pass.FlatNetlist.FlatNode;
import dev.hdl.pass.FlatNetlist.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles a flat netlist's combinational logic into a subclass of {@link CompiledModel}: one
 * straight line of bytecode per node, in dependency order, split into methods that stay under
 * HotSpot's 8,000-byte limit for compiling a method at all.
 */
final class ModelCompiler {
  /**
   * Bytecode budget of one generated method: well below HotSpot's 8,000-byte limit, because C2
   * inlines the operator calls of a small method fully and gives up on a large one (the two-GE
   * system ran at 17.8k cycles/s with 7,000-byte methods, 25.5k with 2,500).
   */
  static final int METHOD_BUDGET = 2_000;

  private static final String BASE = "dev/hdl/jvmsim/CompiledModel";
  private static final String OPS = "dev/hdl/jvmsim/NarrowOps";
  private static final AtomicLong SERIAL = new AtomicLong();

  private final FlatNetlist net;
  private final List<FlatNode> nodes;
  private final int[] order;
  /** Nodes whose value a fault may bend as its readers see it; each gets a hook after it is computed. */
  private final Set<Integer> hooked;
  private int budgetUsed;
  private MethodVisitor mv;

  ModelCompiler(FlatNetlist net, int[] order, Set<Integer> hooked) {
    this.net = net;
    this.nodes = net.nodes();
    this.order = order;
    this.hooked = hooked;
  }

  /** How many methods the last compile split the logic into. */
  int chunks;

  /** Compiles, and tells into how many methods the logic was split. */
  int chunkCount() {
    compile();
    return chunks;
  }

  Class<? extends CompiledModel> compile() {
    String name = "dev/hdl/jvmsim/Model" + SERIAL.incrementAndGet();
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, BASE, null);
    MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, BASE, "<init>", "()V", false);
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();

    List<String> methods = new ArrayList<>();
    for (int id : order) {
      if (!CombOrder.isCombinational(nodes.get(id))) {
        continue;
      }
      if (mv == null || budgetUsed > METHOD_BUDGET) {
        finishChunk();
        String chunk = "settle" + methods.size();
        methods.add(chunk);
        mv = cw.visitMethod(Opcodes.ACC_PRIVATE, chunk, "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, BASE, "s", "[J");
        mv.visitVarInsn(Opcodes.ASTORE, 1);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, BASE, "mem", "[[J");
        mv.visitVarInsn(Opcodes.ASTORE, 2);
        budgetUsed = 12;
      }
      node(nodes.get(id));
    }
    finishChunk();
    chunks = methods.size();

    MethodVisitor settle = cw.visitMethod(Opcodes.ACC_PUBLIC, "settle", "()V", null, null);
    settle.visitCode();
    for (String m : methods) {
      settle.visitVarInsn(Opcodes.ALOAD, 0);
      settle.visitMethodInsn(Opcodes.INVOKEVIRTUAL, name, m, "()V", false);
    }
    settle.visitInsn(Opcodes.RETURN);
    settle.visitMaxs(0, 0);
    settle.visitEnd();
    cw.visitEnd();
    return new Loader().define(name.replace('/', '.'), cw.toByteArray());
  }

  private void finishChunk() {
    if (mv != null) {
      mv.visitInsn(Opcodes.RETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
      mv = null;
    }
  }

  private void node(FlatNode n) {
    if (WideOps.isWide(n, nodes)) {
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      pushInt(n.id());
      call("dev/hdl/jvmsim/WideOps", "eval", "(L" + BASE + ";I)V");
    } else {
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      pushInt(n.id());
      value(n);
      mv.visitInsn(Opcodes.LASTORE);
      budgetUsed += 2;
    }
    if (hooked.contains(n.id())) {
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      pushInt(n.id());
      call("dev/hdl/jvmsim/CompiledModel", "bend", "(I)V");
    }
  }

  /** Pushes the long value of a narrow node computed from its operands. */
  private void value(FlatNode n) {
    int[] a = n.args();
    if (n.kind() == Kind.ALIAS) {
      load(a[0]);
      return;
    }
    if (n.kind() == Kind.MEM_READ) {
      mv.visitVarInsn(Opcodes.ALOAD, 2);
      pushInt(n.memory());
      mv.visitInsn(Opcodes.AALOAD);
      load(a[0]);
      call(OPS, "memRead", "([JJ)J");
      return;
    }
    int w = n.width();
    switch (n.op()) {
      case ADD -> arithmetic("add", n);
      case SUB -> arithmetic("sub", n);
      case MUL -> arithmetic("mul", n);
      case AND, OR, XOR -> {
        load(a[0]);
        load(a[1]);
        call(OPS, n.op().word(), "(JJ)J");
      }
      case NEG -> {
        operand(a[0]);
        pushInt(w);
        call(OPS, "neg", "(JIZI)J");
      }
      case NOT -> {
        load(a[0]);
        pushInt(w);
        call(OPS, "not", "(JI)J");
      }
      case SHL -> {
        load(a[0]);
        pushInt(n.param0());
        pushInt(w);
        call(OPS, "shl", "(JII)J");
      }
      case SHR -> {
        load(a[0]);
        pushInt(n.param0());
        pushInt(nodes.get(a[0]).width());
        pushBool(nodes.get(a[0]).signed());
        pushInt(w);
        call(OPS, "shr", "(JIIZI)J");
      }
      case DSHL -> {
        load(a[0]);
        load(a[1]);
        pushInt(w);
        call(OPS, "dshl", "(JJI)J");
      }
      case DSHR -> {
        load(a[0]);
        load(a[1]);
        pushInt(nodes.get(a[0]).width());
        pushBool(nodes.get(a[0]).signed());
        pushInt(w);
        call(OPS, "dshr", "(JJIZI)J");
      }
      case EQ, NE, LT, LE, GT, GE -> {
        operand(a[0]);
        operand(a[1]);
        call(OPS, n.op().word(), "(JIZJIZ)J");
      }
      case MUX -> {
        load(a[0]);
        load(a[1]);
        load(a[2]);
        call(OPS, "mux", "(JJJ)J");
      }
      case CAT -> {
        load(a[0]);
        for (int i = 1; i < a.length; i++) {
          load(a[i]);
          pushInt(nodes.get(a[i]).width());
          call(OPS, "cat", "(JJI)J");
        }
      }
      case SLICE -> {
        load(a[0]);
        pushInt(n.param0());
        pushInt(n.param1());
        call(OPS, "slice", "(JII)J");
      }
      case EXTEND -> {
        operand(a[0]);
        pushInt(w);
        call(OPS, "extend", "(JIZI)J");
      }
      case CAST -> load(a[0]);
      case AND_REDUCE -> {
        load(a[0]);
        pushInt(nodes.get(a[0]).width());
        call(OPS, "andReduce", "(JI)J");
      }
      case OR_REDUCE -> {
        load(a[0]);
        call(OPS, "orReduce", "(J)J");
      }
      case XOR_REDUCE -> {
        load(a[0]);
        call(OPS, "xorReduce", "(J)J");
      }
    }
  }

  private void arithmetic(String method, FlatNode n) {
    operand(n.args()[0]);
    operand(n.args()[1]);
    pushInt(n.width());
    call(OPS, method, "(JIZJIZI)J");
  }

  /** Pushes value, width and signedness of an operand. */
  private void operand(int id) {
    FlatNode a = nodes.get(id);
    load(id);
    pushInt(a.width());
    pushBool(a.signed());
  }

  private void load(int id) {
    FlatNode a = nodes.get(id);
    if (a.kind() == Kind.CONST) {
      mv.visitLdcInsn(a.value().longValue() & NarrowOps.mask(a.width()));
      budgetUsed += 3;
      return;
    }
    mv.visitVarInsn(Opcodes.ALOAD, 1);
    pushInt(id);
    mv.visitInsn(Opcodes.LALOAD);
    budgetUsed += 2;
  }

  private void call(String owner, String method, String desc) {
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, method, desc, false);
    budgetUsed += 3;
  }

  private void pushBool(boolean b) {
    mv.visitInsn(b ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
    budgetUsed += 1;
  }

  private void pushInt(int v) {
    if (v >= -1 && v <= 5) {
      mv.visitInsn(Opcodes.ICONST_0 + v);
      budgetUsed += 1;
    } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.BIPUSH, v);
      budgetUsed += 2;
    } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.SIPUSH, v);
      budgetUsed += 3;
    } else {
      mv.visitLdcInsn(v);
      budgetUsed += 3;
    }
  }

  /** Each model gets its own loader, so that a model no longer used can be unloaded. */
  private static final class Loader extends ClassLoader {
    Loader() {
      super(CompiledModel.class.getClassLoader());
    }

    @SuppressWarnings("unchecked")
    Class<? extends CompiledModel> define(String name, byte[] bytes) {
      return (Class<? extends CompiledModel>) defineClass(name, bytes, 0, bytes.length);
    }
  }
}
