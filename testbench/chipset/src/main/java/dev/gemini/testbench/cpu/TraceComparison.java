package dev.gemini.testbench.cpu;

import dev.gemini.cpu.RetireTrace;
import dev.gemini.testbench.cpu.iss.GoldenModel;
import dev.gemini.testbench.cpu.iss.Retirement;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a program on a simulation of {@link CpuTestSystem} and hands every record of the CPU's
 * retire trace to a golden model, until the program writes {@code tohost}: the first record that
 * differs from the model's, or a CPU that stops retiring, ends the run.
 */
public final class TraceComparison {
  /** No instruction of the test system takes this long (a divide takes 34 cycles, IO 6). */
  private static final int STALL_CYCLES = 1_000;

  private final Simulation sim;
  private final SimSignal valid;
  private final SimSignal pc;
  private final SimSignal word;
  private final SimSignal rd;
  private final SimSignal rdValue;
  private final SimSignal load;
  private final SimSignal store;
  private final SimSignal memAddress;
  private final SimSignal memData;
  private final SimSignal trap;
  private final SimSignal cause;

  /** What a run came to. */
  public sealed interface Outcome {
    long retired();

    /** The run's length in cycles; for a failure, the simulation's cycle (as in its waveform) where it showed. */
    long cycles();

    /** The run, as a failure message says it. */
    String report();
  }

  /** {@code traps}: how many traps of each mcause the run took. */
  public record Agreed(long retired, long cycles, Map<Integer, Long> traps) implements Outcome {
    @Override
    public String report() {
      return retired + " instructions in " + cycles + " cycles, all as the model has them; traps by mcause "
          + traps.entrySet().stream().map(e -> Integer.toHexString(e.getKey()) + ": " + e.getValue()).toList();
    }
  }

  public record Diverged(long retired, long cycles, Retirement.Field field, Retirement core, Retirement model)
      implements Outcome {
    @Override
    public String report() {
      return "instruction " + retired + " (in the trace at cycle " + cycles + ") differs in " + field + ": core "
          + field.of(core) + ", model " + field.of(model) + "\n  core:  " + core + "\n  model: " + model;
    }
  }

  public record Stalled(long retired, long cycles, Retirement last) implements Outcome {
    @Override
    public String report() {
      return "the core retired nothing for " + STALL_CYCLES + " cycles up to cycle " + cycles + ", after " + retired
          + " instructions, the last " + (last == null ? "none" : last.toString());
    }
  }

  /** {@code retire}: the trace port of the {@link CpuTestSystem} that {@code sim} simulates. */
  public TraceComparison(Simulation sim, RetireTrace retire) {
    this.sim = sim;
    valid = sim.signal(retire.valid());
    pc = sim.signal(retire.pc());
    word = sim.signal(retire.word());
    rd = sim.signal(retire.rd());
    rdValue = sim.signal(retire.rdValue());
    load = sim.signal(retire.load());
    store = sim.signal(retire.store());
    memAddress = sim.signal(retire.memAddress());
    memData = sim.signal(retire.memData());
    trap = sim.signal(retire.trap());
    cause = sim.signal(retire.cause());
  }

  /**
   * Loads {@code program} (the rest of memory zero, so that a simulation runs one program after
   * another), resets, and follows the trace until the store to {@code tohost} retires.
   */
  public Outcome run(long[] program, GoldenModel model) {
    load(sim, program);
    long start = sim.cycle();
    long retired = 0;
    long lastRetired = start;
    Retirement last = null;
    Map<Integer, Long> traps = new TreeMap<>();
    while (true) {
      sim.step();
      if (valid.get() == 0) {
        if (sim.cycle() - lastRetired > STALL_CYCLES) {
          return new Stalled(retired, sim.cycle(), last);
        }
        continue;
      }
      Retirement core = read();
      Retirement expected = model.follow(core);
      retired++;
      lastRetired = sim.cycle();
      last = core;
      var difference = core.firstDifference(expected);
      if (difference.isPresent()) {
        return new Diverged(retired, sim.cycle(), difference.get(), core, expected);
      }
      if (core.trap()) {
        traps.merge(core.cause(), 1L, Long::sum);
      }
      if (core.store() && core.memAddress() == (int) CpuTestSystem.TOHOST) {
        return new Agreed(retired, sim.cycle() - start, traps);
      }
    }
  }

  /** Writes {@code program} and zeros after it into the whole memory, and resets the system. */
  public static void load(Simulation sim, long[] program) {
    for (int i = 0; i < CpuTestSystem.MEMORY_WORDS; i++) {
      sim.writeMemory("ram", i, BigInteger.valueOf(i < program.length ? program[i] : 0));
    }
    sim.reset(2);
  }

  private Retirement read() {
    boolean trapped = trap.get() != 0;
    return new Retirement((int) pc.get(), (int) word.get(), (int) rd.get(), (int) rdValue.get(), load.get() != 0,
        store.get() != 0, (int) memAddress.get(), (int) memData.get(), trapped, (int) cause.get());
  }
}
