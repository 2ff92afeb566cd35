package dev.hdl.naming;

import org.objectweb.asm.Label;

/** A label that remembers the bytecode offset it stands for. */
final class OffsetLabel extends Label {
  final int offset;

  OffsetLabel(int offset) {
    this.offset = offset;
  }
}
