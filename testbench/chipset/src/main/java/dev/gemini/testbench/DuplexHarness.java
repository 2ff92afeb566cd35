package dev.gemini.testbench;

import dev.gemini.GeminiEngine;
import dev.gemini.clocking.ResetSequencer;
import dev.gemini.datamover.DataMover;
import dev.gemini.isolation.PairMode;
import dev.gemini.isolation.SubsystemState;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.sim.Probe;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.SimulationException;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * Two GEs on a cross-link, driven cycle by cycle by two lockstepped CPU models and two IO device
 * models, with a register bus per module for the ft control software. Written against the
 * backend-neutral {@link Simulation} API. Checks as it goes: every request a device receives is
 * one a CPU issued, unchanged, and received once.
 */
public final class DuplexHarness implements AutoCloseable {
  private static final Map<Integer, Elaborated<DuplexSystem>> DESIGNS = new ConcurrentHashMap<>();
  /** Each module's memory: 64 pages of 32 words. */
  public static final DataMover.Config MEMORY = new DataMover.Config(5, 6, 4);

  public final Simulation sim;
  private final DuplexSystem top;
  public final int latency;
  public final CpuModel[] cpu = new CpuModel[2];
  public final IoDeviceModel[] io = new IoDeviceModel[2];
  private final Port[] port = new Port[2];
  private final SimSignal linkCut;

  /** Transactions issued and not yet delivered, by sequence number: the golden run. */
  private final Map<Long, Txn> golden = new HashMap<>();
  /**
   * The latest deliveries, to tell a duplicate from a stray. Bounded, so that a campaign of 10^8
   * cycles keeps constant memory: a duplicate comes soon after the original or not at all.
   */
  private final Set<Long> recentlyDelivered = java.util.Collections.newSetFromMap(
      new java.util.LinkedHashMap<Long, Boolean>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
          return size() > RECENT_DELIVERIES;
        }
      });
  private static final int RECENT_DELIVERIES = 4096;
  /** How long the harness's own waits run before they fail: far longer than any the GE's protocol needs. */
  private static final int WAIT_LIMIT = 100_000;
  /** Requests that reached a device changed (a divergence escaped) or twice. */
  public int escaped;
  public int duplicated;
  public final java.util.List<String> escapes = new java.util.ArrayList<>();

  private final int[] cpuError = new int[2];
  private final int[] ioError = new int[2];
  /** Per module, what its CPU's outbound transactions go through on their way to the GE. */
  private final List<UnaryOperator<Txn>> corrupt = new ArrayList<>(List.of(UnaryOperator.identity(),
      UnaryOperator.identity()));
  private final long[] csrRequest = new long[2];
  private final boolean[] csrPending = new boolean[2];
  private final boolean[] csrIsWrite = new boolean[2];
  private final long[] csrWriteData = new long[2];

  private record Port(TxnPort cpuOut, SimSignal cpuOutReady, EventPort cpuIn, SimSignal cpuError,
      TxnPort ioReq, SimSignal ioReqReady, EventPort ioIn, SimSignal ioInReady, SimSignal ioError,
      SimSignal csrValid, SimSignal csrWrite, SimSignal csrAddress, SimSignal csrData, SimSignal csrRespValid,
      SimSignal csrRespData, SimSignal csrRespError, SimSignal present, SimSignal memWrite, SimSignal memAddress,
      SimSignal memData, SimSignal cpuStop, SimSignal cpuQuiesced, SimSignal cpuReset, SimSignal cpuRestore,
      SimSignal phaseLate, SimSignal delayTap, SimSignal sysref, SimSignal clockingBypass) {}

  /** The board's sysref period, in reference cycles. */
  public static final int SYSREF_PERIOD = 1 << ResetSequencer.COUNTER_BITS;

  /** Where a CPU flushes its context in a blackout: the last words of its memory. */
  public static final int CONTEXT_BASE = (1 << MEMORY.addressBits()) - CpuModel.CONTEXT_WORDS;
  /** ge0's view of the subsystems' states: CPU0, CPU1, IO0, IO1. */
  private final SimSignal[] states = new SimSignal[4];
  /** Per module: the context being flushed and how far, and whether the CPU was held in reset. */
  private final long[][] flushing = new long[2][];
  private final int[] flushed = new int[2];
  private final boolean[] wasWarmReset = new boolean[2];
  /** The analog side of each module's phase aligner, once {@link #alignClocks} switched it in. */
  private PhasePlant[] plants;

  /** Each GE's containment of its CPU and IO subsystems: wires that tests and figures read. */
  private static final String[] CONTAINMENT = {"ge0.cpuContained", "ge0.ioContained", "ge1.cpuContained",
      "ge1.ioContained"};

  /** The elaborated two-GE system for a link latency, made once per latency. */
  public static Elaborated<DuplexSystem> elaborated(int latency) {
    return DESIGNS.computeIfAbsent(latency,
        l -> Elaboration.elaborateTop(() -> new DuplexSystem(new GeminiEngine.Config(l, 4, MEMORY))));
  }

  @SuppressWarnings("unchecked")
  public DuplexHarness(Simulator simulator, int latency, long seed, double issueRate, double ioEventRate) {
    Elaborated<DuplexSystem> system = elaborated(latency);
    this.latency = latency;
    this.top = system.top();
    this.sim = simulator.open(system.design(), SimOptions.defaults().seed(seed).expose(CONTAINMENT));
    for (int m = 0; m < 2; m++) {
      cpu[m] = new CpuModel(seed, issueRate);
      io[m] = new IoDeviceModel(seed * 31 + m + 1, 0.8, ioEventRate);
      DuplexSystem.ModulePorts p = module(m);
      port[m] = new Port(TxnPort.of(sim, p.cpuOut()), sim.signal(p.cpuOutReady()), EventPort.of(sim, p.cpuIn()),
          sim.signal(p.cpuError()), TxnPort.of(sim, p.ioReq()), sim.signal(p.ioReqReady()),
          EventPort.of(sim, p.ioIn()), sim.signal(p.ioInReady()), sim.signal(p.ioError()),
          sim.signal(p.csrValid()), sim.signal(p.csrWrite()), sim.signal(p.csrAddress()),
          sim.signal(p.csrData()), sim.signal(p.csrRespValid()), sim.signal(p.csrRespData()),
          sim.signal(p.csrRespError()), sim.signal(p.present()), sim.signal(p.memWrite()),
          sim.signal(p.memAddress()), sim.signal(p.memData()), sim.signal(p.cpuStop()),
          sim.signal(p.cpuQuiesced()), sim.signal(p.cpuReset()), sim.signal(p.cpuRestore()),
          sim.signal(p.phaseLate()), sim.signal(p.delayTap()), sim.signal(p.sysref()),
          sim.signal(p.clockingBypass()));
      port[m].clockingBypass().set(1);
      port[m].present().set(1);
    }
    // The modules' memories power up different; a duplex machine starts from one image, as its
    // first synchronisation leaves it.
    for (int a = 0; a < 1 << MEMORY.addressBits(); a++) {
      sim.writeMemory("memory1", a, sim.readMemory("memory0", a));
    }
    linkCut = sim.signal(top.linkCut);
    for (int x = 0; x < states.length; x++) {
      states[x] = sim.signal(top.ge0.controller.states.get(x));
    }
    sim.reset(2);
  }

  /** Module m's ports on the system's top. */
  public DuplexSystem.ModulePorts module(int m) {
    return m == 0 ? top.m0 : top.m1;
  }

  // ---- fault and environment controls, for the coming cycles ----

  /** Error inputs of module m's CPU (bits: correctable, uncorrectable, fatal) until changed. */
  public void cpuError(int m, int bits) {
    cpuError[m] = bits;
  }

  public void ioError(int m, int bits) {
    ioError[m] = bits;
  }

  /** Changes what module m's CPU puts on its outbound port (not what it thinks it issued), until reset. */
  public void corruptCpu(int m, UnaryOperator<Txn> change) {
    corrupt.set(m, change);
  }

  public void cutLink(boolean cut) {
    linkCut.set(cut ? 1 : 0);
  }

  public void present(int m, boolean present) {
    port[m].present().set(present ? 1 : 0);
  }

  // ---- one cycle ----

  /** What module m's CPU put on its port in the last cycle, and whether the GE took it. */
  public final Txn[] lastOffered = new Txn[] {Txn.NONE, Txn.NONE};
  public final boolean[] lastTaken = new boolean[2];
  /** What reached module m's CPU in the last cycle. */
  public final Event[] lastDelivered = new Event[] {Event.NONE, Event.NONE};
  /** What module m's IO subsystem took in the last cycle. */
  public final Txn[] lastToIo = new Txn[] {Txn.NONE, Txn.NONE};

  /**
   * Starts the system again from power-on with the clocking in the loop: each module's aligner
   * against its own phase plant, sysref every {@link #SYSREF_PERIOD} cycles, and the CPUs held in
   * reset until both GEs release them.
   */
  public void alignClocks(PhasePlant plant0, PhasePlant plant1) {
    plants = new PhasePlant[] {plant0, plant1};
    for (Port p : port) {
      p.clockingBypass().set(0);
    }
    sim.reset(2);
  }

  /** Both CPUs store to their memory at {@code rate} per cycle, below the context area. */
  public void cpuStores(double rate) {
    for (CpuModel c : cpu) {
      c.storeAt(rate, CONTEXT_BASE);
    }
  }

  public void cycle() {
    boolean[] held = new boolean[2];
    boolean[] stored = new boolean[2];
    for (int m = 0; m < 2; m++) {
      if (plants != null) {
        port[m].phaseLate().set(plants[m].sample() ? 1 : 0);
        port[m].sysref().set(sim.cycle() % SYSREF_PERIOD == 0 ? 1 : 0);
      }
      boolean stop = port[m].cpuStop().get() != 0;
      boolean reset = port[m].cpuReset().get() != 0;
      held[m] = stop || reset;
      stored[m] = driveMemory(m, stop && !reset, !reset && states[m].get() == SubsystemState.ONLINE.ordinal());
    }
    Txn[] own = new Txn[2];
    Txn[] onWire = new Txn[2];
    Event[] events = new Event[2];
    for (int m = 0; m < 2; m++) {
      Port p = port[m];
      own[m] = cpu[m].offer();
      onWire[m] = corrupt.get(m).apply(own[m]);
      p.cpuOut().poke(onWire[m]);
      p.cpuError().set(cpuError[m]);
      p.ioError().set(ioError[m]);
      events[m] = io[m].offer();
      p.ioIn().poke(events[m]);
      p.ioReqReady().set(io[m].ready() ? 1 : 0);
      p.csrValid().set(csrPending[m] ? 1 : 0);
      p.csrWrite().set(csrIsWrite[m] ? 1 : 0);
      p.csrAddress().set(csrRequest[m]);
      p.csrData().set(csrWriteData[m]);
    }
    boolean[] cpuReady = new boolean[2];
    boolean[] inReady = new boolean[2];
    Txn[] request = new Txn[2];
    for (int m = 0; m < 2; m++) {
      cpuReady[m] = port[m].cpuOutReady().get() != 0;
      inReady[m] = port[m].ioInReady().get() != 0;
      request[m] = port[m].ioReq().peek();
    }
    sim.step();
    for (int m = 0; m < 2; m++) {
      csrPending[m] = false;
      lastOffered[m] = onWire[m];
      lastTaken[m] = onWire[m].valid() && cpuReady[m];
      if (lastTaken[m] && own[m].valid()) {
        if (!recentlyDelivered.contains(own[m].sequence())) {
          golden.putIfAbsent(own[m].sequence(), own[m]);
        }
        cpu[m].accepted();
      }
      lastToIo[m] = Txn.NONE;
      if (request[m].valid() && io[m].ready()) {
        lastToIo[m] = request[m];
        io[m].took(request[m]);
        long sequence = request[m].sequence();
        Txn expected = golden.remove(sequence);
        if (expected == null && recentlyDelivered.contains(sequence)) {
          duplicated++;
        } else if (expected == null || !expected.equals(request[m])) {
          escaped++;
          escapes.add("cycle " + sim.cycle() + " IO" + m + " got " + request[m] + " expected " + expected);
        } else {
          recentlyDelivered.add(sequence);
        }
      }
      if (events[m].valid() && inReady[m]) {
        io[m].sent();
      }
      lastDelivered[m] = port[m].cpuIn().peek();
      cpu[m].deliver(lastDelivered[m]);
      if (stored[m]) {
        cpu[m].stored();
      }
      if (plants != null) {
        plants[m].apply((int) port[m].delayTap().get());
      }
      boolean warmReset = port[m].cpuRestore().get() != 0;
      if (wasWarmReset[m] && !warmReset) {
        cpu[m].restore(readContext(m));
      }
      wasWarmReset[m] = warmReset;
    }
    for (int m = 0; m < 2; m++) {
      if (!held[m]) {
        cpu[m].tick();
      }
      io[m].tick();
    }
  }

  /**
   * Module m's CPU side of its memory port for this cycle: in a blackout, the context flush and then
   * the quiesced answer; otherwise the CPU's waiting store, if its CPU is in service and the GE
   * delivers no DMA write this cycle. {@code stop}: stopped for a blackout, not in reset;
   * {@code running}: out of reset and in service. Returns whether the CPU's store goes in.
   */
  private boolean driveMemory(int m, boolean stop, boolean running) {
    Port p = port[m];
    if (!stop) {
      flushing[m] = null;
      flushed[m] = 0;
    } else if (flushing[m] == null) {
      flushing[m] = cpu[m].context();
    }
    boolean flush = stop && flushed[m] < CpuModel.CONTEXT_WORDS;
    CpuModel.Store store = cpu[m].store();
    boolean dmaNow = lastDelivered[m].valid() && lastDelivered[m].kind() == Event.DMA_WRITE;
    boolean storeNow = !stop && running && store != null && !dmaNow;
    p.memWrite().set(flush || storeNow ? 1 : 0);
    if (flush) {
      p.memAddress().set(CONTEXT_BASE + flushed[m]);
      p.memData().set(new BigInteger(Long.toUnsignedString(flushing[m][flushed[m]])));
      flushed[m]++;
    } else if (storeNow) {
      p.memAddress().set(store.address());
      p.memData().set(new BigInteger(Long.toUnsignedString(store.data())));
    }
    p.cpuQuiesced().set(stop && !flush ? 1 : 0);
    return storeNow;
  }

  private long[] readContext(int m) {
    long[] c = new long[CpuModel.CONTEXT_WORDS];
    for (int i = 0; i < c.length; i++) {
      c[i] = sim.readMemory("memory" + m, CONTEXT_BASE + i).longValue();
    }
    return c;
  }

  public void cycles(int n) {
    for (int i = 0; i < n; i++) {
      cycle();
    }
  }

  /**
   * Makes module m's CPU put a changed copy of its next transaction on the port (and raise
   * {@code errorBits} on that cycle); returns once the GE took it. The CPU model itself is not
   * changed: the divergence is on the wire, as from a faulty bus driver.
   */
  public void divergeNext(int m, UnaryOperator<Txn> change, int errorBits) {
    runUntil(() -> cpu[m].offer().valid() && cpu[1 - m].offer().valid(), WAIT_LIMIT,
        "both CPUs to offer a transaction");
    corrupt.set(m, t -> t.valid() ? change.apply(t) : t);
    cpuError[m] = errorBits;
    cycle();
    runUntil(() -> lastTaken[m], WAIT_LIMIT, "module " + m + "'s GE to take the changed transaction");
    corrupt.set(m, UnaryOperator.identity());
    cpuError[m] = 0;
  }

  /**
   * Runs cycles until {@code done} holds, checked before each; returns how many ran. After
   * {@code limit} cycles without it, fails with {@code what} it waited for, so no wait can hang.
   */
  public int runUntil(BooleanSupplier done, int limit, String what) {
    for (int n = 0; ; n++) {
      if (done.getAsBoolean()) {
        return n;
      }
      if (n == limit) {
        throw new SimulationException("waited " + limit + " cycles for " + what + " (at cycle " + sim.cycle() + ")");
      }
      cycle();
    }
  }

  /** Stops both CPUs issuing and runs until nothing is in flight (or the cycles run out). */
  public void drain(int cycles) {
    cpu[0].stopIssuing();
    cpu[1].stopIssuing();
    cycles(cycles);
  }

  /** The CPU subsystem of the modules in service: waiting requests of the given module's CPU. */
  public int hung(int m) {
    return cpu[m].waitingCount();
  }

  // ---- the register bus ----

  /** Writes a register of module m's GE; it takes effect in both GEs {@link #writeDelay()} cycles later. */
  public boolean csrWrite(int m, int address, long data) {
    csrPending[m] = true;
    csrIsWrite[m] = true;
    csrRequest[m] = address;
    csrWriteData[m] = data;
    cycle();
    return port[m].csrRespError().get() == 0;
  }

  /** Writes the register of both GEs on the same cycle, as the lockstepped CPUs do. */
  public void csrWriteBoth(int address, long data) {
    for (int m = 0; m < 2; m++) {
      csrPending[m] = true;
      csrIsWrite[m] = true;
      csrRequest[m] = address;
      csrWriteData[m] = data;
    }
    cycle();
  }

  public long csrRead(int m, int address) {
    csrPending[m] = true;
    csrIsWrite[m] = false;
    csrRequest[m] = address;
    cycle();
    return port[m].csrRespData().get();
  }

  public boolean lastCsrError(int m) {
    return port[m].csrRespError().get() != 0;
  }

  /** Cycles from a register write's request to its effect. */
  public int writeDelay() {
    return latency + 2;
  }

  // ---- what the checks read ----

  /** Sequence numbers issued by a CPU toward an IO subsystem that is in service but never reached it. */
  public long lostTo(int target) {
    long lost = 0;
    for (Txn t : golden.values()) {
      if (t.target() == target) {
        lost++;
      }
    }
    return lost;
  }

  public long peek(Probe signal) {
    return sim.peek(signal);
  }

  /** A signal the system holds in no field, such as a GE's wire {@code "ge0.ioContained"}. */
  public long peek(String path) {
    return sim.peek(path);
  }

  /** GE {@code ge}'s view of a subsystem's state ({@link dev.gemini.registers.RegisterMap#CPU0} ...). */
  public SubsystemState state(int ge, int subsystem) {
    return sim.peekEnum(ge(ge).controller.states.get(subsystem), SubsystemState.class);
  }

  /** GE {@code ge}'s view of the pair's mode. */
  public PairMode mode(int ge) {
    return sim.peekEnum(ge(ge).controller.mode, PairMode.class);
  }

  /** Module {@code m}'s GE, whose blocks' fields a test reads by handle. */
  public GeminiEngine ge(int m) {
    return m == 0 ? top.ge0 : top.ge1;
  }


  @Override
  public void close() {
    sim.close();
  }
}
