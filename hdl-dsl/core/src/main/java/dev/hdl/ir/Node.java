package dev.hdl.ir;

import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.List;

/**
 * One node of a module's netlist.
 *
 * @param id index in {@link ModuleDef#nodes()}
 * @param name Verilog name for declared nodes and named expressions; null for unnamed constants
 * @param javaPath where the name came from in Java ({@code Class.method.local}, {@code
 *     Class.field}), or null when it was derived from context
 * @param op operator, for {@link NodeKind#OP}
 * @param args operand node ids (for REG: the enable, if any; for MEM_READ: address, then enable)
 * @param param0 slice high bit, constant shift amount
 * @param param1 slice low bit
 * @param value constant value, or a register's reset value (null: no reset)
 * @param domain clock domain index for REG and registered MEM_READ, else -1
 * @param ref memory index for MEM_READ, instance index for INSTANCE_*, else -1
 * @param port port name for INSTANCE_*
 * @param enumType the Java enum whose constants encode this node's values, or null
 * @param synchronizerStage a register allowed to sample another clock domain
 */
public record Node(
    int id,
    NodeKind kind,
    String name,
    String javaPath,
    int width,
    boolean signed,
    Op op,
    List<Integer> args,
    int param0,
    int param1,
    BigInteger value,
    int domain,
    int ref,
    String port,
    EnumType enumType,
    boolean synchronizerStage,
    SourceLoc loc) {

  public int arg(int i) {
    return args.get(i);
  }

  /** A human-readable description for error messages: kind, name and where it was made. */
  public String describe() {
    String what =
        switch (kind) {
          case INPUT -> "input";
          case OUTPUT -> "output";
          case WIRE -> "wire";
          case REG -> "register";
          case CONST -> "constant";
          case OP -> op.word();
          case MEM_READ -> "memory read";
          case INSTANCE_INPUT -> "instance input";
          case INSTANCE_OUTPUT -> "instance output";
        };
    return what + " '" + (name == null ? "?" : name) + "' (" + loc + ")";
  }
}
