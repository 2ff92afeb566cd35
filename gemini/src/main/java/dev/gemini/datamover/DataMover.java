package dev.gemini.datamover;

import static dev.hdl.Hdl.*;

import dev.gemini.common.SyncFifo;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.UInt;

/**
 * Copies the memory of the module in service into the partner's, while the system runs (brownout)
 * and then with the CPU stopped (blackout), so that a module coming back starts with an identical
 * image. Both modules' movers are alike: the one whose partner is the copy's target sends, the one
 * whose {@code receiveEnable} is set writes what it receives into its memory.
 *
 * <p>Sending. Every write to the local memory ({@code snoop*}, CPU and DMA alike) marks its page in
 * a {@link DirtyBitmap}. A pass scans the bitmap once upward; each dirty page is cleared when it is
 * chosen and its words are read one a cycle and sent one a cycle, the next page chosen on the
 * cycle that reads the last word of the previous one, so a pass leaves no gap on the link. A write
 * to a page on or after the cycle it is chosen marks it again, for the next pass: no write is
 * missed. Words in flight wait in a queue until the receiver answers; a refusal, a read error or
 * the loss of the link ends the pass, records the first failing address and marks the pages
 * concerned again, so that a retry (another pass) finishes the job. The local memory is only read.
 *
 * <p>Blackout, on {@link #CMD_BLACKOUT}: hold IO events ({@code ioHold}) and wait until none is
 * left on its way to the CPU ({@code ioQuiet}); stop the CPU ({@code cpuStop}) and wait until it
 * has flushed its context to memory ({@code cpuQuiesced}); copy every page still dirty; ask for the synchronous reset of both CPUs ({@code resetRequest})
 * and, once it is done ({@code resetDone}), release the CPU and IO. {@code blackoutCycles} is the
 * length of the last blackout; if its copy fails, the mover waits in {@link Phase#FINAL_COPY} for
 * a retry ({@link #CMD_COPY_DIRTY}) or {@link #CMD_CANCEL}. Losing the link before the reset
 * abandons the blackout, as a cancel does: the partner is gone, nobody else could release the CPU,
 * and the CPU that would command it is the one stopped.
 */
public final class DataMover extends Component {
  /**
   * @param pageBits log2 of the words (64 bits) in a page
   * @param pageCountBits log2 of the pages in memory
   * @param inflightBits log2 of the words that may await an answer; must cover the link's round trip
   */
  public record Config(int pageBits, int pageCountBits, int inflightBits) {
    public Config {
      if (pageBits < 1 || pageBits > 16 || pageCountBits < 1 || pageCountBits > 12 || inflightBits < 1
          || inflightBits > 10) {
        throw new IllegalArgumentException("Data Mover config out of range: " + pageBits + " page bits, "
            + pageCountBits + " page-count bits, " + inflightBits + " in-flight bits");
      }
    }

    public int addressBits() {
      return pageBits + pageCountBits;
    }
  }

  /** Commands. */
  public static final int CMD_COPY_ALL = 1;
  public static final int CMD_COPY_DIRTY = 2;
  public static final int CMD_BLACKOUT = 3;
  public static final int CMD_CANCEL = 4;
  public static final int COMMAND_BITS = 3;

  /** Why the last pass failed. */
  public static final int CAUSE_NONE = 0;
  public static final int CAUSE_REFUSED = 1;
  public static final int CAUSE_READ_ERROR = 2;
  public static final int CAUSE_LINK_LOST = 3;

  public static final int COUNT_BITS = 16;

  /** Where a blackout is; IDLE covers brownout passes too. */
  public enum Phase {
    IDLE,
    HOLDING,
    STOPPING,
    FINAL_COPY,
    RESETTING
  }

  // Every write to the local memory.
  public final Bool snoopValid = input(bool());
  public final UInt snoopAddress;
  // The local memory: a read port (data the next cycle) and a write port.
  public final Bool readValid = output(bool());
  public final UInt readAddress;
  public final UInt readData = input(uint(CopyLane.DATA_BITS));
  /** The word read last cycle is bad (an uncorrectable memory error). */
  public final Bool readError = input(bool());
  public final Bool writeValid = output(reg(bool(), false));
  public final UInt writeAddress;
  public final UInt writeData = output(reg(uint(CopyLane.DATA_BITS), 0));
  // The cross-link.
  public final CopyLane linkOut;
  public final CopyLane linkIn;
  public final Bool linkUp = input(bool());
  // Control.
  public final Bool commandValid = input(bool());
  public final UInt command = input(uint(COMMAND_BITS));
  /** This module is the copy's target: write what the partner sends. */
  public final Bool receiveEnable = input(bool());
  // The CPU subsystem, in a blackout.
  public final Bool cpuStop = output(bool());
  public final Bool ioHold = output(bool());
  /** No IO event is left on its way to the CPU. */
  public final Bool ioQuiet = input(bool());
  public final Bool cpuQuiesced = input(bool());
  public final Bool resetRequest = output(bool());
  public final Bool resetDone = input(bool());
  // Status.
  public final HwEnum<Phase> phase = output(reg(enumOf(Phase.class), Phase.IDLE));
  public final Bool passRunning = output(bool());
  /** One cycle when a pass has ended and every word it sent has been answered. */
  public final Bool passDone = output(bool());
  public final Bool failed = output(reg(bool(), false));
  public final UInt failCause = output(reg(uint(2), CAUSE_NONE));
  public final UInt failAddress;
  public final UInt passes = output(reg(uint(COUNT_BITS), 0));
  public final UInt lastCopied = output(reg(uint(COUNT_BITS), 0));
  public final UInt lastDirtied = output(reg(uint(COUNT_BITS), 0));
  public final UInt dirtyPages = output(uint(COUNT_BITS));
  public final UInt blackoutCycles = output(reg(uint(32), 0));
  /** The last blackout completed: the partner's memory is this one's. Cleared by a new copy. */
  public final Bool synced = output(reg(bool(), false));
  /** The page being copied, for the test benches that race writes against the copy. */
  public final UInt copyPage;
  /** The last command came at a moment that did not allow it and was ignored. */
  public final Bool refused = output(reg(bool(), false));

  private final Config config;

  public DataMover(Config config) {
    this.config = config;
    int pageBits = config.pageBits();
    int pageCountBits = config.pageCountBits();
    int addressBits = config.addressBits();
    int inflightDepth = 1 << config.inflightBits();
    snoopAddress = input(uint(addressBits));
    readAddress = output(uint(addressBits));
    writeAddress = output(uint(addressBits));
    linkOut = output(CopyLane.type(addressBits));
    linkIn = input(CopyLane.type(addressBits));
    failAddress = output(uint(addressBits));
    copyPage = output(uint(pageCountBits));

    DirtyBitmap bitmap = instance(() -> new DirtyBitmap(pageCountBits));
    SyncFifo inflight = instance(() -> new SyncFifo(addressBits, inflightDepth));

    // ---- pass state ----
    Bool passActive = reg(bool(), false);
    Bool copying = reg(bool(), false);
    UInt page = reg(uint(pageCountBits), 0);
    UInt word = reg(uint(pageBits), 0);
    UInt scanFrom = reg(uint(pageCountBits + 1), 0);
    Bool readPending = reg(bool(), false);
    UInt readPendingAddress = reg(uint(addressBits), 0);
    UInt passCopied = reg(uint(COUNT_BITS), 0);
    UInt passDirtied = reg(uint(COUNT_BITS), 0);
    UInt blackoutCount = reg(uint(32), 0);

    // ---- errors ----
    Bool readFailed = readPending.and(readError);
    Bool answered = linkIn.ack().or(linkIn.nack()).and(inflight.headValid);
    Bool refusedWord = linkIn.nack().and(inflight.headValid);
    Bool busy = passActive.or(readPending).or(inflight.headValid);
    Bool lost = linkUp.not().and(busy);
    Bool error = readFailed.or(refusedWord).or(lost);

    // ---- commands ----
    Bool idle = phase.is(Phase.IDLE);
    Bool copyAll = commandValid.and(command.eq(CMD_COPY_ALL)).and(busy.not()).and(idle);
    Bool copyDirty = commandValid.and(command.eq(CMD_COPY_DIRTY)).and(busy.not())
        .and(idle.or(phase.is(Phase.FINAL_COPY)));
    Bool startBlackout = commandValid.and(command.eq(CMD_BLACKOUT)).and(busy.not()).and(idle);
    Bool cancel = commandValid.and(command.eq(CMD_CANCEL));
    Bool accepted = copyAll.or(copyDirty).or(startBlackout).or(cancel);
    Bool flushed = phase.is(Phase.STOPPING).and(cpuQuiesced);
    Bool startPass = copyAll.or(copyDirty).or(flushed);
    Bool stopPass = passActive.and(error.or(cancel));

    // ---- the copy engine: one read a cycle while words in flight leave room ----
    UInt outstanding = inflight.count.add(readPending.asUInt().extend(inflight.count.width()));
    Bool room = outstanding.lt(inflightDepth);
    Bool issue = copying.and(room).and(stopPass.not());
    Bool lastWord = word.eq((1 << pageBits) - 1);
    Bool choosing = passActive.and(stopPass.not()).and(copying.not().or(issue.and(lastWord)));
    Bool chosen = choosing.and(bitmap.found);

    bitmap.from.assign(scanFrom);
    bitmap.clearValid.assign(chosen);
    bitmap.clearPage.assign(bitmap.foundPage);
    bitmap.markValid.assign(snoopValid);
    bitmap.markPage.assign(snoopAddress.slice(addressBits - 1, pageBits));
    // After an error: the page being copied, the page of the word that failed to read, the page of
    // the word the receiver refused. Losing the link voids the partner's image: every page again.
    bitmap.retryValid.get(0).assign(stopPass.and(copying));
    bitmap.retryPage.get(0).assign(page);
    bitmap.retryValid.get(1).assign(readFailed);
    bitmap.retryPage.get(1).assign(readPendingAddress.slice(addressBits - 1, pageBits));
    bitmap.retryValid.get(2).assign(refusedWord);
    bitmap.retryPage.get(2).assign(inflight.head.slice(addressBits - 1, pageBits));
    bitmap.setAll.assign(copyAll.or(lost));

    when(startPass, () -> {
      passActive.assign(true);
      copying.assign(false);
      scanFrom.assign(0);
      passCopied.assign(0);
      passDirtied.assign(0);
    }).elseWhen(stopPass, () -> {
      passActive.assign(false);
      copying.assign(false);
    }).elseWhen(choosing, () -> {
      when(chosen, () -> {
        page.assign(bitmap.foundPage);
        word.assign(0);
        copying.assign(true);
        scanFrom.assign(bitmap.foundPage.extend(pageCountBits + 1).add(1));
        passCopied.assign(passCopied.add(1));
      }).otherwise(() -> {
        passActive.assign(false);
        copying.assign(false);
      });
    }).elseWhen(issue, () -> word.assign(word.add(1)));
    when(snoopValid.and(bitmap.markFresh).and(startPass.not()), () -> passDirtied.assign(passDirtied.add(1)));

    UInt issueAddress = cat(page, word);
    readPending.assign(issue);
    readPendingAddress.assign(issueAddress);

    // ---- the words sent, and the answers to the words received ----
    Bool send = readPending.and(readError.not()).and(lost.not());
    inflight.push.assign(send);
    inflight.pushData.assign(readPendingAddress);
    inflight.pop.assign(answered.and(lost.not()));
    inflight.flush.assign(lost);

    Bool received = linkIn.valid();
    Bool intact = CopyLane.checkOf(linkIn.address(), linkIn.data()).eq(linkIn.check());
    Bool accept = received.and(receiveEnable).and(intact);
    UInt writeAt = reg(uint(addressBits), 0);
    writeValid.assign(accept);
    writeAt.assign(linkIn.address());
    writeData.assign(linkIn.data());

    CopyLane lane = new CopyLane(send, readPendingAddress, readData,
        CopyLane.checkOf(readPendingAddress, readData), accept, received.and(accept.not()));
    // The link is driven from a register.
    UInt sent = reg(uint(widthOf(lane)), 0);
    sent.assign(pack(lane));
    connect(linkOut, unpack(sent, CopyLane.type(addressBits)));

    // ---- the first error of a pass, kept until the next pass starts ----
    UInt failedAt = reg(uint(addressBits), 0);
    when(startPass, () -> {
      failed.assign(false);
      failCause.assign(CAUSE_NONE);
    }).elseWhen(error.and(failed.not()), () -> {
      failed.assign(true);
      failCause.assign(mux(lost, lit(CAUSE_LINK_LOST, 2), mux(readFailed, lit(CAUSE_READ_ERROR, 2),
          lit(CAUSE_REFUSED, 2))));
      failedAt.assign(mux(readFailed, readPendingAddress, mux(refusedWord, inflight.head, lit(0, addressBits))));
    });

    // ---- pass statistics, when the last word of a pass has its answer ----
    Bool wasBusy = reg(bool(), false);
    wasBusy.assign(busy);
    Bool ended = wasBusy.and(busy.not());
    when(ended, () -> {
      passes.assign(passes.add(1));
      lastCopied.assign(passCopied);
      lastDirtied.assign(passDirtied);
    });

    // ---- blackout ----
    when(idle.not(), () -> blackoutCount.assign(blackoutCount.add(1)));
    Bool abandoned = linkUp.not().and(idle.not()).and(phase.is(Phase.RESETTING).not());
    when(cancel.or(abandoned), () -> phase.assign(Phase.IDLE))
        .elseWhen(startBlackout, () -> {
          phase.assign(Phase.HOLDING);
          blackoutCount.assign(1);
        })
        .elseWhen(phase.is(Phase.HOLDING).and(ioQuiet), () -> phase.assign(Phase.STOPPING))
        .elseWhen(flushed, () -> phase.assign(Phase.FINAL_COPY))
        .elseWhen(phase.is(Phase.FINAL_COPY).and(ended).and(failed.not()).and(error.not()),
            () -> phase.assign(Phase.RESETTING))
        .elseWhen(phase.is(Phase.RESETTING).and(resetDone), () -> {
          phase.assign(Phase.IDLE);
          blackoutCycles.assign(blackoutCount);
        });
    when(copyAll, () -> synced.assign(false))
        .elseWhen(phase.is(Phase.RESETTING).and(resetDone), () -> synced.assign(true));
    when(accepted, () -> refused.assign(false))
        .elseWhen(commandValid, () -> refused.assign(true));

    // ---- outputs ----
    readValid.assign(issue);
    readAddress.assign(issueAddress);
    writeAddress.assign(writeAt);
    cpuStop.assign(idle.not().and(phase.is(Phase.HOLDING).not()));
    ioHold.assign(idle.not());
    resetRequest.assign(phase.is(Phase.RESETTING));
    passRunning.assign(busy);
    passDone.assign(ended);
    failAddress.assign(failedAt);
    dirtyPages.assign(bitmap.dirtyPages.extend(COUNT_BITS));
    copyPage.assign(page);
  }

  @Override
  public String moduleName() {
    return "DataMover_w" + config.pageBits() + "_p" + config.pageCountBits() + "_f" + config.inflightBits();
  }
}
