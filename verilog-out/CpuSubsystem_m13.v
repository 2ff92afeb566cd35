// CpuSubsystem_m13: generated from dev.gemini.module.CpuSubsystem by hdl-dsl. Do not edit; run `make rtl`.
module CpuSubsystem_m13 (                        // CpuSubsystem.java:80
  input  wire clk,                               // CpuSubsystem.java:42
  input  wire rst,                               // CpuSubsystem.java:43
  output wire cpuOut_valid,                      // CpuSubsystem.java:46
  output wire [2:0] cpuOut_kind,                 // CpuSubsystem.java:46
  output wire [4:0] cpuOut_tag,                  // CpuSubsystem.java:46
  output wire [47:0] cpuOut_address,             // CpuSubsystem.java:46
  output wire [7:0] cpuOut_byteEnables,          // CpuSubsystem.java:46
  output wire [63:0] cpuOut_data,                // CpuSubsystem.java:46
  input  wire cpuOutReady,                       // CpuSubsystem.java:47
  input  wire cpuIn_valid,                       // CpuSubsystem.java:48
  input  wire [1:0] cpuIn_kind,                  // CpuSubsystem.java:48
  input  wire [4:0] cpuIn_tag,                   // CpuSubsystem.java:48
  input  wire [2:0] cpuIn_status,                // CpuSubsystem.java:48
  input  wire [47:0] cpuIn_address,              // CpuSubsystem.java:48
  input  wire [63:0] cpuIn_data,                 // CpuSubsystem.java:48
  output wire [2:0] cpuError,                    // CpuSubsystem.java:49
  output wire memSnoopValid,                     // CpuSubsystem.java:50
  input  wire memReadValid,                      // CpuSubsystem.java:52
  output wire [63:0] memReadData,                // CpuSubsystem.java:54
  output wire memReadError,                      // CpuSubsystem.java:55
  input  wire memWriteValid,                     // CpuSubsystem.java:56
  input  wire [63:0] memWriteData,               // CpuSubsystem.java:58
  input  wire cpuStop,                           // CpuSubsystem.java:59
  output wire cpuQuiesced,                       // CpuSubsystem.java:60
  input  wire warmReset,                         // CpuSubsystem.java:61
  output wire csrValid,                          // CpuSubsystem.java:62
  output wire csrWrite,                          // CpuSubsystem.java:63
  output wire [7:0] csrAddress,                  // CpuSubsystem.java:64
  output wire [31:0] csrData,                    // CpuSubsystem.java:65
  input  wire csrRespValid,                      // CpuSubsystem.java:66
  input  wire [31:0] csrRespData,                // CpuSubsystem.java:67
  input  wire csrRespError,                      // CpuSubsystem.java:68
  input  wire geIrq,                             // CpuSubsystem.java:69
  input  wire [1:0] poisonKind,                  // CpuSubsystem.java:73
  output wire retire_valid,                      // CpuSubsystem.java:75
  output wire [31:0] retire_pc,                  // CpuSubsystem.java:75
  output wire [31:0] retire_word,                // CpuSubsystem.java:75
  output wire [4:0] retire_rd,                   // CpuSubsystem.java:75
  output wire [31:0] retire_rdValue,             // CpuSubsystem.java:75
  output wire retire_load,                       // CpuSubsystem.java:75
  output wire retire_store,                      // CpuSubsystem.java:75
  output wire [31:0] retire_memAddress,          // CpuSubsystem.java:75
  output wire [31:0] retire_memData,             // CpuSubsystem.java:75
  output wire retire_trap,                       // CpuSubsystem.java:75
  output wire [31:0] retire_cause,               // CpuSubsystem.java:75
  output wire [12:0] memSnoopAddress,            // CpuSubsystem.java:82
  input  wire [12:0] memReadAddress,             // CpuSubsystem.java:83
  input  wire [12:0] memWriteAddress,            // CpuSubsystem.java:84
  input  wire [12:0] poisonWord                  // CpuSubsystem.java:85
);
  reg  [63:0] memory [0:8191];                   // CpuSubsystem.java:87
  wire [31:0] rv32_hartId;                       // CpuSubsystem.java:88
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] rv32_imemAddress;                  // CpuSubsystem.java:88
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] rv32_imemData;                     // CpuSubsystem.java:88
  wire rv32_imemError;                           // CpuSubsystem.java:88
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] rv32_dmemAddress;                  // CpuSubsystem.java:88
  /* verilator lint_on UNUSEDSIGNAL */
  wire rv32_dmemRead;                            // CpuSubsystem.java:88
  wire rv32_dmemWrite;                           // CpuSubsystem.java:88
  wire [31:0] rv32_dmemWriteData;                // CpuSubsystem.java:88
  wire [3:0] rv32_dmemMask;                      // CpuSubsystem.java:88
  wire [31:0] rv32_dmemData;                     // CpuSubsystem.java:88
  wire rv32_dmemError;                           // CpuSubsystem.java:88
  wire rv32_ioReqValid;                          // CpuSubsystem.java:88
  wire rv32_ioReqReady;                          // CpuSubsystem.java:88
  wire rv32_ioReqWrite;                          // CpuSubsystem.java:88
  wire [31:0] rv32_ioReqAddress;                 // CpuSubsystem.java:88
  wire [31:0] rv32_ioReqData;                    // CpuSubsystem.java:88
  wire [3:0] rv32_ioReqMask;                     // CpuSubsystem.java:88
  wire rv32_ioRespValid;                         // CpuSubsystem.java:88
  wire [31:0] rv32_ioRespData;                   // CpuSubsystem.java:88
  wire rv32_ioRespError;                         // CpuSubsystem.java:88
  wire rv32_irqExternal;                         // CpuSubsystem.java:88
  wire rv32_retire_valid;                        // CpuSubsystem.java:88
  wire [31:0] rv32_retire_pc;                    // CpuSubsystem.java:88
  wire [31:0] rv32_retire_word;                  // CpuSubsystem.java:88
  wire [4:0] rv32_retire_rd;                     // CpuSubsystem.java:88
  wire [31:0] rv32_retire_rdValue;               // CpuSubsystem.java:88
  wire rv32_retire_load;                         // CpuSubsystem.java:88
  wire rv32_retire_store;                        // CpuSubsystem.java:88
  wire [31:0] rv32_retire_memAddress;            // CpuSubsystem.java:88
  wire [31:0] rv32_retire_memData;               // CpuSubsystem.java:88
  wire rv32_retire_trap;                         // CpuSubsystem.java:88
  wire [31:0] rv32_retire_cause;                 // CpuSubsystem.java:88
  wire rv32_clk;                                 // CpuSubsystem.java:88
  wire rv32_rst;                                 // CpuSubsystem.java:88
  wire bridge_reqValid;                          // CpuSubsystem.java:89
  wire bridge_reqReady;                          // CpuSubsystem.java:89
  wire bridge_reqWrite;                          // CpuSubsystem.java:89
  wire [31:0] bridge_reqAddress;                 // CpuSubsystem.java:89
  wire [31:0] bridge_reqData;                    // CpuSubsystem.java:89
  wire [3:0] bridge_reqMask;                     // CpuSubsystem.java:89
  wire bridge_respValid;                         // CpuSubsystem.java:89
  wire [31:0] bridge_respData;                   // CpuSubsystem.java:89
  wire bridge_respError;                         // CpuSubsystem.java:89
  wire bridge_irq;                               // CpuSubsystem.java:89
  wire bridge_cpuOut_valid;                      // CpuSubsystem.java:89
  wire [2:0] bridge_cpuOut_kind;                 // CpuSubsystem.java:89
  wire [4:0] bridge_cpuOut_tag;                  // CpuSubsystem.java:89
  wire [47:0] bridge_cpuOut_address;             // CpuSubsystem.java:89
  wire [7:0] bridge_cpuOut_byteEnables;          // CpuSubsystem.java:89
  wire [63:0] bridge_cpuOut_data;                // CpuSubsystem.java:89
  wire bridge_cpuOutReady;                       // CpuSubsystem.java:89
  wire bridge_cpuIn_valid;                       // CpuSubsystem.java:89
  wire [1:0] bridge_cpuIn_kind;                  // CpuSubsystem.java:89
  wire [4:0] bridge_cpuIn_tag;                   // CpuSubsystem.java:89
  wire [2:0] bridge_cpuIn_status;                // CpuSubsystem.java:89
  wire [47:0] bridge_cpuIn_address;              // CpuSubsystem.java:89
  wire [63:0] bridge_cpuIn_data;                 // CpuSubsystem.java:89
  wire bridge_csrValid;                          // CpuSubsystem.java:89
  wire bridge_csrWrite;                          // CpuSubsystem.java:89
  wire [7:0] bridge_csrAddress;                  // CpuSubsystem.java:89
  wire [31:0] bridge_csrData;                    // CpuSubsystem.java:89
  wire bridge_csrRespValid;                      // CpuSubsystem.java:89
  wire [31:0] bridge_csrRespData;                // CpuSubsystem.java:89
  wire bridge_csrRespError;                      // CpuSubsystem.java:89
  wire bridge_geIrq;                             // CpuSubsystem.java:89
  wire bridge_cpuStop;                           // CpuSubsystem.java:89
  wire bridge_cpuQuiesced;                       // CpuSubsystem.java:89
  wire bridge_warmReset;                         // CpuSubsystem.java:89
  wire bridge_memoryBusy;                        // CpuSubsystem.java:89
  wire bridge_dmaWrite;                          // CpuSubsystem.java:89
  /* verilator lint_off UNUSEDSIGNAL */
  wire [47:0] bridge_dmaAddress;                 // CpuSubsystem.java:89
  /* verilator lint_on UNUSEDSIGNAL */
  wire [63:0] bridge_dmaData;                    // CpuSubsystem.java:89
  wire bridge_fatal;                             // CpuSubsystem.java:89
  wire bridge_clk;                               // CpuSubsystem.java:89
  wire bridge_rst;                               // CpuSubsystem.java:89
  wire [15:0] rv32_imemAddress_31_16 = rv32_imemAddress[31:16]; // CpuSubsystem.java:176
  wire rv32_imemAddress_31_16_eq_32768 = rv32_imemAddress_31_16 == 16'd32768; // CpuSubsystem.java:176
  wire _1_and_rv32_imemAddress_31_16_eq_32768 = 1'd1 & rv32_imemAddress_31_16_eq_32768; // CpuSubsystem.java:167
  wire [12:0] rv32_imemAddress_15_3 = rv32_imemAddress[15:3]; // CpuSubsystem.java:167
  wire poisonKind_ne_0 = poisonKind != 2'd0;     // CpuSubsystem.java:180
  wire rv32_imemAddress_15_3_eq_poisonWord = rv32_imemAddress_15_3 == poisonWord; // CpuSubsystem.java:180
  wire poisonKind_ne_0_and_rv32_imemAddress_15 = poisonKind_ne_0 & rv32_imemAddress_15_3_eq_poisonWord; // CpuSubsystem.java:180
  wire poisonedNow = _1_and_rv32_imemAddress_31_16_eq_32768 & poisonKind_ne_0_and_rv32_imemAddress_15; // CpuSubsystem.java:167
  reg  poisoned;                                 // CpuSubsystem.java:168
  wire [15:0] rv32_imemAddress_31_16_1 = rv32_imemAddress[31:16]; // CpuSubsystem.java:176
  wire rv32_imemAddress_31_16_1_eq_32768 = rv32_imemAddress_31_16_1 == 16'd32768; // CpuSubsystem.java:176
  wire not_rv32_imemAddress_31_16_1_eq_32768 = ~rv32_imemAddress_31_16_1_eq_32768; // CpuSubsystem.java:169
  wire _1_and_not_rv32_imemAddress_31_16_1_eq = 1'd1 & not_rv32_imemAddress_31_16_1_eq_32768; // CpuSubsystem.java:169
  reg  outside;                                  // CpuSubsystem.java:169
  wire poisonKind_ge_2 = poisonKind >= 2'd2;     // CpuSubsystem.java:170
  wire poisoned_and_poisonKind_ge_2 = poisoned & poisonKind_ge_2; // CpuSubsystem.java:170
  wire fault = outside | poisoned_and_poisonKind_ge_2; // CpuSubsystem.java:170
  wire [12:0] fetch_index = rv32_imemAddress[15:3]; // CpuSubsystem.java:171
  wire rv32_imemAddress_2 = rv32_imemAddress[2]; // CpuSubsystem.java:171
  reg  fetch_upper;                              // CpuSubsystem.java:171
  wire [15:0] rv32_dmemAddress_31_16 = rv32_dmemAddress[31:16]; // CpuSubsystem.java:176
  wire rv32_dmemAddress_31_16_eq_32768 = rv32_dmemAddress_31_16 == 16'd32768; // CpuSubsystem.java:176
  wire rv32_dmemRead_and_rv32_dmemAddress_31_16 = rv32_dmemRead & rv32_dmemAddress_31_16_eq_32768; // CpuSubsystem.java:167
  wire [12:0] rv32_dmemAddress_15_3 = rv32_dmemAddress[15:3]; // CpuSubsystem.java:167
  wire poisonKind_ne_0_1 = poisonKind != 2'd0;   // CpuSubsystem.java:180
  wire rv32_dmemAddress_15_3_eq_poisonWord = rv32_dmemAddress_15_3 == poisonWord; // CpuSubsystem.java:180
  wire poisonKind_ne_0_1_and_rv32_dmemAddress = poisonKind_ne_0_1 & rv32_dmemAddress_15_3_eq_poisonWord; // CpuSubsystem.java:180
  wire poisonedNow_1 = rv32_dmemRead_and_rv32_dmemAddress_31_16 & poisonKind_ne_0_1_and_rv32_dmemAddress; // CpuSubsystem.java:167
  reg  poisoned_1;                               // CpuSubsystem.java:168
  wire [15:0] rv32_dmemAddress_31_16_1 = rv32_dmemAddress[31:16]; // CpuSubsystem.java:176
  wire rv32_dmemAddress_31_16_1_eq_32768 = rv32_dmemAddress_31_16_1 == 16'd32768; // CpuSubsystem.java:176
  wire not_rv32_dmemAddress_31_16_1_eq_32768 = ~rv32_dmemAddress_31_16_1_eq_32768; // CpuSubsystem.java:169
  wire rv32_dmemRead_and_not_rv32_dmemAddress = rv32_dmemRead & not_rv32_dmemAddress_31_16_1_eq_32768; // CpuSubsystem.java:169
  reg  outside_1;                                // CpuSubsystem.java:169
  wire poisonKind_ge_2_1 = poisonKind >= 2'd2;   // CpuSubsystem.java:170
  wire poisoned_1_and_poisonKind_ge_2_1 = poisoned_1 & poisonKind_ge_2_1; // CpuSubsystem.java:170
  wire fault_1 = outside_1 | poisoned_1_and_poisonKind_ge_2_1; // CpuSubsystem.java:170
  wire [12:0] load_index = rv32_dmemAddress[15:3]; // CpuSubsystem.java:171
  wire rv32_dmemAddress_2 = rv32_dmemAddress[2]; // CpuSubsystem.java:171
  reg  load_upper;                               // CpuSubsystem.java:171
  reg  [63:0] both;                              // CpuSubsystem.java:161
  wire [31:0] both_63_32 = both[63:32];          // CpuSubsystem.java:162
  wire [31:0] both_31_0 = both[31:0];            // CpuSubsystem.java:162
  wire [31:0] mux_fetch_upper = fetch_upper ? both_63_32 : both_31_0; // CpuSubsystem.java:162
  reg  [63:0] both_1;                            // CpuSubsystem.java:161
  wire [31:0] both_1_63_32 = both_1[63:32];      // CpuSubsystem.java:162
  wire [31:0] both_1_31_0 = both_1[31:0];        // CpuSubsystem.java:162
  wire [31:0] mux_load_upper = load_upper ? both_1_63_32 : both_1_31_0; // CpuSubsystem.java:162
  wire [12:0] storeWord = rv32_dmemAddress[15:3]; // CpuSubsystem.java:100
  wire storeUpper = rv32_dmemAddress[2];         // CpuSubsystem.java:101
  wire [15:0] rv32_dmemAddress_31_16_2 = rv32_dmemAddress[31:16]; // CpuSubsystem.java:176
  wire rv32_dmemAddress_31_16_2_eq_32768 = rv32_dmemAddress_31_16_2 == 16'd32768; // CpuSubsystem.java:176
  wire store = rv32_dmemWrite & rv32_dmemAddress_31_16_2_eq_32768; // CpuSubsystem.java:102
  wire [7:0] cat_rv32_dmemMask_0 = {rv32_dmemMask, 4'd0}; // CpuSubsystem.java:104
  wire [7:0] cat_0_rv32_dmemMask = {4'd0, rv32_dmemMask}; // CpuSubsystem.java:104
  wire [7:0] storeMask = storeUpper ? cat_rv32_dmemMask_0 : cat_0_rv32_dmemMask; // CpuSubsystem.java:104
  wire [63:0] storeData = {rv32_dmemWriteData, rv32_dmemWriteData}; // CpuSubsystem.java:105
  wire store_and_memWriteValid = store & memWriteValid; // CpuSubsystem.java:106
  wire not_store_and_memWriteValid = ~store_and_memWriteValid; // CpuSubsystem.java:106
  wire store_or_memWriteValid = store | memWriteValid; // CpuSubsystem.java:107
  wire [12:0] dmaWord = bridge_dmaAddress[15:3]; // CpuSubsystem.java:108
  wire [31:0] bridge_dmaAddress_47_16 = bridge_dmaAddress[47:16]; // CpuSubsystem.java:109
  wire dmaInMemory = bridge_dmaAddress_47_16 == 32'd32768; // CpuSubsystem.java:110
  wire dma = bridge_dmaWrite & dmaInMemory;      // CpuSubsystem.java:111
  wire [12:0] mux_store = store ? storeWord : dmaWord; // CpuSubsystem.java:113
  wire [12:0] address = memWriteValid ? memWriteAddress : mux_store; // CpuSubsystem.java:113
  wire [63:0] mux_store_1 = store ? storeData : bridge_dmaData; // CpuSubsystem.java:114
  wire [63:0] data = memWriteValid ? memWriteData : mux_store_1; // CpuSubsystem.java:114
  wire memWriteValid_or_store = memWriteValid | store; // CpuSubsystem.java:115
  wire written = memWriteValid_or_store | dma;   // CpuSubsystem.java:115
  wire not_memWriteValid = ~memWriteValid;       // CpuSubsystem.java:116
  wire store_and_not_memWriteValid = store & not_memWriteValid; // CpuSubsystem.java:116
  wire [7:0] lanes = store_and_not_memWriteValid ? storeMask : 8'd255; // CpuSubsystem.java:116
  wire poisonKind_ne_0_2 = poisonKind != 2'd0;   // CpuSubsystem.java:180
  wire memReadAddress_eq_poisonWord = memReadAddress == poisonWord; // CpuSubsystem.java:180
  wire poisonKind_ne_0_2_and_memReadAddress_eq = poisonKind_ne_0_2 & memReadAddress_eq_poisonWord; // CpuSubsystem.java:180
  wire memReadValid_and_poisonKind_ne_0_2_and = memReadValid & poisonKind_ne_0_2_and_memReadAddress_eq; // CpuSubsystem.java:122
  reg  moverPoisoned;                            // CpuSubsystem.java:122
  reg  [63:0] memory_rdata;                      // CpuSubsystem.java:123
  wire poisonKind_ge_2_2 = poisonKind >= 2'd2;   // CpuSubsystem.java:124
  wire moverPoisoned_and_poisonKind_ge_2_2 = moverPoisoned & poisonKind_ge_2_2; // CpuSubsystem.java:124
  wire poisoned_or_poisoned_1 = poisoned | poisoned_1; // CpuSubsystem.java:125
  wire poisonRead = poisoned_or_poisoned_1 | moverPoisoned; // CpuSubsystem.java:125
  wire poisonKind_eq_3 = poisonKind == 2'd3;     // CpuSubsystem.java:126
  wire poisonRead_and_poisonKind_eq_3 = poisonRead & poisonKind_eq_3; // CpuSubsystem.java:126
  wire bridge_fatal_or_poisonRead_and = bridge_fatal | poisonRead_and_poisonKind_eq_3; // CpuSubsystem.java:126
  wire poisonKind_eq_2 = poisonKind == 2'd2;     // CpuSubsystem.java:127
  wire poisonRead_and_poisonKind_eq_2 = poisonRead & poisonKind_eq_2; // CpuSubsystem.java:127
  wire poisonKind_eq_1 = poisonKind == 2'd1;     // CpuSubsystem.java:127
  wire poisonRead_and_poisonKind_eq_1 = poisonRead & poisonKind_eq_1; // CpuSubsystem.java:127
  wire [2:0] cat_bridge_fatal_or_poisonRead_and = {bridge_fatal_or_poisonRead_and, poisonRead_and_poisonKind_eq_2, poisonRead_and_poisonKind_eq_1}; // CpuSubsystem.java:126
  assign cpuOut_valid = bridge_cpuOut_valid;     // CpuSubsystem.java:140
  assign cpuOut_kind = bridge_cpuOut_kind;       // CpuSubsystem.java:140
  assign cpuOut_tag = bridge_cpuOut_tag;         // CpuSubsystem.java:140
  assign cpuOut_address = bridge_cpuOut_address; // CpuSubsystem.java:140
  assign cpuOut_byteEnables = bridge_cpuOut_byteEnables; // CpuSubsystem.java:140
  assign cpuOut_data = bridge_cpuOut_data;       // CpuSubsystem.java:140
  assign cpuError = cat_bridge_fatal_or_poisonRead_and; // CpuSubsystem.java:126
  assign memSnoopValid = written;                // CpuSubsystem.java:118
  assign memReadData = memory_rdata;             // CpuSubsystem.java:123
  assign memReadError = moverPoisoned_and_poisonKind_ge_2_2; // CpuSubsystem.java:124
  assign cpuQuiesced = bridge_cpuQuiesced;       // CpuSubsystem.java:152
  assign csrValid = bridge_csrValid;             // CpuSubsystem.java:143
  assign csrWrite = bridge_csrWrite;             // CpuSubsystem.java:144
  assign csrAddress = bridge_csrAddress;         // CpuSubsystem.java:145
  assign csrData = bridge_csrData;               // CpuSubsystem.java:146
  assign retire_valid = rv32_retire_valid;       // CpuSubsystem.java:154
  assign retire_pc = rv32_retire_pc;             // CpuSubsystem.java:154
  assign retire_word = rv32_retire_word;         // CpuSubsystem.java:154
  assign retire_rd = rv32_retire_rd;             // CpuSubsystem.java:154
  assign retire_rdValue = rv32_retire_rdValue;   // CpuSubsystem.java:154
  assign retire_load = rv32_retire_load;         // CpuSubsystem.java:154
  assign retire_store = rv32_retire_store;       // CpuSubsystem.java:154
  assign retire_memAddress = rv32_retire_memAddress; // CpuSubsystem.java:154
  assign retire_memData = rv32_retire_memData;   // CpuSubsystem.java:154
  assign retire_trap = rv32_retire_trap;         // CpuSubsystem.java:154
  assign retire_cause = rv32_retire_cause;       // CpuSubsystem.java:154
  assign memSnoopAddress = address;              // CpuSubsystem.java:119
  assign rv32_hartId = 32'd0;                    // CpuSubsystem.java:91
  assign rv32_imemData = mux_fetch_upper;        // CpuSubsystem.java:94
  assign rv32_imemError = fault;                 // CpuSubsystem.java:95
  assign rv32_dmemData = mux_load_upper;         // CpuSubsystem.java:96
  assign rv32_dmemError = fault_1;               // CpuSubsystem.java:97
  assign rv32_ioReqReady = bridge_reqReady;      // CpuSubsystem.java:131
  assign rv32_ioRespValid = bridge_respValid;    // CpuSubsystem.java:136
  assign rv32_ioRespData = bridge_respData;      // CpuSubsystem.java:137
  assign rv32_ioRespError = bridge_respError;    // CpuSubsystem.java:138
  assign rv32_irqExternal = bridge_irq;          // CpuSubsystem.java:139
  assign rv32_clk = clk;                         // CpuSubsystem.java:88
  assign rv32_rst = rst;                         // CpuSubsystem.java:88
  assign bridge_reqValid = rv32_ioReqValid;      // CpuSubsystem.java:130
  assign bridge_reqWrite = rv32_ioReqWrite;      // CpuSubsystem.java:132
  assign bridge_reqAddress = rv32_ioReqAddress;  // CpuSubsystem.java:133
  assign bridge_reqData = rv32_ioReqData;        // CpuSubsystem.java:134
  assign bridge_reqMask = rv32_ioReqMask;        // CpuSubsystem.java:135
  assign bridge_cpuOutReady = cpuOutReady;       // CpuSubsystem.java:141
  assign bridge_cpuIn_valid = cpuIn_valid;       // CpuSubsystem.java:142
  assign bridge_cpuIn_kind = cpuIn_kind;         // CpuSubsystem.java:142
  assign bridge_cpuIn_tag = cpuIn_tag;           // CpuSubsystem.java:142
  assign bridge_cpuIn_status = cpuIn_status;     // CpuSubsystem.java:142
  assign bridge_cpuIn_address = cpuIn_address;   // CpuSubsystem.java:142
  assign bridge_cpuIn_data = cpuIn_data;         // CpuSubsystem.java:142
  assign bridge_csrRespValid = csrRespValid;     // CpuSubsystem.java:147
  assign bridge_csrRespData = csrRespData;       // CpuSubsystem.java:148
  assign bridge_csrRespError = csrRespError;     // CpuSubsystem.java:149
  assign bridge_geIrq = geIrq;                   // CpuSubsystem.java:150
  assign bridge_cpuStop = cpuStop;               // CpuSubsystem.java:151
  assign bridge_warmReset = warmReset;           // CpuSubsystem.java:153
  assign bridge_memoryBusy = store_or_memWriteValid; // CpuSubsystem.java:107
  assign bridge_clk = clk;                       // CpuSubsystem.java:89
  assign bridge_rst = rst;                       // CpuSubsystem.java:89
  always @(posedge clk) begin                    // CpuSubsystem.java:168
    poisoned <= poisonedNow;                     // CpuSubsystem.java:168
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:169
    outside <= _1_and_not_rv32_imemAddress_31_16_1_eq; // CpuSubsystem.java:169
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:171
    fetch_upper <= rv32_imemAddress_2;           // CpuSubsystem.java:171
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:168
    poisoned_1 <= poisonedNow_1;                 // CpuSubsystem.java:168
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:169
    outside_1 <= rv32_dmemRead_and_not_rv32_dmemAddress; // CpuSubsystem.java:169
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:171
    load_upper <= rv32_dmemAddress_2;            // CpuSubsystem.java:171
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:122
    moverPoisoned <= memReadValid_and_poisonKind_ne_0_2_and; // CpuSubsystem.java:122
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:161
    both <= memory[fetch_index];                 // CpuSubsystem.java:161
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:161
    both_1 <= memory[load_index];                // CpuSubsystem.java:161
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:123
    if (memReadValid) begin
      memory_rdata <= memory[memReadAddress];    // CpuSubsystem.java:123
    end
  end
  always @(posedge clk) begin                    // CpuSubsystem.java:87
    if (written) begin                           // CpuSubsystem.java:117
      if (lanes[0]) memory[address][7:0] <= data[7:0]; // CpuSubsystem.java:117
      if (lanes[1]) memory[address][15:8] <= data[15:8]; // CpuSubsystem.java:117
      if (lanes[2]) memory[address][23:16] <= data[23:16]; // CpuSubsystem.java:117
      if (lanes[3]) memory[address][31:24] <= data[31:24]; // CpuSubsystem.java:117
      if (lanes[4]) memory[address][39:32] <= data[39:32]; // CpuSubsystem.java:117
      if (lanes[5]) memory[address][47:40] <= data[47:40]; // CpuSubsystem.java:117
      if (lanes[6]) memory[address][55:48] <= data[55:48]; // CpuSubsystem.java:117
      if (lanes[7]) memory[address][63:56] <= data[63:56]; // CpuSubsystem.java:117
    end
  end
  Rv32Cpu rv32 (                                 // CpuSubsystem.java:88
    .hartId            (rv32_hartId),
    .imemAddress       (rv32_imemAddress),
    .imemData          (rv32_imemData),
    .imemError         (rv32_imemError),
    .dmemAddress       (rv32_dmemAddress),
    .dmemRead          (rv32_dmemRead),
    .dmemWrite         (rv32_dmemWrite),
    .dmemWriteData     (rv32_dmemWriteData),
    .dmemMask          (rv32_dmemMask),
    .dmemData          (rv32_dmemData),
    .dmemError         (rv32_dmemError),
    .ioReqValid        (rv32_ioReqValid),
    .ioReqReady        (rv32_ioReqReady),
    .ioReqWrite        (rv32_ioReqWrite),
    .ioReqAddress      (rv32_ioReqAddress),
    .ioReqData         (rv32_ioReqData),
    .ioReqMask         (rv32_ioReqMask),
    .ioRespValid       (rv32_ioRespValid),
    .ioRespData        (rv32_ioRespData),
    .ioRespError       (rv32_ioRespError),
    .irqExternal       (rv32_irqExternal),
    .retire_valid      (rv32_retire_valid),
    .retire_pc         (rv32_retire_pc),
    .retire_word       (rv32_retire_word),
    .retire_rd         (rv32_retire_rd),
    .retire_rdValue    (rv32_retire_rdValue),
    .retire_load       (rv32_retire_load),
    .retire_store      (rv32_retire_store),
    .retire_memAddress (rv32_retire_memAddress),
    .retire_memData    (rv32_retire_memData),
    .retire_trap       (rv32_retire_trap),
    .retire_cause      (rv32_retire_cause),
    .clk               (rv32_clk),
    .rst               (rv32_rst)
  );
  IoBridge bridge (                              // CpuSubsystem.java:89
    .reqValid           (bridge_reqValid),
    .reqReady           (bridge_reqReady),
    .reqWrite           (bridge_reqWrite),
    .reqAddress         (bridge_reqAddress),
    .reqData            (bridge_reqData),
    .reqMask            (bridge_reqMask),
    .respValid          (bridge_respValid),
    .respData           (bridge_respData),
    .respError          (bridge_respError),
    .irq                (bridge_irq),
    .cpuOut_valid       (bridge_cpuOut_valid),
    .cpuOut_kind        (bridge_cpuOut_kind),
    .cpuOut_tag         (bridge_cpuOut_tag),
    .cpuOut_address     (bridge_cpuOut_address),
    .cpuOut_byteEnables (bridge_cpuOut_byteEnables),
    .cpuOut_data        (bridge_cpuOut_data),
    .cpuOutReady        (bridge_cpuOutReady),
    .cpuIn_valid        (bridge_cpuIn_valid),
    .cpuIn_kind         (bridge_cpuIn_kind),
    .cpuIn_tag          (bridge_cpuIn_tag),
    .cpuIn_status       (bridge_cpuIn_status),
    .cpuIn_address      (bridge_cpuIn_address),
    .cpuIn_data         (bridge_cpuIn_data),
    .csrValid           (bridge_csrValid),
    .csrWrite           (bridge_csrWrite),
    .csrAddress         (bridge_csrAddress),
    .csrData            (bridge_csrData),
    .csrRespValid       (bridge_csrRespValid),
    .csrRespData        (bridge_csrRespData),
    .csrRespError       (bridge_csrRespError),
    .geIrq              (bridge_geIrq),
    .cpuStop            (bridge_cpuStop),
    .cpuQuiesced        (bridge_cpuQuiesced),
    .warmReset          (bridge_warmReset),
    .memoryBusy         (bridge_memoryBusy),
    .dmaWrite           (bridge_dmaWrite),
    .dmaAddress         (bridge_dmaAddress),
    .dmaData            (bridge_dmaData),
    .fatal              (bridge_fatal),
    .clk                (bridge_clk),
    .rst                (bridge_rst)
  );
`ifndef SYNTHESIS
  always @(posedge clk) begin
    if (!rst) begin
`ifdef FORMAL
      assert (not_store_and_memWriteValid);      // CpuSubsystem.java:106
`else
      assert (not_store_and_memWriteValid) else $error("CpuSubsystem.java:106: a CPU store on the cycle of a Data Mover copy write");
`endif
    end
  end
`endif
endmodule
