package dev.hdl.naming;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Follows a value on the operand stack from the instruction that made it to where the method
 * keeps it: a local, a field, an array or list element, a record component, or the method's
 * return (then the caller decides). A value passed to a method of the user's is followed into
 * it, and named where that method keeps it.
 */
final class ValueFlow {
  /** Calls of the language that return the value they are given first, to name it by their result. */
  private static final Set<String> PASS_THROUGH =
      Set.of("dev/hdl/Hdl.enable", "dev/hdl/Mem.init", "dev/hdl/Mem.readUnderWrite");
  /** Factories whose result holds their arguments as its elements, in order. */
  private static final Set<String> COLLECTIONS = Set.of("java/util/List.of", "java/util/Arrays.asList");

  /** How many calls deep a value is followed into the user's methods it is passed to. */
  private static final int MAX_DEPTH = 4;

  private final MethodCode code;
  private final int depth;

  ValueFlow(MethodCode code, int depth) {
    this.code = code;
    this.depth = depth;
  }

  /** Where the value that {@code producer} pushes is kept. */
  NameHint fate(AbstractInsnNode producer) {
    Set<AbstractInsnNode> ours = new HashSet<>(Set.of(producer));
    AbstractInsnNode insn = next(producer);
    Frame<SourceValue> before = insn == null ? null : code.frame(insn);
    if (before == null || before.getStackSize() == 0) {
      return NameHint.NONE;
    }
    int slot = before.getStackSize() - 1;
    Set<AbstractInsnNode> visited = new HashSet<>();
    while (visited.add(insn)) {
      boolean topIsOurs = isOurs(before.getStack(before.getStackSize() - 1), ours);
      int op = insn.getOpcode();
      if (topIsOurs) {
        switch (op) {
          case Opcodes.CHECKCAST, Opcodes.DUP, Opcodes.DUP_X1, Opcodes.DUP_X2 -> ours.add(insn);
          case Opcodes.ASTORE -> {
            NameHint local = code.local((VarInsnNode) insn);
            return code.returnsStore((VarInsnNode) insn) ? NameHint.returnedFrom(local) : local;
          }
          case Opcodes.PUTFIELD, Opcodes.PUTSTATIC -> {
            return code.field(((FieldInsnNode) insn).name);
          }
          case Opcodes.ARETURN -> {
            return NameHint.RETURNED;
          }
          case Opcodes.AASTORE -> {
            return arrayElement(before);
          }
          default -> { }
        }
      }
      AbstractInsnNode following = successor(insn);
      Frame<SourceValue> after = following == null ? null : code.frame(following);
      if (after == null) {
        return NameHint.NONE;
      }
      if (after.getStackSize() <= slot || !isOurs(after.getStack(slot), ours)) {
        return insn instanceof MethodInsnNode call ? passedTo(call, before, slot) : NameHint.NONE;
      }
      insn = following;
      before = after;
    }
    return NameHint.NONE;
  }

  /** The value at {@code slot} is an operand of {@code call}. */
  private NameHint passedTo(MethodInsnNode call, Frame<SourceValue> before, int slot) {
    Type[] args = Type.getArgumentTypes(call.desc);
    int first = before.getStackSize() - args.length - (call.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
    int operand = slot - first;
    String method = call.owner + "." + call.name;
    if (call.name.equals("add") && call.desc.equals("(Ljava/lang/Object;)Z") && operand == 1) {
      return container(before.getStack(first)).element();
    }
    if (PASS_THROUGH.contains(method) && operand == 0) {
      return fate(call);
    }
    if (COLLECTIONS.contains(method)) {
      boolean varargs = args.length == 1 && args[0].getSort() == Type.ARRAY;
      return varargs ? fate(call) : fate(call).element(operand);
    }
    boolean isStatic = call.getOpcode() == Opcodes.INVOKESTATIC;
    MethodCode callee = isStatic || operand > 0 ? BytecodeNames.userMethod(call, code.owner()) : null;
    if (callee == null || depth == MAX_DEPTH) {
      return NameHint.NONE;
    }
    NameHint inside = callee.parameterFate(operand - (isStatic ? 0 : 1), depth + 1);
    if (call.name.equals("<init>")) {
      // A constructor that keeps the value in a field of the new object: a record's component.
      AbstractInsnNode created = origin(before.getStack(first));
      boolean intoField = inside.name() != null && inside.equals(callee.field(inside.name()));
      return intoField && created != null && created.getOpcode() == Opcodes.NEW
          ? fate(created).member(inside.name())
          : NameHint.NONE;
    }
    return inside.returned() ? inside.resolve(fate(call)) : inside;
  }

  /** The value on top of {@code before} is stored into the array below it. */
  private NameHint arrayElement(Frame<SourceValue> before) {
    int top = before.getStackSize() - 1;
    NameHint array = container(before.getStack(top - 2));
    Integer index = constant(single(before.getStack(top - 1)));
    return index == null ? array.element() : array.element(index);
  }

  /** Where an array or list that a store or {@code add} works on is kept. */
  private NameHint container(SourceValue ref) {
    AbstractInsnNode source = origin(ref);
    if (source == null) {
      return NameHint.NONE;
    }
    return switch (source.getOpcode()) {
      case Opcodes.ALOAD -> code.local((VarInsnNode) source);
      case Opcodes.GETFIELD, Opcodes.GETSTATIC -> code.field(((FieldInsnNode) source).name);
      // An array initialiser ({a, b}) stores into the new array before the array is kept anywhere.
      case Opcodes.ANEWARRAY -> fate(source);
      case Opcodes.AALOAD -> row(source);
      default -> NameHint.NONE;
    };
  }

  /** A row of an array of arrays, loaded by {@code load}: an element of the outer array. */
  private NameHint row(AbstractInsnNode load) {
    Frame<SourceValue> atLoad = code.frame(load);
    int top = atLoad.getStackSize() - 1;
    NameHint outer = container(atLoad.getStack(top - 1));
    Integer index = constant(single(atLoad.getStack(top)));
    return index == null ? outer.element() : outer.element(index);
  }

  /** The one instruction that made {@code value}, looking through the copies DUP makes. */
  private AbstractInsnNode origin(SourceValue value) {
    AbstractInsnNode source = single(value);
    while (source != null && source.getOpcode() == Opcodes.DUP) {
      Frame<SourceValue> atDup = code.frame(source);
      source = single(atDup.getStack(atDup.getStackSize() - 1));
    }
    return source;
  }

  private static Integer constant(AbstractInsnNode insn) {
    if (insn == null) {
      return null;
    }
    int op = insn.getOpcode();
    if (op >= Opcodes.ICONST_0 && op <= Opcodes.ICONST_5) {
      return op - Opcodes.ICONST_0;
    }
    if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
      return ((IntInsnNode) insn).operand;
    }
    return insn instanceof LdcInsnNode ldc && ldc.cst instanceof Integer i ? i : null;
  }

  private static boolean isOurs(SourceValue value, Set<AbstractInsnNode> ours) {
    for (AbstractInsnNode source : value.insns) {
      if (ours.contains(source)) {
        return true;
      }
    }
    return false;
  }

  private static AbstractInsnNode single(SourceValue value) {
    return value.insns.size() == 1 ? value.insns.iterator().next() : null;
  }

  /** The instruction that runs after {@code insn} on the path a value on the stack takes. */
  private static AbstractInsnNode successor(AbstractInsnNode insn) {
    return switch (insn.getOpcode()) {
      case Opcodes.GOTO -> next(((JumpInsnNode) insn).label);
      case Opcodes.TABLESWITCH -> next(((TableSwitchInsnNode) insn).dflt);
      case Opcodes.LOOKUPSWITCH -> next(((LookupSwitchInsnNode) insn).dflt);
      case Opcodes.ARETURN, Opcodes.ATHROW, Opcodes.RETURN, Opcodes.IRETURN, Opcodes.LRETURN,
          Opcodes.FRETURN, Opcodes.DRETURN -> null;
      default -> next(insn);
    };
  }

  /** The next real instruction, past labels, line numbers and frames. */
  private static AbstractInsnNode next(AbstractInsnNode insn) {
    AbstractInsnNode next = insn.getNext();
    while (next != null && next.getOpcode() < 0) {
      next = next.getNext();
    }
    return next;
  }
}
