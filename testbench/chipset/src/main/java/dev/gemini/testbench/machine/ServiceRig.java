package dev.gemini.testbench.machine;

import dev.gemini.testbench.IoSubsystemModel;
import dev.hdl.sim.Simulation;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The machine running its service behind the network: IO0 holds the host device and NIC 0, IO1
 * holds NIC 1, and {@link KvNetwork} sends requests and checks the replies.
 */
public final class ServiceRig {
  /** Clients' requests in flight. */
  public static final int WINDOW = 4;
  /** Longer than a blackout: a request waits it out rather than being sent again at once. */
  public static final long TIMEOUT = 10_000;

  public final MachineHarness machine;
  public final KvNetwork network;
  public final NicDevice[] nics;

  /** Powers the machine on with the service's {@code image}; {@code duplex} false: module 0 alone. */
  public ServiceRig(Simulation sim, DuplexMachine top, long[] image, boolean duplex, long seed, int requests) {
    network = new KvNetwork(seed, WINDOW, TIMEOUT, requests);
    nics = new NicDevice[] {new NicDevice(network::transmitted), new NicDevice(network::transmitted)};
    Arrays.stream(nics).forEach(network::attach);
    IoSubsystemModel io0 = new DeviceBus(Arrays.asList(new HostDevice(), nics[0]));
    IoSubsystemModel io1 = new DeviceBus(Arrays.asList(null, nics[1]));
    machine = new MachineHarness(sim, top, io0, io1);
    machine.powerOn(image, duplex);
  }

  /** Runs machine and network until {@code done}; returns the cycles it took, or fails past {@code maxCycles}. */
  public long runUntil(BooleanSupplier done, long maxCycles) {
    long taken = 0;
    while (!done.getAsBoolean()) {
      if (taken++ == maxCycles) {
        throw new AssertionError("the service did not get there within " + maxCycles + " cycles");
      }
      cycles(1);
    }
    return taken;
  }

  /** Runs until {@code done}, at most {@code maxCycles}; returns whether it holds. */
  public boolean runAtMost(BooleanSupplier done, long maxCycles) {
    for (long i = 0; i < maxCycles && !done.getAsBoolean(); i++) {
      cycles(1);
    }
    return done.getAsBoolean();
  }

  public void cycles(int n) {
    for (int i = 0; i < n; i++) {
      machine.cycle();
      network.tick();
    }
  }

  /** NIC k fails fatally: it stops, and its IO subsystem reports the fatal error for a cycle. */
  public void failNic(int k) {
    nics[k].fail();
    machine.ioError(k, 0b100);
    cycles(1);
    machine.ioError(k, 0);
  }
}
