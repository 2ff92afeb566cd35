package dev.gemini.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.registers.RegisterMap;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation controller against a model of its rules, written from its documentation: error
 * reports, mismatches and their blame, commands, link loss and the leaky buckets, drawn from the
 * seed. Every output is compared every cycle, so a rule that the scenario tests of
 * {@link IsolationTest} pass through only once is checked in every state the draw reaches.
 */
@ExtendWith(SimulationExtension.class)
class IsolationRulesTest {
  private static final Elaborated<IsolationController> ELABORATED = Elaboration.elaborateTop(IsolationController::new);
  private static final IsolationController CONTROLLER = ELABORATED.top();
  private static final int CPUS = 2;
  private static final int SUBSYSTEMS = 4;

  /** One cycle's inputs. */
  private record Inputs(int errors0, int errors1, boolean headMismatch, boolean commandValid, int commandSubsystem,
      int commandOp, boolean resyncDone, int capacity, long period, boolean rankM1First, boolean linkLost,
      boolean partnerFresh, boolean partnerPresent, boolean moduleId) {
    int errors(int module) {
      return module == 0 ? errors0 : errors1;
    }

    /** Subsystem x's error bits: correctable, uncorrectable, fatal (CPU bits 0-2, IO bits 3-5 of its module). */
    int bits(int x) {
      return (errors(x & 1) >> (x < CPUS ? 0 : 3)) & 7;
    }

    boolean command(int x, int op) {
      return commandValid && commandSubsystem == x && commandOp == op;
    }
  }

  /** What the controller registers on a clock edge and shows on its outputs. */
  private record Registered(int isolated, int wentOffline, int returned, int leftService, boolean failStopped,
      boolean correctable, boolean logValid, int logEvent, int logSubsystem) {}

  /** A leaky bucket: one per subsystem. */
  private static final class Bucket {
    int level;
    long sinceLeak;

    boolean nearlyFull(int capacity) {
      return level + 1 >= capacity;
    }

    void clock(boolean hit, boolean clear, long period) {
      boolean leak = level != 0 && sinceLeak + 1 >= period;
      sinceLeak = level == 0 || leak ? 0 : (sinceLeak + 1) & 0xffff_ffffL;
      int afterLeak = leak ? level - 1 : level;
      int afterHit = hit && afterLeak != 255 ? afterLeak + 1 : afterLeak;
      level = clear ? 0 : afterHit;
    }
  }

  /** The controller's rules. */
  private static final class Model {
    final SubsystemState[] state = {SubsystemState.ONLINE, SubsystemState.ONLINE, SubsystemState.ONLINE,
        SubsystemState.ONLINE};
    final Bucket[] buckets = {new Bucket(), new Bucket(), new Bucket(), new Bucket()};
    boolean failStop;
    boolean deciding;
    int decideCount;
    final int[] recent = new int[CPUS];
    boolean culpritKnown = true;
    long correctableCount;
    long isolationCount;
    Registered registered;

    boolean online(int x) {
      return state[x] == SubsystemState.ONLINE;
    }

    PairMode mode() {
      if (failStop) {
        return PairMode.FAIL_STOP;
      } else if (deciding) {
        return PairMode.DECIDING;
      } else if (online(0) && online(1)) {
        return PairMode.DUPLEX;
      }
      return online(0) ? PairMode.SIMPLEX_M0 : online(1) ? PairMode.SIMPLEX_M1 : PairMode.FAIL_STOP;
    }

    void clock(Inputs in) {
      boolean[] corrected = new boolean[SUBSYSTEMS];
      boolean[] severe = new boolean[SUBSYSTEMS];
      boolean[] fatal = new boolean[SUBSYSTEMS];
      for (int x = 0; x < SUBSYSTEMS; x++) {
        corrected[x] = (in.bits(x) & 1) != 0;
        fatal[x] = (in.bits(x) & 4) != 0;
        severe[x] = (in.bits(x) & 2) != 0 || fatal[x];
      }
      boolean bothCpusOnline = online(0) && online(1);
      boolean[] cpuError = {(in.errors0() & 7) != 0, (in.errors1() & 7) != 0};
      boolean decide = deciding && decideCount == 0 && bothCpusOnline && in.partnerFresh();
      boolean[] flagged = {recent[0] != 0 || cpuError[0], recent[1] != 0 || cpuError[1]};
      int level0 = buckets[0].level;
      int level1 = buckets[1].level;
      boolean rankBlames0 = level0 == level1 ? in.rankM1First() : level0 > level1;
      boolean anyFlagged = flagged[0] || flagged[1];
      boolean[] blame = {decide && (anyFlagged ? flagged[0] && !flagged[1] : rankBlames0),
          decide && (anyFlagged ? flagged[1] && !flagged[0] : !rankBlames0)};
      boolean blameBoth = decide && flagged[0] && flagged[1];

      boolean[] request = new boolean[SUBSYSTEMS];
      for (int x = 0; x < SUBSYSTEMS; x++) {
        request[x] = x < CPUS ? bothCpusOnline && severe[x] && !severe[x ^ 1] || blame[x] : online(x) && severe[x];
      }
      boolean splitBrain = in.linkLost() && in.partnerPresent() && in.rankM1First() != in.moduleId();

      boolean[] isolating = new boolean[SUBSYSTEMS];
      boolean[] offline = new boolean[SUBSYSTEMS];
      boolean[] back = new boolean[SUBSYSTEMS];
      SubsystemState[] next = state.clone();
      for (int x = 0; x < SUBSYSTEMS; x++) {
        int other = x ^ 1;
        boolean cpu = x < CPUS;
        boolean partnerSubsystem = ((x & 1) == 1) != in.moduleId();
        boolean otherStaysOnline = online(other) && !request[other];
        boolean passed = in.command(x, RegisterMap.CMD_DIAG_PASS);
        boolean failed = in.command(x, RegisterMap.CMD_DIAG_FAIL);
        boolean resynced = in.command(x, RegisterMap.CMD_RESYNC_DONE) || cpu && in.resyncDone();
        boolean replaced = in.command(x, RegisterMap.CMD_REPLACED);
        boolean lostWithPartner = in.linkLost() && partnerSubsystem && state[x] != SubsystemState.OFFLINE;
        isolating[x] = request[x] && !lostWithPartner;
        offline[x] = isolating[x] && buckets[x].nearlyFull(in.capacity()) && otherStaysOnline
            || state[x] == SubsystemState.DIAGNOSING && failed && online(other) || lostWithPartner;
        back[x] = cpu ? state[x] == SubsystemState.RESYNCING && resynced
            : state[x] == SubsystemState.DIAGNOSING && passed;
        if (offline[x]) {
          next[x] = SubsystemState.OFFLINE;
        } else if (isolating[x]) {
          next[x] = SubsystemState.DIAGNOSING;
        } else if (back[x]) {
          next[x] = SubsystemState.ONLINE;
        } else if (state[x] == SubsystemState.DIAGNOSING && passed) {
          next[x] = SubsystemState.RESYNCING;
        } else if (state[x] == SubsystemState.OFFLINE && replaced) {
          next[x] = SubsystemState.DIAGNOSING;
        }
        buckets[x].clock(isolating[x], state[x] == SubsystemState.OFFLINE && replaced, in.period());
      }
      boolean stopNow = bothCpusOnline && severe[0] && severe[1] || blameBoth || splitBrain;

      // The error log takes one entry a cycle; each rule below overrides those above it.
      int[] entry = null;
      for (int x = SUBSYSTEMS - 1; x >= 0; x--) {
        entry = corrected[x] ? new int[] {IsolationController.LOG_CORRECTABLE, x} : entry;
      }
      entry = in.linkLost() ? new int[] {IsolationController.LOG_LINK_LOST, in.moduleId() ? 0 : 1} : entry;
      for (int x = SUBSYSTEMS - 1; x >= 0; x--) {
        entry = request[x] && severe[x] ? new int[] {IsolationController.LOG_UNCORRECTABLE, x} : entry;
        entry = request[x] && fatal[x] ? new int[] {IsolationController.LOG_FATAL, x} : entry;
      }
      entry = blame[1] ? new int[] {IsolationController.LOG_MISMATCH_BLAME, 1} : entry;
      entry = blame[0] ? new int[] {IsolationController.LOG_MISMATCH_BLAME, 0} : entry;
      for (int x = SUBSYSTEMS - 1; x >= 0; x--) {
        entry = offline[x] ? new int[] {IsolationController.LOG_OFFLINE, x} : entry;
      }
      entry = stopNow && !failStop ? new int[] {IsolationController.LOG_FAIL_STOP, 0} : entry;

      int onlineBits = bits(new boolean[] {online(0), online(1), online(2), online(3)});
      registered = new Registered(bits(isolating), bits(offline), bits(back),
          onlineBits & (bits(isolating) | bits(offline)), stopNow && !failStop,
          corrected[0] || corrected[1] || corrected[2] || corrected[3], entry != null, entry == null ? 0 : entry[0],
          entry == null ? 0 : entry[1]);
      correctableCount = (correctableCount + Integer.bitCount(bits(corrected))) & 0xffff_ffffL;
      isolationCount = (isolationCount + Integer.bitCount(bits(isolating))) & 0xffff_ffffL;

      if (decide) {
        culpritKnown = flagged[0] ^ flagged[1];
      } else if (isolating[0] || isolating[1] || in.linkLost()) {
        culpritKnown = true;
      }
      failStop |= stopNow;
      if (!deciding && in.headMismatch() && bothCpusOnline && !failStop) {
        deciding = true;
        decideCount = IsolationController.DECIDE_CYCLES - 1;
      } else if (deciding && decideCount != 0) {
        decideCount--;
      }
      if (decide || !bothCpusOnline) {
        deciding = false;
      }
      for (int m = 0; m < CPUS; m++) {
        recent[m] = cpuError[m] ? IsolationController.BLAME_WINDOW : Math.max(recent[m] - 1, 0);
      }
      System.arraycopy(next, 0, state, 0, SUBSYSTEMS);
    }

    private static int bits(boolean[] b) {
      int v = 0;
      for (int i = 0; i < b.length; i++) {
        v |= b[i] ? 1 << i : 0;
      }
      return v;
    }
  }

  @Test
  void everyOutputFollowsTheRulesEveryCycle(TestSimulator simulator) {
    Random random = simulator.random();
    try (Simulation sim = simulator.open(ELABORATED.design())) {
      // Episodes from reset: a fail-stop is for good, and each episode draws its own straps and settings.
      for (int episode = 0; episode < 6; episode++) {
        Model model = new Model();
        int capacity = 2 + random.nextInt(6);
        long period = 20 + random.nextInt(200);
        boolean rankM1First = random.nextBoolean();
        boolean moduleId = random.nextBoolean();
        sim.reset(1);
        for (int n = 0; n < 1000; n++) {
          // Errors, mismatches and commands are rare enough that states last a while; the link is
          // lost only now and then. Commands are mostly what the ft software would send for the
          // subsystem's state, so that subsystems come back and mismatches find both CPUs online.
          int subsystem = random.nextInt(SUBSYSTEMS);
          int op = random.nextBoolean() ? 1 + random.nextInt(5) : softwareCommand(model.state[subsystem], random);
          // Now and then both modules report a severe error on one cycle: often both IO subsystems,
          // rarely both CPUs, which fail-stops the pair for the rest of the episode.
          int errors0 = errorBits(random);
          int errors1 = errorBits(random);
          if (random.nextInt(80) == 0 || random.nextInt(800) == 0) {
            errors0 = errors1 = 1 << (random.nextInt(10) == 0 ? 1 : 4) + random.nextInt(2);
          }
          Inputs in = new Inputs(errors0, errors1, random.nextInt(30) == 0,
              random.nextInt(5) == 0, subsystem, op, random.nextInt(30) == 0, capacity, period, rankM1First,
              random.nextInt(300) == 0, random.nextInt(5) != 0, random.nextInt(2) == 0, moduleId);
          poke(sim, in);
          check(sim, model, "cycle " + n + " of episode " + episode);
          sim.step();
          model.clock(in);
        }
      }
    }
  }

  private static void check(Simulation sim, Model model, String at) {
    assertEquals(model.mode(), sim.peekEnum(CONTROLLER.mode, PairMode.class), "mode at " + at);
    for (int x = 0; x < SUBSYSTEMS; x++) {
      assertEquals(model.state[x], sim.peekEnum(CONTROLLER.states.get(x), SubsystemState.class),
          "state of subsystem " + x + " at " + at);
      assertEquals(model.buckets[x].level, sim.peek(CONTROLLER.levels.get(x)), "level of subsystem " + x + " at " + at);
    }
    assertEquals(model.culpritKnown, sim.peek(CONTROLLER.culpritKnown) != 0, "culprit known at " + at);
    assertEquals(model.correctableCount, sim.peek(CONTROLLER.correctableCount), "correctable count at " + at);
    assertEquals(model.isolationCount, sim.peek(CONTROLLER.isolationCount), "isolation count at " + at);
    // Registers without a reset hold what the reset cycle left until the first edge after it.
    if (model.registered != null) {
      assertEquals(model.registered, registered(sim), "registered outputs at " + at);
    }
  }

  /** Error bits of one module: mostly none; now and then a correctable error, more rarely any one. */
  private static int errorBits(Random random) {
    if (random.nextInt(20) != 0) {
      return 0;
    }
    return random.nextInt(4) != 0 ? 1 << 3 * random.nextInt(2) : 1 << random.nextInt(6);
  }

  /** The command the ft control software sends for a subsystem in this state. */
  private static int softwareCommand(SubsystemState state, Random random) {
    return switch (state) {
      case ONLINE -> RegisterMap.CMD_CLEAR_MISMATCH;
      case DIAGNOSING -> random.nextInt(4) == 0 ? RegisterMap.CMD_DIAG_FAIL : RegisterMap.CMD_DIAG_PASS;
      case RESYNCING -> RegisterMap.CMD_RESYNC_DONE;
      case OFFLINE -> RegisterMap.CMD_REPLACED;
    };
  }

  private static void poke(Simulation sim, Inputs in) {
    sim.poke(CONTROLLER.errors0, in.errors0());
    sim.poke(CONTROLLER.errors1, in.errors1());
    sim.poke(CONTROLLER.headMismatch, in.headMismatch() ? 1 : 0);
    sim.poke(CONTROLLER.commandValid, in.commandValid() ? 1 : 0);
    sim.poke(CONTROLLER.command.subsystem(), in.commandSubsystem());
    sim.poke(CONTROLLER.command.op(), in.commandOp());
    sim.poke(CONTROLLER.resyncDone, in.resyncDone() ? 1 : 0);
    sim.poke(CONTROLLER.capacity, in.capacity());
    sim.poke(CONTROLLER.period, in.period());
    sim.poke(CONTROLLER.rankM1First, in.rankM1First() ? 1 : 0);
    sim.poke(CONTROLLER.linkLost, in.linkLost() ? 1 : 0);
    sim.poke(CONTROLLER.partnerFresh, in.partnerFresh() ? 1 : 0);
    sim.poke(CONTROLLER.partnerPresent, in.partnerPresent() ? 1 : 0);
    sim.poke(CONTROLLER.moduleId, in.moduleId() ? 1 : 0);
  }

  private static Registered registered(Simulation sim) {
    return new Registered((int) sim.peek(CONTROLLER.isolated), (int) sim.peek(CONTROLLER.wentOffline),
        (int) sim.peek(CONTROLLER.returned), (int) sim.peek(CONTROLLER.leftService),
        sim.peek(CONTROLLER.failStopped) != 0, sim.peek(CONTROLLER.correctable) != 0, sim.peek(CONTROLLER.logValid) != 0,
        (int) sim.peek(CONTROLLER.logEvent), (int) sim.peek(CONTROLLER.logSubsystem));
  }
}
