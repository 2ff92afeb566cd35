package dev.gemini.cpu;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.UInt;

/**
 * The decode of one RV32IM instruction word: its class, its register fields and its immediate,
 * and whether the word is one the core implements (anything else traps as illegal).
 */
final class Instruction {
  static final int OP_LUI = 0b0110111;
  static final int OP_AUIPC = 0b0010111;
  static final int OP_JAL = 0b1101111;
  static final int OP_JALR = 0b1100111;
  static final int OP_BRANCH = 0b1100011;
  static final int OP_LOAD = 0b0000011;
  static final int OP_STORE = 0b0100011;
  static final int OP_IMM = 0b0010011;
  static final int OP_REG = 0b0110011;
  static final int OP_MISC_MEM = 0b0001111;
  static final int OP_SYSTEM = 0b1110011;

  final UInt rd;
  final UInt rs1;
  final UInt rs2;
  final UInt funct3;
  final UInt csrAddress;
  final UInt imm;

  final Bool lui;
  final Bool auipc;
  final Bool jal;
  final Bool jalr;
  final Bool branch;
  final Bool load;
  final Bool store;
  /** Register-immediate and register-register arithmetic of the base ISA. */
  final Bool alu;
  final Bool aluImmediate;
  /** funct7 bit 5: sub instead of add, arithmetic instead of logical right shift. */
  final Bool alternate;
  final Bool multiply;
  final Bool divide;
  final Bool fence;
  final Bool csr;
  final Bool ecall;
  final Bool ebreak;
  final Bool mret;
  final Bool wfi;
  final Bool illegal;
  final Bool writesRd;
  final Bool readsRs1;
  final Bool readsRs2;

  Instruction(UInt word) {
    UInt opcode = word.slice(6, 0);
    rd = word.slice(11, 7);
    funct3 = word.slice(14, 12);
    rs1 = word.slice(19, 15);
    rs2 = word.slice(24, 20);
    UInt funct7 = word.slice(31, 25);
    csrAddress = word.slice(31, 20);

    UInt immI = word.slice(31, 20).asSInt().resize(32).asUInt();
    UInt immS = cat(word.slice(31, 25), word.slice(11, 7)).asSInt().resize(32).asUInt();
    UInt immB = cat(word.bit(31), word.bit(7), word.slice(30, 25), word.slice(11, 8), lit(0, 1)).asSInt()
        .resize(32).asUInt();
    UInt immU = cat(word.slice(31, 12), lit(0, 12));
    UInt immJ = cat(word.bit(31), word.slice(19, 12), word.bit(20), word.slice(30, 21), lit(0, 1)).asSInt()
        .resize(32).asUInt();

    lui = opcode.eq(OP_LUI);
    auipc = opcode.eq(OP_AUIPC);
    jal = opcode.eq(OP_JAL);
    jalr = opcode.eq(OP_JALR).and(funct3.eq(0));
    branch = opcode.eq(OP_BRANCH).and(funct3.ne(2)).and(funct3.ne(3));
    load = opcode.eq(OP_LOAD).and(funct3.eq(0).or(funct3.eq(1)).or(funct3.eq(2)).or(funct3.eq(4))
        .or(funct3.eq(5)));
    store = opcode.eq(OP_STORE).and(funct3.lt(3));

    Bool shift = funct3.eq(1).or(funct3.eq(5));
    Bool plainOrAlternate = funct7.eq(0).or(funct7.eq(0b0100000));
    aluImmediate = opcode.eq(OP_IMM)
        .and(shift.not().or(funct3.eq(1).and(funct7.eq(0))).or(funct3.eq(5).and(plainOrAlternate)));
    Bool aluRegister = opcode.eq(OP_REG)
        .and(funct7.eq(0).or(funct7.eq(0b0100000).and(funct3.eq(0).or(funct3.eq(5)))));
    alu = aluImmediate.or(aluRegister);
    alternate = word.bit(30).and(opcode.eq(OP_REG).or(funct3.eq(5)));
    Bool mulDiv = opcode.eq(OP_REG).and(funct7.eq(1));
    multiply = mulDiv.and(funct3.bit(2).not());
    divide = mulDiv.and(funct3.bit(2));

    Bool misc = opcode.eq(OP_MISC_MEM);
    // fence orders nothing in a core that does one memory access at a time; fence.i neither,
    // since a store is in memory before the next fetch (see Rv32Core).
    fence = misc.and(funct3.eq(0).or(funct3.eq(1)));
    Bool system = opcode.eq(OP_SYSTEM);
    csr = system.and(funct3.ne(0)).and(funct3.ne(4));
    ecall = word.eq(0x00000073);
    ebreak = word.eq(0x00100073);
    mret = word.eq(0x30200073);
    wfi = word.eq(0x10500073);

    Bool known = lui.or(auipc).or(jal).or(jalr).or(branch).or(load).or(store).or(alu).or(mulDiv).or(fence)
        .or(csr).or(ecall).or(ebreak).or(mret).or(wfi);
    illegal = known.not().or(word.slice(1, 0).ne(0b11));

    writesRd = lui.or(auipc).or(jal).or(jalr).or(load).or(alu).or(mulDiv).or(csr);
    readsRs1 = jalr.or(branch).or(load).or(store).or(alu).or(mulDiv).or(csr.and(funct3.bit(2).not()));
    readsRs2 = branch.or(store).or(aluRegister).or(mulDiv);

    UInt immediate = immI;
    immediate = mux(store, immS, immediate);
    immediate = mux(branch, immB, immediate);
    immediate = mux(lui.or(auipc), immU, immediate);
    imm = mux(jal, immJ, immediate);
  }
}
