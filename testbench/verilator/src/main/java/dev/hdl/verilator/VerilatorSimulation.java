package dev.hdl.verilator;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import dev.hdl.sim.AssertionFailure;
import dev.hdl.sim.Fault;
import dev.hdl.sim.FaultRules;
import dev.hdl.sim.Pokes;
import dev.hdl.sim.PowerOnState;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import dev.hdl.sim.Visibility;
import dev.hdl.source.SourceLoc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A design running in a Verilator model. Ports and signals are buffers over the model's own
 * variables, so peeks and pokes stay in Java; the only native calls per cycle are {@link #step}
 * and, after a poke, one evaluation before the next peek.
 */
final class VerilatorSimulation implements Simulation {
  /** Verilator's scope of the top module's ports, and the prefix of the design's hierarchy. */
  private static final String PORT_SCOPE = "TOP.TOP";
  private static final String DESIGN_SCOPE = "TOP.";
  private static final Pattern ERROR_TEXT = Pattern.compile("\\$error\\(\"([^\"]*?)(?::(\\d+))?: ([^\"]*)\"\\)");

  private final Design design;
  private final FlatNetlist netlist;
  private final Map<String, String> verilog;
  private final Map<String, BlackBoxFiles.Source> blackBoxes;
  private final long seed;
  private final long handle;
  private final Map<String, MappedSignal> signals = new HashMap<>();
  private final Map<String, MemoryView> memories = new HashMap<>();
  private final Set<String> clockPorts = new TreeSet<>();
  private final Map<String, Boolean> resets = new HashMap<>();
  private final FaultInjector faults;
  private final Visibility visibility;
  private long cycle;
  /** The cycle of the next pending fault action, or {@link Long#MAX_VALUE}: runs stop there. */
  private long nextFault = Long.MAX_VALUE;
  private boolean dirty;
  private boolean closed;
  private SimulationException stopped;
  private Path traceFile;
  private Path fstFile;

  private record MemoryView(String path, ByteBuffer data, int width, int depth, int low, int elementBytes) {}

  VerilatorSimulation(Design design, SimOptions options, Path library, BlackBoxFiles.Sources sources,
      Visibility visibility) {
    this.design = design;
    this.visibility = visibility;
    this.netlist = design.netlist();
    this.verilog = sources.verilog();
    this.blackBoxes = sources.blackBoxes();
    this.seed = options.seed();
    this.handle = NativeModel.open(library.toString());
    this.faults = new FaultInjector((data, offset, mask, value, on) -> {
      NativeModel.force(handle, data, offset, mask, value, on);
      dirty = true;
    });
    for (FlatNetlist.FlatDomain d : netlist.domains()) {
      FlatNetlist.FlatNode reset = d.reset() < 0 ? null : netlist.nodes().get(d.reset());
      if (reset != null && reset.kind() == FlatNetlist.Kind.INPUT) {
        resets.put(localName(reset.path()), d.resetActiveLow());
      }
    }
    resets.forEach((port, activeLow) -> signal(port).set(activeLow ? 1 : 0));
    try {
      powerOn();
      startClocks(options);
    } catch (SimulationException e) {
      close();
      throw e;
    }
  }

  /** Registers without a reset and memory words take their first values from the seed. */
  private void powerOn() {
    int[] info = new int[4];
    for (FlatNetlist.FlatNode n : netlist.nodes()) {
      if (PowerOnState.drawn(netlist, n)) {
        String path = localName(n.path());
        ByteBuffer data = find(path, info);
        if (data == null) {
          throw new SimulationException("the Verilator model has no register '" + path + "' to start");
        }
        Storage.write(data.order(ByteOrder.LITTLE_ENDIAN), 0, info[3], PowerOnState.register(seed, path, n.width()));
      }
    }
    for (FlatNetlist.FlatMemory memory : netlist.memories().stream().filter(PowerOnState::drawn).toList()) {
      String path = localName(memory.path());
      MemoryView m = memory(path);
      for (int address = 0; address < m.depth(); address++) {
        Storage.write(m.data, wordOffset(m, address), m.elementBytes, PowerOnState.memoryWord(seed, path, address,
            m.width()));
      }
    }
    poked();
  }

  private void startClocks(SimOptions options) {
    List<SimOptions.Clock> clocks = new ArrayList<>(options.clocks());
    if (clocks.isEmpty() && isInput("clk")) {
      clocks.add(new SimOptions.Clock("clk", 2, 0));
    }
    ByteBuffer[] ports = new ByteBuffer[clocks.size()];
    int[] periods = new int[clocks.size()];
    int[] phases = new int[clocks.size()];
    clocks.forEach(c -> clockPorts.add(c.port()));
    for (int i = 0; i < clocks.size(); i++) {
      SimOptions.Clock c = clocks.get(i);
      MappedSignal port = signal(c.port());
      if (!isInput(c.port()) || port.width() != 1) {
        throw Pokes.notAClock(c.port(), design.top());
      }
      ports[i] = port.data();
      periods[i] = c.period();
      phases[i] = c.phase();
    }
    if (NativeModel.setClocks(handle, ports, periods, phases) != NativeModel.OK) {
      throw failure();
    }
  }

  @Override
  public MappedSignal signal(String path) {
    checkOpen();
    MappedSignal known = signals.get(path);
    if (known != null) {
      return known;
    }
    visibility.require(path);
    int[] info = new int[4];
    ByteBuffer data = isPort(path) ? NativeModel.find(handle, PORT_SCOPE, path, info) : find(path, info);
    if (data == null) {
      throw visibility.noSignal(path);
    }
    if (info[1] > 0) {
      throw new SimulationException("'" + path + "' is a memory: use readMemory/writeMemory");
    }
    MappedSignal.Drive drive = !(port(path) instanceof Node.Input in) ? MappedSignal.Drive.NONE
        : clockPorts.contains(path) ? MappedSignal.Drive.CLOCK
        : in.signed() ? MappedSignal.Drive.SIGNED_INPUT : MappedSignal.Drive.UNSIGNED_INPUT;
    MappedSignal s = new MappedSignal(this, path, info[0], info[3], data.order(ByteOrder.LITTLE_ENDIAN), drive);
    signals.put(path, s);
    return s;
  }

  private ByteBuffer find(String path, int[] info) {
    int dot = path.lastIndexOf('.');
    String scope = DESIGN_SCOPE + design.top() + (dot < 0 ? "" : "." + path.substring(0, dot));
    return NativeModel.find(handle, scope, path.substring(dot + 1), info);
  }

  @Override
  public void step() {
    run(1);
  }

  @Override
  public void step(int cycles) {
    run(cycles);
  }

  /** Runs the model, stopping only where a fault is due. */
  private void run(long cycles) {
    checkOpen();
    if (stopped != null) {
      throw new SimulationException("the simulation stopped at cycle " + cycle + ": " + stopped.getMessage());
    }
    long remaining = cycles;
    while (true) {
      if (cycle >= nextFault) {
        applyDueFaults();
      }
      if (remaining == 0) {
        return;
      }
      long done = NativeModel.step(handle, Math.min(remaining, nextFault - cycle));
      dirty = false;
      if (done < 0) {
        cycle += ~done;
        throw failure();
      }
      cycle += done;
      remaining -= done;
    }
  }

  private void applyDueFaults() {
    if (faults.applyDue(cycle)) {
      dirty = true;
    }
    nextFault = faults.nextAt();
  }

  @Override
  public long cycle() {
    checkOpen();
    return cycle;
  }

  @Override
  public void reset(int cycles) {
    checkOpen();
    if (resets.isEmpty()) {
      throw new SimulationException(design.top() + " has no reset input");
    }
    resets.forEach((port, activeLow) -> signal(port).set(activeLow ? 0 : 1));
    step(cycles);
    resets.forEach((port, activeLow) -> signal(port).set(activeLow ? 1 : 0));
  }

  @Override
  public BigInteger readMemory(String path, int address) {
    MemoryView m = memory(path);
    settle();
    return Storage.readBig(m.data, wordOffset(m, address), m.elementBytes);
  }

  @Override
  public void writeMemory(String path, int address, BigInteger value) {
    MemoryView m = memory(path);
    Pokes.checkWord(path, m.width, value);
    Storage.write(m.data, wordOffset(m, address), m.elementBytes, value);
    poked();
  }

  private static int wordOffset(MemoryView m, int address) {
    Pokes.checkAddress(m.path, m.depth, address);
    return (address - m.low) * m.elementBytes;
  }

  private MemoryView memory(String path) {
    checkOpen();
    MemoryView known = memories.get(path);
    if (known != null) {
      return known;
    }
    int[] info = new int[4];
    ByteBuffer data = find(path, info);
    if (data == null || info[1] == 0) {
      throw visibility.noMemory(path);
    }
    MemoryView m = new MemoryView(path, data.order(ByteOrder.LITTLE_ENDIAN), info[0], info[1], info[2], info[3]);
    memories.put(path, m);
    return m;
  }

  @Override
  public void inject(Fault fault) {
    checkOpen();
    FaultInjector.Site site = site(fault.target());
    FaultRules.check(fault, site.width(), cycle);
    faults.schedule(fault, site);
    applyDueFaults();
  }

  /** A register or memory word, the things whose value Verilator keeps between cycles. */
  private FaultInjector.Site site(String target) {
    int bracket = target.indexOf('[');
    if (bracket > 0 && target.endsWith("]")) {
      MemoryView m = memory(target.substring(0, bracket));
      int address = Integer.parseInt(target.substring(bracket + 1, target.length() - 1).strip());
      return new FaultInjector.Site(m.data, wordOffset(m, address), m.width);
    }
    String flat = design.top() + "." + target;
    boolean register = netlist.nodes().stream()
        .anyMatch(n -> n.kind() == FlatNetlist.Kind.REG && flat.equals(n.path()));
    if (!register) {
      throw new SimulationException("cannot inject a fault into '" + target + "': the Verilator backend reaches"
          + " registers and memory words (\"u_ram.mem[3]\") only" + visibility.namedNear(target));
    }
    MappedSignal s = signal(target);
    return new FaultInjector.Site(s.data(), 0, s.width());
  }

  @Override
  public void traceTo(Path file) {
    checkOpen();
    if (traceFile != null) {
      throw new SimulationException("already tracing to " + (fstFile != null ? fstFile : traceFile));
    }
    try {
      Path absolute = file.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      boolean fst = absolute.getFileName().toString().endsWith(".fst");
      Path vcd = fst ? absolute.resolveSibling(absolute.getFileName() + ".vcd") : absolute;
      settle();
      if (!NativeModel.traceOpen(handle, vcd.toString())) {
        throw new SimulationException("cannot write a trace to " + vcd);
      }
      traceFile = vcd;
      fstFile = fst ? absolute : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long seed() {
    return seed;
  }

  @Override
  public Design design() {
    return design;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    // Closing the trace writes its last changes: failing to, in a run that had not stopped
    // already, is the run's failure.
    boolean traceLost = traceFile != null && NativeModel.traceClose(handle) != NativeModel.OK && stopped == null;
    SimulationException traceFailure = traceLost ? failure() : null;
    NativeModel.close(handle);
    if (traceFailure != null) {
      throw traceFailure;
    }
    if (fstFile != null) {
      // The model writes VCD; an .fst was asked for, so convert with GTKWave's tool.
      Toolchain.Result r = Toolchain.run(List.of("vcd2fst", traceFile.toString(), fstFile.toString()), null);
      if (r.exit() != 0) {
        throw new SimulationException("vcd2fst could not convert " + traceFile + ":\n" + r.output());
      }
      try {
        Files.delete(traceFile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  void checkOpen() {
    if (closed) {
      throw new SimulationException("the simulation of " + design.top() + " is closed");
    }
  }

  /** Brings every signal up to date with the pokes since the last evaluation. */
  void settle() {
    checkOpen();
    if (dirty) {
      dirty = false;
      if (NativeModel.eval(handle) != NativeModel.OK) {
        throw failure();
      }
    }
  }

  void poked() {
    dirty = true;
  }

  /** Why the model stopped, from its status and message, kept so that later calls report it too. */
  private SimulationException failure() {
    int status = NativeModel.status(handle);
    String where = NativeModel.message(handle);
    SimulationException e;
    if (status == NativeModel.STOP) {
      e = assertion(where);
    } else if (status == NativeModel.FINISH) {
      e = new SimulationException("the design called $finish at " + where + " (cycle " + cycle + ")");
    } else {
      e = new SimulationException("Verilator stopped the simulation at cycle " + cycle + ": " + where);
    }
    stopped = e;
    return e;
  }

  /** A failed assertion, traced from the Verilog line Verilator names back to the user's Java. */
  private SimulationException assertion(String where) {
    int colon = where.lastIndexOf(':');
    String file = where.substring(0, Math.max(colon, 0));
    BlackBoxFiles.Source blackBox = blackBoxes.get(file);
    if (blackBox != null) {
      // The user's own Verilog: its file and line are the place to look.
      return new AssertionFailure(cycle, new SourceLoc(blackBox.resolved().toString(),
          Integer.parseInt(where.substring(colon + 1))), "$stop in the file of " + blackBox.blackBox()
          + ", declared at " + blackBox.declared());
    }
    String line = colon < 0 ? null : VerilogDiagnostics.line(verilog, file, Integer.parseInt(where.substring(colon + 1)));
    Matcher m = line == null ? null : ERROR_TEXT.matcher(line);
    if (m != null && m.find() && m.group(2) != null) {
      return new AssertionFailure(cycle, new SourceLoc(m.group(1), Integer.parseInt(m.group(2))), m.group(3));
    }
    String locator = line == null ? null : VerilogDiagnostics.locator(line);
    SourceLoc loc = SourceLoc.UNKNOWN;
    if (locator != null) {
      int c = locator.lastIndexOf(':');
      loc = new SourceLoc(locator.substring(0, c), Integer.parseInt(locator.substring(c + 1)));
    }
    return new AssertionFailure(cycle, loc, "$stop at " + where);
  }

  private boolean isPort(String name) {
    return port(name) != null;
  }

  private boolean isInput(String name) {
    return port(name) instanceof Node.Input;
  }

  /** The top module's port of that name, or null. */
  private Node port(String name) {
    ModuleDef top = design.topModule();
    for (int p : top.ports()) {
      if (top.node(p).name().equals(name)) {
        return top.node(p);
      }
    }
    return null;
  }

  private String localName(String flatPath) {
    return flatPath.substring(design.top().length() + 1);
  }
}
