package dev.gemini.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.lockstep.InboundEvent;
import dev.gemini.lockstep.Transaction;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The containment responder against a model of the requests it tracks: requests issued, completed
 * by the replicated IO events, and answered in their stead when their IO subsystem goes out of
 * service or the dispatcher discarded them; hot-plug interrupts for the subsystems that left. Every
 * cycle, the event it synthesizes and its count of outstanding requests are checked.
 */
@ExtendWith(SimulationExtension.class)
class ContainmentResponderTest {
  private static final Elaborated<ContainmentResponder> ELABORATED = Elaboration.elaborateTop(ContainmentResponder::new);
  private static final ContainmentResponder RESPONDER = ELABORATED.top();
  private static final int TAGS = 1 << Transaction.TAG_BITS;
  private static final long ALL_ONES = -1L;

  /** An inbound event as the responder drives it. */
  private record Event(boolean valid, int kind, int tag, int status, long address, long data) {
    static final Event NONE = new Event(false, InboundEvent.KIND_INTERRUPT, 0, InboundEvent.STATUS_SUCCESS, 0, 0);
  }

  /** What the responder should hold: the waiting requests, their targets, and the hot-plug slots to announce. */
  private static final class Model {
    final boolean[] waiting = new boolean[TAGS];
    final boolean[] targetIo1 = new boolean[TAGS];
    final boolean[] doomed = new boolean[TAGS];
    int hotplugPending;

    /** The lowest waiting tag that nothing will complete, or -1. */
    int orphan(int ioOnline) {
      for (int t = 0; t < TAGS; t++) {
        boolean online = ((ioOnline >> (targetIo1[t] ? 1 : 0)) & 1) != 0;
        if (waiting[t] && (doomed[t] || !online)) {
          return t;
        }
      }
      return -1;
    }

    /** The slot an announcement this cycle is for: slot 0 first. */
    int announcedSlot() {
      return (hotplugPending & 1) != 0 ? 0 : 1;
    }

    Event synthesized(boolean slotFree, int ioOnline) {
      int orphan = orphan(ioOnline);
      if (slotFree && orphan >= 0) {
        return new Event(true, InboundEvent.KIND_COMPLETION, orphan, InboundEvent.STATUS_UNSUPPORTED, 0, ALL_ONES);
      }
      if (slotFree && hotplugPending != 0) {
        long slotStatus = InboundEvent.SLOT_PRESENCE_CHANGED | InboundEvent.SLOT_LINK_DOWN;
        long data = slotStatus << 16 | (long) announcedSlot() << 8 | InboundEvent.VECTOR_HOTPLUG;
        return new Event(true, InboundEvent.KIND_INTERRUPT, 0, InboundEvent.STATUS_SUCCESS, 0, data);
      }
      return Event.NONE;
    }

    int outstanding() {
      int n = 0;
      for (boolean w : waiting) {
        n += w ? 1 : 0;
      }
      return n;
    }

    /** The clock edge: completions and answers retire their tags, a new request takes its tag over. */
    void clock(Event out, Event replicated, Integer issuedTag, boolean issuedTarget, boolean issuedDiscarded, int ioLeft) {
      if (replicated.valid() && replicated.kind() == InboundEvent.KIND_COMPLETION) {
        waiting[replicated.tag()] = false;
      }
      if (out.valid() && out.kind() == InboundEvent.KIND_COMPLETION) {
        waiting[out.tag()] = false;
      } else if (out.valid()) {
        hotplugPending &= ~(1 << announcedSlot());
      }
      if (issuedTag != null) {
        waiting[issuedTag] = true;
        targetIo1[issuedTag] = issuedTarget;
        doomed[issuedTag] = issuedDiscarded;
      }
      hotplugPending |= ioLeft;
    }
  }

  @Test
  void everyOrphanIsAnsweredOnceAndEveryDepartureAnnounced(TestSimulator simulator) {
    Random random = simulator.random();
    Model model = new Model();
    int ioOnline = 3;
    try (Simulation sim = simulator.open(ELABORATED.design())) {
      sim.reset(1);
      for (int n = 0; n < 4000; n++) {
        // Subsystems leave and come back now and then; a request is issued on most cycles.
        int ioLeft = 0;
        if (random.nextInt(150) == 0) {
          ioLeft = 1 << random.nextInt(2);
          ioOnline &= ~ioLeft;
        } else if (random.nextInt(100) == 0) {
          ioOnline = 3;
        }
        Integer issuedTag = random.nextInt(3) != 0 ? random.nextInt(TAGS) : null;
        boolean issuedTarget = random.nextBoolean();
        boolean issuedDiscarded = random.nextInt(20) == 0;
        Event replicated = random.nextInt(3) == 0 ? Event.NONE : new Event(true, random.nextInt(3),
            random.nextInt(TAGS), random.nextInt(2), random.nextLong() & ((1L << Transaction.ADDRESS_BITS) - 1),
            random.nextLong());

        sim.poke(RESPONDER.issued, issuedTag != null ? 1 : 0);
        sim.poke(RESPONDER.issuedTag, issuedTag != null ? issuedTag : random.nextInt(TAGS));
        sim.poke(RESPONDER.issuedTarget, issuedTarget ? 1 : 0);
        sim.poke(RESPONDER.issuedDiscarded, issuedDiscarded ? 1 : 0);
        poke(sim, RESPONDER.replicated, replicated);
        sim.poke(RESPONDER.ioOnline, ioOnline);
        sim.poke(RESPONDER.ioLeft, ioLeft);

        Event expected = model.synthesized(!replicated.valid(), ioOnline);
        String at = "cycle " + n;
        assertEquals(expected, peek(sim, RESPONDER.synthesized), "synthesized event at " + at);
        assertEquals(model.outstanding(), sim.peek(RESPONDER.outstanding), "outstanding requests at " + at);
        sim.step();
        model.clock(expected, replicated, issuedTag, issuedTarget, issuedDiscarded, ioLeft);
      }
    }
  }

  private static void poke(Simulation sim, InboundEvent port, Event e) {
    sim.poke(port.valid(), e.valid() ? 1 : 0);
    sim.poke(port.kind(), e.kind());
    sim.poke(port.tag(), e.tag());
    sim.poke(port.status(), e.status());
    sim.poke(port.address(), e.address());
    sim.poke(port.data(), e.data());
  }

  private static Event peek(Simulation sim, InboundEvent port) {
    Event e = new Event(sim.peek(port.valid()) != 0, (int) sim.peek(port.kind()), (int) sim.peek(port.tag()),
        (int) sim.peek(port.status()), sim.peek(port.address()), sim.peek(port.data()));
    // An idle slot's other fields are don't-cares: only its validity is compared.
    return e.valid() ? e : Event.NONE;
  }
}
