package dev.gemini.testbench.resync;

import dev.gemini.datamover.DataMover;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The ft control software's resynchronisation of a module, against the Data Mover's registers:
 * a first brownout pass of every page, then passes of the dirty pages until the stop rule holds,
 * then the blackout. A pass that fails (a word refused or corrupted on the link, a memory read
 * error) is retried, up to a limit; the failing address is kept in the outcome.
 */
public final class FtControl {
  /**
   * When to stop the brownout and go to blackout, as Xen's live migration does: once a pass ends
   * with at most {@code dirtyThreshold} pages dirty, or after {@code maxPasses} passes, whichever
   * comes first.
   */
  public record StopRule(int dirtyThreshold, int maxPasses) {
    public StopRule {
      if (dirtyThreshold < 0 || maxPasses < 1) {
        throw new IllegalArgumentException("stop rule: threshold " + dirtyThreshold + ", passes " + maxPasses);
      }
    }

    boolean stop(int passesDone, int dirtyPages) {
      return dirtyPages <= dirtyThreshold || passesDone >= maxPasses;
    }
  }

  /** One pass as software saw it: pages it copied, pages newly dirtied meanwhile, dirty at its end. */
  public record Pass(int copied, int dirtied, int dirtyAfter, boolean failed, long failAddress) {}

  /**
   * @param brownout the brownout passes, failed ones included
   * @param blackout the blackout's copy passes (more than one if one failed)
   * @param blackoutCycles how long the CPU was stopped
   * @param synced the partner's memory is this module's
   */
  public record Outcome(List<Pass> brownout, List<Pass> blackout, int retries, long blackoutCycles,
      boolean synced) {}

  private final MoverRegisters registers;
  private final StopRule rule;
  private final int maxRetries;
  private final int pollCycles;
  private final long timeoutCycles;

  /**
   * @param pollCycles how often software looks at the status while it waits
   * @param timeoutCycles how long it waits for any one step before declaring the mover stuck
   */
  public FtControl(MoverRegisters registers, StopRule rule, int maxRetries, int pollCycles, long timeoutCycles) {
    this.registers = registers;
    this.rule = rule;
    this.maxRetries = maxRetries;
    this.pollCycles = pollCycles;
    this.timeoutCycles = timeoutCycles;
  }

  /** Runs one resynchronisation; {@link Outcome#synced} is false if the retries ran out. */
  public Outcome resync() {
    List<Pass> brownout = new ArrayList<>();
    List<Pass> blackout = new ArrayList<>();
    int retries = 0;
    int good = 0;
    Pass pass = runPass(DataMover.CMD_COPY_ALL);
    while (true) {
      brownout.add(pass);
      if (pass.failed()) {
        if (++retries > maxRetries) {
          return new Outcome(brownout, blackout, retries, 0, false);
        }
      } else if (rule.stop(++good, pass.dirtyAfter())) {
        break;
      }
      pass = runPass(DataMover.CMD_COPY_DIRTY);
    }

    int passesBefore = registers.status().passes();
    registers.command(DataMover.CMD_BLACKOUT);
    MoverStatus status = awaitBlackoutStep(passesBefore);
    if (status.refused()) {
      return new Outcome(brownout, blackout, retries, 0, false);
    }
    while (status.phase() == DataMover.Phase.FINAL_COPY) {
      blackout.add(passOf(status));
      if (++retries > maxRetries) {
        registers.command(DataMover.CMD_CANCEL);
        return new Outcome(brownout, blackout, retries, 0, false);
      }
      passesBefore = status.passes();
      registers.command(DataMover.CMD_COPY_DIRTY);
      status = awaitBlackoutStep(passesBefore);
    }
    blackout.add(passOf(status));
    return new Outcome(brownout, blackout, retries, status.blackoutCycles(), status.synced());
  }

  private Pass runPass(int command) {
    int before = registers.status().passes();
    registers.command(command);
    MoverStatus status = await(s -> s.passes() > before, "pass to end");
    return passOf(status);
  }

  /**
   * Waits for the blackout to end (or to be refused), or for its copy to fail (the mover then waits
   * for a retry). A command takes effect some cycles after software writes it: until then the
   * status still shows the mover idle and not synced.
   */
  private MoverStatus awaitBlackoutStep(int passesBefore) {
    return await(s -> s.phase() == DataMover.Phase.IDLE && (s.synced() || s.refused())
        || s.phase() == DataMover.Phase.FINAL_COPY && s.passes() > passesBefore && s.failed(), "blackout to end");
  }

  private static Pass passOf(MoverStatus s) {
    return new Pass(s.lastCopied(), s.lastDirtied(), s.dirtyPages(), s.failed(), s.failAddress());
  }

  private MoverStatus await(Predicate<MoverStatus> done, String what) {
    for (long waited = 0; waited <= timeoutCycles; waited += pollCycles) {
      MoverStatus status = registers.status();
      if (done.test(status)) {
        return status;
      }
      registers.idle(pollCycles);
    }
    throw new IllegalStateException("ft control: waited " + timeoutCycles + " cycles for the " + what
        + "; mover status " + registers.status());
  }
}
