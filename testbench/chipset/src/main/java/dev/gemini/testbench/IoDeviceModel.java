package dev.gemini.testbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

/**
 * A PCIe-like IO subsystem: takes requests when it is ready (randomly), answers non-posted ones
 * after a few cycles with data derived from the address, and raises interrupts and DMA writes at
 * random.
 */
public final class IoDeviceModel implements IoSubsystemModel {
  private final Random random;
  private final double readyRate;
  private final double eventRate;
  private final Deque<long[]> pending = new ArrayDeque<>();
  private Event offer = Event.NONE;
  private boolean readyNow;
  private long now;

  /** Requests taken so far (counted, not kept: campaigns run for 10^8 cycles). */
  private long received;
  public int eventsSent;

  public IoDeviceModel(long seed, double readyRate, double eventRate) {
    this.random = new Random(seed);
    this.readyRate = readyRate;
    this.eventRate = eventRate;
  }

  public long received() {
    return received;
  }

  @Override
  public boolean ready() {
    return readyNow;
  }

  @Override
  public Event offer() {
    return offer;
  }

  @Override
  public void took(Txn t) {
    received++;
    if (t.needsCompletion()) {
      pending.add(new long[] {now + 2 + random.nextInt(8), t.tag(), t.address()});
    }
  }

  @Override
  public void sent() {
    eventsSent++;
    offer = Event.NONE;
  }

  @Override
  public void tick() {
    now++;
    readyNow = random.nextDouble() < readyRate;
    if (offer.valid()) {
      return;
    }
    long[] head = pending.peek();
    if (head != null && head[0] <= now) {
      pending.poll();
      offer = new Event(true, Event.COMPLETION, (int) head[1], 0, 0, Event.readData(head[2]));
    } else if (random.nextDouble() < eventRate) {
      boolean dma = random.nextBoolean();
      offer = dma ? new Event(true, Event.DMA_WRITE, 0, 0, random.nextLong() & 0xFFFF_FFF8L, random.nextLong())
          : new Event(true, Event.INTERRUPT, 0, 0, 0, random.nextInt(0xF0));
    }
  }

  public int pendingCount() {
    return pending.size() + (offer.valid() && offer.kind() == Event.COMPLETION ? 1 : 0);
  }
}
