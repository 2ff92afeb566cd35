package dev.gemini.testbench;

/** An inbound event as the Java models see it (see {@code dev.gemini.lockstep.InboundEvent}). */
public record Event(boolean valid, int kind, int tag, int status, long address, long data) {
  public static final Event NONE = new Event(false, 0, 0, 0, 0, 0);
  public static final int COMPLETION = 0;
  public static final int INTERRUPT = 1;
  public static final int DMA_WRITE = 2;
  public static final int UNSUPPORTED = 1;

  /** What a device answers a read of {@code address} with, so that a CPU can check the data. */
  public static long readData(long address) {
    return address * 0x9E37_79B9_7F4A_7C15L + 7;
  }
}
