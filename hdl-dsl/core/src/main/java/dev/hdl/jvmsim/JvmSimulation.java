package dev.hdl.jvmsim;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.FlatNetlist.FlatDomain;
import dev.hdl.ir.FlatNetlist.FlatNode;
import dev.hdl.ir.FlatNetlist.Kind;
import dev.hdl.ir.Node;
import dev.hdl.sim.AssertionFailure;
import dev.hdl.sim.Pokes;
import dev.hdl.sim.PowerOnState;
import dev.hdl.sim.Fault;
import dev.hdl.sim.FaultRules;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import dev.hdl.sim.Visibility;
import dev.hdl.sim.VcdWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A design running on the {@link JvmSimulator}. */
final class JvmSimulation implements Simulation {
  private final Design design;
  private final SimOptions options;
  private final Visibility visibility;
  private final FlatNetlist net;
  private final List<FlatNode> nodes;
  private final String prefix;
  /** Named nodes by path below the top, made at the first lookup by name: opening needs none. */
  private Map<String, Integer> byPath;
  private final Map<String, Integer> memoriesByPath = new HashMap<>();
  /** Handles made so far, so that a test peeking by name each cycle makes each once, as on Verilator. */
  private final Map<String, Handle> handles = new HashMap<>();
  private final Set<Integer> hooked = new HashSet<>();
  private final List<ClockDriver> clocks = new ArrayList<>();
  /** Rebuilt with the layout, whose slots they keep. */
  private Sequential[] perClock;
  private final List<Fault> pending = new ArrayList<>();
  /** Reused at every edge, so that a clock edge allocates nothing. */
  private final List<AssertionFailure> failures = new ArrayList<>();
  private final List<Memories.Write> memoryWrites = new ArrayList<>();
  /** The clocks rising at the tick at hand, the first {@code risingCount} of them. */
  private final int[] rising;
  private final List<Fault> active = new ArrayList<>();
  private final Memories memories;
  private Layout layout;
  private Schedule schedule;
  private CompiledModel model;
  private boolean dirty = true;
  private long tick;
  private long cycle;
  private boolean closed;
  private VcdWriter trace;
  private List<Integer> traced;

  JvmSimulation(Design design, SimOptions options) {
    this.design = design;
    this.options = options;
    this.visibility = new Visibility(design, options);
    this.net = design.netlist();
    this.nodes = net.nodes();
    this.prefix = design.top() + ".";
    for (int i = 0; i < net.memories().size(); i++) {
      memoriesByPath.put(net.memories().get(i).path().substring(prefix.length()), i);
    }
    setUpClocks();
    rising = new int[clocks.size()];
    memories = new Memories(net);
    model = instantiate();
    model.s = new long[layout.size()];
    model.bent = new long[nodes.size()];
    model.mem = memories.words;
    initialState();
    perClock = sequentials();
  }

  /** A model compiled for the faults injected so far, every group stale, its state not yet attached. */
  private CompiledModel instantiate() {
    layout = new Layout(net, hooked);
    schedule = new Schedule(net, layout);
    try {
      EdgeEmitter edges = new EdgeEmitter(net, layout, schedule, clocks.size(), this::clockOf);
      CompiledModel m = new ModelCompiler(net, layout, schedule, hooked, edges).compile().getDeclaredConstructor()
          .newInstance();
      m.wide = new WideOps(net, layout);
      m.stale = new boolean[schedule.groups().length];
      java.util.Arrays.fill(m.stale, true);
      m.seen = new long[net.inputs().stream().mapToInt(id -> WideWords.words(nodes.get(id).width())).sum()];
      return m;
    } catch (ReflectiveOperationException e) {
      throw new SimulationException("cannot load the compiled model", e);
    }
  }

  private Sequential[] sequentials() {
    Sequential[] all = new Sequential[clocks.size()];
    for (int c = 0; c < clocks.size(); c++) {
      int clock = c;
      all[c] = new Sequential(net, layout, schedule, memories, model, c, d -> clockOf(d) == clock);
    }
    return all;
  }

  private void initialState() {
    for (FlatNode n : nodes) {
      if (n.kind() == Kind.CONST) {
        layout.store(model.s, n.id(), n.value());
      } else if (PowerOnState.drawn(net, n)) {
        layout.store(model.s, n.id(), PowerOnState.register(options.seed(), n.path().substring(prefix.length()),
            n.width()));
      }
    }
    for (int m = 0; m < net.memories().size(); m++) {
      FlatNetlist.FlatMemory memory = net.memories().get(m);
      if (!PowerOnState.drawn(memory)) {
        continue;
      }
      String path = memory.path().substring(prefix.length());
      for (int address = 0; address < memory.memory().depth(); address++) {
        memories.write(m, address, PowerOnState.memoryWord(options.seed(), path, address, memory.memory().width()));
      }
    }
  }

  /** Where a node's value (its least significant word, if wide) is in the model's array. */
  private int slot(int id) {
    return layout.at(id);
  }

  /** Sets an input; the next settle sees that it changed and wakes its readers. */
  private void poke(int id, long value) {
    model.s[slot(id)] = value;
    dirty = true;
  }

  /** Sets a register, marking its readers stale if it changed. */
  private void write(int id, long value) {
    int at = slot(id);
    if (model.s[at] != value) {
      model.s[at] = value;
      wake(schedule.readers(id));
      dirty = true;
    }
  }

  private void wake(int[] groups) {
    for (int g : groups) {
      model.stale[g] = true;
    }
  }

  // ---- clocks ----

  /** A clock input the simulator drives. */
  private record ClockDriver(int node, SimOptions.Clock spec) {}

  private void setUpClocks() {
    List<SimOptions.Clock> specs = new ArrayList<>(options.clocks());
    if (specs.isEmpty() && topLevel("clk") >= 0) {
      specs.add(new SimOptions.Clock("clk", 2, 0));
    }
    for (SimOptions.Clock spec : specs) {
      int id = topLevel(spec.port());
      if (id < 0 || nodes.get(id).kind() != Kind.INPUT || nodes.get(id).width() != 1) {
        throw Pokes.notAClock(spec.port(), design.top());
      }
      clocks.add(new ClockDriver(id, spec));
    }
    for (FlatDomain d : net.domains()) {
      if (clockIndex(d.clock()) < 0) {
        throw new SimulationException("clock '" + nodes.get(d.clock()).path() + "' is not driven: add it with"
            + " SimOptions.clock(\"" + nodes.get(d.clock()).path().substring(prefix.length()) + "\", period, phase)");
      }
    }
  }

  /** The index of the clock driving a domain. */
  private int clockOf(int domain) {
    return clockIndex(net.domains().get(domain).clock());
  }

  /**
   * The node of the top module named {@code name}, or -1: what {@link #byPath()} gives, found by
   * a scan of the top module's nodes, which come first, so that opening needs no map of names.
   */
  private int topLevel(String name) {
    String path = prefix + name;
    for (FlatNode n : nodes) {
      if (path.equals(n.path())) {
        return n.id();
      }
    }
    return -1;
  }

  private Map<String, Integer> byPath() {
    if (byPath == null) {
      byPath = new HashMap<>();
      for (FlatNode n : nodes) {
        if (n.path() != null) {
          byPath.putIfAbsent(n.path().substring(prefix.length()), n.id());
        }
      }
    }
    return byPath;
  }

  private int clockIndex(int node) {
    for (int c = 0; c < clocks.size(); c++) {
      if (clocks.get(c).node() == node) {
        return c;
      }
    }
    return -1;
  }

  // ---- time ----

  @Override
  public void step() {
    checkOpen();
    applyStartingFaults();
    if (clocks.isEmpty()) {
      settleIfDirty();
    } else {
      SimOptions.Clock main = clocks.get(0).spec();
      long target = nextRise(main, tick);
      for (long t = tick + 1; t <= target; t++) {
        edgesAt(t);
      }
      tick = target;
    }
    cycle++;
    endOfCycle();
  }

  private static long nextRise(SimOptions.Clock c, long after) {
    long k = Math.floorDiv(after - c.phase(), c.period()) + 1;
    return c.phase() + k * c.period();
  }

  private void edgesAt(long t) {
    int risingCount = 0;
    for (int c = 0; c < clocks.size(); c++) {
      SimOptions.Clock spec = clocks.get(c).spec();
      long at = Math.floorMod(t - spec.phase(), spec.period());
      if (at == 0) {
        rising[risingCount++] = c;
        model.s[slot(clocks.get(c).node())] = 1;
      } else if (at == spec.period() / 2) {
        model.s[slot(clocks.get(c).node())] = 0;
      }
    }
    if (risingCount == 0) {
      if (trace != null) {
        sample(t); // a falling edge: the waveform shows the clocks toggle, as a Verilog dump does
      }
      return;
    }
    settleIfDirty();
    failures.clear();
    memoryWrites.clear();
    // Indexed loops: an edge is the per-cycle path, and list iterators showed in its profile.
    for (int i = 0; i < risingCount; i++) {
      perClock[rising[i]].stage(cycle, failures, memoryWrites);
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    for (int i = 0; i < risingCount; i++) {
      perClock[rising[i]].commit();
    }
    for (int i = 0; i < memoryWrites.size(); i++) {
      Memories.Write w = memoryWrites.get(i);
      if (memories.commit(w)) {
        wake(schedule.memoryReaders(w.memory));
      }
    }
    holdStuckBits();
    dirty = true;
    if (trace != null) {
      sample(t);
    }
  }

  private void settleIfDirty() {
    if (dirty) {
      for (Sequential q : perClock) {
        q.holdAsyncResets();
      }
      model.settle();
      dirty = false;
    }
  }


  @Override
  public long cycle() {
    return cycle;
  }

  @Override
  public void reset(int cycles) {
    checkOpen();
    List<int[]> resets = new ArrayList<>();
    for (FlatDomain d : net.domains()) {
      if (d.reset() >= 0 && nodes.get(d.reset()).kind() == Kind.INPUT) {
        resets.add(new int[] {d.reset(), d.resetActiveLow() ? 1 : 0});
      }
    }
    for (int[] r : resets) {
      poke(r[0], r[1] == 1 ? 0 : 1);
    }
    dirty = true;
    step(cycles);
    for (int[] r : resets) {
      poke(r[0], r[1]);
    }
    dirty = true;
  }

  // ---- signals ----

  @Override
  public SimSignal signal(String path) {
    checkOpen();
    Handle known = handles.get(path);
    if (known != null) {
      return known;
    }
    visibility.require(path);
    Integer id = byPath().get(path);
    if (id == null) {
      throw visibility.noSignal(path);
    }
    Handle h = new Handle(path, nodes.get(id));
    handles.put(path, h);
    return h;
  }

  private final class Handle implements SimSignal {
    private final String path;
    private final FlatNode node;
    private final int width;
    private final boolean drivable;
    /** Kept for the per-cycle poke: a top-level input's slot never moves, as it shares no one's. */
    private final int inputSlot;

    Handle(String path, FlatNode node) {
      this.path = path;
      this.node = node;
      this.width = node.width();
      this.drivable = node.kind() == Kind.INPUT && node.source() instanceof Node.Input && clockIndex(node.id()) < 0;
      this.inputSlot = drivable && width <= 64 ? slot(node.id()) : -1;
    }

    @Override
    public String path() {
      return path;
    }

    @Override
    public int width() {
      return width;
    }

    @Override
    public long get() {
      checkOpen();
      settleIfDirty();
      return width > 64 ? layout.value(model.s, node.id()).longValue() : model.s[slot(node.id())];
    }

    @Override
    public BigInteger getBig() {
      checkOpen();
      settleIfDirty();
      return layout.value(model.s, node.id());
    }

    @Override
    public void set(long value) {
      if (inputSlot < 0) {
        set(new BigInteger(Long.toUnsignedString(value)));
        return;
      }
      checkOpen();
      model.s[inputSlot] = Pokes.bits(path, width, node.signed(), value);
      dirty = true;
    }

    @Override
    public void set(BigInteger value) {
      checkOpen();
      if (!drivable) {
        throw Pokes.notDrivable(path, clockIndex(node.id()) >= 0);
      }
      BigInteger bits = Pokes.bits(path, width, node.signed(), value);
      if (inputSlot >= 0) {
        model.s[inputSlot] = bits.longValue();
      } else {
        layout.store(model.s, node.id(), bits);
      }
      dirty = true;
    }
  }

  // ---- memories ----

  private int memory(String path) {
    Integer m = memoriesByPath.get(path);
    if (m == null) {
      throw visibility.noMemory(path);
    }
    return m;
  }

  @Override
  public BigInteger readMemory(String path, int address) {
    checkOpen();
    int m = memory(path);
    checkAddress(m, path, address);
    return memories.read(m, address);
  }

  @Override
  public void writeMemory(String path, int address, BigInteger value) {
    checkOpen();
    int m = memory(path);
    checkAddress(m, path, address);
    Pokes.checkWord(path, net.memories().get(m).memory().width(), value);
    writeWord(m, address, value);
    dirty = true;
  }

  private void checkAddress(int m, String path, int address) {
    Pokes.checkAddress(path, net.memories().get(m).memory().depth(), address);
  }

  /** Writes a memory word, marking its asynchronous readers stale. */
  private void writeWord(int m, int address, BigInteger value) {
    memories.write(m, address, value);
    wake(schedule.memoryReaders(m));
  }

  // ---- faults ----

  @Override
  public void inject(Fault fault) {
    checkOpen();
    Target t = target(fault.target(), fault instanceof Fault.Glitch);
    FaultRules.check(fault, t.width(), cycle);
    if (fault instanceof Fault.Glitch && t.memory < 0 && nodes.get(t.node).kind() != Kind.REG && hooked.add(t.node)) {
      recompile();
    }
    pending.add(fault);
    applyStartingFaults();
  }

  /** A register, a memory word, or (for glitches) any named signal. */
  private record Target(int node, int memory, int address, int width) {}

  private Target target(String path, boolean anySignal) {
    int bracket = path.indexOf('[');
    if (bracket > 0 && path.endsWith("]")) {
      int m = memory(path.substring(0, bracket));
      int address = Integer.parseInt(path.substring(bracket + 1, path.length() - 1));
      checkAddress(m, path, address);
      return new Target(-1, m, address, net.memories().get(m).memory().width());
    }
    visibility.require(path);
    Integer id = byPath().get(path);
    if (id == null) {
      throw visibility.noSignal(path);
    }
    FlatNode n = nodes.get(id);
    if (!anySignal && n.kind() != Kind.REG) {
      throw new SimulationException("'" + path + "' is not a register; bit flips and stuck-at faults go into"
          + " registers and memory words (a glitch reaches any signal)");
    }
    if (n.width() > 64) {
      throw new SimulationException("faults in signals wider than 64 bits are not supported ('" + path + "')");
    }
    return new Target(id, -1, -1, n.width());
  }

  /** A glitch on a wire that shared its driver's slots: the wire gets slots of its own. */
  private void recompile() {
    CompiledModel next = instantiate();
    next.s = model.s;
    next.bent = model.bent;
    next.mem = model.mem;
    model = next;
    perClock = sequentials();
    dirty = true;
  }

  private void applyStartingFaults() {
    if (pending.isEmpty()) {
      return;
    }
    for (Fault f : List.copyOf(pending)) {
      if (f.cycle() != cycle) {
        continue;
      }
      pending.remove(f);
      Target t = target(f.target(), true);
      long bit = 1L << f.bit();
      switch (f) {
        case Fault.BitFlip flip -> invert(t, bit);
        case Fault.Glitch glitch when nodes.get(t.node).kind() == Kind.REG -> invert(t, bit);
        case Fault.Glitch glitch -> {
          bend(t.node, bit);
          active.add(glitch);
        }
        case Fault.StuckAt stuck -> active.add(stuck);
      }
      dirty = true;
    }
    holdStuckBits();
  }

  /** Starts or ends a glitch: the node's group recomputes it with the bits bent or not. */
  private void bend(int node, long bits) {
    model.bent[node] ^= bits;
    if (schedule.group(node) >= 0) {
      model.stale[schedule.group(node)] = true;
    }
    dirty = true;
  }

  private void invert(Target t, long bit) {
    if (t.memory >= 0) {
      writeWord(t.memory, t.address, memories.read(t.memory, t.address).xor(BigInteger.valueOf(bit)));
    } else {
      write(t.node, model.s[slot(t.node)] ^ bit);
    }
  }

  private void holdStuckBits() {
    if (active.isEmpty()) {
      return; // the usual case, at every edge
    }
    for (Fault f : active) {
      if (f instanceof Fault.StuckAt stuck) {
        Target t = target(f.target(), false);
        long bit = 1L << f.bit();
        long word = t.memory >= 0 ? memories.read(t.memory, t.address).longValue() : model.s[slot(t.node)];
        long forced = stuck.value() ? word | bit : word & ~bit;
        if (forced != word) {
          if (t.memory >= 0) {
            writeWord(t.memory, t.address, BigInteger.valueOf(forced).and(WideWords.mask(t.width())));
          } else {
            write(t.node, forced);
          }
          dirty = true;
        }
      }
    }
  }

  private void endOfCycle() {
    if (!active.isEmpty()) {
      active.removeIf(f -> switch (f) {
        case Fault.Glitch g -> {
          bend(target(g.target(), true).node, 1L << g.bit());
          yield true;
        }
        case Fault.StuckAt s -> s.cycles() != Long.MAX_VALUE && cycle >= s.cycle() + s.cycles();
        case Fault.BitFlip b -> true;
      });
    }
    if (trace != null && clocks.isEmpty()) {
      sample(tick);
    }
  }

  // ---- tracing ----

  @Override
  public void traceTo(Path file) {
    checkOpen();
    if (trace != null) {
      trace.close();
    }
    traced = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (FlatNode n : nodes) {
      if (n.path() != null && n.kind() != Kind.CONST) {
        traced.add(n.id());
        paths.add(n.path());
        widths.add(n.width());
      }
    }
    trace = new VcdWriter(file, paths, widths);
    sample(tick);
  }

  private void sample(long time) {
    settleIfDirty();
    List<BigInteger> values = new ArrayList<>(traced.size());
    for (int id : traced) {
      values.add(layout.value(model.s, id));
    }
    trace.sample(time, values);
  }

  @Override
  public long seed() {
    return options.seed();
  }

  @Override
  public Design design() {
    return design;
  }

  private void checkOpen() {
    if (closed) {
      throw new SimulationException("this simulation of " + design.top() + " is closed");
    }
  }

  @Override
  public void close() {
    if (!closed && trace != null) {
      trace.close();
    }
    closed = true;
  }
}
