package dev.hdl;

import dev.hdl.ir.EnumType;
import dev.hdl.ir.Node;
import dev.hdl.ir.NodeKind;
import dev.hdl.ir.Op;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.List;

/** A netlist node while its module is being described: names may still change. */
final class NodeDraft {
  final int id;
  final NodeKind kind;
  final int width;
  final boolean signed;
  final SourceLoc loc;
  Op op;
  int[] args = new int[0];
  int param0;
  int param1;
  BigInteger value;
  int domain = -1;
  int ref = -1;
  String port;
  EnumType enumType;
  boolean synchronizerStage;
  /** The Verilog name; null until the user binds one or the module is finished. */
  String name;
  String javaPath;

  NodeDraft(int id, NodeKind kind, int width, boolean signed, SourceLoc loc) {
    this.id = id;
    this.kind = kind;
    this.width = width;
    this.signed = signed;
    this.loc = loc;
  }

  void name(String name, String javaPath) {
    this.name = name;
    this.javaPath = javaPath;
  }

  Node freeze() {
    return new Node(
        id, kind, name, javaPath, width, signed, op, argList(), param0, param1, value, domain, ref, port,
        enumType, synchronizerStage, loc);
  }

  private List<Integer> argList() {
    Integer[] boxed = new Integer[args.length];
    for (int i = 0; i < args.length; i++) {
      boxed[i] = args[i];
    }
    return List.of(boxed);
  }
}
