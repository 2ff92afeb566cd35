package dev.gemini.testbench.machine;

import dev.gemini.testbench.Event;
import dev.gemini.testbench.IoSubsystemModel;
import dev.gemini.testbench.Txn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * An IO subsystem of several devices: address bits 27:24 of a request choose the device (its
 * index in the list), and the devices' events reach the GE one a cycle, in turn. A read of a
 * slot with no device completes as an unsupported request on the next cycle.
 */
public final class DeviceBus implements IoSubsystemModel {
  private final List<IoSubsystemModel> devices;
  private final Deque<Event> unsupported = new ArrayDeque<>();
  private int taken = -1;
  private int next;

  /** {@code devices.get(k)} answers the device addresses {@code k << 24} on; null for none. */
  public DeviceBus(List<IoSubsystemModel> devices) {
    this.devices = devices;
  }

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public Event offer() {
    if (!unsupported.isEmpty()) {
      taken = -1;
      return unsupported.peek();
    }
    for (int i = 0; i < devices.size(); i++) {
      int k = (next + i) % devices.size();
      IoSubsystemModel d = devices.get(k);
      if (d != null && d.offer().valid()) {
        taken = k;
        return d.offer();
      }
    }
    return Event.NONE;
  }

  @Override
  public void took(Txn request) {
    int k = (int) (request.address() >>> 24 & 0xF);
    IoSubsystemModel d = k < devices.size() ? devices.get(k) : null;
    if (d != null) {
      d.took(request);
    } else if (request.needsCompletion()) {
      unsupported.add(new Event(true, Event.COMPLETION, request.tag(), Event.UNSUPPORTED, 0, -1L));
    }
  }

  @Override
  public void sent() {
    if (taken < 0) {
      unsupported.poll();
    } else {
      devices.get(taken).sent();
      next = taken + 1;
    }
  }

  @Override
  public void tick() {
    for (IoSubsystemModel d : devices) {
      if (d != null) {
        d.tick();
      }
    }
  }
}
