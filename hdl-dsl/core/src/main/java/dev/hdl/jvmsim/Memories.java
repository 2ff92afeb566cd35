package dev.hdl.jvmsim;

import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.Memory;
import java.math.BigInteger;
import java.util.List;

/**
 * The design's memories, each kept as the words of its entries one entry after another, and the
 * writes to them: taken at a clock edge before any register changes, applied once every register
 * has its new value. All on words, so that a clock edge makes no {@link BigInteger}.
 */
final class Memories {
  private final List<FlatNetlist.FlatMemory> memories;
  /** By memory: its entries' words; the compiled model reads these. */
  final long[][] words;
  /** By memory, write-mask lane and word of an entry: the bits of that lane in that word. */
  private final long[][][] laneBits;

  Memories(FlatNetlist net) {
    memories = net.memories();
    words = new long[memories.size()][];
    laneBits = new long[memories.size()][][];
    for (int m = 0; m < memories.size(); m++) {
      Memory memory = memories.get(m).memory();
      words[m] = new long[memory.depth() * perEntry(m)];
      for (int a = 0; a < memory.init().size(); a++) {
        write(m, a, memory.init().get(a));
      }
      int lane = memory.width() / memory.lanes();
      laneBits[m] = new long[memory.lanes()][perEntry(m)];
      for (int i = 0; i < memory.lanes(); i++) {
        WideWords.put(laneBits[m][i], 0, memory.width(), WideWords.mask(lane).shiftLeft(i * lane));
      }
    }
  }

  Memory memory(int m) {
    return memories.get(m).memory();
  }

  /** Words an entry of memory {@code m} takes. */
  int perEntry(int m) {
    return WideWords.words(memory(m).width());
  }

  /** The word at an address; zero past the end. */
  BigInteger read(int m, long address) {
    if (Long.compareUnsigned(address, memory(m).depth()) >= 0) {
      return BigInteger.ZERO;
    }
    return WideWords.get(words[m], (int) address * perEntry(m), memory(m).width());
  }

  void write(int m, int address, BigInteger value) {
    WideWords.put(words[m], address * perEntry(m), memory(m).width(), value);
  }

  /** Applies a write taken at an edge; false if its address is past the end. */
  boolean commit(Write w) {
    if (Long.compareUnsigned(w.address, memory(w.memory).depth()) >= 0) {
      return false;
    }
    w.applyTo(words[w.memory], (int) w.address * perEntry(w.memory));
    return true;
  }

  /** A write port: its enable, address, data and mask where the model's array holds them. */
  final class Write {
    final int memory;
    private final int enable;
    private final int addressAt;
    private final int dataAt;
    private final int dataWords;
    private final int maskAt;
    private final long[] data;
    long address;
    private long mask;

    /** The slots of the port's values, {@code mask} -1 if it has none. */
    Write(int memory, int enable, int address, int data, int dataWidth, int mask) {
      this.memory = memory;
      this.enable = enable;
      this.addressAt = address;
      this.dataAt = data;
      this.dataWords = WideWords.words(dataWidth);
      this.maskAt = mask;
      this.data = new long[perEntry(memory)];
    }

    /** Takes what the port writes at this edge; false if it is not enabled. */
    boolean take(long[] s) {
      if (s[enable] == 0) {
        return false;
      }
      address = s[addressAt];
      mask = maskAt < 0 ? -1L : s[maskAt];
      for (int k = 0; k < data.length; k++) {
        data[k] = k < dataWords ? s[dataAt + k] : 0;
      }
      int top = memory(memory).width() & 63;
      if (top != 0) {
        data[data.length - 1] &= NarrowOps.mask(top);
      }
      return true;
    }

    /** Writes into an entry's words from {@code into[at]}: all of them, or the lanes the mask selects. */
    void applyTo(long[] into, int at) {
      for (int k = 0; k < data.length; k++) {
        if (mask == -1L) {
          into[at + k] = data[k];
        } else {
          long bits = 0;
          for (int i = 0; i < laneBits[memory].length; i++) {
            if ((mask >>> i & 1) != 0) {
              bits |= laneBits[memory][i][k];
            }
          }
          into[at + k] = into[at + k] & ~bits | data[k] & bits;
        }
      }
    }
  }
}
