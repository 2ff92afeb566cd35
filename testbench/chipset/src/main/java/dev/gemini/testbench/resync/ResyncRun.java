package dev.gemini.testbench.resync;

import dev.hdl.Bool;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.Simulator;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ResyncRig} simulation with its workload running, and the checks a resync test makes. */
public final class ResyncRun implements AutoCloseable {
  /** The rig's workload: a seed, and rates out of 256 per cycle. */
  public record Workload(long seed, int cpuRate, int raceRate, int dmaRate) {}

  private static final Map<ResyncRig.Config, Elaborated<ResyncRig>> DESIGNS = new ConcurrentHashMap<>();

  public final Simulation sim;
  /** The simulated rig, whose ports are the handles into {@link #sim}. */
  public final ResyncRig top;
  public final MoverRegisters registers;
  private final ResyncRig.Config config;

  public ResyncRun(Simulator simulator, ResyncRig.Config config, Workload workload) {
    Elaborated<ResyncRig> rig = elaborated(config);
    this.config = config;
    this.top = rig.top();
    this.sim = simulator.open(rig.design(), SimOptions.defaults());
    this.registers = new RigRegisters(sim, top);
    start(workload);
  }

  /** Starts the rig again from reset with {@code workload}; memories keep their contents. */
  public void start(Workload workload) {
    for (Bool input : List.of(top.commandValid, top.hostWrite, top.linkCut, top.linkFlip, top.readFault)) {
      sim.poke(input, 0);
    }
    sim.reset(2);
    sim.poke(top.targetReceive, 1);
    sim.poke(top.cpuRate, workload.cpuRate());
    sim.poke(top.raceRate, workload.raceRate());
    sim.poke(top.dmaRate, workload.dmaRate());
    sim.poke(top.seed, workload.seed());
    sim.poke(top.seedLoad, 1);
    sim.step();
    sim.poke(top.seedLoad, 0);
  }

  /** The elaborated rig for a configuration, made once per configuration. */
  public static Elaborated<ResyncRig> elaborated(ResyncRig.Config config) {
    return DESIGNS.computeIfAbsent(config, c -> Elaboration.elaborateTop(() -> new ResyncRig(c)));
  }

  public ResyncRig.Config config() {
    return config;
  }

  /** Words per memory. */
  public int words() {
    return 1 << config.mover().addressBits();
  }

  /** Fills both memories with random words: M1 as a replaced module's, M0 as a running one's. */
  public void scramble(Random random) {
    for (int a = 0; a < words(); a++) {
      sim.writeMemory("memory0", a, new BigInteger(64, random));
      sim.writeMemory("memory1", a, new BigInteger(64, random));
    }
  }

  /** The first word address where the two modules' memories differ, or -1 if they are identical. */
  public int firstDifference() {
    for (int a = 0; a < words(); a++) {
      if (!sim.readMemory("memory0", a).equals(sim.readMemory("memory1", a))) {
        return a;
      }
    }
    return -1;
  }

  @Override
  public void close() {
    sim.close();
  }
}
