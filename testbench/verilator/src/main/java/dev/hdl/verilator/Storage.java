package dev.hdl.verilator;

import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * Reads and writes values in Verilator's storage: little-endian bytes, 1, 2, 4 or 8 of them for
 * up to 64 bits, 32-bit words beyond. Bits above the width are kept zero, as Verilator expects.
 */
final class Storage {
  private Storage() {}

  static long read(ByteBuffer data, int offset, int bytes) {
    return switch (bytes) {
      case 1 -> data.get(offset) & 0xffL;
      case 2 -> data.getShort(offset) & 0xffffL;
      case 4 -> data.getInt(offset) & 0xffffffffL;
      default -> data.getLong(offset);
    };
  }

  static BigInteger readBig(ByteBuffer data, int offset, int bytes) {
    if (bytes <= 8) {
      long v = read(data, offset, bytes);
      return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
    }
    byte[] bigEndian = new byte[bytes + 1];
    for (int i = 0; i < bytes; i++) {
      bigEndian[bytes - i] = data.get(offset + i);
    }
    return new BigInteger(bigEndian);
  }

  static void write(ByteBuffer data, int offset, int bytes, long value) {
    switch (bytes) {
      case 1 -> data.put(offset, (byte) value);
      case 2 -> data.putShort(offset, (short) value);
      case 4 -> data.putInt(offset, (int) value);
      case 8 -> data.putLong(offset, value);
      default -> {
        data.putLong(offset, value);
        for (int i = 8; i < bytes; i++) {
          data.put(offset + i, (byte) 0);
        }
      }
    }
  }

  static void write(ByteBuffer data, int offset, int bytes, BigInteger value) {
    byte[] bigEndian = value.toByteArray();
    for (int i = 0; i < bytes; i++) {
      int from = bigEndian.length - 1 - i;
      data.put(offset + i, from >= 0 ? bigEndian[from] : 0);
    }
  }
}
