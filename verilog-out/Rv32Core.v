// Rv32Core: generated from dev.gemini.cpu.Rv32Core by hdl-dsl. Do not edit; run `make rtl`.
module Rv32Core (                                // Rv32Core.java:92
  input  wire [31:0] hartId,                     // Rv32Core.java:61
  output wire [31:0] imemAddress,                // Rv32Core.java:63
  input  wire [31:0] imemData,                   // Rv32Core.java:64
  input  wire imemError,                         // Rv32Core.java:65
  output wire [31:0] dmemAddress,                // Rv32Core.java:67
  output wire dmemRead,                          // Rv32Core.java:68
  output wire dmemWrite,                         // Rv32Core.java:69
  output wire [31:0] dmemWriteData,              // Rv32Core.java:70
  output wire [3:0] dmemMask,                    // Rv32Core.java:71
  input  wire [31:0] dmemData,                   // Rv32Core.java:72
  input  wire dmemError,                         // Rv32Core.java:73
  input  wire clk,                               // Rv32Core.java:92
  input  wire rst,                               // Rv32Core.java:92
  output wire ioReqValid,                        // Rv32Core.java:75
  input  wire ioReqReady,                        // Rv32Core.java:76
  output wire ioReqWrite,                        // Rv32Core.java:77
  output wire [31:0] ioReqAddress,               // Rv32Core.java:78
  output wire [31:0] ioReqData,                  // Rv32Core.java:79
  output wire [3:0] ioReqMask,                   // Rv32Core.java:80
  input  wire ioRespValid,                       // Rv32Core.java:81
  input  wire [31:0] ioRespData,                 // Rv32Core.java:82
  input  wire ioRespError,                       // Rv32Core.java:83
  input  wire irqExternal,                       // Rv32Core.java:85
  input  wire irqTimer,                          // Rv32Core.java:86
  input  wire irqSoftware,                       // Rv32Core.java:87
  output wire retire_valid,                      // Rv32Core.java:90
  output wire [31:0] retire_pc,                  // Rv32Core.java:90
  output wire [31:0] retire_word,                // Rv32Core.java:90
  output wire [4:0] retire_rd,                   // Rv32Core.java:90
  output wire [31:0] retire_rdValue,             // Rv32Core.java:90
  output wire retire_load,                       // Rv32Core.java:90
  output wire retire_store,                      // Rv32Core.java:90
  output wire [31:0] retire_memAddress,          // Rv32Core.java:90
  output wire [31:0] retire_memData,             // Rv32Core.java:90
  output wire retire_trap,                       // Rv32Core.java:90
  output wire [31:0] retire_cause                // Rv32Core.java:90
);
  reg  [31:0] registers [0:31];                  // Rv32Core.java:95
  reg  ioReqValid_reg;                           // Rv32Core.java:75
  reg  ioReqWrite_reg;                           // Rv32Core.java:77
  reg  [31:0] ioReqAddress_reg;                  // Rv32Core.java:78
  reg  [31:0] ioReqData_reg;                     // Rv32Core.java:79
  reg  [3:0] ioReqMask_reg;                      // Rv32Core.java:80
  reg  [31:0] pc;                                // Rv32Core.java:93
  reg  started;                                  // Rv32Core.java:94
  reg  wValid;                                   // Rv32Core.java:98
  reg  [4:0] wRd;                                // Rv32Core.java:99
  reg  wLoad;                                    // Rv32Core.java:100
  reg  wFromIo;                                  // Rv32Core.java:101
  reg  [2:0] wFunct3;                            // Rv32Core.java:102
  reg  [31:0] wResult;                           // Rv32Core.java:103
  reg  [31:0] wPc;                               // Rv32Core.java:104
  reg  retiring;                                 // Rv32Core.java:106
  reg  retiredTrap;                              // Rv32Core.java:107
  reg  [31:0] retiredCause;                      // Rv32Core.java:108
  reg  [31:0] retiredWord;                       // Rv32Core.java:109
  reg  retiredStore;                             // Rv32Core.java:110
  reg  [31:0] retiredStoreData;                  // Rv32Core.java:111
  reg  [1:0] ioState;                            // Rv32Core.java:113
  reg  ioError;                                  // Rv32Core.java:114
  wire [31:0] csrs_hartId;                       // Rv32Core.java:116
  wire [11:0] csrs_address;                      // Rv32Core.java:116
  wire csrs_write;                               // Rv32Core.java:116
  wire [31:0] csrs_writeData;                    // Rv32Core.java:116
  wire csrs_retire;                              // Rv32Core.java:116
  wire csrs_unretire;                            // Rv32Core.java:116
  wire csrs_trap;                                // Rv32Core.java:116
  wire [31:0] csrs_trapCause;                    // Rv32Core.java:116
  wire [31:0] csrs_trapPc;                       // Rv32Core.java:116
  wire [31:0] csrs_trapValue;                    // Rv32Core.java:116
  wire csrs_mret;                                // Rv32Core.java:116
  wire csrs_irqExternal;                         // Rv32Core.java:116
  wire csrs_irqTimer;                            // Rv32Core.java:116
  wire csrs_irqSoftware;                         // Rv32Core.java:116
  wire [31:0] csrs_readData;                     // Rv32Core.java:116
  wire csrs_exists;                              // Rv32Core.java:116
  wire csrs_clk;                                 // Rv32Core.java:116
  wire csrs_rst;                                 // Rv32Core.java:116
  wire [31:0] csrs_mtvec;                        // Rv32Core.java:116
  wire [31:0] csrs_mepc;                         // Rv32Core.java:116
  wire csrs_interrupt;                           // Rv32Core.java:116
  wire [31:0] csrs_interruptCause;               // Rv32Core.java:116
  wire csrs_wake;                                // Rv32Core.java:116
  wire divider_start;                            // Rv32Core.java:117
  wire [31:0] divider_dividend;                  // Rv32Core.java:117
  wire [31:0] divider_divisor;                   // Rv32Core.java:117
  wire [2:0] divider_funct3;                     // Rv32Core.java:117
  wire divider_clk;                              // Rv32Core.java:117
  wire divider_rst;                              // Rv32Core.java:117
  wire divider_busy;                             // Rv32Core.java:117
  wire divider_done;                             // Rv32Core.java:117
  wire [31:0] divider_result;                    // Rv32Core.java:117
  wire [31:0] mux_wFromIo = wFromIo ? ioReqData_reg : dmemData; // Rv32Core.java:120
  wire [1:0] wResult_1_0 = wResult[1:0];         // Rv32Core.java:120
  wire [4:0] cat_wResult_1_0_0 = {wResult_1_0, 3'd0}; // Rv32Core.java:120
  wire [31:0] loadWord = mux_wFromIo >> cat_wResult_1_0_0; // Rv32Core.java:120
  reg  [31:0] loaded;                            // Rv32Core.java:121
  wire [7:0] loadWord_7_0 = loadWord[7:0];       // Rv32Core.java:124
  wire [7:0] loadWord_7_0_cast = loadWord_7_0;   // Rv32Core.java:124
  wire [31:0] loadWord_7_0_cast_ext = {{24{loadWord_7_0_cast[7]}}, loadWord_7_0_cast}; // Rv32Core.java:124
  wire [31:0] loadWord_7_0_cast_ext_cast = loadWord_7_0_cast_ext; // Rv32Core.java:124
  wire [15:0] loadWord_15_0 = loadWord[15:0];    // Rv32Core.java:125
  wire [15:0] loadWord_15_0_cast = loadWord_15_0; // Rv32Core.java:125
  wire [31:0] loadWord_15_0_cast_ext = {{16{loadWord_15_0_cast[15]}}, loadWord_15_0_cast}; // Rv32Core.java:125
  wire [31:0] loadWord_15_0_cast_ext_cast = loadWord_15_0_cast_ext; // Rv32Core.java:125
  wire [7:0] loadWord_7_0_1 = loadWord[7:0];     // Rv32Core.java:126
  wire [31:0] loadWord_7_0_1_ext = {24'd0, loadWord_7_0_1}; // Rv32Core.java:126
  wire [15:0] loadWord_15_0_1 = loadWord[15:0];  // Rv32Core.java:127
  wire [31:0] loadWord_15_0_1_ext = {16'd0, loadWord_15_0_1}; // Rv32Core.java:127
  wire wValid_and_wLoad = wValid & wLoad;        // Rv32Core.java:128
  wire not_wFromIo = ~wFromIo;                   // Rv32Core.java:128
  wire wValid_and_wLoad_and_not_wFromIo = wValid_and_wLoad & not_wFromIo; // Rv32Core.java:128
  wire wFault = wValid_and_wLoad_and_not_wFromIo & dmemError; // Rv32Core.java:128
  wire [31:0] wValue = wLoad ? loaded : wResult; // Rv32Core.java:129
  wire not_wFault = ~wFault;                     // Rv32Core.java:130
  wire wValid_and_not_wFault = wValid & not_wFault; // Rv32Core.java:130
  wire wRd_ne_0 = wRd != 5'd0;                   // Rv32Core.java:130
  wire wValid_and_not_wFault_and_wRd_ne_0 = wValid_and_not_wFault & wRd_ne_0; // Rv32Core.java:130
  wire [6:0] opcode = imemData[6:0];             // Instruction.java:58
  wire [4:0] rd = imemData[11:7];                // Instruction.java:59
  wire [2:0] funct3 = imemData[14:12];           // Instruction.java:60
  wire [4:0] rs1 = imemData[19:15];              // Instruction.java:61
  wire [4:0] rs2 = imemData[24:20];              // Instruction.java:62
  wire [6:0] funct7 = imemData[31:25];           // Instruction.java:63
  wire [11:0] csrAddress = imemData[31:20];      // Instruction.java:64
  wire [11:0] imemData_31_20 = imemData[31:20];  // Instruction.java:66
  wire [11:0] imemData_31_20_cast = imemData_31_20; // Instruction.java:66
  wire [31:0] imemData_31_20_cast_ext = {{20{imemData_31_20_cast[11]}}, imemData_31_20_cast}; // Instruction.java:66
  wire [31:0] immI = imemData_31_20_cast_ext;    // Instruction.java:66
  wire [6:0] imemData_31_25 = imemData[31:25];   // Instruction.java:67
  wire [4:0] imemData_11_7 = imemData[11:7];     // Instruction.java:67
  wire [11:0] cat_imemData_31_25_imemData_11_7 = {imemData_31_25, imemData_11_7}; // Instruction.java:67
  wire [11:0] cat_imemData_31_25_imemData_11_7_cast = cat_imemData_31_25_imemData_11_7; // Instruction.java:67
  wire [31:0] cat_imemData_31_25_imemData_11_7_cast_1 = {{20{cat_imemData_31_25_imemData_11_7_cast[11]}}, cat_imemData_31_25_imemData_11_7_cast}; // Instruction.java:67
  wire [31:0] immS = cat_imemData_31_25_imemData_11_7_cast_1; // Instruction.java:67
  wire imemData_31 = imemData[31];               // Instruction.java:68
  wire imemData_7 = imemData[7];                 // Instruction.java:68
  wire [5:0] imemData_30_25 = imemData[30:25];   // Instruction.java:68
  wire [3:0] imemData_11_8 = imemData[11:8];     // Instruction.java:68
  wire [12:0] cat_imemData_31_imemData_7_imemData_30 = {imemData_31, imemData_7, imemData_30_25, imemData_11_8, 1'd0}; // Instruction.java:68
  wire [12:0] cat_imemData_31_imemData_7_imemData_30_1 = cat_imemData_31_imemData_7_imemData_30; // Instruction.java:68
  wire [31:0] cat_imemData_31_imemData_7_imemData_30_1_1 = {{19{cat_imemData_31_imemData_7_imemData_30_1[12]}}, cat_imemData_31_imemData_7_imemData_30_1}; // Instruction.java:69
  wire [31:0] immB = cat_imemData_31_imemData_7_imemData_30_1_1; // Instruction.java:69
  wire [19:0] imemData_31_12 = imemData[31:12];  // Instruction.java:70
  wire [31:0] immU = {imemData_31_12, 12'd0};    // Instruction.java:70
  wire imemData_31_1 = imemData[31];             // Instruction.java:71
  wire [7:0] imemData_19_12 = imemData[19:12];   // Instruction.java:71
  wire imemData_20 = imemData[20];               // Instruction.java:71
  wire [9:0] imemData_30_21 = imemData[30:21];   // Instruction.java:71
  wire [20:0] cat_imemData_31_1_imemData_19_12 = {imemData_31_1, imemData_19_12, imemData_20, imemData_30_21, 1'd0}; // Instruction.java:71
  wire [20:0] cat_imemData_31_1_imemData_19_12_cast = cat_imemData_31_1_imemData_19_12; // Instruction.java:71
  wire [31:0] cat_imemData_31_1_imemData_19_12_cast_1 = {{11{cat_imemData_31_1_imemData_19_12_cast[20]}}, cat_imemData_31_1_imemData_19_12_cast}; // Instruction.java:72
  wire [31:0] immJ = cat_imemData_31_1_imemData_19_12_cast_1; // Instruction.java:72
  wire lui = opcode == 7'd55;                    // Instruction.java:74
  wire auipc = opcode == 7'd23;                  // Instruction.java:75
  wire jal = opcode == 7'd111;                   // Instruction.java:76
  wire opcode_eq_103 = opcode == 7'd103;         // Instruction.java:77
  wire funct3_eq_0 = funct3 == 3'd0;             // Instruction.java:77
  wire jalr = opcode_eq_103 & funct3_eq_0;       // Instruction.java:77
  wire opcode_eq_99 = opcode == 7'd99;           // Instruction.java:78
  wire funct3_ne_2 = funct3 != 3'd2;             // Instruction.java:78
  wire opcode_eq_99_and_funct3_ne_2 = opcode_eq_99 & funct3_ne_2; // Instruction.java:78
  wire funct3_ne_3 = funct3 != 3'd3;             // Instruction.java:78
  wire branch = opcode_eq_99_and_funct3_ne_2 & funct3_ne_3; // Instruction.java:78
  wire opcode_eq_3 = opcode == 7'd3;             // Instruction.java:79
  wire funct3_eq_0_1 = funct3 == 3'd0;           // Instruction.java:79
  wire funct3_eq_1 = funct3 == 3'd1;             // Instruction.java:79
  wire funct3_eq_0_1_or_funct3_eq_1 = funct3_eq_0_1 | funct3_eq_1; // Instruction.java:79
  wire funct3_eq_2 = funct3 == 3'd2;             // Instruction.java:79
  wire funct3_eq_0_1_or_funct3_eq_1_or_funct3 = funct3_eq_0_1_or_funct3_eq_1 | funct3_eq_2; // Instruction.java:79
  wire funct3_eq_4 = funct3 == 3'd4;             // Instruction.java:79
  wire funct3_eq_0_1_or_funct3_eq_1_or_funct3_1 = funct3_eq_0_1_or_funct3_eq_1_or_funct3 | funct3_eq_4; // Instruction.java:79
  wire funct3_eq_5 = funct3 == 3'd5;             // Instruction.java:80
  wire funct3_eq_0_1_or_funct3_eq_1_or_funct3_1_1 = funct3_eq_0_1_or_funct3_eq_1_or_funct3_1 | funct3_eq_5; // Instruction.java:80
  wire load = opcode_eq_3 & funct3_eq_0_1_or_funct3_eq_1_or_funct3_1_1; // Instruction.java:79
  wire opcode_eq_35 = opcode == 7'd35;           // Instruction.java:81
  wire funct3_lt_3 = funct3 < 3'd3;              // Instruction.java:81
  wire store = opcode_eq_35 & funct3_lt_3;       // Instruction.java:81
  wire funct3_eq_1_1 = funct3 == 3'd1;           // Instruction.java:83
  wire funct3_eq_5_1 = funct3 == 3'd5;           // Instruction.java:83
  wire shift = funct3_eq_1_1 | funct3_eq_5_1;    // Instruction.java:83
  wire funct7_eq_0 = funct7 == 7'd0;             // Instruction.java:84
  wire funct7_eq_32 = funct7 == 7'd32;           // Instruction.java:84
  wire plainOrAlternate = funct7_eq_0 | funct7_eq_32; // Instruction.java:84
  wire opcode_eq_19 = opcode == 7'd19;           // Instruction.java:85
  wire not_shift = ~shift;                       // Instruction.java:86
  wire funct3_eq_1_2 = funct3 == 3'd1;           // Instruction.java:86
  wire funct7_eq_0_1 = funct7 == 7'd0;           // Instruction.java:86
  wire funct3_eq_1_2_and_funct7_eq_0_1 = funct3_eq_1_2 & funct7_eq_0_1; // Instruction.java:86
  wire not_shift_or_funct3_eq_1_2_and_funct7_eq = not_shift | funct3_eq_1_2_and_funct7_eq_0_1; // Instruction.java:86
  wire funct3_eq_5_2 = funct3 == 3'd5;           // Instruction.java:86
  wire funct3_eq_5_2_and_plainOrAlternate = funct3_eq_5_2 & plainOrAlternate; // Instruction.java:86
  wire not_shift_or_funct3_eq_1_2_and_funct7_eq_1 = not_shift_or_funct3_eq_1_2_and_funct7_eq | funct3_eq_5_2_and_plainOrAlternate; // Instruction.java:86
  wire aluImmediate = opcode_eq_19 & not_shift_or_funct3_eq_1_2_and_funct7_eq_1; // Instruction.java:86
  wire opcode_eq_51 = opcode == 7'd51;           // Instruction.java:87
  wire funct7_eq_0_2 = funct7 == 7'd0;           // Instruction.java:88
  wire funct7_eq_32_1 = funct7 == 7'd32;         // Instruction.java:88
  wire funct3_eq_0_2 = funct3 == 3'd0;           // Instruction.java:88
  wire funct3_eq_5_3 = funct3 == 3'd5;           // Instruction.java:88
  wire funct3_eq_0_2_or_funct3_eq_5_3 = funct3_eq_0_2 | funct3_eq_5_3; // Instruction.java:88
  wire funct7_eq_32_1_and_funct3_eq_0_2_or = funct7_eq_32_1 & funct3_eq_0_2_or_funct3_eq_5_3; // Instruction.java:88
  wire funct7_eq_0_2_or_funct7_eq_32_1_and = funct7_eq_0_2 | funct7_eq_32_1_and_funct3_eq_0_2_or; // Instruction.java:88
  wire aluRegister = opcode_eq_51 & funct7_eq_0_2_or_funct7_eq_32_1_and; // Instruction.java:88
  wire alu = aluImmediate | aluRegister;         // Instruction.java:89
  wire imemData_30 = imemData[30];               // Instruction.java:90
  wire opcode_eq_51_1 = opcode == 7'd51;         // Instruction.java:90
  wire funct3_eq_5_4 = funct3 == 3'd5;           // Instruction.java:90
  wire opcode_eq_51_1_or_funct3_eq_5_4 = opcode_eq_51_1 | funct3_eq_5_4; // Instruction.java:90
  wire alternate = imemData_30 & opcode_eq_51_1_or_funct3_eq_5_4; // Instruction.java:90
  wire opcode_eq_51_2 = opcode == 7'd51;         // Instruction.java:91
  wire funct7_eq_1 = funct7 == 7'd1;             // Instruction.java:91
  wire mulDiv = opcode_eq_51_2 & funct7_eq_1;    // Instruction.java:91
  wire funct3_2 = funct3[2];                     // Instruction.java:92
  wire not_funct3_2 = ~funct3_2;                 // Instruction.java:92
  wire multiply = mulDiv & not_funct3_2;         // Instruction.java:92
  wire funct3_2_1 = funct3[2];                   // Instruction.java:93
  wire divide = mulDiv & funct3_2_1;             // Instruction.java:93
  wire misc = opcode == 7'd15;                   // Instruction.java:95
  wire funct3_eq_0_3 = funct3 == 3'd0;           // Instruction.java:98
  wire funct3_eq_1_3 = funct3 == 3'd1;           // Instruction.java:98
  wire funct3_eq_0_3_or_funct3_eq_1_3 = funct3_eq_0_3 | funct3_eq_1_3; // Instruction.java:98
  wire fence = misc & funct3_eq_0_3_or_funct3_eq_1_3; // Instruction.java:98
  wire system = opcode == 7'd115;                // Instruction.java:99
  wire funct3_ne_0 = funct3 != 3'd0;             // Instruction.java:100
  wire system_and_funct3_ne_0 = system & funct3_ne_0; // Instruction.java:100
  wire funct3_ne_4 = funct3 != 3'd4;             // Instruction.java:100
  wire csr = system_and_funct3_ne_0 & funct3_ne_4; // Instruction.java:100
  wire ecall = imemData == 32'd115;              // Instruction.java:101
  wire ebreak = imemData == 32'h100073;          // Instruction.java:102
  wire mret = imemData == 32'h30200073;          // Instruction.java:103
  wire wfi = imemData == 32'h10500073;           // Instruction.java:104
  wire lui_or_auipc = lui | auipc;               // Instruction.java:106
  wire lui_or_auipc_or_jal = lui_or_auipc | jal; // Instruction.java:106
  wire lui_or_auipc_or_jal_or_jalr = lui_or_auipc_or_jal | jalr; // Instruction.java:106
  wire lui_or_auipc_or_jal_or_jalr_or_branch = lui_or_auipc_or_jal_or_jalr | branch; // Instruction.java:106
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or = lui_or_auipc_or_jal_or_jalr_or_branch | load; // Instruction.java:106
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or_1 = lui_or_auipc_or_jal_or_jalr_or_branch_or | store; // Instruction.java:106
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or_2 = lui_or_auipc_or_jal_or_jalr_or_branch_or_1 | alu; // Instruction.java:106
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or_3 = lui_or_auipc_or_jal_or_jalr_or_branch_or_2 | mulDiv; // Instruction.java:106
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or_4 = lui_or_auipc_or_jal_or_jalr_or_branch_or_3 | fence; // Instruction.java:106
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or_5 = lui_or_auipc_or_jal_or_jalr_or_branch_or_4 | csr; // Instruction.java:107
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or_6 = lui_or_auipc_or_jal_or_jalr_or_branch_or_5 | ecall; // Instruction.java:107
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or_7 = lui_or_auipc_or_jal_or_jalr_or_branch_or_6 | ebreak; // Instruction.java:107
  wire lui_or_auipc_or_jal_or_jalr_or_branch_or_8 = lui_or_auipc_or_jal_or_jalr_or_branch_or_7 | mret; // Instruction.java:107
  wire known = lui_or_auipc_or_jal_or_jalr_or_branch_or_8 | wfi; // Instruction.java:107
  wire not_known = ~known;                       // Instruction.java:108
  wire [1:0] imemData_1_0 = imemData[1:0];       // Instruction.java:108
  wire imemData_1_0_ne_3 = imemData_1_0 != 2'd3; // Instruction.java:108
  wire illegal = not_known | imemData_1_0_ne_3;  // Instruction.java:108
  wire lui_or_auipc_1 = lui | auipc;             // Instruction.java:110
  wire lui_or_auipc_1_or_jal = lui_or_auipc_1 | jal; // Instruction.java:110
  wire lui_or_auipc_1_or_jal_or_jalr = lui_or_auipc_1_or_jal | jalr; // Instruction.java:110
  wire lui_or_auipc_1_or_jal_or_jalr_or_load = lui_or_auipc_1_or_jal_or_jalr | load; // Instruction.java:110
  wire lui_or_auipc_1_or_jal_or_jalr_or_load_or = lui_or_auipc_1_or_jal_or_jalr_or_load | alu; // Instruction.java:110
  wire lui_or_auipc_1_or_jal_or_jalr_or_load_or_1 = lui_or_auipc_1_or_jal_or_jalr_or_load_or | mulDiv; // Instruction.java:110
  wire writesRd = lui_or_auipc_1_or_jal_or_jalr_or_load_or_1 | csr; // Instruction.java:110
  wire jalr_or_branch = jalr | branch;           // Instruction.java:111
  wire jalr_or_branch_or_load = jalr_or_branch | load; // Instruction.java:111
  wire jalr_or_branch_or_load_or_store = jalr_or_branch_or_load | store; // Instruction.java:111
  wire jalr_or_branch_or_load_or_store_or_alu = jalr_or_branch_or_load_or_store | alu; // Instruction.java:111
  wire jalr_or_branch_or_load_or_store_or_alu_1 = jalr_or_branch_or_load_or_store_or_alu | mulDiv; // Instruction.java:111
  wire funct3_2_2 = funct3[2];                   // Instruction.java:111
  wire not_funct3_2_2 = ~funct3_2_2;             // Instruction.java:111
  wire csr_and_not_funct3_2_2 = csr & not_funct3_2_2; // Instruction.java:111
  wire readsRs1 = jalr_or_branch_or_load_or_store_or_alu_1 | csr_and_not_funct3_2_2; // Instruction.java:111
  wire branch_or_store = branch | store;         // Instruction.java:112
  wire branch_or_store_or_aluRegister = branch_or_store | aluRegister; // Instruction.java:112
  wire readsRs2 = branch_or_store_or_aluRegister | mulDiv; // Instruction.java:112
  wire [31:0] immediate = store ? immS : immI;   // Instruction.java:115
  wire [31:0] immediate_1 = branch ? immB : immediate; // Instruction.java:116
  wire lui_or_auipc_2 = lui | auipc;             // Instruction.java:117
  wire [31:0] immediate_2 = lui_or_auipc_2 ? immU : immediate_1; // Instruction.java:117
  wire [31:0] imm = jal ? immJ : immediate_2;    // Instruction.java:118
  wire wValid_and_wLoad_1 = wValid & wLoad;      // Rv32Core.java:135
  wire wRd_ne_0_1 = wRd != 5'd0;                 // Rv32Core.java:135
  wire wValid_and_wLoad_1_and_wRd_ne_0_1 = wValid_and_wLoad_1 & wRd_ne_0_1; // Rv32Core.java:135
  wire rs1_eq_wRd = rs1 == wRd;                  // Rv32Core.java:136
  wire readsRs1_and_rs1_eq_wRd = readsRs1 & rs1_eq_wRd; // Rv32Core.java:136
  wire rs2_eq_wRd = rs2 == wRd;                  // Rv32Core.java:136
  wire readsRs2_and_rs2_eq_wRd = readsRs2 & rs2_eq_wRd; // Rv32Core.java:136
  wire readsRs1_and_rs1_eq_wRd_or_readsRs2_and = readsRs1_and_rs1_eq_wRd | readsRs2_and_rs2_eq_wRd; // Rv32Core.java:136
  wire loadUse = wValid_and_wLoad_1_and_wRd_ne_0_1 & readsRs1_and_rs1_eq_wRd_or_readsRs2_and; // Rv32Core.java:136
  wire [31:0] registers_rdata = registers[rs1];  // Rv32Core.java:137
  wire not_wLoad = ~wLoad;                       // Rv32Core.java:137
  wire wValid_and_not_wLoad = wValid & not_wLoad; // Rv32Core.java:137
  wire rs1_eq_0 = rs1 == 5'd0;                   // Rv32Core.java:342
  wire wRd_eq_rs1 = wRd == rs1;                  // Rv32Core.java:342
  wire wValid_and_not_wLoad_and_wRd_eq_rs1 = wValid_and_not_wLoad & wRd_eq_rs1; // Rv32Core.java:342
  wire [31:0] mux_wValid_and_not_wLoad_and_wRd_eq_rs1 = wValid_and_not_wLoad_and_wRd_eq_rs1 ? wResult : registers_rdata; // Rv32Core.java:342
  wire [31:0] rs1_1 = rs1_eq_0 ? 32'd0 : mux_wValid_and_not_wLoad_and_wRd_eq_rs1; // Rv32Core.java:342
  wire [31:0] registers_rdata_1 = registers[rs2]; // Rv32Core.java:138
  wire not_wLoad_1 = ~wLoad;                     // Rv32Core.java:138
  wire wValid_and_not_wLoad_1 = wValid & not_wLoad_1; // Rv32Core.java:138
  wire rs2_eq_0 = rs2 == 5'd0;                   // Rv32Core.java:342
  wire wRd_eq_rs2 = wRd == rs2;                  // Rv32Core.java:342
  wire wValid_and_not_wLoad_1_and_wRd_eq_rs2 = wValid_and_not_wLoad_1 & wRd_eq_rs2; // Rv32Core.java:342
  wire [31:0] mux_wValid_and_not_wLoad_1_and_wRd_eq = wValid_and_not_wLoad_1_and_wRd_eq_rs2 ? wResult : registers_rdata_1; // Rv32Core.java:342
  wire [31:0] rs2_1 = rs2_eq_0 ? 32'd0 : mux_wValid_and_not_wLoad_1_and_wRd_eq; // Rv32Core.java:342
  wire [31:0] b = aluImmediate ? imm : rs2_1;    // Rv32Core.java:141
  wire [4:0] shamt = b[4:0];                     // Rv32Core.java:142
  reg  [31:0] aluResult;                         // Rv32Core.java:143
  wire [31:0] rs1_1_sub_b = rs1_1 - b;           // Rv32Core.java:144
  wire [31:0] rs1_1_add_b = rs1_1 + b;           // Rv32Core.java:144
  wire [31:0] mux_alternate = alternate ? rs1_1_sub_b : rs1_1_add_b; // Rv32Core.java:144
  wire [31:0] rs1_1_dshl_shamt = rs1_1 << shamt; // Rv32Core.java:146
  wire [31:0] rs1_1_cast = rs1_1;                // Rv32Core.java:147
  wire [31:0] b_cast = b;                        // Rv32Core.java:147
  wire rs1_1_cast_lt_b_cast = $signed(rs1_1_cast) < $signed(b_cast); // Rv32Core.java:147
  wire rs1_1_cast_lt_b_cast_cast = rs1_1_cast_lt_b_cast; // Rv32Core.java:147
  wire [31:0] rs1_1_cast_lt_b_cast_cast_ext = {31'd0, rs1_1_cast_lt_b_cast_cast}; // Rv32Core.java:147
  wire rs1_1_lt_b = rs1_1 < b;                   // Rv32Core.java:148
  wire rs1_1_lt_b_cast = rs1_1_lt_b;             // Rv32Core.java:148
  wire [31:0] rs1_1_lt_b_cast_ext = {31'd0, rs1_1_lt_b_cast}; // Rv32Core.java:148
  wire [31:0] rs1_1_xor_b = rs1_1 ^ b;           // Rv32Core.java:149
  wire [31:0] rs1_1_cast_1 = rs1_1;              // Rv32Core.java:150
  wire [31:0] rs1_1_cast_1_dshr_shamt = $unsigned($signed(rs1_1_cast_1) >>> shamt); // Rv32Core.java:150
  wire [31:0] rs1_1_cast_1_dshr_shamt_cast = rs1_1_cast_1_dshr_shamt; // Rv32Core.java:150
  wire [31:0] rs1_1_dshr_shamt = rs1_1 >> shamt; // Rv32Core.java:150
  wire [31:0] mux_alternate_1 = alternate ? rs1_1_cast_1_dshr_shamt_cast : rs1_1_dshr_shamt; // Rv32Core.java:150
  wire [31:0] rs1_1_or_b = rs1_1 | b;            // Rv32Core.java:151
  wire [31:0] rs1_1_and_b = rs1_1 & b;           // Rv32Core.java:152
  wire funct3_ne_3_1 = funct3 != 3'd3;           // Rv32Core.java:154
  wire rs1_1_31 = rs1_1[31];                     // Rv32Core.java:154
  wire rs1Signed = funct3_ne_3_1 & rs1_1_31;     // Rv32Core.java:154
  wire funct3_eq_1_4 = funct3 == 3'd1;           // Rv32Core.java:155
  wire rs2_1_31 = rs2_1[31];                     // Rv32Core.java:155
  wire rs2Signed = funct3_eq_1_4 & rs2_1_31;     // Rv32Core.java:155
  wire [32:0] cat_rs1Signed_rs1_1 = {rs1Signed, rs1_1}; // Rv32Core.java:156
  wire [32:0] cat_rs1Signed_rs1_1_cast = cat_rs1Signed_rs1_1; // Rv32Core.java:156
  wire [32:0] cat_rs2Signed_rs2_1 = {rs2Signed, rs2_1}; // Rv32Core.java:156
  wire [32:0] cat_rs2Signed_rs2_1_cast = cat_rs2Signed_rs2_1; // Rv32Core.java:156
  wire [65:0] cat_rs1Signed_rs1_1_cast_mul_cat = {{33{cat_rs1Signed_rs1_1_cast[32]}}, cat_rs1Signed_rs1_1_cast} * {{33{cat_rs2Signed_rs2_1_cast[32]}}, cat_rs2Signed_rs2_1_cast}; // Rv32Core.java:156
  /* verilator lint_off UNUSEDSIGNAL */
  wire [65:0] product = cat_rs1Signed_rs1_1_cast_mul_cat; // Rv32Core.java:156
  /* verilator lint_on UNUSEDSIGNAL */
  wire funct3_eq_0_4 = funct3 == 3'd0;           // Rv32Core.java:157
  wire [31:0] product_31_0 = product[31:0];      // Rv32Core.java:157
  wire [31:0] product_63_32 = product[63:32];    // Rv32Core.java:157
  wire [31:0] mulResult = funct3_eq_0_4 ? product_31_0 : product_63_32; // Rv32Core.java:157
  wire funct3_1 = funct3[1];                     // Rv32Core.java:159
  wire rs1_1_lt_rs2_1 = rs1_1 < rs2_1;           // Rv32Core.java:159
  wire [31:0] rs1_1_cast_2 = rs1_1;              // Rv32Core.java:159
  wire [31:0] rs2_1_cast = rs2_1;                // Rv32Core.java:159
  wire rs1_1_cast_2_lt_rs2_1_cast = $signed(rs1_1_cast_2) < $signed(rs2_1_cast); // Rv32Core.java:159
  wire less = funct3_1 ? rs1_1_lt_rs2_1 : rs1_1_cast_2_lt_rs2_1_cast; // Rv32Core.java:159
  wire funct3_2_3 = funct3[2];                   // Rv32Core.java:160
  wire rs1_1_eq_rs2_1 = rs1_1 == rs2_1;          // Rv32Core.java:160
  wire mux_funct3_2_3 = funct3_2_3 ? less : rs1_1_eq_rs2_1; // Rv32Core.java:160
  wire funct3_0 = funct3[0];                     // Rv32Core.java:160
  wire condition = mux_funct3_2_3 ^ funct3_0;    // Rv32Core.java:160
  wire jal_or_jalr = jal | jalr;                 // Rv32Core.java:161
  wire branch_and_condition = branch & condition; // Rv32Core.java:161
  wire jump = jal_or_jalr | branch_and_condition; // Rv32Core.java:161
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] jalrTarget = rs1_1 + imm;          // Rv32Core.java:162
  /* verilator lint_on UNUSEDSIGNAL */
  wire [30:0] jalrTarget_31_1 = jalrTarget[31:1]; // Rv32Core.java:163
  wire [31:0] cat_jalrTarget_31_1_0 = {jalrTarget_31_1, 1'd0}; // Rv32Core.java:163
  wire [31:0] pc_add_imm = pc + imm;             // Rv32Core.java:163
  wire [31:0] target = jalr ? cat_jalrTarget_31_1_0 : pc_add_imm; // Rv32Core.java:163
  wire [31:0] link = pc + 32'd4;                 // Rv32Core.java:164
  wire [31:0] address = rs1_1 + imm;             // Rv32Core.java:167
  wire [1:0] offset = address[1:0];              // Rv32Core.java:168
  wire [1:0] size = funct3[1:0];                 // Rv32Core.java:169
  wire [3:0] address_31_28 = address[31:28];     // Rv32Core.java:170
  wire toMemory = address_31_28 == 4'd8;         // Rv32Core.java:170
  wire size_eq_1 = size == 2'd1;                 // Rv32Core.java:171
  wire address_0 = address[0];                   // Rv32Core.java:171
  wire size_eq_1_and_address_0 = size_eq_1 & address_0; // Rv32Core.java:171
  wire size_eq_2 = size == 2'd2;                 // Rv32Core.java:171
  wire offset_ne_0 = offset != 2'd0;             // Rv32Core.java:171
  wire size_eq_2_and_offset_ne_0 = size_eq_2 & offset_ne_0; // Rv32Core.java:171
  wire misaligned = size_eq_1_and_address_0 | size_eq_2_and_offset_ne_0; // Rv32Core.java:171
  wire size_eq_0 = size == 2'd0;                 // Rv32Core.java:172
  wire size_eq_1_1 = size == 2'd1;               // Rv32Core.java:172
  wire [3:0] mux_size_eq_1_1 = size_eq_1_1 ? 4'd3 : 4'd15; // Rv32Core.java:172
  wire [3:0] lanes = size_eq_0 ? 4'd1 : mux_size_eq_1_1; // Rv32Core.java:172
  wire size_eq_0_1 = size == 2'd0;               // Rv32Core.java:173
  wire [7:0] rs2_1_7_0 = rs2_1[7:0];             // Rv32Core.java:173
  wire [7:0] rs2_1_7_0_1 = rs2_1[7:0];           // Rv32Core.java:173
  wire [7:0] rs2_1_7_0_2 = rs2_1[7:0];           // Rv32Core.java:173
  wire [7:0] rs2_1_7_0_3 = rs2_1[7:0];           // Rv32Core.java:173
  wire [31:0] cat_rs2_1_7_0_rs2_1_7_0_1_rs2_1_7_0_2 = {rs2_1_7_0, rs2_1_7_0_1, rs2_1_7_0_2, rs2_1_7_0_3}; // Rv32Core.java:173
  wire size_eq_1_2 = size == 2'd1;               // Rv32Core.java:174
  wire [15:0] rs2_1_15_0 = rs2_1[15:0];          // Rv32Core.java:174
  wire [15:0] rs2_1_15_0_1 = rs2_1[15:0];        // Rv32Core.java:174
  wire [31:0] cat_rs2_1_15_0_rs2_1_15_0_1 = {rs2_1_15_0, rs2_1_15_0_1}; // Rv32Core.java:174
  wire [31:0] mux_size_eq_1_2 = size_eq_1_2 ? cat_rs2_1_15_0_rs2_1_15_0_1 : rs2_1; // Rv32Core.java:174
  wire [31:0] storeData = size_eq_0_1 ? cat_rs2_1_7_0_rs2_1_7_0_1_rs2_1_7_0_2 : mux_size_eq_1_2; // Rv32Core.java:173
  wire [3:0] storeMask = lanes << offset;        // Rv32Core.java:175
  wire access = load | store;                    // Rv32Core.java:176
  wire csrImmediate = funct3[2];                 // Rv32Core.java:179
  wire [31:0] rs1_ext = {27'd0, rs1};            // Rv32Core.java:180
  wire [31:0] csrSource = csrImmediate ? rs1_ext : rs1_1; // Rv32Core.java:180
  wire [1:0] funct3_1_0 = funct3[1:0];           // Rv32Core.java:181
  wire funct3_1_0_eq_1 = funct3_1_0 == 2'd1;     // Rv32Core.java:181
  wire rs1_ne_0 = rs1 != 5'd0;                   // Rv32Core.java:181
  wire csrWrites = funct3_1_0_eq_1 | rs1_ne_0;   // Rv32Core.java:181
  wire [1:0] funct3_1_0_1 = funct3[1:0];         // Rv32Core.java:183
  wire funct3_1_0_1_eq_1 = funct3_1_0_1 == 2'd1; // Rv32Core.java:183
  wire [1:0] funct3_1_0_2 = funct3[1:0];         // Rv32Core.java:184
  wire funct3_1_0_2_eq_2 = funct3_1_0_2 == 2'd2; // Rv32Core.java:184
  wire [31:0] csrs_readData_or_csrSource = csrs_readData | csrSource; // Rv32Core.java:184
  wire [31:0] not_csrSource = ~csrSource;        // Rv32Core.java:184
  wire [31:0] csrs_readData_and_not_csrSource = csrs_readData & not_csrSource; // Rv32Core.java:184
  wire [31:0] mux_funct3_1_0_2_eq_2 = funct3_1_0_2_eq_2 ? csrs_readData_or_csrSource : csrs_readData_and_not_csrSource; // Rv32Core.java:184
  wire [31:0] csrNew = funct3_1_0_1_eq_1 ? csrSource : mux_funct3_1_0_2_eq_2; // Rv32Core.java:183
  wire [1:0] csrAddress_11_10 = csrAddress[11:10]; // Rv32Core.java:185
  wire csrReadOnly = csrAddress_11_10 == 2'd3;   // Rv32Core.java:185
  wire not_csrs_exists = ~csrs_exists;           // Rv32Core.java:186
  wire csrWrites_and_csrReadOnly = csrWrites & csrReadOnly; // Rv32Core.java:186
  wire not_csrs_exists_or_csrWrites_and = not_csrs_exists | csrWrites_and_csrReadOnly; // Rv32Core.java:186
  wire csrIllegal = csr & not_csrs_exists_or_csrWrites_and; // Rv32Core.java:186
  wire [3:0] pc_31_28 = pc[31:28];               // Rv32Core.java:189
  wire pc_31_28_ne_8 = pc_31_28 != 4'd8;         // Rv32Core.java:189
  wire fetchFault = imemError | pc_31_28_ne_8;   // Rv32Core.java:189
  wire illegal_1 = illegal | csrIllegal;         // Rv32Core.java:190
  wire target_1 = target[1];                     // Rv32Core.java:191
  wire jumpMisaligned = jump & target_1;         // Rv32Core.java:191
  wire loadMisaligned = load & misaligned;       // Rv32Core.java:192
  wire storeMisaligned = store & misaligned;     // Rv32Core.java:193
  wire fetchFault_or_illegal_1 = fetchFault | illegal_1; // Rv32Core.java:194
  wire fetchFault_or_illegal_1_or_ecall = fetchFault_or_illegal_1 | ecall; // Rv32Core.java:194
  wire fetchFault_or_illegal_1_or_ecall_or = fetchFault_or_illegal_1_or_ecall | ebreak; // Rv32Core.java:194
  wire fetchFault_or_illegal_1_or_ecall_or_or = fetchFault_or_illegal_1_or_ecall_or | jumpMisaligned; // Rv32Core.java:194
  wire fetchFault_or_illegal_1_or_ecall_or_or_1 = fetchFault_or_illegal_1_or_ecall_or_or | loadMisaligned; // Rv32Core.java:194
  wire exception = fetchFault_or_illegal_1_or_ecall_or_or_1 | storeMisaligned; // Rv32Core.java:195
  wire not_toMemory = ~toMemory;                 // Rv32Core.java:196
  wire ioAccess = access & not_toMemory;         // Rv32Core.java:196
  wire ioDone = ioState == 2'd3;                 // Rv32Core.java:197
  wire ioAccess_and_ioDone = ioAccess & ioDone;  // Rv32Core.java:198
  wire ioFault = ioAccess_and_ioDone & ioError;  // Rv32Core.java:198
  wire not_wFault_1 = ~wFault;                   // Rv32Core.java:200
  wire valid = started & not_wFault_1;           // Rv32Core.java:200
  wire valid_and_csrs_interrupt = valid & csrs_interrupt; // Rv32Core.java:201
  wire not_wfi = ~wfi;                           // Rv32Core.java:201
  wire valid_and_csrs_interrupt_and_not_wfi = valid_and_csrs_interrupt & not_wfi; // Rv32Core.java:201
  wire ioState_eq_0 = ioState == 2'd0;           // Rv32Core.java:201
  wire valid_and_csrs_interrupt_and_not_wfi_and = valid_and_csrs_interrupt_and_not_wfi & ioState_eq_0; // Rv32Core.java:201
  wire not_divider_busy = ~divider_busy;         // Rv32Core.java:202
  wire valid_and_csrs_interrupt_and_not_wfi_and_1 = valid_and_csrs_interrupt_and_not_wfi_and & not_divider_busy; // Rv32Core.java:202
  wire not_divider_done = ~divider_done;         // Rv32Core.java:202
  wire interruptNow = valid_and_csrs_interrupt_and_not_wfi_and_1 & not_divider_done; // Rv32Core.java:202
  wire not_interruptNow = ~interruptNow;         // Rv32Core.java:203
  wire valid_and_not_interruptNow = valid & not_interruptNow; // Rv32Core.java:203
  wire not_loadUse = ~loadUse;                   // Rv32Core.java:203
  wire acting = valid_and_not_interruptNow & not_loadUse; // Rv32Core.java:203
  wire exception_or_ioFault = exception | ioFault; // Rv32Core.java:204
  wire trapX = acting & exception_or_ioFault;    // Rv32Core.java:204
  wire not_exception = ~exception;               // Rv32Core.java:205
  wire proceeding = acting & not_exception;      // Rv32Core.java:205
  wire not_divider_done_1 = ~divider_done;       // Rv32Core.java:206
  wire divide_and_not_divider_done_1 = divide & not_divider_done_1; // Rv32Core.java:206
  wire not_ioDone = ~ioDone;                     // Rv32Core.java:206
  wire ioAccess_and_not_ioDone = ioAccess & not_ioDone; // Rv32Core.java:206
  wire divide_and_not_divider_done_1_or = divide_and_not_divider_done_1 | ioAccess_and_not_ioDone; // Rv32Core.java:206
  wire not_csrs_wake = ~csrs_wake;               // Rv32Core.java:206
  wire wfi_and_not_csrs_wake = wfi & not_csrs_wake; // Rv32Core.java:206
  wire waiting = divide_and_not_divider_done_1_or | wfi_and_not_csrs_wake; // Rv32Core.java:206
  wire not_ioFault = ~ioFault;                   // Rv32Core.java:207
  wire proceeding_and_not_ioFault = proceeding & not_ioFault; // Rv32Core.java:207
  wire not_waiting = ~waiting;                   // Rv32Core.java:207
  wire commit = proceeding_and_not_ioFault & not_waiting; // Rv32Core.java:207
  wire wFault_or_interruptNow = wFault | interruptNow; // Rv32Core.java:208
  wire trap = wFault_or_interruptNow | trapX;    // Rv32Core.java:208
  reg  [31:0] cause;                             // Rv32Core.java:210
  reg  [31:0] trapValue;                         // Rv32Core.java:211
  wire commit_and_csr = commit & csr;            // Rv32Core.java:241
  wire commit_and_csr_and_csrWrites = commit_and_csr & csrWrites; // Rv32Core.java:241
  wire [31:0] mux_wFault = wFault ? wPc : pc;    // Rv32Core.java:247
  wire commit_and_mret = commit & mret;          // Rv32Core.java:249
  wire proceeding_and_divide = proceeding & divide; // Rv32Core.java:254
  wire not_divider_busy_1 = ~divider_busy;       // Rv32Core.java:254
  wire proceeding_and_divide_and_not_divider = proceeding_and_divide & not_divider_busy_1; // Rv32Core.java:254
  wire not_divider_done_2 = ~divider_done;       // Rv32Core.java:254
  wire proceeding_and_divide_and_not_divider_1 = proceeding_and_divide_and_not_divider & not_divider_done_2; // Rv32Core.java:254
  wire proceeding_and_ioAccess = proceeding & ioAccess; // Rv32Core.java:261
  wire [3:0] mux_store = store ? storeMask : 4'd15; // Rv32Core.java:267
  wire commit_and_load = commit & load;          // Rv32Core.java:282
  wire commit_and_load_and_toMemory = commit_and_load & toMemory; // Rv32Core.java:282
  wire commit_and_store = commit & store;        // Rv32Core.java:283
  wire commit_and_store_and_toMemory = commit_and_store & toMemory; // Rv32Core.java:283
  reg  [31:0] result;                            // Rv32Core.java:288
  wire [31:0] pc_add_imm_1 = pc + imm;           // Rv32Core.java:291
  wire jal_or_jalr_1 = jal | jalr;               // Rv32Core.java:292
  wire commit_and_writesRd = commit & writesRd;  // Rv32Core.java:299
  wire not_toMemory_1 = ~toMemory;               // Rv32Core.java:302
  reg  [31:0] nextPc;                            // Rv32Core.java:308
  wire commit_and_mret_1 = commit & mret;        // Rv32Core.java:311
  wire commit_and_jump = commit & jump;          // Rv32Core.java:312
  wire commit_or_interruptNow = commit | interruptNow; // Rv32Core.java:319
  wire commit_or_interruptNow_or_trapX = commit_or_interruptNow | trapX; // Rv32Core.java:319
  wire interruptNow_or_trapX = interruptNow | trapX; // Rv32Core.java:320
  wire [31:0] mux_fetchFault = fetchFault ? 32'd0 : imemData; // Rv32Core.java:322
  wire size_eq_0_2 = size == 2'd0;               // Rv32Core.java:324
  wire [7:0] rs2_1_7_0_4 = rs2_1[7:0];           // Rv32Core.java:324
  wire [31:0] rs2_1_7_0_4_ext = {24'd0, rs2_1_7_0_4}; // Rv32Core.java:324
  wire size_eq_1_3 = size == 2'd1;               // Rv32Core.java:325
  wire [15:0] rs2_1_15_0_2 = rs2_1[15:0];        // Rv32Core.java:325
  wire [31:0] rs2_1_15_0_2_ext = {16'd0, rs2_1_15_0_2}; // Rv32Core.java:325
  wire [31:0] mux_size_eq_1_3 = size_eq_1_3 ? rs2_1_15_0_2_ext : rs2_1; // Rv32Core.java:325
  wire [31:0] mux_size_eq_0_2 = size_eq_0_2 ? rs2_1_7_0_4_ext : mux_size_eq_1_3; // Rv32Core.java:324
  wire retiredTrapped = retiredTrap | wFault;    // Rv32Core.java:326
  wire not_wFault_2 = ~wFault;                   // Rv32Core.java:330
  wire wValid_and_not_wFault_2 = wValid & not_wFault_2; // Rv32Core.java:330
  wire [4:0] mux_wValid_and_not_wFault_2 = wValid_and_not_wFault_2 ? wRd : 5'd0; // Rv32Core.java:330
  wire not_retiredTrapped = ~retiredTrapped;     // Rv32Core.java:332
  wire retiring_and_not_retiredTrapped = retiring & not_retiredTrapped; // Rv32Core.java:332
  wire retiring_and_not_retiredTrapped_and = retiring_and_not_retiredTrapped & wLoad; // Rv32Core.java:332
  wire not_retiredTrapped_1 = ~retiredTrapped;   // Rv32Core.java:333
  wire retiring_and_not_retiredTrapped_1 = retiring & not_retiredTrapped_1; // Rv32Core.java:333
  wire retiring_and_not_retiredTrapped_1_and = retiring_and_not_retiredTrapped_1 & retiredStore; // Rv32Core.java:333
  wire [31:0] mux_wLoad = wLoad ? loaded : retiredStoreData; // Rv32Core.java:335
  wire retiring_and_retiredTrapped = retiring & retiredTrapped; // Rv32Core.java:336
  wire [31:0] mux_wFault_1 = wFault ? 32'd5 : retiredCause; // Rv32Core.java:337
  assign imemAddress = nextPc;                   // Rv32Core.java:316
  assign dmemAddress = address;                  // Rv32Core.java:281
  assign dmemRead = commit_and_load_and_toMemory; // Rv32Core.java:282
  assign dmemWrite = commit_and_store_and_toMemory; // Rv32Core.java:283
  assign dmemWriteData = storeData;              // Rv32Core.java:284
  assign dmemMask = storeMask;                   // Rv32Core.java:285
  always @(posedge clk) begin                    // Rv32Core.java:75
    if (rst) begin
      ioReqValid_reg <= 1'd0;                    // Rv32Core.java:75
    end else begin
      case (ioState)                             // Rv32Core.java:260
        2'd0: begin
          if (proceeding_and_ioAccess) begin     // Rv32Core.java:261
            ioReqValid_reg <= 1'd1;              // Rv32Core.java:263
          end
        end
        2'd1: begin
          if (ioReqReady) begin                  // Rv32Core.java:269
            ioReqValid_reg <= 1'd0;              // Rv32Core.java:271
          end
        end
        default: begin
        end
      endcase
    end
  end
  assign ioReqValid = ioReqValid_reg;            // Rv32Core.java:75
  always @(posedge clk) begin                    // Rv32Core.java:77
    if (rst) begin
      ioReqWrite_reg <= 1'd0;                    // Rv32Core.java:77
    end else begin
      case (ioState)                             // Rv32Core.java:260
        2'd0: begin
          if (proceeding_and_ioAccess) begin     // Rv32Core.java:261
            ioReqWrite_reg <= store;             // Rv32Core.java:264
          end
        end
        default: begin
        end
      endcase
    end
  end
  assign ioReqWrite = ioReqWrite_reg;            // Rv32Core.java:77
  always @(posedge clk) begin                    // Rv32Core.java:78
    if (rst) begin
      ioReqAddress_reg <= 32'd0;                 // Rv32Core.java:78
    end else begin
      case (ioState)                             // Rv32Core.java:260
        2'd0: begin
          if (proceeding_and_ioAccess) begin     // Rv32Core.java:261
            ioReqAddress_reg <= address;         // Rv32Core.java:265
          end
        end
        default: begin
        end
      endcase
    end
  end
  assign ioReqAddress = ioReqAddress_reg;        // Rv32Core.java:78
  always @(posedge clk) begin                    // Rv32Core.java:79
    if (rst) begin
      ioReqData_reg <= 32'd0;                    // Rv32Core.java:79
    end else begin
      case (ioState)                             // Rv32Core.java:260
        2'd0: begin
          if (proceeding_and_ioAccess) begin     // Rv32Core.java:261
            ioReqData_reg <= storeData;          // Rv32Core.java:266
          end
        end
        2'd2: begin
          if (ioRespValid) begin                 // Rv32Core.java:273
            ioReqData_reg <= ioRespData;         // Rv32Core.java:275
          end
        end
        default: begin
        end
      endcase
    end
  end
  assign ioReqData = ioReqData_reg;              // Rv32Core.java:79
  always @(posedge clk) begin                    // Rv32Core.java:80
    if (rst) begin
      ioReqMask_reg <= 4'd0;                     // Rv32Core.java:80
    end else begin
      case (ioState)                             // Rv32Core.java:260
        2'd0: begin
          if (proceeding_and_ioAccess) begin     // Rv32Core.java:261
            ioReqMask_reg <= mux_store;          // Rv32Core.java:267
          end
        end
        default: begin
        end
      endcase
    end
  end
  assign ioReqMask = ioReqMask_reg;              // Rv32Core.java:80
  assign retire_valid = retiring;                // Rv32Core.java:327
  assign retire_pc = wPc;                        // Rv32Core.java:328
  assign retire_word = retiredWord;              // Rv32Core.java:329
  assign retire_rd = mux_wValid_and_not_wFault_2; // Rv32Core.java:330
  assign retire_rdValue = wValue;                // Rv32Core.java:331
  assign retire_load = retiring_and_not_retiredTrapped_and; // Rv32Core.java:332
  assign retire_store = retiring_and_not_retiredTrapped_1_and; // Rv32Core.java:333
  assign retire_memAddress = wResult;            // Rv32Core.java:334
  assign retire_memData = mux_wLoad;             // Rv32Core.java:335
  assign retire_trap = retiring_and_retiredTrapped; // Rv32Core.java:336
  assign retire_cause = mux_wFault_1;            // Rv32Core.java:337
  always @(posedge clk) begin                    // Rv32Core.java:93
    if (rst) begin
      pc <= 32'h80000000;                        // Rv32Core.java:93
    end else begin
      pc <= nextPc;                              // Rv32Core.java:314
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:94
    if (rst) begin
      started <= 1'd0;                           // Rv32Core.java:94
    end else begin
      started <= 1'd1;                           // Rv32Core.java:315
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:98
    if (rst) begin
      wValid <= 1'd0;                            // Rv32Core.java:98
    end else begin
      wValid <= commit_and_writesRd;             // Rv32Core.java:299
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:99
    if (rst) begin
      wRd <= 5'd0;                               // Rv32Core.java:99
    end else begin
      wRd <= rd;                                 // Rv32Core.java:300
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:100
    if (rst) begin
      wLoad <= 1'd0;                             // Rv32Core.java:100
    end else begin
      wLoad <= load;                             // Rv32Core.java:301
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:101
    if (rst) begin
      wFromIo <= 1'd0;                           // Rv32Core.java:101
    end else begin
      wFromIo <= not_toMemory_1;                 // Rv32Core.java:302
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:102
    if (rst) begin
      wFunct3 <= 3'd0;                           // Rv32Core.java:102
    end else begin
      wFunct3 <= funct3;                         // Rv32Core.java:303
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:103
    if (rst) begin
      wResult <= 32'd0;                          // Rv32Core.java:103
    end else begin
      wResult <= result;                         // Rv32Core.java:304
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:104
    if (rst) begin
      wPc <= 32'd0;                              // Rv32Core.java:104
    end else begin
      wPc <= pc;                                 // Rv32Core.java:305
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:106
    if (rst) begin
      retiring <= 1'd0;                          // Rv32Core.java:106
    end else begin
      retiring <= commit_or_interruptNow_or_trapX; // Rv32Core.java:319
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:107
    if (rst) begin
      retiredTrap <= 1'd0;                       // Rv32Core.java:107
    end else begin
      retiredTrap <= interruptNow_or_trapX;      // Rv32Core.java:320
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:108
    if (rst) begin
      retiredCause <= 32'd0;                     // Rv32Core.java:108
    end else begin
      retiredCause <= cause;                     // Rv32Core.java:321
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:109
    if (rst) begin
      retiredWord <= 32'd0;                      // Rv32Core.java:109
    end else begin
      retiredWord <= mux_fetchFault;             // Rv32Core.java:322
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:110
    if (rst) begin
      retiredStore <= 1'd0;                      // Rv32Core.java:110
    end else begin
      retiredStore <= store;                     // Rv32Core.java:323
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:111
    if (rst) begin
      retiredStoreData <= 32'd0;                 // Rv32Core.java:111
    end else begin
      retiredStoreData <= mux_size_eq_0_2;       // Rv32Core.java:324
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:113
    if (rst) begin
      ioState <= 2'd0;                           // Rv32Core.java:113
    end else begin
      case (ioState)                             // Rv32Core.java:260
        2'd0: begin
          if (proceeding_and_ioAccess) begin     // Rv32Core.java:261
            ioState <= 2'd1;                     // Rv32Core.java:262
          end
        end
        2'd1: begin
          if (ioReqReady) begin                  // Rv32Core.java:269
            ioState <= 2'd2;                     // Rv32Core.java:270
          end
        end
        2'd2: begin
          if (ioRespValid) begin                 // Rv32Core.java:273
            ioState <= 2'd3;                     // Rv32Core.java:274
          end
        end
        default: begin
          ioState <= 2'd0;                       // Rv32Core.java:278
        end
      endcase
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:114
    if (rst) begin
      ioError <= 1'd0;                           // Rv32Core.java:114
    end else begin
      case (ioState)                             // Rv32Core.java:260
        2'd2: begin
          if (ioRespValid) begin                 // Rv32Core.java:273
            ioError <= ioRespError;              // Rv32Core.java:276
          end
        end
        default: begin
        end
      endcase
    end
  end
  assign csrs_hartId = hartId;                   // Rv32Core.java:239
  assign csrs_address = csrAddress;              // Rv32Core.java:240
  assign csrs_write = commit_and_csr_and_csrWrites; // Rv32Core.java:241
  assign csrs_writeData = csrNew;                // Rv32Core.java:242
  assign csrs_retire = commit;                   // Rv32Core.java:243
  assign csrs_unretire = wFault;                 // Rv32Core.java:244
  assign csrs_trap = trap;                       // Rv32Core.java:245
  assign csrs_trapCause = cause;                 // Rv32Core.java:246
  assign csrs_trapPc = mux_wFault;               // Rv32Core.java:247
  assign csrs_trapValue = trapValue;             // Rv32Core.java:248
  assign csrs_mret = commit_and_mret;            // Rv32Core.java:249
  assign csrs_irqExternal = irqExternal;         // Rv32Core.java:250
  assign csrs_irqTimer = irqTimer;               // Rv32Core.java:251
  assign csrs_irqSoftware = irqSoftware;         // Rv32Core.java:252
  assign csrs_clk = clk;                         // Rv32Core.java:116
  assign csrs_rst = rst;                         // Rv32Core.java:116
  assign divider_start = proceeding_and_divide_and_not_divider_1; // Rv32Core.java:254
  assign divider_dividend = rs1_1;               // Rv32Core.java:255
  assign divider_divisor = rs2_1;                // Rv32Core.java:256
  assign divider_funct3 = funct3;                // Rv32Core.java:257
  assign divider_clk = clk;                      // Rv32Core.java:117
  assign divider_rst = rst;                      // Rv32Core.java:117
  always @(*) begin                              // Rv32Core.java:121
    loaded = loadWord;                           // Rv32Core.java:122
    case (wFunct3)                               // Rv32Core.java:123
      3'd0: begin
        loaded = loadWord_7_0_cast_ext_cast;     // Rv32Core.java:124
      end
      3'd1: begin
        loaded = loadWord_15_0_cast_ext_cast;    // Rv32Core.java:125
      end
      3'd4: begin
        loaded = loadWord_7_0_1_ext;             // Rv32Core.java:126
      end
      3'd5: begin
        loaded = loadWord_15_0_1_ext;            // Rv32Core.java:127
      end
      default: begin
      end
    endcase
  end
  always @(*) begin                              // Rv32Core.java:143
    aluResult = mux_alternate;                   // Rv32Core.java:144
    case (funct3)                                // Rv32Core.java:145
      3'd1: begin
        aluResult = rs1_1_dshl_shamt;            // Rv32Core.java:146
      end
      3'd2: begin
        aluResult = rs1_1_cast_lt_b_cast_cast_ext; // Rv32Core.java:147
      end
      3'd3: begin
        aluResult = rs1_1_lt_b_cast_ext;         // Rv32Core.java:148
      end
      3'd4: begin
        aluResult = rs1_1_xor_b;                 // Rv32Core.java:149
      end
      3'd5: begin
        aluResult = mux_alternate_1;             // Rv32Core.java:150
      end
      3'd6: begin
        aluResult = rs1_1_or_b;                  // Rv32Core.java:151
      end
      3'd7: begin
        aluResult = rs1_1_and_b;                 // Rv32Core.java:152
      end
      default: begin
      end
    endcase
  end
  always @(*) begin                              // Rv32Core.java:210
    cause = 32'd7;                               // Rv32Core.java:212
    if (wFault) begin                            // Rv32Core.java:214
      cause = 32'd5;                             // Rv32Core.java:215
    end else if (interruptNow) begin             // Rv32Core.java:217
      cause = csrs_interruptCause;               // Rv32Core.java:218
    end else if (fetchFault) begin               // Rv32Core.java:220
      cause = 32'd1;                             // Rv32Core.java:221
    end else if (illegal_1) begin                // Rv32Core.java:223
      cause = 32'd2;                             // Rv32Core.java:224
    end else if (ecall) begin                    // Rv32Core.java:226
      cause = 32'd11;                            // Rv32Core.java:227
    end else if (ebreak) begin                   // Rv32Core.java:229
      cause = 32'd3;                             // Rv32Core.java:230
    end else if (jumpMisaligned) begin           // Rv32Core.java:232
      cause = 32'd0;                             // Rv32Core.java:233
    end else if (loadMisaligned) begin           // Rv32Core.java:235
      cause = 32'd4;                             // Rv32Core.java:235
    end else if (storeMisaligned) begin          // Rv32Core.java:236
      cause = 32'd6;                             // Rv32Core.java:236
    end else if (load) begin                     // Rv32Core.java:237
      cause = 32'd5;                             // Rv32Core.java:237
    end
  end
  always @(*) begin                              // Rv32Core.java:211
    trapValue = address;                         // Rv32Core.java:213
    if (wFault) begin                            // Rv32Core.java:214
      trapValue = wResult;                       // Rv32Core.java:216
    end else if (interruptNow) begin             // Rv32Core.java:217
      trapValue = 32'd0;                         // Rv32Core.java:219
    end else if (fetchFault) begin               // Rv32Core.java:220
      trapValue = pc;                            // Rv32Core.java:222
    end else if (illegal_1) begin                // Rv32Core.java:223
      trapValue = imemData;                      // Rv32Core.java:225
    end else if (ecall) begin                    // Rv32Core.java:226
      trapValue = 32'd0;                         // Rv32Core.java:228
    end else if (ebreak) begin                   // Rv32Core.java:229
      trapValue = pc;                            // Rv32Core.java:231
    end else if (jumpMisaligned) begin           // Rv32Core.java:232
      trapValue = target;                        // Rv32Core.java:234
    end
  end
  always @(*) begin                              // Rv32Core.java:288
    result = aluResult;                          // Rv32Core.java:289
    if (lui) begin                               // Rv32Core.java:290
      result = imm;                              // Rv32Core.java:290
    end else if (auipc) begin                    // Rv32Core.java:291
      result = pc_add_imm_1;                     // Rv32Core.java:291
    end else if (jal_or_jalr_1) begin            // Rv32Core.java:292
      result = link;                             // Rv32Core.java:292
    end else if (multiply) begin                 // Rv32Core.java:293
      result = mulResult;                        // Rv32Core.java:293
    end else if (divide) begin                   // Rv32Core.java:294
      result = divider_result;                   // Rv32Core.java:294
    end else if (csr) begin                      // Rv32Core.java:295
      result = csrs_readData;                    // Rv32Core.java:295
    end else if (access) begin                   // Rv32Core.java:298
      result = address;                          // Rv32Core.java:298
    end
  end
  always @(*) begin                              // Rv32Core.java:308
    nextPc = pc;                                 // Rv32Core.java:309
    if (trap) begin                              // Rv32Core.java:310
      nextPc = csrs_mtvec;                       // Rv32Core.java:310
    end else if (commit_and_mret_1) begin        // Rv32Core.java:311
      nextPc = csrs_mepc;                        // Rv32Core.java:311
    end else if (commit_and_jump) begin          // Rv32Core.java:312
      nextPc = target;                           // Rv32Core.java:312
    end else if (commit) begin                   // Rv32Core.java:313
      nextPc = link;                             // Rv32Core.java:313
    end
  end
  always @(posedge clk) begin                    // Rv32Core.java:95
    if (wValid_and_not_wFault_and_wRd_ne_0) begin // Rv32Core.java:130
      registers[wRd] <= wValue;                  // Rv32Core.java:130
    end
  end
  CsrFile csrs (                                 // Rv32Core.java:116
    .hartId         (csrs_hartId),
    .address        (csrs_address),
    .write          (csrs_write),
    .writeData      (csrs_writeData),
    .retire         (csrs_retire),
    .unretire       (csrs_unretire),
    .trap           (csrs_trap),
    .trapCause      (csrs_trapCause),
    .trapPc         (csrs_trapPc),
    .trapValue      (csrs_trapValue),
    .mret           (csrs_mret),
    .irqExternal    (csrs_irqExternal),
    .irqTimer       (csrs_irqTimer),
    .irqSoftware    (csrs_irqSoftware),
    .readData       (csrs_readData),
    .exists         (csrs_exists),
    .clk            (csrs_clk),
    .rst            (csrs_rst),
    .mtvec          (csrs_mtvec),
    .mepc           (csrs_mepc),
    .interrupt      (csrs_interrupt),
    .interruptCause (csrs_interruptCause),
    .wake           (csrs_wake)
  );
  Divider divider (                              // Rv32Core.java:117
    .start    (divider_start),
    .dividend (divider_dividend),
    .divisor  (divider_divisor),
    .funct3   (divider_funct3),
    .clk      (divider_clk),
    .rst      (divider_rst),
    .busy     (divider_busy),
    .done     (divider_done),
    .result   (divider_result)
  );
endmodule
