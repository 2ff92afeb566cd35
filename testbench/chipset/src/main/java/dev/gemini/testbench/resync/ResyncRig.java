package dev.gemini.testbench.resync;

import static dev.hdl.Hdl.*;

import dev.gemini.common.DelayLine;
import dev.gemini.datamover.CopyLane;
import dev.gemini.datamover.DataMover;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.HwEnum;
import dev.hdl.Mem;
import dev.hdl.UInt;

/**
 * The resynchronisation of a module, in hardware: M0 in service, with its CPU and a DMA device
 * writing its memory; M1 coming back, its memory to be made identical to M0's by the two modules'
 * Data Movers over a cross-link of fixed latency. After the blackout's synchronous reset both CPUs
 * restore their context from their own memory and run in lockstep, and DMA writes reach both
 * memories on the same cycle. Ports let the ft control software model ({@link FtControl}) drive
 * M0's mover, and let tests corrupt a word on the link, fail a memory read or cut the link.
 */
public final class ResyncRig extends Component {
  /**
   * @param mover both movers' configuration
   * @param linkLatency cycles from one mover's link register to the other's input
   * @param contextWords words of CPU context flushed in a blackout
   * @param resetCycles length of the synchronous CPU reset
   */
  public record Config(DataMover.Config mover, int linkLatency, int contextWords, int resetCycles) {
    public Config {
      if (2 * linkLatency + 5 > 1 << mover.inflightBits()) {
        throw new IllegalArgumentException("a link latency of " + linkLatency + " needs at least "
            + (2 * linkLatency + 5) + " words in flight, not " + (1 << mover.inflightBits()));
      }
    }

    public static final Config DEFAULT = new Config(new DataMover.Config(5, 6, 4), 2, 16, 24);
  }

  // Control of M0's mover (its register interface, reduced to ports).
  public final Bool commandValid = input(bool());
  public final UInt command = input(uint(DataMover.COMMAND_BITS));
  public final Bool targetReceive = input(bool());
  // Workload.
  public final UInt seed = input(uint(64));
  public final Bool seedLoad = input(bool());
  public final UInt cpuRate = input(uint(8));
  public final UInt raceRate = input(uint(8));
  public final UInt dmaRate = input(uint(8));
  /** A write by a test's own IO agent, into M0's memory (and M1's in duplex), like a DMA write. */
  public final Bool hostWrite = input(bool());
  public final UInt hostAddress;
  public final UInt hostData = input(uint(CopyLane.DATA_BITS));
  // Faults.
  public final Bool linkCut = input(bool());
  /** Flips bit 0 of the word on its way from M0 to M1 this cycle. */
  public final Bool linkFlip = input(bool());
  /** The word M0's memory returns to its mover next cycle is reported bad. */
  public final Bool readFault = input(bool());

  // M0's mover status.
  public final HwEnum<DataMover.Phase> phase = output(enumOf(DataMover.Phase.class));
  public final Bool passRunning = output(bool());
  public final Bool failed = output(bool());
  public final UInt failCause = output(uint(2));
  public final UInt failAddress;
  public final UInt passes = output(uint(DataMover.COUNT_BITS));
  public final UInt lastCopied = output(uint(DataMover.COUNT_BITS));
  public final UInt lastDirtied = output(uint(DataMover.COUNT_BITS));
  public final UInt dirtyPages = output(uint(DataMover.COUNT_BITS));
  public final UInt blackoutCycles = output(uint(32));
  public final Bool synced = output(bool());
  public final Bool refused = output(bool());
  public final UInt copyPage;
  // The rest of the rig.
  /** Words on the link from M0 to M1 so far. */
  public final UInt linkWords = output(uint(32));
  public final UInt digest0 = output(uint(64));
  public final UInt digest1 = output(uint(64));
  public final UInt cpuWrites0 = output(uint(32));
  public final UInt cpuWrites1 = output(uint(32));
  public final UInt dmaDelivered = output(uint(32));
  public final UInt dmaHeld = output(uint(32));
  public final Bool quiesced = output(bool());
  /** Both modules in service: after a completed resynchronisation. */
  public final Bool duplex = output(bool());

  /** The two modules' Data Movers, fields so that a test reaches them by handle. */
  public final DataMover mover0;
  public final DataMover mover1;
  private final Config config;

  public ResyncRig(Config config) {
    this.config = config;
    DataMover.Config mc = config.mover();
    int addressBits = mc.addressBits();
    int laneBits = widthOf(CopyLane.type(addressBits));
    hostAddress = input(uint(addressBits));
    failAddress = output(uint(addressBits));
    copyPage = output(uint(mc.pageCountBits()));

    mover0 = instance(() -> new DataMover(mc));
    mover1 = instance(() -> new DataMover(mc));
    WorkloadCpu cpu0 = instance(() -> new WorkloadCpu(mc.pageBits(), mc.pageCountBits(), config.contextWords()));
    WorkloadCpu cpu1 = instance(() -> new WorkloadCpu(mc.pageBits(), mc.pageCountBits(), config.contextWords()));
    DmaSource dma = instance(() -> new DmaSource(addressBits));
    DelayLine toM1 = instance(() -> new DelayLine(laneBits, config.linkLatency()));
    DelayLine toM0 = instance(() -> new DelayLine(laneBits, config.linkLatency()));
    Mem<UInt> memory0 = mem(uint(CopyLane.DATA_BITS), 1 << addressBits);
    Mem<UInt> memory1 = mem(uint(CopyLane.DATA_BITS), 1 << addressBits);

    // ---- the synchronous reset of both CPUs that ends a blackout ----
    UInt resetCount = reg(uint(16), 0);
    Bool resetting = mover0.resetRequest;
    when(resetting.not(), () -> resetCount.assign(lit(0, 16)))
        .elseWhen(resetCount.ne(config.resetCycles()), () -> resetCount.assign(resetCount.add(1)));
    mover0.resetDone.assign(resetting.and(resetCount.eq(config.resetCycles())));
    mover1.resetDone.assign(lit(false));

    // M1 joins when the copy's blackout is over, and leaves if a new copy starts.
    Bool inDuplex = mover0.synced.and(mover0.phase.is(DataMover.Phase.IDLE));

    // ---- the cross-link ----
    toM1.in.assign(pack(mover0.linkOut));
    toM0.in.assign(pack(mover1.linkOut));
    CopyLane arriving = unpack(toM1.out, CopyLane.type(addressBits));
    UInt flip = mux(linkFlip, lit(1, CopyLane.DATA_BITS), lit(0, CopyLane.DATA_BITS));
    connect(mover1.linkIn, new CopyLane(arriving.valid(), arriving.address(), arriving.data().xor(flip),
        arriving.check(), arriving.ack(), arriving.nack()));
    connect(mover0.linkIn, unpack(toM0.out, CopyLane.type(addressBits)));
    mover0.linkUp.assign(linkCut.not());
    mover1.linkUp.assign(linkCut.not());
    UInt words = reg(uint(32), 0);
    when(mover0.linkOut.valid(), () -> words.assign(words.add(1)));

    // ---- IO: DMA into M0's memory, and into both once in duplex; held in a blackout ----
    dma.seed.assign(seed.xor(lit(0x1E37_79B9_7F4A_7C15L, 64)));
    dma.seedLoad.assign(seedLoad);
    dma.rate.assign(dmaRate);
    dma.hold.assign(mover0.ioHold);

    assertThat(hostWrite.and(dma.valid).not(), "a host write on the cycle of a DMA write");
    assertThat(hostWrite.and(mover0.ioHold).not(), "a host write while a blackout holds IO");
    Bool ioValid = hostWrite.or(dma.valid);
    UInt ioAddress = mux(hostWrite, hostAddress, dma.address);
    UInt ioData = mux(hostWrite, hostData, dma.data);

    // ---- each module: memory write port (copy, then IO, then CPU), mover read port, snoop ----
    moduleSide(memory0, mover0, cpu0, ioValid, ioAddress, ioData, lit(true));
    moduleSide(memory1, mover1, cpu1, ioValid.and(inDuplex), ioAddress, ioData, inDuplex);
    cpu0.seed.assign(seed);
    cpu1.seed.assign(seed);
    cpu0.seedLoad.assign(seedLoad);
    cpu1.seedLoad.assign(lit(false));
    for (WorkloadCpu cpu : new WorkloadCpu[] {cpu0, cpu1}) {
      cpu.stop.assign(mover0.cpuStop);
      cpu.reset.assign(resetting);
      cpu.writeRate.assign(cpuRate);
      cpu.raceRate.assign(raceRate);
      cpu.copyPage.assign(mover0.copyPage);
    }
    mover0.commandValid.assign(commandValid);
    mover0.command.assign(command);
    mover0.receiveEnable.assign(lit(false));
    mover0.cpuQuiesced.assign(cpu0.quiesced);
    mover0.ioQuiet.assign(lit(true)); // DMA waits at its source: nothing is ever on its way
    mover0.readError.assign(regNext(readFault));
    mover1.commandValid.assign(lit(false));
    mover1.command.assign(lit(0, DataMover.COMMAND_BITS));
    mover1.receiveEnable.assign(targetReceive);
    mover1.cpuQuiesced.assign(lit(false));
    mover1.ioQuiet.assign(lit(true));
    mover1.readError.assign(lit(false));

    // ---- outputs ----
    phase.assign(mover0.phase);
    passRunning.assign(mover0.passRunning);
    failed.assign(mover0.failed);
    failCause.assign(mover0.failCause);
    failAddress.assign(mover0.failAddress);
    passes.assign(mover0.passes);
    lastCopied.assign(mover0.lastCopied);
    lastDirtied.assign(mover0.lastDirtied);
    dirtyPages.assign(mover0.dirtyPages);
    blackoutCycles.assign(mover0.blackoutCycles);
    synced.assign(mover0.synced);
    refused.assign(mover0.refused);
    copyPage.assign(mover0.copyPage);
    linkWords.assign(words);
    digest0.assign(cpu0.digest);
    digest1.assign(cpu1.digest);
    cpuWrites0.assign(cpu0.writes);
    cpuWrites1.assign(cpu1.writes);
    dmaDelivered.assign(dma.delivered);
    dmaHeld.assign(dma.held);
    quiesced.assign(cpu0.quiesced);
    duplex.assign(inDuplex);
  }

  /** One module's memory and the three writers that share its write port. */
  private static void moduleSide(Mem<UInt> memory, DataMover mover, WorkloadCpu cpu, Bool ioValid, UInt ioAddress,
      UInt ioData, Bool inService) {
    Bool copyWrite = mover.writeValid;
    Bool ioWrite = ioValid.and(copyWrite.not());
    Bool cpuWrite = cpu.writeValid.and(copyWrite.not()).and(ioWrite.not());
    Bool written = copyWrite.or(ioWrite).or(cpuWrite);
    UInt address = mux(copyWrite, mover.writeAddress, mux(ioWrite, ioAddress, cpu.writeAddress));
    UInt data = mux(copyWrite, mover.writeData, mux(ioWrite, ioData, cpu.writeData));
    when(written, () -> memory.write(address, data));
    assertThat(copyWrite.and(inService).not(), "a copy wrote the memory of a module in service");

    cpu.run.assign(inService);
    cpu.busy.assign(copyWrite.or(ioValid));
    cpu.contextWord.assign(memory.readAsync(cpu.contextAddress));
    mover.snoopValid.assign(written);
    mover.snoopAddress.assign(address);
    mover.readData.assign(memory.readSync(mover.readAddress, mover.readValid));
  }

  @Override
  public String moduleName() {
    DataMover.Config mc = config.mover();
    return "ResyncRig_w" + mc.pageBits() + "_p" + mc.pageCountBits() + "_f" + mc.inflightBits() + "_l"
        + config.linkLatency() + "_c" + config.contextWords() + "_r" + config.resetCycles();
  }
}
