package dev.gemini.cpu;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.UInt;

/**
 * An RV32IM machine-mode core (Zicsr, Zifencei) in two stages after fetch:
 *
 * <ul>
 *   <li><b>Fetch</b>: the next pc goes to the instruction port, whose memory returns the word on
 *       the next cycle. The next pc is computed in the same cycle as the branch or jump that
 *       decides it, so a taken branch costs nothing.
 *   <li><b>Execute</b> (X): decode, register read with forwarding from W, ALU, single-cycle
 *       multiplier, branches, CSRs, traps; loads and stores go to the data port (memory) or to
 *       the IO port. The iterative divider, IO accesses and wfi hold X until they finish.
 *   <li><b>Write back</b> (W): the load's word comes back from memory and is aligned, and every
 *       result is written to the register file. An instruction in X that reads a load's
 *       destination waits one cycle (load-use).
 * </ul>
 *
 * <p>Memory is the region {@code 0x8000_0000}–{@code 0x8FFF_FFFF}; any other data address is IO,
 * and fetching from outside memory is an instruction access fault. Misaligned loads and stores
 * trap (the handler emulates them), an IO response with its error bit set is a load or store
 * access fault, a memory read with {@code dmemError} is a load access fault taken in W, and a
 * fetch with {@code imemError} an instruction access fault. A store is written to memory at the
 * end of its X cycle, before the next fetch reads memory, which is why fence.i has nothing to do.
 *
 * <p>The IO port carries one request at a time: {@code ioReqValid} is held until
 * {@code ioReqReady}; the response ({@code ioRespValid}, the word, the error bit) comes on a
 * later cycle. Loads read the word in byte lanes like memory; stores write the lanes of
 * {@code ioReqMask}.
 *
 * <p>{@code retire} reports, one cycle after X, each instruction that retired or trapped, with
 * what it wrote and accessed ({@link RetireTrace}), for a golden model to follow.
 */
public final class Rv32Core extends Component {
  public static final long RESET_VECTOR = 0x8000_0000L;
  /** The top address nibble of memory; the rest of the address space is IO. */
  public static final int MEMORY_REGION = 0x8;

  /** Exception causes (mcause with the interrupt bit clear). */
  public static final int CAUSE_FETCH_MISALIGNED = 0;
  public static final int CAUSE_FETCH_FAULT = 1;
  public static final int CAUSE_ILLEGAL = 2;
  public static final int CAUSE_BREAKPOINT = 3;
  public static final int CAUSE_LOAD_MISALIGNED = 4;
  public static final int CAUSE_LOAD_FAULT = 5;
  public static final int CAUSE_STORE_MISALIGNED = 6;
  public static final int CAUSE_STORE_FAULT = 7;
  public static final int CAUSE_ECALL = 11;

  private static final int IO_IDLE = 0;
  private static final int IO_REQUEST = 1;
  private static final int IO_WAIT = 2;
  private static final int IO_DONE = 3;

  public final UInt hartId = input(uint(32));

  public final UInt imemAddress = output(uint(32));
  public final UInt imemData = input(uint(32));
  public final Bool imemError = input(bool());

  public final UInt dmemAddress = output(uint(32));
  public final Bool dmemRead = output(bool());
  public final Bool dmemWrite = output(bool());
  public final UInt dmemWriteData = output(uint(32));
  public final UInt dmemMask = output(uint(4));
  public final UInt dmemData = input(uint(32));
  public final Bool dmemError = input(bool());

  public final Bool ioReqValid = output(reg(bool(), false));
  public final Bool ioReqReady = input(bool());
  public final Bool ioReqWrite = output(reg(bool(), false));
  public final UInt ioReqAddress = output(reg(uint(32), 0));
  public final UInt ioReqData = output(reg(uint(32), 0));
  public final UInt ioReqMask = output(reg(uint(4), 0));
  public final Bool ioRespValid = input(bool());
  public final UInt ioRespData = input(uint(32));
  public final Bool ioRespError = input(bool());

  public final Bool irqExternal = input(bool());
  public final Bool irqTimer = input(bool());
  public final Bool irqSoftware = input(bool());

  /** What X decided on the previous cycle, with a load's result from W (see {@link RetireTrace}). */
  public final RetireTrace retire = output(RetireTrace.type());

  public Rv32Core() {
    UInt pc = reg(uint(32), RESET_VECTOR);
    Bool started = reg(bool(), false);
    Mem<UInt> registers = mem(uint(32), 32);

    // W: the instruction that committed last cycle, if it writes a register.
    Bool wValid = reg(bool(), false);
    UInt wRd = reg(uint(5), 0);
    Bool wLoad = reg(bool(), false);
    Bool wFromIo = reg(bool(), false);
    UInt wFunct3 = reg(uint(3), 0);
    UInt wResult = reg(uint(32), 0);
    UInt wPc = reg(uint(32), 0);
    // The rest of the retire trace of the instruction in W.
    Bool retiring = reg(bool(), false);
    Bool retiredTrap = reg(bool(), false);
    UInt retiredCause = reg(uint(32), 0);
    UInt retiredWord = reg(uint(32), 0);
    Bool retiredStore = reg(bool(), false);
    UInt retiredStoreData = reg(uint(32), 0);

    UInt ioState = reg(uint(2), IO_IDLE);
    Bool ioError = reg(bool(), false);

    CsrFile csrs = instance(CsrFile::new);
    Divider divider = instance(Divider::new);

    // ---- W ----
    UInt loadWord = mux(wFromIo, ioReqData, dmemData).shiftRight(cat(wResult.slice(1, 0), lit(0, 3)));
    UInt loaded = wire(uint(32));
    loaded.assign(loadWord);
    switchOn(wFunct3, s -> s
        .is(0, () -> loaded.assign(loadWord.slice(7, 0).asSInt().resize(32).asUInt()))
        .is(1, () -> loaded.assign(loadWord.slice(15, 0).asSInt().resize(32).asUInt()))
        .is(4, () -> loaded.assign(loadWord.slice(7, 0).extend(32)))
        .is(5, () -> loaded.assign(loadWord.slice(15, 0).extend(32))));
    Bool wFault = wValid.and(wLoad).and(wFromIo.not()).and(dmemError);
    UInt wValue = mux(wLoad, loaded, wResult);
    when(wValid.and(wFault.not()).and(wRd.ne(0)), () -> registers.write(wRd, wValue));

    // ---- X: operands ----
    UInt word = imemData;
    Instruction d = new Instruction(word);
    Bool loadUse = wValid.and(wLoad).and(wRd.ne(0))
        .and(d.readsRs1.and(d.rs1.eq(wRd)).or(d.readsRs2.and(d.rs2.eq(wRd))));
    UInt rs1 = operand(d.rs1, registers.readAsync(d.rs1), wValid.and(wLoad.not()), wRd, wResult);
    UInt rs2 = operand(d.rs2, registers.readAsync(d.rs2), wValid.and(wLoad.not()), wRd, wResult);

    // ---- X: ALU, multiplier, branches ----
    UInt b = mux(d.aluImmediate, d.imm, rs2);
    UInt shamt = b.slice(4, 0);
    UInt aluResult = wire(uint(32));
    aluResult.assign(mux(d.alternate, rs1.sub(b), rs1.add(b)));
    switchOn(d.funct3, s -> s
        .is(1, () -> aluResult.assign(rs1.shiftLeft(shamt)))
        .is(2, () -> aluResult.assign(rs1.asSInt().lt(b.asSInt()).asUInt().extend(32)))
        .is(3, () -> aluResult.assign(rs1.lt(b).asUInt().extend(32)))
        .is(4, () -> aluResult.assign(rs1.xor(b)))
        .is(5, () -> aluResult.assign(mux(d.alternate, rs1.asSInt().shiftRight(shamt).asUInt(), rs1.shiftRight(shamt))))
        .is(6, () -> aluResult.assign(rs1.or(b)))
        .is(7, () -> aluResult.assign(rs1.and(b))));

    Bool rs1Signed = d.funct3.ne(3).and(rs1.bit(31));
    Bool rs2Signed = d.funct3.eq(1).and(rs2.bit(31));
    UInt product = cat(rs1Signed, rs1).asSInt().mul(cat(rs2Signed, rs2).asSInt()).asUInt();
    UInt mulResult = mux(d.funct3.eq(0), product.slice(31, 0), product.slice(63, 32));

    Bool less = mux(d.funct3.bit(1), rs1.lt(rs2), rs1.asSInt().lt(rs2.asSInt()));
    Bool condition = mux(d.funct3.bit(2), less, rs1.eq(rs2)).xor(d.funct3.bit(0));
    Bool jump = d.jal.or(d.jalr).or(d.branch.and(condition));
    UInt jalrTarget = rs1.add(d.imm);
    UInt target = mux(d.jalr, cat(jalrTarget.slice(31, 1), lit(0, 1)), pc.add(d.imm));
    UInt link = pc.add(4);

    // ---- X: loads and stores ----
    UInt address = rs1.add(d.imm);
    UInt offset = address.slice(1, 0);
    UInt size = d.funct3.slice(1, 0);
    Bool toMemory = address.slice(31, 28).eq(MEMORY_REGION);
    Bool misaligned = size.eq(1).and(address.bit(0)).or(size.eq(2).and(offset.ne(0)));
    UInt lanes = mux(size.eq(0), lit(0b0001, 4), mux(size.eq(1), lit(0b0011, 4), lit(0b1111, 4)));
    UInt storeData = mux(size.eq(0), cat(rs2.slice(7, 0), rs2.slice(7, 0), rs2.slice(7, 0), rs2.slice(7, 0)),
        mux(size.eq(1), cat(rs2.slice(15, 0), rs2.slice(15, 0)), rs2));
    UInt storeMask = lanes.shiftLeft(offset);
    Bool access = d.load.or(d.store);

    // ---- X: CSRs ----
    Bool csrImmediate = d.funct3.bit(2);
    UInt csrSource = mux(csrImmediate, d.rs1.extend(32), rs1);
    Bool csrWrites = d.funct3.slice(1, 0).eq(1).or(d.rs1.ne(0));
    UInt csrOld = csrs.readData;
    UInt csrNew = mux(d.funct3.slice(1, 0).eq(1), csrSource,
        mux(d.funct3.slice(1, 0).eq(2), csrOld.or(csrSource), csrOld.and(csrSource.not())));
    Bool csrReadOnly = d.csrAddress.slice(11, 10).eq(0b11);
    Bool csrIllegal = d.csr.and(csrs.exists.not().or(csrWrites.and(csrReadOnly)));

    // ---- X: traps and the decision of the cycle ----
    Bool fetchFault = imemError.or(pc.slice(31, 28).ne(MEMORY_REGION));
    Bool illegal = d.illegal.or(csrIllegal);
    Bool jumpMisaligned = jump.and(target.bit(1));
    Bool loadMisaligned = d.load.and(misaligned);
    Bool storeMisaligned = d.store.and(misaligned);
    Bool exception = fetchFault.or(illegal).or(d.ecall).or(d.ebreak).or(jumpMisaligned).or(loadMisaligned)
        .or(storeMisaligned);
    Bool ioAccess = access.and(toMemory.not());
    Bool ioDone = ioState.eq(IO_DONE);
    Bool ioFault = ioAccess.and(ioDone).and(ioError);

    Bool valid = started.and(wFault.not());
    Bool interruptNow = valid.and(csrs.interrupt).and(d.wfi.not()).and(ioState.eq(IO_IDLE))
        .and(divider.busy.not()).and(divider.done.not());
    Bool acting = valid.and(interruptNow.not()).and(loadUse.not());
    Bool trapX = acting.and(exception.or(ioFault));
    Bool proceeding = acting.and(exception.not());
    Bool waiting = d.divide.and(divider.done.not()).or(ioAccess.and(ioDone.not())).or(d.wfi.and(csrs.wake.not()));
    Bool commit = proceeding.and(ioFault.not()).and(waiting.not());
    Bool trap = wFault.or(interruptNow).or(trapX);

    UInt cause = wire(uint(32));
    UInt trapValue = wire(uint(32));
    cause.assign(CAUSE_STORE_FAULT);
    trapValue.assign(address);
    when(wFault, () -> {
      cause.assign(CAUSE_LOAD_FAULT);
      trapValue.assign(wResult);
    }).elseWhen(interruptNow, () -> {
      cause.assign(csrs.interruptCause);
      trapValue.assign(0);
    }).elseWhen(fetchFault, () -> {
      cause.assign(CAUSE_FETCH_FAULT);
      trapValue.assign(pc);
    }).elseWhen(illegal, () -> {
      cause.assign(CAUSE_ILLEGAL);
      trapValue.assign(word);
    }).elseWhen(d.ecall, () -> {
      cause.assign(CAUSE_ECALL);
      trapValue.assign(0);
    }).elseWhen(d.ebreak, () -> {
      cause.assign(CAUSE_BREAKPOINT);
      trapValue.assign(pc);
    }).elseWhen(jumpMisaligned, () -> {
      cause.assign(CAUSE_FETCH_MISALIGNED);
      trapValue.assign(target);
    }).elseWhen(loadMisaligned, () -> cause.assign(CAUSE_LOAD_MISALIGNED))
        .elseWhen(storeMisaligned, () -> cause.assign(CAUSE_STORE_MISALIGNED))
        .elseWhen(d.load, () -> cause.assign(CAUSE_LOAD_FAULT));

    csrs.hartId.assign(hartId);
    csrs.address.assign(d.csrAddress);
    csrs.write.assign(commit.and(d.csr).and(csrWrites));
    csrs.writeData.assign(csrNew);
    csrs.retire.assign(commit);
    csrs.unretire.assign(wFault);
    csrs.trap.assign(trap);
    csrs.trapCause.assign(cause);
    csrs.trapPc.assign(mux(wFault, wPc, pc));
    csrs.trapValue.assign(trapValue);
    csrs.mret.assign(commit.and(d.mret));
    csrs.irqExternal.assign(irqExternal);
    csrs.irqTimer.assign(irqTimer);
    csrs.irqSoftware.assign(irqSoftware);

    divider.start.assign(proceeding.and(d.divide).and(divider.busy.not()).and(divider.done.not()));
    divider.dividend.assign(rs1);
    divider.divisor.assign(rs2);
    divider.funct3.assign(d.funct3);

    // ---- IO: one request at a time, X waits for its response ----
    switchOn(ioState, s -> s
        .is(IO_IDLE, () -> when(proceeding.and(ioAccess), () -> {
          ioState.assign(IO_REQUEST);
          ioReqValid.assign(true);
          ioReqWrite.assign(d.store);
          ioReqAddress.assign(address);
          ioReqData.assign(storeData);
          ioReqMask.assign(mux(d.store, storeMask, lit(0b1111, 4)));
        }))
        .is(IO_REQUEST, () -> when(ioReqReady, () -> {
          ioState.assign(IO_WAIT);
          ioReqValid.assign(false);
        }))
        .is(IO_WAIT, () -> when(ioRespValid, () -> {
          ioState.assign(IO_DONE);
          ioReqData.assign(ioRespData);
          ioError.assign(ioRespError);
        }))
        .is(IO_DONE, () -> ioState.assign(IO_IDLE)));

    // ---- memory data port ----
    dmemAddress.assign(address);
    dmemRead.assign(commit.and(d.load).and(toMemory));
    dmemWrite.assign(commit.and(d.store).and(toMemory));
    dmemWriteData.assign(storeData);
    dmemMask.assign(storeMask);

    // ---- results into W ----
    UInt result = wire(uint(32));
    result.assign(aluResult);
    when(d.lui, () -> result.assign(d.imm))
        .elseWhen(d.auipc, () -> result.assign(pc.add(d.imm)))
        .elseWhen(d.jal.or(d.jalr), () -> result.assign(link))
        .elseWhen(d.multiply, () -> result.assign(mulResult))
        .elseWhen(d.divide, () -> result.assign(divider.result))
        .elseWhen(d.csr, () -> result.assign(csrOld))
        // A load keeps its address here: its low bits align the word, all of it names a fault;
        // a store's is its address in the retire trace.
        .elseWhen(access, () -> result.assign(address));
    wValid.assign(commit.and(d.writesRd));
    wRd.assign(d.rd);
    wLoad.assign(d.load);
    wFromIo.assign(toMemory.not());
    wFunct3.assign(d.funct3);
    wResult.assign(result);
    wPc.assign(pc);

    // ---- next pc ----
    UInt nextPc = wire(uint(32));
    nextPc.assign(pc);
    when(trap, () -> nextPc.assign(csrs.mtvec))
        .elseWhen(commit.and(d.mret), () -> nextPc.assign(csrs.mepc))
        .elseWhen(commit.and(jump), () -> nextPc.assign(target))
        .elseWhen(commit, () -> nextPc.assign(link));
    pc.assign(nextPc);
    started.assign(true);
    imemAddress.assign(nextPc);

    // ---- retire trace: registered from X, completed in W ----
    retiring.assign(commit.or(interruptNow).or(trapX));
    retiredTrap.assign(interruptNow.or(trapX));
    retiredCause.assign(cause);
    retiredWord.assign(mux(fetchFault, lit(0, 32), word));
    retiredStore.assign(d.store);
    retiredStoreData.assign(mux(size.eq(0), rs2.slice(7, 0).extend(32),
        mux(size.eq(1), rs2.slice(15, 0).extend(32), rs2)));
    Bool retiredTrapped = retiredTrap.or(wFault);
    retire.valid().assign(retiring);
    retire.pc().assign(wPc);
    retire.word().assign(retiredWord);
    retire.rd().assign(mux(wValid.and(wFault.not()), wRd, lit(0, 5)));
    retire.rdValue().assign(wValue);
    retire.load().assign(retiring.and(retiredTrapped.not()).and(wLoad));
    retire.store().assign(retiring.and(retiredTrapped.not()).and(retiredStore));
    retire.memAddress().assign(wResult);
    retire.memData().assign(mux(wLoad, loaded, retiredStoreData));
    retire.trap().assign(retiring.and(retiredTrapped));
    retire.cause().assign(mux(wFault, lit(CAUSE_LOAD_FAULT, 32), retiredCause));
  }

  /** A source register's value: x0 is zero, and the result in W is newer than the register file. */
  private static UInt operand(UInt index, UInt fromFile, Bool wWrites, UInt wRd, UInt wResult) {
    return mux(index.eq(0), lit(0, 32), mux(wWrites.and(wRd.eq(index)), wResult, fromFile));
  }
}
