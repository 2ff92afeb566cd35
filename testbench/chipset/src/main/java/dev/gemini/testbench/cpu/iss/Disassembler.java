package dev.gemini.testbench.cpu.iss;

/** RV32IM and Zicsr words as assembly, for divergence reports; anything else reads as {@code .word}. */
public final class Disassembler {
  private static final String[] BRANCHES = {"beq", "bne", "?", "?", "blt", "bge", "bltu", "bgeu"};
  private static final String[] LOADS = {"lb", "lh", "lw", "?", "lbu", "lhu", "?", "?"};
  private static final String[] STORES = {"sb", "sh", "sw"};
  private static final String[] IMMEDIATE = {"addi", "slli", "slti", "sltiu", "xori", "srli", "ori", "andi"};
  private static final String[] REGISTER = {"add", "sll", "slt", "sltu", "xor", "srl", "or", "and"};
  private static final String[] MULDIV = {"mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu"};
  private static final String[] CSR = {"?", "csrrw", "csrrs", "csrrc", "?", "csrrwi", "csrrsi", "csrrci"};

  private Disassembler() {}

  public static String disassemble(int word) {
    int rd = (word >>> 7) & 31;
    int funct3 = (word >>> 12) & 7;
    int rs1 = (word >>> 15) & 31;
    int rs2 = (word >>> 20) & 31;
    int funct7 = word >>> 25;
    int immI = word >> 20;
    String unknown = ".word " + Retirement.hex(word);
    return switch (word & 0x7F) {
      case 0b0110111 -> "lui x" + rd + ", " + hex20(word);
      case 0b0010111 -> "auipc x" + rd + ", " + hex20(word);
      case 0b1101111 -> "jal x" + rd + ", " + (((word >> 31) << 20) | (word & 0xFF000) | ((word >>> 9) & 0x800)
          | ((word >>> 20) & 0x7FE));
      case 0b1100111 -> "jalr x" + rd + ", " + immI + "(x" + rs1 + ")";
      case 0b1100011 -> BRANCHES[funct3] + " x" + rs1 + ", x" + rs2 + ", " + (((word >> 31) << 12)
          | ((word << 4) & 0x800) | ((word >>> 20) & 0x7E0) | ((word >>> 7) & 0x1E));
      case 0b0000011 -> LOADS[funct3] + " x" + rd + ", " + immI + "(x" + rs1 + ")";
      case 0b0100011 -> funct3 > 2 ? unknown
          : STORES[funct3] + " x" + rs2 + ", " + (((word >> 25) << 5) | rd) + "(x" + rs1 + ")";
      case 0b0010011 -> (funct3 == 5 && funct7 == 0b0100000 ? "srai" : IMMEDIATE[funct3]) + " x" + rd + ", x" + rs1
          + ", " + (funct3 == 1 || funct3 == 5 ? rs2 : immI);
      case 0b0110011 -> (funct7 == 1 ? MULDIV[funct3] : funct7 == 0b0100000 ? (funct3 == 0 ? "sub" : "sra")
          : REGISTER[funct3]) + " x" + rd + ", x" + rs1 + ", x" + rs2;
      case 0b0001111 -> funct3 == 1 ? "fence.i" : "fence";
      case 0b1110011 -> switch (word) {
        case 0x00000073 -> "ecall";
        case 0x00100073 -> "ebreak";
        case 0x30200073 -> "mret";
        case 0x10500073 -> "wfi";
        default -> funct3 == 0 || funct3 == 4 ? unknown : CSR[funct3] + " x" + rd + ", 0x"
            + Integer.toHexString(word >>> 20) + ", " + ((funct3 & 4) != 0 ? Integer.toString(rs1) : "x" + rs1);
      };
      default -> unknown;
    };
  }

  private static String hex20(int word) {
    return "0x" + Integer.toHexString(word >>> 12);
  }
}
