package dev.gemini.testbench;

/** An outbound transaction as the Java models see it (see {@code dev.gemini.lockstep.Transaction}). */
public record Txn(boolean valid, int kind, int tag, long address, int byteEnables, long data) {
  public static final Txn NONE = new Txn(false, 0, 0, 0, 0, 0);
  public static final long TARGET_IO1 = 1L << 47;

  public int target() {
    return (address & TARGET_IO1) != 0 ? 1 : 0;
  }

  public boolean needsCompletion() {
    return kind != 1;
  }

  /** The CPU model numbers its transactions in the data's top half. */
  public long sequence() {
    return data >>> 32;
  }
}
