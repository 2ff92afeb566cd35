package dev.gemini.testbench.machine;

import dev.gemini.testbench.Event;
import dev.gemini.testbench.IoSubsystemModel;
import dev.gemini.testbench.Txn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;

/**
 * A device of 32-bit registers at {@code base} of its IO subsystem's device space, on the GE's IO
 * port: it takes every request; a read completes {@code latency} cycles later (an unmapped
 * register as an unsupported request, all ones); a write is posted. The 32-bit word rides in the
 * lane of address bit 2. Between completions the device offers events of its own (DMA writes,
 * interrupts). Subclasses say what a read returns and what a write does.
 */
abstract class RegisterDevice implements IoSubsystemModel {
  /** The device decodes the low address bits; the GE's address has the subsystem in bit 47. */
  private static final long REGISTER_MASK = 0x0FFF_FFFCL;

  private record Completion(long due, int tag, int status, long data) {}

  private final long base;
  private final int latency;
  private final Deque<Completion> completions = new ArrayDeque<>();
  private Event offer = Event.NONE;
  private long now;

  RegisterDevice(long base, int latency) {
    this.base = base;
    this.latency = latency;
  }

  /** The value of a register, or empty for an unmapped one. */
  abstract OptionalLong read(int register);

  abstract void write(int register, long word);

  /** Whether the device answers at all; a failed one takes requests and does nothing. */
  boolean alive() {
    return true;
  }

  /** The device's work of a cycle, before it chooses what to offer. */
  void work() {}

  /** The event of its own it offers when no completion is due; {@link Event#NONE} for none. */
  Event ownEvent() {
    return Event.NONE;
  }

  /** Forgets the reads waiting and the event offered, as a device that fails does. */
  void dropPending() {
    completions.clear();
    offer = Event.NONE;
  }

  @Override
  public final boolean ready() {
    return true;
  }

  @Override
  public final Event offer() {
    return offer;
  }

  @Override
  public final void took(Txn request) {
    if (!alive()) {
      return;
    }
    int register = (int) ((request.address() & REGISTER_MASK) - base);
    boolean upper = (request.address() & 4) != 0;
    if (request.needsCompletion()) {
      OptionalLong value = read(register);
      long data = value.isEmpty() ? -1L : upper ? value.getAsLong() << 32 : value.getAsLong();
      completions.add(new Completion(now + latency, request.tag(), value.isEmpty() ? Event.UNSUPPORTED : 0, data));
    } else {
      write(register, upper ? request.data() >>> 32 : request.data() & 0xFFFF_FFFFL);
    }
  }

  @Override
  public final void sent() {
    offer = Event.NONE;
  }

  @Override
  public final void tick() {
    now++;
    if (!alive()) {
      return;
    }
    work();
    if (offer.valid()) {
      return;
    }
    Completion head = completions.peek();
    if (head != null && head.due() <= now) {
      completions.poll();
      offer = new Event(true, Event.COMPLETION, head.tag(), head.status(), 0, head.data());
    } else {
      offer = ownEvent();
    }
  }
}
