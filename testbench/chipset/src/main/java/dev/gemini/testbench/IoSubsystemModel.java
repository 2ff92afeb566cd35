package dev.gemini.testbench;

/**
 * A Java model of a module's IO subsystem, on the GE's IO ports: each cycle it says whether it
 * takes a request and which event it offers; after the clock edge it hears what was taken.
 */
public interface IoSubsystemModel {
  /** Whether it takes a request this cycle ({@code ioReqReady}). */
  boolean ready();

  /** The event it offers the GE this cycle ({@code ioIn}), {@link Event#NONE} for none. */
  Event offer();

  /** The GE's request it took on the last clock edge. */
  void took(Txn request);

  /** The GE took the event it offered on the last clock edge. */
  void sent();

  /** One cycle has passed: decide what to offer next. */
  void tick();
}
