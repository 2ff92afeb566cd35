package dev.hdl.jvmsim;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles a flat netlist's combinational logic into a subclass of {@link CompiledModel}: the
 * groups of its {@link Schedule} in order, each skipped unless stale, each a straight line of
 * bytecode per node; split into methods that stay under HotSpot's 8,000-byte limit for compiling
 * a method at all.
 */
final class ModelCompiler {
  /**
   * Bytecode budget of one generated method: well below HotSpot's 8,000-byte limit, because C2
   * inlines the operator calls of a small method fully and gives up on a large one (when every
   * operator was a call, the two-GE system ran at 17.8k cycles/s with 7,000-byte methods, 25.5k
   * with 2,500; with most operators spelled out, 1,000 to 4,000 bytes made no clear difference).
   */
  static final int METHOD_BUDGET = 2_000;

  private static final String BASE = "dev/hdl/jvmsim/CompiledModel";
  /** A method computing nodes takes as the emitter's locals the values, memories, stale flags and inputs seen. */
  private static final String CHUNK = "([J[[J[Z[J)V";
  private static final AtomicLong SERIAL = new AtomicLong();

  private final String name = "dev/hdl/jvmsim/Model" + SERIAL.incrementAndGet();
  private final List<FlatNode> nodes;
  private final List<Integer> inputs;
  private final Schedule schedule;
  private final NodeEmitter emitter;
  private final EdgeEmitter edges;
  private int methods;

  /**
   * @param hooked nodes whose value a fault may bend as their readers see it
   * @param edges the registers' updates at the clocks' edges
   */
  ModelCompiler(FlatNetlist net, Layout layout, Schedule schedule, Set<Integer> hooked, EdgeEmitter edges) {
    this.nodes = net.nodes();
    this.inputs = net.inputs();
    this.schedule = schedule;
    this.edges = edges;
    int[] depths = net.memories().stream().mapToInt(m -> m.memory().depth()).toArray();
    this.emitter = new NodeEmitter(nodes, layout, schedule, hooked, depths, name);
  }

  /** How many methods the last compile split the logic into. */
  int methods() {
    return methods;
  }

  Class<? extends CompiledModel> compile() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, BASE, null);
    MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, BASE, "<init>", "()V", false);
    init.visitVarInsn(Opcodes.ALOAD, 0);
    Bytecode.pushInt(init, edges.stagedWords());
    init.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_LONG);
    init.visitFieldInsn(Opcodes.PUTFIELD, BASE, "staged", "[J");
    init.visitVarInsn(Opcodes.ALOAD, 0);
    Bytecode.pushInt(init, edges.conditions());
    init.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_BOOLEAN);
    init.visitFieldInsn(Opcodes.PUTFIELD, BASE, "resetNow", "[Z");
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();

    List<String> chunks = new ArrayList<>();
    chunks.add("settle0");
    CodeSize chunk = start(cw, chunks.get(0));
    int seen = 0;
    for (int id : inputs) {
      if (schedule.readers(id).length > 0) {
        emitter.watch(chunk, nodes.get(id), seen, schedule.readers(id));
      }
      seen += WideWords.words(nodes.get(id).width());
    }
    int[][] groups = schedule.groups();
    for (int g = 0; g < groups.length; g++) {
      if (chunk.bytes() > METHOD_BUDGET) {
        finish(chunk);
        chunks.add("settle" + chunks.size());
        chunk = start(cw, chunks.get(chunks.size() - 1));
      }
      emitter.group(chunk, g, groups[g]);
    }
    finish(chunk);
    methods = chunks.size();

    MethodVisitor settle = cw.visitMethod(Opcodes.ACC_PUBLIC, "settle", "()V", null, null);
    settle.visitCode();
    for (String m : chunks) {
      settle.visitVarInsn(Opcodes.ALOAD, 0);
      Bytecode.field(settle, "s", "[J");
      Bytecode.field(settle, "mem", "[[J");
      Bytecode.field(settle, "stale", "[Z");
      Bytecode.field(settle, "seen", "[J");
      settle.visitMethodInsn(Opcodes.INVOKEVIRTUAL, name, m, CHUNK, false);
    }
    settle.visitInsn(Opcodes.RETURN);
    settle.visitMaxs(0, 0);
    settle.visitEnd();
    edges.emit(cw, name);
    cw.visitEnd();
    return new Loader().define(name.replace('/', '.'), cw.toByteArray());
  }

  /** Starts a method that checks the inputs or computes a run of groups. */
  private static CodeSize start(ClassWriter cw, String name) {
    CodeSize mv = new CodeSize(cw.visitMethod(Opcodes.ACC_PRIVATE, name, CHUNK, null, null));
    mv.visitCode();
    return mv;
  }


  private static void finish(MethodVisitor mv) {
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
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
