package dev.gemini.testbench;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic CPU subsystem: issues random reads, posted writes and configuration accesses
 * to both IO subsystems, numbered in the data's top half, and takes completions, interrupts and
 * DMA writes. Two models with one seed that see the same inbound events on the same cycles issue
 * the same transactions on the same cycles: a lockstepped pair. It may also store to its memory
 * (one word at a time, at a rate); its whole architectural state is a {@link #context()} of words
 * that a blackout flushes to memory and a synchronous reset restores from it.
 */
public final class CpuModel {
  private static final int TAGS = 32;
  private static final int HOTPLUG_VECTOR = 0xFE;

  private final Xorshift random;
  private double issueRate;
  private final long[] waitingAddress = new long[TAGS];
  private final boolean[] waiting = new boolean[TAGS];
  private Txn offer = Txn.NONE;
  private long sequence;
  private double storeRate;
  private int storeWords;
  private Store store;
  /** IO subsystems the OS saw removed (hot-plug interrupts): it fails over to the other. */
  private int removed;

  /** A store to a word of memory. */
  public record Store(int address, long data) {}

  /** The words of {@link #context()}. */
  public static final int CONTEXT_WORDS = 9 + TAGS + 4;

  /** Transactions the GE accepted, and a digest of them in order: counted, not kept (campaigns run 10^8 cycles). */
  private long issued;
  private long issuedDigest;
  /** Interrupts taken: counted and digested in order, not kept (campaigns run 10^8 cycles); hot-plug ones kept. */
  private long interruptCount;
  private long interruptDigest;
  public final List<Event> hotplugs = new ArrayList<>();
  public int completions;
  public int unsupported;
  /** Completions that matched no waiting request or carried wrong data. */
  public int badCompletions;

  public CpuModel(long seed, double issueRate) {
    this.random = new Xorshift(seed);
    this.issueRate = issueRate;
  }

  /**
   * Takes over another model's whole state, as the Data Mover's copy does for a CPU subsystem
   * coming back: from here on the two run in step again.
   */
  public void copyStateFrom(CpuModel other) {
    random.state = other.random.state;
    issueRate = other.issueRate;
    System.arraycopy(other.waiting, 0, waiting, 0, TAGS);
    System.arraycopy(other.waitingAddress, 0, waitingAddress, 0, TAGS);
    offer = other.offer;
    sequence = other.sequence;
  }

  /** Stores a random word below {@code words} in memory at the given rate per cycle. */
  public void storeAt(double rate, int words) {
    storeRate = rate;
    storeWords = words;
  }

  /** The store waiting for the memory port, or null. */
  public Store store() {
    return store;
  }

  /** The memory took the waiting store. */
  public void stored() {
    store = null;
  }

  /** The architectural state, as words: what a blackout flushes to memory. */
  public long[] context() {
    long[] c = new long[CONTEXT_WORDS];
    c[0] = random.state;
    c[1] = Double.doubleToLongBits(issueRate);
    c[2] = sequence;
    c[3] = Double.doubleToLongBits(storeRate);
    c[4] = storeWords;
    c[5] = (offer.valid() ? 1L << 40 : 0) | (long) offer.kind() << 32 | offer.tag();
    c[6] = offer.address();
    c[7] = offer.byteEnables();
    c[8] = offer.data();
    for (int t = 0; t < TAGS; t++) {
      c[9 + t] = waiting[t] ? waitingAddress[t] | 1L << 63 : 0;
    }
    c[9 + TAGS] = store != null ? 1 : 0;
    c[10 + TAGS] = store != null ? store.address() : 0;
    c[11 + TAGS] = store != null ? store.data() : 0;
    c[12 + TAGS] = removed;
    return c;
  }

  /**
   * Takes the architectural state from a context read back from memory, as after the synchronous
   * reset that ends a blackout. The counts of what was issued restart, so that two CPUs restored
   * together can be compared from here on.
   */
  public void restore(long[] c) {
    random.state = c[0];
    issueRate = Double.longBitsToDouble(c[1]);
    sequence = c[2];
    storeRate = Double.longBitsToDouble(c[3]);
    storeWords = (int) c[4];
    offer = (c[5] >>> 40 & 1) == 0 ? Txn.NONE
        : new Txn(true, (int) (c[5] >>> 32 & 0xFF), (int) (c[5] & 0xFFFF), c[6], (int) c[7], c[8]);
    for (int t = 0; t < TAGS; t++) {
      waiting[t] = c[9 + t] < 0;
      waitingAddress[t] = c[9 + t] & Long.MAX_VALUE;
    }
    store = c[9 + TAGS] != 0 ? new Store((int) c[10 + TAGS], c[11 + TAGS]) : null;
    removed = (int) c[12 + TAGS];
    issued = 0;
    issuedDigest = 0;
  }

  public long interruptCount() {
    return interruptCount;
  }

  /** Equal for two CPUs that took the same interrupts in the same order (with overwhelming likelihood). */
  public long interruptDigest() {
    return interruptDigest;
  }

  /** Whether the OS saw IO subsystem k removed, and sends its requests to the other. */
  public boolean failedOver(int k) {
    return (removed >> k & 1) != 0;
  }

  /** Issues again at the given rate. */
  public void issueAt(double rate) {
    issueRate = rate;
  }

  /** Issues nothing more, so that what is in flight can drain. */
  public void stopIssuing() {
    issueRate = 0;
  }

  public Txn offer() {
    return offer;
  }

  /** The GE took the offered transaction. */
  public long issued() {
    return issued;
  }

  /** Equal for two CPUs that had the same transactions accepted in the same order (with overwhelming likelihood). */
  public long issuedDigest() {
    return issuedDigest;
  }

  public void accepted() {
    issued++;
    issuedDigest = issuedDigest * 1_000_003 + offer.hashCode();
    if (offer.needsCompletion()) {
      waiting[offer.tag()] = true;
      waitingAddress[offer.tag()] = offer.address();
    }
    offer = Txn.NONE;
  }

  public void deliver(Event e) {
    if (!e.valid()) {
      return;
    }
    switch (e.kind()) {
      case Event.COMPLETION -> {
        if (!waiting[e.tag()]) {
          badCompletions++;
          return;
        }
        waiting[e.tag()] = false;
        completions++;
        if (e.status() == Event.UNSUPPORTED) {
          unsupported++;
          if (e.data() != -1L) {
            badCompletions++;
          }
        } else if (e.data() != Event.readData(waitingAddress[e.tag()])) {
          badCompletions++;
        }
      }
      case Event.INTERRUPT -> {
        interruptCount++;
        interruptDigest = interruptDigest * 1_000_003 + e.hashCode();
        if ((e.data() & 0xFF) == HOTPLUG_VECTOR) {
          hotplugs.add(e);
          removed |= 1 << (int) (e.data() >> 8 & 1);
        }
      }
      case Event.DMA_WRITE -> { } // the memory beside the GE takes it
      default -> badCompletions++;
    }
  }

  /** End of cycle: maybe make the next store and the next transaction. */
  public void tick() {
    if (storeRate > 0 && store == null && random.nextDouble() < storeRate) {
      store = new Store(random.nextInt(storeWords), random.nextLong());
    }
    if (offer.valid() || random.nextDouble() >= issueRate) {
      return;
    }
    int kind = random.nextInt(4);
    int target = random.nextBoolean() ? 1 : 0;
    if ((removed >> target & 1) != 0 && (removed >> (1 - target) & 1) == 0) {
      target = 1 - target; // the bonding driver's failover to the standby device
    }
    long address = (target == 1 ? Txn.TARGET_IO1 : 0) | (random.nextLong() & 0xFFFF_FFF8L);
    int enables = 1 + random.nextInt(255);
    long data = (++sequence << 32) | (random.nextInt() & 0xFFFF_FFFFL);
    int tag;
    if (kind == 1) {
      tag = (int) (sequence & (TAGS - 1));
    } else {
      tag = freeTag();
      if (tag < 0) {
        kind = 1;
        tag = (int) (sequence & (TAGS - 1));
      }
    }
    offer = new Txn(true, kind, tag, address, enables, data);
  }

  private int freeTag() {
    for (int t = 0; t < TAGS; t++) {
      if (!waiting[t]) {
        return t;
      }
    }
    return -1;
  }

  public int waitingCount() {
    int n = 0;
    for (boolean w : waiting) {
      n += w ? 1 : 0;
    }
    return n;
  }

  public long sequence() {
    return sequence;
  }

  /** A random generator whose state can be copied. */
  private static final class Xorshift {
    long state;

    Xorshift(long seed) {
      state = seed * 0x9E37_79B9_7F4A_7C15L + 1;
    }

    long nextLong() {
      state ^= state << 13;
      state ^= state >>> 7;
      state ^= state << 17;
      return state;
    }

    int nextInt() {
      return (int) (nextLong() >>> 32);
    }

    int nextInt(int bound) {
      return (int) ((nextLong() >>> 33) % bound);
    }

    boolean nextBoolean() {
      return nextLong() < 0;
    }

    double nextDouble() {
      return (nextLong() >>> 11) * 0x1.0p-53;
    }
  }
}
