package dev.gemini.lockstep;

import static dev.hdl.Hdl.bool;
import static dev.hdl.Hdl.uint;

import dev.hdl.Bool;
import dev.hdl.UInt;

/**
 * An IO-to-CPU event: a completion of a non-posted request (by tag, with status and data), an
 * interrupt (vector in {@code data}) or a DMA write into CPU memory (at {@code address}).
 */
public record InboundEvent(Bool valid, UInt kind, UInt tag, UInt status, UInt address, UInt data) {
  public static final int KIND_BITS = 2;
  public static final int STATUS_BITS = 3;

  public static final int KIND_COMPLETION = 0;
  public static final int KIND_INTERRUPT = 1;
  public static final int KIND_DMA_WRITE = 2;

  /** Completion status: successful, or unsupported request (the device is gone). */
  public static final int STATUS_SUCCESS = 0;
  public static final int STATUS_UNSUPPORTED = 1;

  /** Interrupt vector of a hot-plug event, in {@code data} bits 7:0; bit 8 holds the slot, bits 31:16 its status. */
  public static final int VECTOR_HOTPLUG = 0xFE;
  /** Slot status bits: presence detect changed (PCIe PDC) and data-link-layer state changed (link down). */
  public static final int SLOT_PRESENCE_CHANGED = 0x08;
  public static final int SLOT_LINK_DOWN = 0x100;

  public static InboundEvent type() {
    return new InboundEvent(bool(), uint(KIND_BITS), uint(Transaction.TAG_BITS), uint(STATUS_BITS),
        uint(Transaction.ADDRESS_BITS), uint(Transaction.DATA_BITS));
  }
}
