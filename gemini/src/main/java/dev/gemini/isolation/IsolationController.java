package dev.gemini.isolation;

import static dev.hdl.Hdl.*;

import dev.gemini.common.BitScan;
import dev.gemini.registers.RegisterMap;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.UInt;
import dev.hdl.Vec;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which subsystems are in service. Both GEs run this block on the same inputs on the same
 * cycle (both modules' error vectors and commands after the link's latency, and the same head of
 * the outbound queue), so both reach the same decision on the same cycle: the synchronous
 * agreement of Cristian's section 4.3.5, with the link latency as its bound. Only the link watchdog
 * and the slot straps are local, and they matter only once the link is gone.
 *
 * <p>Rules: a CPU subsystem that reports an uncorrectable or fatal error is isolated; if both do
 * on the same cycle the pair fail-stops. A mismatch is held for {@link #DECIDE_CYCLES} cycles to
 * collect error reports; then the one module that reported any CPU error within
 * {@link #BLAME_WINDOW} cycles is isolated (a mismatch while the partner's frames are missing
 * waits for them or for the link watchdog); if neither did, the one with the higher error level
 * (ties: the lower-ranked, see CONTROL.rank_m1_first) is isolated for diagnostics; if both did,
 * fail-stop. An IO subsystem with an uncorrectable or fatal error is isolated (surprise removal).
 * An isolation that fills the subsystem's leaky bucket takes it offline instead, unless it is the
 * last healthy one of its kind. The last healthy CPU subsystem is never isolated.
 */
public final class IsolationController extends Component {
  public static final int DECIDE_CYCLES = 4;
  public static final int BLAME_WINDOW = 15;

  public static final int LOG_CORRECTABLE = 1;
  public static final int LOG_UNCORRECTABLE = 2;
  public static final int LOG_FATAL = 3;
  public static final int LOG_MISMATCH_BLAME = 4;
  public static final int LOG_OFFLINE = 5;
  public static final int LOG_LINK_LOST = 6;
  public static final int LOG_FAIL_STOP = 7;

  public final UInt errors0 = input(uint(6));
  public final UInt errors1 = input(uint(6));
  public final Bool headMismatch = input(bool());
  public final Bool commandValid = input(bool());
  /** The Data Mover's blackout ended with the synchronous reset: a resyncing CPU is back in service. */
  public final Bool resyncDone = input(bool());
  public final RegisterMap.Command command = input(RegisterMap.COMMAND.type());
  public final UInt capacity = input(uint(LeakyBucket.LEVEL_BITS));
  public final UInt period = input(uint(32));
  public final Bool rankM1First = input(bool());
  public final Bool linkLost = input(bool());
  /** The partner's frames are arriving: a mismatch is not decided on while they are missing. */
  public final Bool partnerFresh = input(bool());
  public final Bool partnerPresent = input(bool());
  public final Bool moduleId = input(bool());

  /** Each subsystem's state: CPU0, CPU1, IO0, IO1. */
  public final Vec<HwEnum<SubsystemState>> states;
  public final HwEnum<PairMode> mode = output(enumOf(PairMode.class));
  /** Each subsystem's leaky-bucket level. */
  public final Vec<UInt> levels = output(vec(4, uint(LeakyBucket.LEVEL_BITS)));
  /** Pulses, one bit per subsystem, on the cycle after the decision. */
  public final UInt isolated = output(reg(uint(4)));
  public final UInt wentOffline = output(reg(uint(4)));
  public final UInt returned = output(reg(uint(4)));
  /** Pulses, one bit per subsystem, when it leaves service (isolated, offline or lost with the link). */
  public final UInt leftService = output(reg(uint(4)));
  public final Bool failStopped = output(reg(bool(), false));
  public final Bool correctable = output(reg(bool()));
  public final Bool logValid = output(reg(bool()));
  public final UInt logEvent = output(reg(uint(3)));
  public final UInt logSubsystem = output(reg(uint(2)));
  /** The last isolation named its culprit from error reports: the survivor's copies of mismatched pairs may go on. */
  public final Bool culpritKnown = output(reg(bool(), true));
  public final UInt correctableCount = output(reg(uint(32), 0));
  public final UInt isolationCount = output(reg(uint(32), 0));

  public IsolationController() {
    List<HwEnum<SubsystemState>> state = new ArrayList<>();
    for (int x = 0; x < 4; x++) {
      state.add(reg(enumOf(SubsystemState.class), SubsystemState.ONLINE).named("state_" + name(x)));
    }
    states = output(Vec.of(state));
    Bool failStop = reg(bool(), false);
    Bool deciding = reg(bool(), false);
    UInt decideCount = reg(uint(3), 0);
    UInt recent0 = reg(uint(4), 0);
    UInt recent1 = reg(uint(4), 0);

    Bool[] online = new Bool[4];
    for (int x = 0; x < 4; x++) {
      online[x] = state.get(x).is(SubsystemState.ONLINE);
    }
    UInt[] errors = {errors0, errors1};
    Bool[] severe = new Bool[4];
    Bool[] fatal = new Bool[4];
    Bool[] corrected = new Bool[4];
    for (int x = 0; x < 4; x++) {
      UInt e = errors[x & 1];
      int base = x < 2 ? 0 : 3;
      corrected[x] = e.bit(base);
      fatal[x] = e.bit(base + 2);
      severe[x] = e.bit(base + 1).or(fatal[x]);
    }
    Bool bothCpusOnline = online[0].and(online[1]);

    // A mismatch waits for the modules' error reports, then names a module.
    Bool cpuError0 = errors0.slice(2, 0).orReduce();
    Bool cpuError1 = errors1.slice(2, 0).orReduce();
    recent0.assign(mux(cpuError0, lit(BLAME_WINDOW, 4), mux(recent0.ne(0), recent0.sub(1), recent0)));
    recent1.assign(mux(cpuError1, lit(BLAME_WINDOW, 4), mux(recent1.ne(0), recent1.sub(1), recent1)));
    Bool decide = deciding.and(decideCount.eq(0)).and(bothCpusOnline).and(partnerFresh);
    when(deciding.not().and(headMismatch).and(bothCpusOnline).and(failStop.not()), () -> {
      deciding.assign(true);
      decideCount.assign(DECIDE_CYCLES - 1);
    }).elseWhen(deciding.and(decideCount.ne(0)), () -> decideCount.assign(decideCount.sub(1)));
    when(decide.or(bothCpusOnline.not()), () -> deciding.assign(false));

    LeakyBucket[] buckets = new LeakyBucket[4];
    for (int x = 0; x < 4; x++) {
      buckets[x] = instance(LeakyBucket::new);
      buckets[x].capacity.assign(capacity);
      buckets[x].period.assign(period);
    }
    Bool flagged0 = recent0.ne(0).or(cpuError0);
    Bool flagged1 = recent1.ne(0).or(cpuError1);
    Bool levelsTie = buckets[0].level.eq(buckets[1].level);
    Bool rankBlames0 = mux(levelsTie, rankM1First, buckets[0].level.gt(buckets[1].level));
    Bool blame0 = decide.and(mux(flagged0.or(flagged1), flagged0.and(flagged1.not()), rankBlames0));
    Bool blame1 = decide.and(mux(flagged0.or(flagged1), flagged1.and(flagged0.not()), rankBlames0.not()));
    Bool blameBoth = decide.and(flagged0).and(flagged1);

    // Isolation requests, and what becomes of the subsystem.
    Bool cpusBothSevere = bothCpusOnline.and(severe[0]).and(severe[1]);
    Bool[] request = new Bool[4];
    request[0] = online[0].and(online[1]).and(severe[0]).and(severe[1].not()).or(blame0);
    request[1] = online[1].and(online[0]).and(severe[1]).and(severe[0].not()).or(blame1);
    request[2] = online[2].and(severe[2]);
    request[3] = online[3].and(severe[3]);

    Bool preferredIsLocal = rankM1First.eq(moduleId);
    Bool splitBrain = linkLost.and(partnerPresent).and(preferredIsLocal.not());

    List<Bool> toOffline = new ArrayList<>();
    List<Bool> isolating = new ArrayList<>();
    List<Bool> backOnline = new ArrayList<>();
    for (int x = 0; x < 4; x++) {
      int other = x ^ 1;
      boolean cpu = x < 2;
      Bool partnerSubsystem = lit((x & 1) == 1).ne(moduleId);
      Bool otherStaysOnline = online[other].and(request[other].not());
      Bool commandHere = commandValid.and(command.subsystem().eq(x));
      Bool passed = commandHere.and(command.op().eq(RegisterMap.CMD_DIAG_PASS));
      Bool failed = commandHere.and(command.op().eq(RegisterMap.CMD_DIAG_FAIL));
      Bool resynced = commandHere.and(command.op().eq(RegisterMap.CMD_RESYNC_DONE)).or(cpu ? resyncDone : lit(false));
      Bool replaced = commandHere.and(command.op().eq(RegisterMap.CMD_REPLACED));
      HwEnum<SubsystemState> s = state.get(x);
      Bool lostWithPartner = linkLost.and(partnerSubsystem).and(s.is(SubsystemState.OFFLINE).not());
      Bool isolatingNow = request[x].and(lostWithPartner.not());
      Bool offlineNow = isolatingNow.and(buckets[x].nearlyFull).and(otherStaysOnline)
          .or(s.is(SubsystemState.DIAGNOSING).and(failed).and(online[other]))
          .or(lostWithPartner);
      Bool backNow = s.is(cpu ? SubsystemState.RESYNCING : SubsystemState.DIAGNOSING).and(cpu ? resynced : passed);
      when(offlineNow, () -> s.assign(SubsystemState.OFFLINE))
          .elseWhen(isolatingNow, () -> s.assign(SubsystemState.DIAGNOSING))
          .elseWhen(backNow, () -> s.assign(SubsystemState.ONLINE))
          .elseWhen(s.is(SubsystemState.DIAGNOSING).and(passed), () -> s.assign(SubsystemState.RESYNCING))
          .elseWhen(s.is(SubsystemState.OFFLINE).and(replaced), () -> s.assign(SubsystemState.DIAGNOSING));
      buckets[x].hit.assign(isolatingNow);
      buckets[x].clear.assign(s.is(SubsystemState.OFFLINE).and(replaced));
      isolating.add(isolatingNow);
      toOffline.add(offlineNow);
      backOnline.add(backNow);
    }
    when(decide, () -> culpritKnown.assign(flagged0.xor(flagged1)))
        .elseWhen(isolating.get(0).or(isolating.get(1)).or(linkLost), () -> culpritKnown.assign(true));
    Bool stopNow = cpusBothSevere.or(blameBoth).or(splitBrain);
    when(stopNow, () -> failStop.assign(true));

    // Reports: pulses, counters, and one error-log entry per cycle (the most severe event wins).
    failStopped.assign(stopNow.and(failStop.not()));
    UInt isolatingNow = Vec.of(isolating).asUInt();
    UInt offlineNow = Vec.of(toOffline).asUInt();
    isolated.assign(isolatingNow);
    wentOffline.assign(offlineNow);
    leftService.assign(Vec.of(online).asUInt().and(isolatingNow.or(offlineNow)));
    returned.assign(Vec.of(backOnline).asUInt());
    UInt correctedNow = Vec.of(corrected).asUInt();
    correctable.assign(correctedNow.orReduce());
    correctableCount.assign(correctableCount.add(BitScan.count(correctedNow, 32)));
    isolationCount.assign(isolationCount.add(BitScan.count(isolatingNow, 32)));

    Bool entryValid = wire(bool());
    UInt entryEvent = wire(uint(3));
    UInt entrySubsystem = wire(uint(2));
    entryValid.assign(false);
    entryEvent.assign(0);
    entrySubsystem.assign(0);
    for (int x = 3; x >= 0; x--) {
      int at = x;
      when(corrected[x], () -> log(entryValid, entryEvent, entrySubsystem, LOG_CORRECTABLE, at));
    }
    when(linkLost, () -> {
      entryValid.assign(true);
      entryEvent.assign(LOG_LINK_LOST);
      entrySubsystem.assign(cat(lit(false), moduleId.not()));
    });
    for (int x = 3; x >= 0; x--) {
      int at = x;
      when(request[x].and(severe[x]), () -> log(entryValid, entryEvent, entrySubsystem,
          LOG_UNCORRECTABLE, at));
      when(request[x].and(fatal[x]), () -> log(entryValid, entryEvent, entrySubsystem, LOG_FATAL, at));
    }
    when(blame1, () -> log(entryValid, entryEvent, entrySubsystem, LOG_MISMATCH_BLAME, 1));
    when(blame0, () -> log(entryValid, entryEvent, entrySubsystem, LOG_MISMATCH_BLAME, 0));
    for (int x = 3; x >= 0; x--) {
      int at = x;
      when(toOffline.get(x), () -> log(entryValid, entryEvent, entrySubsystem, LOG_OFFLINE, at));
    }
    when(stopNow.and(failStop.not()), () -> log(entryValid, entryEvent, entrySubsystem, LOG_FAIL_STOP, 0));
    logValid.assign(entryValid);
    logEvent.assign(entryEvent);
    logSubsystem.assign(entrySubsystem);

    when(failStop, () -> mode.assign(PairMode.FAIL_STOP))
        .elseWhen(deciding, () -> mode.assign(PairMode.DECIDING))
        .elseWhen(bothCpusOnline, () -> mode.assign(PairMode.DUPLEX))
        .elseWhen(online[0], () -> mode.assign(PairMode.SIMPLEX_M0))
        .elseWhen(online[1], () -> mode.assign(PairMode.SIMPLEX_M1))
        .otherwise(() -> mode.assign(PairMode.FAIL_STOP));
    for (int x = 0; x < 4; x++) {
      levels.get(x).assign(buckets[x].level);
    }
  }

  private static void log(Bool valid, UInt event, UInt subsystem, int code, int x) {
    valid.assign(true);
    event.assign(code);
    subsystem.assign(x);
  }

  private static String name(int x) {
    return new String[] {"cpu0", "cpu1", "io0", "io1"}[x];
  }
}
