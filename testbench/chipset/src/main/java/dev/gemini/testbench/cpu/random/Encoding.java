package dev.gemini.testbench.cpu.random;

/** RV32 instruction words by format, for the program generator. */
final class Encoding {
  static final int LUI = 0b0110111;
  static final int AUIPC = 0b0010111;
  static final int JAL = 0b1101111;
  static final int JALR = 0b1100111;
  static final int BRANCH = 0b1100011;
  static final int LOAD = 0b0000011;
  static final int STORE = 0b0100011;
  static final int OP_IMM = 0b0010011;
  static final int OP = 0b0110011;
  static final int MISC_MEM = 0b0001111;
  static final int SYSTEM = 0b1110011;

  static final int ECALL = 0x00000073;
  static final int EBREAK = 0x00100073;
  static final int MRET = 0x30200073;
  static final int WFI = 0x10500073;

  private Encoding() {}

  static int r(int funct7, int rs2, int rs1, int funct3, int rd, int opcode) {
    return funct7 << 25 | rs2 << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode;
  }

  static int i(int imm, int rs1, int funct3, int rd, int opcode) {
    return (imm & 0xFFF) << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode;
  }

  static int s(int imm, int rs2, int rs1, int funct3) {
    return (imm >> 5 & 0x7F) << 25 | rs2 << 20 | rs1 << 15 | funct3 << 12 | (imm & 31) << 7 | STORE;
  }

  static int b(int offset, int rs2, int rs1, int funct3) {
    return (offset >> 12 & 1) << 31 | (offset >> 5 & 0x3F) << 25 | rs2 << 20 | rs1 << 15 | funct3 << 12
        | (offset >> 1 & 0xF) << 8 | (offset >> 11 & 1) << 7 | BRANCH;
  }

  static int u(int upper, int rd, int opcode) {
    return upper << 12 | rd << 7 | opcode;
  }

  static int j(int offset, int rd) {
    return (offset >> 20 & 1) << 31 | (offset >> 1 & 0x3FF) << 21 | (offset >> 11 & 1) << 20
        | (offset >> 12 & 0xFF) << 12 | rd << 7 | JAL;
  }

  static int csr(int funct3, int csr, int rs1, int rd) {
    return i(csr, rs1, funct3, rd, SYSTEM);
  }

  /** {@code rd = value} in two words, lui then addi. */
  static int[] li(int rd, int value) {
    int upper = (value + 0x800) >>> 12;
    return new int[] {u(upper, rd, LUI), i(value, rd, 0, rd, OP_IMM)};
  }
}
