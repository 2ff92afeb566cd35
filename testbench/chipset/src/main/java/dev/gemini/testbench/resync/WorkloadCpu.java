package dev.gemini.testbench.resync;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * A CPU subsystem that only writes its memory, deterministically from its state, fast enough to
 * race the Data Mover. Its whole context is the state of a xorshift generator: each cycle it runs,
 * the state decides whether to write, where (a random word, or a word of the page under copy or of
 * the one just copied) and what (the state itself). Stopped, it flushes its context to the first
 * words of the last page; when a synchronous reset ends it restores the state from that page. Two
 * such CPUs restored from identical memories run in lockstep.
 */
public final class WorkloadCpu extends Component {
  public final UInt seed = input(uint(64));
  public final Bool seedLoad = input(bool());
  /** The module is in service. */
  public final Bool run = input(bool());
  public final Bool stop = input(bool());
  public final Bool reset = input(bool());
  /** Out of 256: the share of cycles that write, and of writes aimed at the copy cursor. */
  public final UInt writeRate = input(uint(8));
  public final UInt raceRate = input(uint(8));
  public final UInt copyPage;
  /** The memory's write port is taken this cycle: the CPU stalls. */
  public final Bool busy = input(bool());
  /** The memory word at {@link #contextAddress}, read combinationally. */
  public final UInt contextWord = input(uint(64));
  public final UInt contextAddress;
  public final Bool writeValid = output(bool());
  public final UInt writeAddress;
  public final UInt writeData = output(uint(64));
  /** Stopped, with the context in memory. */
  public final Bool quiesced = output(bool());
  /** Order-sensitive digest of every word written since the last seed load or reset. */
  public final UInt digest = output(uint(64));
  public final UInt writes = output(uint(32));

  private final int pageBits;
  private final int pageCountBits;
  private final int contextWords;

  public WorkloadCpu(int pageBits, int pageCountBits, int contextWords) {
    this.pageBits = pageBits;
    this.pageCountBits = pageCountBits;
    this.contextWords = contextWords;
    int addressBits = pageBits + pageCountBits;
    if (contextWords < 1 || contextWords > 1 << pageBits || addressBits > 32) {
      throw new IllegalArgumentException("context of " + contextWords + " words in pages of 2^" + pageBits
          + " words, " + addressBits + " address bits");
    }
    copyPage = input(uint(pageCountBits));
    contextAddress = output(uint(addressBits));
    writeAddress = output(uint(addressBits));
    int flushBits = 32 - Integer.numberOfLeadingZeros(contextWords);
    UInt contextBase = lit((1L << pageCountBits) - 1, pageCountBits).extend(addressBits).shiftLeft(pageBits);

    UInt state = reg(uint(64), 1);
    UInt flushed = reg(uint(flushBits), 0);
    Bool wasReset = reg(bool(), false);
    UInt sum = reg(uint(64), 0);
    UInt count = reg(uint(32), 0);
    wasReset.assign(reset);

    Bool restore = wasReset.and(reset.not());
    Bool running = run.and(stop.not()).and(reset.not()).and(restore.not()).and(busy.not());
    Bool flushing = stop.and(reset.not()).and(flushed.lt(contextWords)).and(busy.not());

    // A running cycle: the state decides, then moves on.
    Bool wantsWrite = state.slice(7, 0).lt(writeRate);
    Bool racing = state.slice(15, 8).lt(raceRate);
    UInt racePage = mux(state.bit(16), copyPage, copyPage.sub(1));
    UInt raceAddress = cat(racePage, state.slice(24 + pageBits - 1, 24));
    UInt randomAddress = state.slice(32 + addressBits - 1, 32);
    UInt runAddress = mux(racing, raceAddress, randomAddress);
    UInt flushAddress = contextBase.or(flushed.extend(addressBits));
    UInt flushData = state.xor(flushed.extend(64));

    Bool writing = running.and(wantsWrite).or(flushing);
    UInt address = mux(flushing, flushAddress, runAddress);
    UInt data = mux(flushing, flushData, state);

    when(seedLoad, () -> state.assign(seed))
        .elseWhen(restore, () -> state.assign(contextWord))
        .elseWhen(running, () -> state.assign(Xorshift.next(state)));
    when(stop.not(), () -> flushed.assign(lit(0, flushBits)))
        .elseWhen(flushing, () -> flushed.assign(flushed.add(1)));
    // The digest restarts with the CPU, so that two CPUs reset together can be compared.
    when(seedLoad.or(reset), () -> {
      sum.assign(lit(0, 64));
      count.assign(lit(0, 32));
    }).elseWhen(writing, () -> {
      sum.assign(cat(sum.slice(62, 0), sum.bit(63)).xor(data));
      count.assign(count.add(1));
    });

    contextAddress.assign(contextBase);
    writeValid.assign(writing);
    writeAddress.assign(address);
    writeData.assign(data);
    quiesced.assign(stop.and(flushed.eq(contextWords)));
    digest.assign(sum);
    this.writes.assign(count);
  }

  @Override
  public String moduleName() {
    return "WorkloadCpu_w" + pageBits + "_p" + pageCountBits + "_c" + contextWords;
  }
}
