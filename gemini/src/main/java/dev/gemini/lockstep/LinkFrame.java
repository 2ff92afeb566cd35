package dev.gemini.lockstep;

import static dev.hdl.Hdl.bool;
import static dev.hdl.Hdl.uint;

import dev.gemini.clocking.ResetSequencer;
import dev.hdl.Bool;
import dev.hdl.UInt;

/**
 * What one GE sends its partner every cycle over the cross-link. Each GE also keeps its own frame
 * for the link's latency, so that both act on the same pair of frames on the same cycle: this is
 * what makes their decisions agree.
 *
 * @param heartbeat toggles every cycle while the sender is alive
 * @param outbound the sender's CPU's outbound transaction (valid low when none or contained)
 * @param inbound an event from the sender's IO subsystem, to be delivered to both CPUs
 * @param ioCreditReturn the sender's IO subsystem took one request from its queue
 * @param errors the sender's error inputs: CPU correctable, uncorrectable, fatal (bits 0-2), IO
 *     correctable, uncorrectable, fatal (bits 3-5)
 * @param csrWrite a register write accepted by the sender, applied by both GEs
 * @param ioHold the sender's Data Mover is in a blackout: both GEs hold IO events
 * @param cpuReset the sender's Data Mover asks for the synchronous reset of both CPUs
 * @param resetMessage the sender's power-on reset sequencer's message, read as it arrives
 */
public record LinkFrame(Bool heartbeat, Transaction outbound, InboundEvent inbound, Bool ioCreditReturn,
    UInt errors, CsrWrite csrWrite, Bool ioHold, Bool cpuReset, ResetMessage resetMessage) {
  public static final int ERROR_BITS = 6;

  /** A register write: word address and data. */
  public record CsrWrite(Bool valid, UInt address, UInt data) {
    public static CsrWrite type() {
      return new CsrWrite(bool(), uint(dev.gemini.registers.RegisterMap.ADDRESS_BITS),
          uint(dev.gemini.registers.RegisterMap.DATA_BITS));
    }
  }

  /** {@link ResetSequencer}'s link message: its kind and a reference cycle. */
  public record ResetMessage(UInt kind, UInt cycle) {
    public static ResetMessage type() {
      return new ResetMessage(uint(ResetSequencer.KIND_BITS), uint(ResetSequencer.COUNTER_BITS));
    }
  }

  public static LinkFrame type() {
    return new LinkFrame(bool(), Transaction.type(), InboundEvent.type(), bool(), uint(ERROR_BITS), CsrWrite.type(),
        bool(), bool(), ResetMessage.type());
  }
}
