package dev.gemini.testbench.machine;

import dev.gemini.cpu.Rv32Core;
import dev.gemini.datamover.DataMover;
import dev.gemini.isolation.SubsystemState;
import dev.gemini.module.CpuSubsystem;
import dev.gemini.registers.RegisterMap;
import dev.hdl.sim.Simulation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The InfoWorld reviewers' test on the machine: one long run of the service through seeded
 * events, each waited out before the next, with the network checking every reply.
 *
 * <ul>
 *   <li>{@link Kind#MODULE_LOSS}: an uncorrectable memory error under one module's CPU isolates
 *       it; the module is replaced by one with garbage in its memory and the survivor's firmware
 *       resynchronises it.
 *   <li>{@link Kind#LINK_ERROR}: as a module loss, with a word of the copy corrupted on the link
 *       during a brownout pass or the blackout's final copy: the pass fails and the firmware runs
 *       it again.
 *   <li>{@link Kind#NIC_FAILURE}: the bond's active interface fails fatally (a surprise removal;
 *       the bond fails over), and is replaced some time later.
 *   <li>{@link Kind#CORRECTABLE}: a correctable error on the word a CPU runs, for a while.
 * </ul>
 */
public final class DeathLab {
  public enum Kind {
    MODULE_LOSS,
    LINK_ERROR,
    NIC_FAILURE,
    CORRECTABLE
  }

  /**
   * What the run left: the events by kind, the replies the network found wrong and the requests
   * still unanswered, the longest time without a right answer, the blackouts (as the source GE's
   * Data Mover counted them, sorted), and the cycles and requests of the run.
   */
  public record Result(Map<Kind, Integer> events, List<String> wrong, int unanswered, int retries,
      long longestGap, List<Long> blackouts, long cycles, int answered, FtCounts firmware) {
    public int total() {
      return events.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int lost() {
      return wrong.size() + unanswered;
    }

    public long blackoutPercentile(double p) {
      return blackouts.isEmpty() ? 0 : blackouts.get((int) Math.ceil(p * blackouts.size()) - 1);
    }
  }

  /** What the ft control software counted (its {@code struct ft_counts}), read from module 0's memory. */
  public record FtCounts(long resyncs, long passes, long retries, long givenUp, long interrupts) {}

  /** Generous bounds on waits that the machine's protocols keep far shorter. */
  private static final long RECOVERY_LIMIT = 2_000_000;
  private static final int STRIKE_WINDOW = 20_000;

  private final Simulation sim;
  private final DuplexMachine top;
  private final ServiceRig rig;
  private final MachineHarness machine;
  private final Random random;
  private final long ftCounts;

  /** {@code ftCounts}: the address of the firmware's {@code ft_counts}. */
  public DeathLab(Simulation sim, DuplexMachine top, long[] image, long ftCounts, long seed) {
    this.sim = sim;
    this.ftCounts = ftCounts;
    this.top = top;
    this.rig = new ServiceRig(sim, top, image, true, seed, Integer.MAX_VALUE);
    this.machine = rig.machine;
    this.random = new Random(seed);
  }

  public Result run(int events) {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    List<Long> blackouts = new ArrayList<>();
    long start = sim.cycle();
    for (int e = 0; e < events; e++) {
      rig.cycles(2_000 + random.nextInt(8_000));
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      switch (kind) {
        case MODULE_LOSS, LINK_ERROR -> blackouts.add(loseModule(random.nextInt(2), kind == Kind.LINK_ERROR));
        case NIC_FAILURE -> failNic();
        case CORRECTABLE -> correctable(random.nextInt(2));
      }
      counts.merge(kind, 1, Integer::sum);
    }
    // The service runs on a while, so that the firmware's bookkeeping of the last event is done.
    rig.cycles(10_000);
    rig.network.finish();
    await(rig.network::done, "the last requests' answers");
    Collections.sort(blackouts);
    return new Result(counts, rig.network.problems(), rig.network.unanswered(), rig.network.retries(),
        rig.network.longestGap(), List.copyOf(blackouts), sim.cycle() - start, rig.network.answered(),
        new FtCounts(counter(0), counter(1), counter(2), counter(3), counter(4)));
  }

  private long counter(int index) {
    return machine.readWord(0, ftCounts + 4L * index);
  }

  /** Module m lost and brought back; returns the blackout's length. */
  private long loseModule(int m, boolean linkError) {
    int cpu = m == 0 ? RegisterMap.CPU0 : RegisterMap.CPU1;
    // The error strikes the word the CPU runs; if the CPU does not meet it again soon, it strikes anew.
    do {
      machine.poison(m, runningWord(m), CpuSubsystem.POISON_UNCORRECTABLE);
    } while (!rig.runAtMost(() -> machine.state(cpu) != SubsystemState.ONLINE, STRIKE_WINDOW));
    machine.poison(m, 0, CpuSubsystem.POISON_NONE);
    machine.replaceMemory(m, random.nextLong());
    String source = (m == 0 ? "m1" : "m0") + ".ge.mover.";
    if (linkError && random.nextBoolean()) {
      // During the brownout: the pass fails and the firmware runs another.
      await(() -> machine.state(cpu) == SubsystemState.RESYNCING, "module " + m + " to be resynchronised");
      rig.cycles(1 + random.nextInt(4_000));
      machine.corruptCopy();
    } else if (linkError) {
      // During the blackout's final copy: the stopped CPU runs it again while it waits.
      int finalCopy = DataMover.Phase.FINAL_COPY.ordinal();
      await(() -> sim.peek(source + "phase") == finalCopy, "the blackout's final copy");
      rig.cycles(8 + random.nextInt(256));
      machine.corruptCopy();
    }
    await(() -> machine.state(cpu) == SubsystemState.ONLINE, "module " + m + " to come back");
    return sim.peek(source + "blackoutCycles");
  }

  /** The bond's active interface fails; the service fails over; later the interface is replaced. */
  private void failNic() {
    int active = rig.nics[0].up() ? 0 : 1;
    int answered = rig.network.answered();
    rig.failNic(active);
    await(() -> rig.network.answered() > answered + 10, "the service to answer through the other interface");
    rig.cycles(random.nextInt(20_000));
    rig.nics[active].repair();
  }

  private void correctable(int m) {
    machine.poison(m, runningWord(m), CpuSubsystem.POISON_CORRECTABLE);
    rig.cycles(200);
    machine.poison(m, 0, CpuSubsystem.POISON_NONE);
  }

  private void await(java.util.function.BooleanSupplier done, String what) {
    if (!rig.runAtMost(done, RECOVERY_LIMIT)) {
      throw new IllegalStateException("death lab: waited " + RECOVERY_LIMIT + " cycles for " + what + " at cycle "
          + sim.cycle() + "; CPU0 " + machine.state(RegisterMap.CPU0) + ", CPU1 " + machine.state(RegisterMap.CPU1)
          + ", IO0 " + machine.state(RegisterMap.IO0) + ", IO1 " + machine.state(RegisterMap.IO1));
    }
  }

  /** The memory word of the instruction module m's CPU retired last. */
  private int runningWord(int m) {
    long pc = sim.peek((m == 0 ? top.slot0 : top.slot1).retire().pc());
    return (int) ((pc - Rv32Core.RESET_VECTOR) >> 3);
  }
}
