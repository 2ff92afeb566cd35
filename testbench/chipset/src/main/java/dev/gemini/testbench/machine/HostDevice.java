package dev.gemini.testbench.machine;

import dev.gemini.testbench.Event;
import dev.gemini.testbench.IoSubsystemModel;
import dev.gemini.testbench.Txn;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The test host's device in an IO subsystem, at the addresses where the firmware runtime expects
 * the test system's: {@code tohost} at {@code +0x0}, where a program reports its end, and the
 * console at {@code +0xC}, which appends each stored byte. Reads complete {@value #LATENCY}
 * cycles after the device takes them; an unmapped register completes as an unsupported request.
 */
public final class HostDevice implements IoSubsystemModel {
  public static final long TOHOST = 0x0;
  public static final long CONSOLE = 0xC;
  static final int LATENCY = 3;
  /** The device decodes the low address bits; the GE's address has the subsystem in bit 47. */
  private static final long REGISTER_MASK = 0x0FFF_FFFCL;

  private record Completion(long due, int tag, int status, long data) {}

  private final Deque<Completion> completions = new ArrayDeque<>();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private Event offer = Event.NONE;
  private long now;
  private long tohost;
  private boolean reported;
  private long requests;

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public Event offer() {
    return offer;
  }

  @Override
  public void took(Txn request) {
    requests++;
    long register = request.address() & REGISTER_MASK;
    boolean upper = (request.address() & 4) != 0;
    long word = upper ? request.data() >>> 32 : request.data() & 0xFFFF_FFFFL;
    boolean mapped = register == TOHOST || register == CONSOLE;
    if (request.needsCompletion()) {
      long value = register == TOHOST ? tohost : 0;
      completions.add(new Completion(now + LATENCY, request.tag(), mapped ? 0 : Event.UNSUPPORTED,
          mapped ? (upper ? value << 32 : value) : -1L));
    } else if (register == TOHOST) {
      tohost = word;
      reported = true;
    } else if (register == CONSOLE) {
      console.write((int) word & 0xFF);
    }
  }

  @Override
  public void sent() {
    offer = Event.NONE;
  }

  @Override
  public void tick() {
    now++;
    Completion head = completions.peek();
    if (!offer.valid() && head != null && head.due() <= now) {
      completions.poll();
      offer = new Event(true, Event.COMPLETION, head.tag(), head.status(), 0, head.data());
    }
  }

  /** Whether a program has written {@code tohost}. */
  public boolean reported() {
    return reported;
  }

  public long tohost() {
    return tohost;
  }

  public String console() {
    return console.toString(StandardCharsets.ISO_8859_1);
  }

  /** Requests taken so far. */
  public long requests() {
    return requests;
  }
}
