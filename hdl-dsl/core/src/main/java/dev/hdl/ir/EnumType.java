package dev.hdl.ir;

import java.util.List;

/** A Java enum used as a hardware type: its constants are encoded 0, 1, 2, ... in order. */
public record EnumType(String name, List<String> constants) {
  public EnumType {
    constants = List.copyOf(constants);
  }
}
