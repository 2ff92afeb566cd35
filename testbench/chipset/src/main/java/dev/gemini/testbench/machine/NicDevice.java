package dev.gemini.testbench.machine;

import dev.gemini.testbench.Event;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A network interface in an IO subsystem, as its driver sees it, at {@link #BASE} of the
 * subsystem's device space. Receive by DMA into a ring in CPU memory, transmit by the CPU's
 * stores (the GE carries no DMA reads: its inbound path has completions, interrupts and DMA
 * writes only):
 *
 * <ul>
 *   <li>{@code CONTROL} (+0x00): bit 0 enables the interface; the network delivers only to an
 *       enabled one.
 *   <li>{@code RX_BASE} (+0x04), {@code RX_SLOTS} (+0x08): the receive ring, {@code RX_SLOTS}
 *       slots of {@value #SLOT_BYTES} bytes at a CPU address. A frame goes into slot
 *       {@code produced % slots}: its length in bytes in the first word, its bytes after it. The
 *       interface then writes its count of frames produced to the 8-byte word after the ring
 *       (write-back, so that the driver polls memory, not the device) and raises interrupt
 *       {@link #VECTOR_RX}.
 *   <li>{@code RX_CONSUMED} (+0x0C): the driver's count of frames taken; the interface writes
 *       a frame only into a free slot, and keeps the rest queued.
 *   <li>{@code TX_DATA} (+0x10) appends a 32-bit word to the frame being built, {@code TX_SEND}
 *       (+0x14) sends its first {@code length} bytes.
 * </ul>
 *
 * Reads complete after {@value #READ_LATENCY} cycles; an unmapped register completes as an
 * unsupported request. DMA writes go out one per cycle that the GE takes them.
 */
public final class NicDevice extends RegisterDevice {
  /** Where the interface sits in its IO subsystem's device space (CPU 0x4100_0000 in IO0). */
  public static final long BASE = 0x0100_0000L;
  public static final int CONTROL = 0x00;
  public static final int RX_BASE = 0x04;
  public static final int RX_SLOTS = 0x08;
  public static final int RX_CONSUMED = 0x0C;
  public static final int TX_DATA = 0x10;
  public static final int TX_SEND = 0x14;
  public static final int SLOT_BYTES = 64;
  public static final int MAX_FRAME = SLOT_BYTES - 4;
  public static final int VECTOR_RX = 0x20;
  static final int READ_LATENCY = 4;

  private final Deque<byte[]> arriving = new ArrayDeque<>();
  private final Deque<Event> dma = new ArrayDeque<>();
  private final List<Integer> txWords = new ArrayList<>();
  private final Consumer<byte[]> transmit;
  private boolean enabled;
  private long rxBase;
  private int rxSlots;
  private long produced;
  private long consumed;
  private boolean failed;

  /** {@code transmit} takes each frame the interface sends. */
  public NicDevice(Consumer<byte[]> transmit) {
    super(BASE, READ_LATENCY);
    this.transmit = transmit;
  }

  /** Whether the network may deliver to it: enabled by its driver and not failed. */
  public boolean up() {
    return enabled && !failed;
  }

  /** A frame from the network, queued until the ring has room. */
  public void receive(byte[] frame) {
    if (frame.length > MAX_FRAME) {
      throw new IllegalArgumentException("a frame of " + frame.length + " bytes; the ring's slots take " + MAX_FRAME);
    }
    if (up()) {
      arriving.add(frame);
    }
  }

  /** The interface fails: it answers nothing more, and the frames it held are lost. */
  public void fail() {
    failed = true;
    arriving.clear();
    dma.clear();
    dropPending();
  }

  /** The failed interface is replaced by a new one, as from power-on: disabled, with no ring. */
  public void repair() {
    failed = false;
    enabled = false;
    rxBase = 0;
    rxSlots = 0;
    produced = 0;
    consumed = 0;
    txWords.clear();
  }

  /** Whether it has failed and not been replaced. */
  public boolean failed() {
    return failed;
  }

  @Override
  boolean alive() {
    return !failed;
  }

  @Override
  OptionalLong read(int register) {
    return switch (register) {
      case CONTROL -> OptionalLong.of(enabled ? 1 : 0);
      case RX_BASE -> OptionalLong.of(rxBase);
      case RX_SLOTS -> OptionalLong.of(rxSlots);
      case RX_CONSUMED -> OptionalLong.of(consumed);
      default -> OptionalLong.empty();
    };
  }

  @Override
  void write(int register, long word) {
    switch (register) {
      case CONTROL -> enabled = (word & 1) != 0;
      case RX_BASE -> rxBase = word;
      case RX_SLOTS -> rxSlots = (int) word;
      case RX_CONSUMED -> consumed = word;
      case TX_DATA -> txWords.add((int) word);
      case TX_SEND -> send((int) word);
      default -> { }
    }
  }

  private void send(int length) {
    byte[] frame = new byte[Math.min(length, 4 * txWords.size())];
    for (int i = 0; i < frame.length; i++) {
      frame[i] = (byte) (txWords.get(i / 4) >>> (8 * (i % 4)));
    }
    txWords.clear();
    transmit.accept(frame);
  }

  @Override
  void work() {
    if (dma.isEmpty() && !arriving.isEmpty() && rxSlots > 0 && produced - consumed < rxSlots) {
      writeFrame(arriving.poll());
    }
  }

  @Override
  Event ownEvent() {
    return dma.isEmpty() ? Event.NONE : dma.poll();
  }

  /** The frame's DMA writes into its slot, the write-back of the count, and the interrupt. */
  private void writeFrame(byte[] frame) {
    long slot = rxBase + (produced % rxSlots) * SLOT_BYTES;
    byte[] bytes = new byte[4 + frame.length];
    bytes[0] = (byte) frame.length;
    System.arraycopy(frame, 0, bytes, 4, frame.length);
    for (int w = 0; w < (bytes.length + 7) / 8; w++) {
      long data = 0;
      for (int b = 0; b < 8 && 8 * w + b < bytes.length; b++) {
        data |= (bytes[8 * w + b] & 0xFFL) << (8 * b);
      }
      dma.add(new Event(true, Event.DMA_WRITE, 0, 0, slot + 8L * w, data));
    }
    produced++;
    dma.add(new Event(true, Event.DMA_WRITE, 0, 0, rxBase + (long) rxSlots * SLOT_BYTES, produced));
    dma.add(new Event(true, Event.INTERRUPT, 0, 0, 0, VECTOR_RX));
  }
}
