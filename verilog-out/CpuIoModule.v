// CpuIoModule: generated from dev.gemini.module.CpuIoModule by hdl-dsl. Do not edit; run `make rtl`.
module CpuIoModule (                             // CpuIoModule.java:69
  input  wire clk,                               // CpuIoModule.java:31
  input  wire rst,                               // CpuIoModule.java:32
  input  wire moduleId,                          // CpuIoModule.java:35
  input  wire partnerPresent,                    // CpuIoModule.java:36
  output wire ioReq_valid,                       // CpuIoModule.java:39
  output wire [2:0] ioReq_kind,                  // CpuIoModule.java:39
  output wire [4:0] ioReq_tag,                   // CpuIoModule.java:39
  output wire [47:0] ioReq_address,              // CpuIoModule.java:39
  output wire [7:0] ioReq_byteEnables,           // CpuIoModule.java:39
  output wire [63:0] ioReq_data,                 // CpuIoModule.java:39
  input  wire ioReqReady,                        // CpuIoModule.java:40
  input  wire ioIn_valid,                        // CpuIoModule.java:41
  input  wire [1:0] ioIn_kind,                   // CpuIoModule.java:41
  input  wire [4:0] ioIn_tag,                    // CpuIoModule.java:41
  input  wire [2:0] ioIn_status,                 // CpuIoModule.java:41
  input  wire [47:0] ioIn_address,               // CpuIoModule.java:41
  input  wire [63:0] ioIn_data,                  // CpuIoModule.java:41
  output wire ioInReady,                         // CpuIoModule.java:42
  input  wire [2:0] ioError,                     // CpuIoModule.java:43
  input  wire phaseLate,                         // CpuIoModule.java:46
  output wire [5:0] delayTap,                    // CpuIoModule.java:47
  input  wire sysref,                            // CpuIoModule.java:48
  input  wire clockingBypass,                    // CpuIoModule.java:49
  output wire linkOut_heartbeat,                 // CpuIoModule.java:52
  output wire linkOut_outbound_valid,            // CpuIoModule.java:52
  output wire [2:0] linkOut_outbound_kind,       // CpuIoModule.java:52
  output wire [4:0] linkOut_outbound_tag,        // CpuIoModule.java:52
  output wire [47:0] linkOut_outbound_address,   // CpuIoModule.java:52
  output wire [7:0] linkOut_outbound_byteEnables, // CpuIoModule.java:52
  output wire [63:0] linkOut_outbound_data,      // CpuIoModule.java:52
  output wire linkOut_inbound_valid,             // CpuIoModule.java:52
  output wire [1:0] linkOut_inbound_kind,        // CpuIoModule.java:52
  output wire [4:0] linkOut_inbound_tag,         // CpuIoModule.java:52
  output wire [2:0] linkOut_inbound_status,      // CpuIoModule.java:52
  output wire [47:0] linkOut_inbound_address,    // CpuIoModule.java:52
  output wire [63:0] linkOut_inbound_data,       // CpuIoModule.java:52
  output wire linkOut_ioCreditReturn,            // CpuIoModule.java:52
  output wire [5:0] linkOut_errors,              // CpuIoModule.java:52
  output wire linkOut_csrWrite_valid,            // CpuIoModule.java:52
  output wire [7:0] linkOut_csrWrite_address,    // CpuIoModule.java:52
  output wire [31:0] linkOut_csrWrite_data,      // CpuIoModule.java:52
  output wire linkOut_ioHold,                    // CpuIoModule.java:52
  output wire linkOut_cpuReset,                  // CpuIoModule.java:52
  output wire [1:0] linkOut_resetMessage_kind,   // CpuIoModule.java:52
  output wire [7:0] linkOut_resetMessage_cycle,  // CpuIoModule.java:52
  input  wire linkIn_heartbeat,                  // CpuIoModule.java:53
  input  wire linkIn_outbound_valid,             // CpuIoModule.java:53
  input  wire [2:0] linkIn_outbound_kind,        // CpuIoModule.java:53
  input  wire [4:0] linkIn_outbound_tag,         // CpuIoModule.java:53
  input  wire [47:0] linkIn_outbound_address,    // CpuIoModule.java:53
  input  wire [7:0] linkIn_outbound_byteEnables, // CpuIoModule.java:53
  input  wire [63:0] linkIn_outbound_data,       // CpuIoModule.java:53
  input  wire linkIn_inbound_valid,              // CpuIoModule.java:53
  input  wire [1:0] linkIn_inbound_kind,         // CpuIoModule.java:53
  input  wire [4:0] linkIn_inbound_tag,          // CpuIoModule.java:53
  input  wire [2:0] linkIn_inbound_status,       // CpuIoModule.java:53
  input  wire [47:0] linkIn_inbound_address,     // CpuIoModule.java:53
  input  wire [63:0] linkIn_inbound_data,        // CpuIoModule.java:53
  input  wire linkIn_ioCreditReturn,             // CpuIoModule.java:53
  input  wire [5:0] linkIn_errors,               // CpuIoModule.java:53
  input  wire linkIn_csrWrite_valid,             // CpuIoModule.java:53
  input  wire [7:0] linkIn_csrWrite_address,     // CpuIoModule.java:53
  input  wire [31:0] linkIn_csrWrite_data,       // CpuIoModule.java:53
  input  wire linkIn_ioHold,                     // CpuIoModule.java:53
  input  wire linkIn_cpuReset,                   // CpuIoModule.java:53
  input  wire [1:0] linkIn_resetMessage_kind,    // CpuIoModule.java:53
  input  wire [7:0] linkIn_resetMessage_cycle,   // CpuIoModule.java:53
  output wire [2:0] ledState,                    // CpuIoModule.java:57
  output wire ledGreen,                          // CpuIoModule.java:58
  output wire ledAmber,                          // CpuIoModule.java:59
  input  wire [1:0] poisonKind,                  // CpuIoModule.java:63
  output wire retire_valid,                      // CpuIoModule.java:65
  output wire [31:0] retire_pc,                  // CpuIoModule.java:65
  output wire [31:0] retire_word,                // CpuIoModule.java:65
  output wire [4:0] retire_rd,                   // CpuIoModule.java:65
  output wire [31:0] retire_rdValue,             // CpuIoModule.java:65
  output wire retire_load,                       // CpuIoModule.java:65
  output wire retire_store,                      // CpuIoModule.java:65
  output wire [31:0] retire_memAddress,          // CpuIoModule.java:65
  output wire [31:0] retire_memData,             // CpuIoModule.java:65
  output wire retire_trap,                       // CpuIoModule.java:65
  output wire [31:0] retire_cause,               // CpuIoModule.java:65
  output wire copyOut_valid,                     // CpuIoModule.java:71
  output wire [12:0] copyOut_address,            // CpuIoModule.java:71
  output wire [63:0] copyOut_data,               // CpuIoModule.java:71
  output wire [7:0] copyOut_check,               // CpuIoModule.java:71
  output wire copyOut_ack,                       // CpuIoModule.java:71
  output wire copyOut_nack,                      // CpuIoModule.java:71
  input  wire copyIn_valid,                      // CpuIoModule.java:72
  input  wire [12:0] copyIn_address,             // CpuIoModule.java:72
  input  wire [63:0] copyIn_data,                // CpuIoModule.java:72
  input  wire [7:0] copyIn_check,                // CpuIoModule.java:72
  input  wire copyIn_ack,                        // CpuIoModule.java:72
  input  wire copyIn_nack,                       // CpuIoModule.java:72
  input  wire [12:0] poisonWord                  // CpuIoModule.java:73
);
  wire ge_moduleId;                              // CpuIoModule.java:75
  wire ge_partnerPresent;                        // CpuIoModule.java:75
  wire ge_cpuOut_valid;                          // CpuIoModule.java:75
  wire [2:0] ge_cpuOut_kind;                     // CpuIoModule.java:75
  wire [4:0] ge_cpuOut_tag;                      // CpuIoModule.java:75
  wire [47:0] ge_cpuOut_address;                 // CpuIoModule.java:75
  wire [7:0] ge_cpuOut_byteEnables;              // CpuIoModule.java:75
  wire [63:0] ge_cpuOut_data;                    // CpuIoModule.java:75
  wire ge_cpuOutReady;                           // CpuIoModule.java:75
  wire ge_cpuIn_valid;                           // CpuIoModule.java:75
  wire [1:0] ge_cpuIn_kind;                      // CpuIoModule.java:75
  wire [4:0] ge_cpuIn_tag;                       // CpuIoModule.java:75
  wire [2:0] ge_cpuIn_status;                    // CpuIoModule.java:75
  wire [47:0] ge_cpuIn_address;                  // CpuIoModule.java:75
  wire [63:0] ge_cpuIn_data;                     // CpuIoModule.java:75
  wire [2:0] ge_cpuError;                        // CpuIoModule.java:75
  wire ge_ioReq_valid;                           // CpuIoModule.java:75
  wire [2:0] ge_ioReq_kind;                      // CpuIoModule.java:75
  wire [4:0] ge_ioReq_tag;                       // CpuIoModule.java:75
  wire [47:0] ge_ioReq_address;                  // CpuIoModule.java:75
  wire [7:0] ge_ioReq_byteEnables;               // CpuIoModule.java:75
  wire [63:0] ge_ioReq_data;                     // CpuIoModule.java:75
  wire ge_ioReqReady;                            // CpuIoModule.java:75
  wire ge_ioIn_valid;                            // CpuIoModule.java:75
  wire [1:0] ge_ioIn_kind;                       // CpuIoModule.java:75
  wire [4:0] ge_ioIn_tag;                        // CpuIoModule.java:75
  wire [2:0] ge_ioIn_status;                     // CpuIoModule.java:75
  wire [47:0] ge_ioIn_address;                   // CpuIoModule.java:75
  wire [63:0] ge_ioIn_data;                      // CpuIoModule.java:75
  wire ge_ioInReady;                             // CpuIoModule.java:75
  wire [2:0] ge_ioError;                         // CpuIoModule.java:75
  wire ge_memSnoopValid;                         // CpuIoModule.java:75
  wire ge_memReadValid;                          // CpuIoModule.java:75
  wire [63:0] ge_memReadData;                    // CpuIoModule.java:75
  wire ge_memReadError;                          // CpuIoModule.java:75
  wire ge_memWriteValid;                         // CpuIoModule.java:75
  wire [63:0] ge_memWriteData;                   // CpuIoModule.java:75
  wire ge_cpuStop;                               // CpuIoModule.java:75
  wire ge_cpuQuiesced;                           // CpuIoModule.java:75
  wire ge_cpuReset;                              // CpuIoModule.java:75
  wire ge_cpuRestore;                            // CpuIoModule.java:75
  wire ge_phaseLate;                             // CpuIoModule.java:75
  wire [5:0] ge_delayTap;                        // CpuIoModule.java:75
  wire ge_sysref;                                // CpuIoModule.java:75
  wire ge_clockingBypass;                        // CpuIoModule.java:75
  wire ge_linkOut_heartbeat;                     // CpuIoModule.java:75
  wire ge_linkOut_outbound_valid;                // CpuIoModule.java:75
  wire [2:0] ge_linkOut_outbound_kind;           // CpuIoModule.java:75
  wire [4:0] ge_linkOut_outbound_tag;            // CpuIoModule.java:75
  wire [47:0] ge_linkOut_outbound_address;       // CpuIoModule.java:75
  wire [7:0] ge_linkOut_outbound_byteEnables;    // CpuIoModule.java:75
  wire [63:0] ge_linkOut_outbound_data;          // CpuIoModule.java:75
  wire ge_linkOut_inbound_valid;                 // CpuIoModule.java:75
  wire [1:0] ge_linkOut_inbound_kind;            // CpuIoModule.java:75
  wire [4:0] ge_linkOut_inbound_tag;             // CpuIoModule.java:75
  wire [2:0] ge_linkOut_inbound_status;          // CpuIoModule.java:75
  wire [47:0] ge_linkOut_inbound_address;        // CpuIoModule.java:75
  wire [63:0] ge_linkOut_inbound_data;           // CpuIoModule.java:75
  wire ge_linkOut_ioCreditReturn;                // CpuIoModule.java:75
  wire [5:0] ge_linkOut_errors;                  // CpuIoModule.java:75
  wire ge_linkOut_csrWrite_valid;                // CpuIoModule.java:75
  wire [7:0] ge_linkOut_csrWrite_address;        // CpuIoModule.java:75
  wire [31:0] ge_linkOut_csrWrite_data;          // CpuIoModule.java:75
  wire ge_linkOut_ioHold;                        // CpuIoModule.java:75
  wire ge_linkOut_cpuReset;                      // CpuIoModule.java:75
  wire [1:0] ge_linkOut_resetMessage_kind;       // CpuIoModule.java:75
  wire [7:0] ge_linkOut_resetMessage_cycle;      // CpuIoModule.java:75
  wire ge_linkIn_heartbeat;                      // CpuIoModule.java:75
  wire ge_linkIn_outbound_valid;                 // CpuIoModule.java:75
  wire [2:0] ge_linkIn_outbound_kind;            // CpuIoModule.java:75
  wire [4:0] ge_linkIn_outbound_tag;             // CpuIoModule.java:75
  wire [47:0] ge_linkIn_outbound_address;        // CpuIoModule.java:75
  wire [7:0] ge_linkIn_outbound_byteEnables;     // CpuIoModule.java:75
  wire [63:0] ge_linkIn_outbound_data;           // CpuIoModule.java:75
  wire ge_linkIn_inbound_valid;                  // CpuIoModule.java:75
  wire [1:0] ge_linkIn_inbound_kind;             // CpuIoModule.java:75
  wire [4:0] ge_linkIn_inbound_tag;              // CpuIoModule.java:75
  wire [2:0] ge_linkIn_inbound_status;           // CpuIoModule.java:75
  wire [47:0] ge_linkIn_inbound_address;         // CpuIoModule.java:75
  wire [63:0] ge_linkIn_inbound_data;            // CpuIoModule.java:75
  wire ge_linkIn_ioCreditReturn;                 // CpuIoModule.java:75
  wire [5:0] ge_linkIn_errors;                   // CpuIoModule.java:75
  wire ge_linkIn_csrWrite_valid;                 // CpuIoModule.java:75
  wire [7:0] ge_linkIn_csrWrite_address;         // CpuIoModule.java:75
  wire [31:0] ge_linkIn_csrWrite_data;           // CpuIoModule.java:75
  wire ge_linkIn_ioHold;                         // CpuIoModule.java:75
  wire ge_linkIn_cpuReset;                       // CpuIoModule.java:75
  wire [1:0] ge_linkIn_resetMessage_kind;        // CpuIoModule.java:75
  wire [7:0] ge_linkIn_resetMessage_cycle;       // CpuIoModule.java:75
  wire ge_csrValid;                              // CpuIoModule.java:75
  wire ge_csrWrite;                              // CpuIoModule.java:75
  wire [7:0] ge_csrAddress;                      // CpuIoModule.java:75
  wire [31:0] ge_csrData;                        // CpuIoModule.java:75
  wire ge_csrRespValid;                          // CpuIoModule.java:75
  wire [31:0] ge_csrRespData;                    // CpuIoModule.java:75
  wire ge_csrRespError;                          // CpuIoModule.java:75
  wire ge_irq;                                   // CpuIoModule.java:75
  wire [2:0] ge_ledState;                        // CpuIoModule.java:75
  wire ge_ledGreen;                              // CpuIoModule.java:75
  wire ge_ledAmber;                              // CpuIoModule.java:75
  wire [12:0] ge_memSnoopAddress;                // CpuIoModule.java:75
  wire [12:0] ge_memReadAddress;                 // CpuIoModule.java:75
  wire [12:0] ge_memWriteAddress;                // CpuIoModule.java:75
  wire ge_copyOut_valid;                         // CpuIoModule.java:75
  wire [12:0] ge_copyOut_address;                // CpuIoModule.java:75
  wire [63:0] ge_copyOut_data;                   // CpuIoModule.java:75
  wire [7:0] ge_copyOut_check;                   // CpuIoModule.java:75
  wire ge_copyOut_ack;                           // CpuIoModule.java:75
  wire ge_copyOut_nack;                          // CpuIoModule.java:75
  wire ge_copyIn_valid;                          // CpuIoModule.java:75
  wire [12:0] ge_copyIn_address;                 // CpuIoModule.java:75
  wire [63:0] ge_copyIn_data;                    // CpuIoModule.java:75
  wire [7:0] ge_copyIn_check;                    // CpuIoModule.java:75
  wire ge_copyIn_ack;                            // CpuIoModule.java:75
  wire ge_copyIn_nack;                           // CpuIoModule.java:75
  wire ge_clk;                                   // CpuIoModule.java:75
  wire ge_rst;                                   // CpuIoModule.java:75
  wire cpu_clk;                                  // CpuIoModule.java:76
  wire cpu_rst;                                  // CpuIoModule.java:76
  wire cpu_cpuOut_valid;                         // CpuIoModule.java:76
  wire [2:0] cpu_cpuOut_kind;                    // CpuIoModule.java:76
  wire [4:0] cpu_cpuOut_tag;                     // CpuIoModule.java:76
  wire [47:0] cpu_cpuOut_address;                // CpuIoModule.java:76
  wire [7:0] cpu_cpuOut_byteEnables;             // CpuIoModule.java:76
  wire [63:0] cpu_cpuOut_data;                   // CpuIoModule.java:76
  wire cpu_cpuOutReady;                          // CpuIoModule.java:76
  wire cpu_cpuIn_valid;                          // CpuIoModule.java:76
  wire [1:0] cpu_cpuIn_kind;                     // CpuIoModule.java:76
  wire [4:0] cpu_cpuIn_tag;                      // CpuIoModule.java:76
  wire [2:0] cpu_cpuIn_status;                   // CpuIoModule.java:76
  wire [47:0] cpu_cpuIn_address;                 // CpuIoModule.java:76
  wire [63:0] cpu_cpuIn_data;                    // CpuIoModule.java:76
  wire [2:0] cpu_cpuError;                       // CpuIoModule.java:76
  wire cpu_memSnoopValid;                        // CpuIoModule.java:76
  wire cpu_memReadValid;                         // CpuIoModule.java:76
  wire [63:0] cpu_memReadData;                   // CpuIoModule.java:76
  wire cpu_memReadError;                         // CpuIoModule.java:76
  wire cpu_memWriteValid;                        // CpuIoModule.java:76
  wire [63:0] cpu_memWriteData;                  // CpuIoModule.java:76
  wire cpu_cpuStop;                              // CpuIoModule.java:76
  wire cpu_cpuQuiesced;                          // CpuIoModule.java:76
  wire cpu_warmReset;                            // CpuIoModule.java:76
  wire cpu_csrValid;                             // CpuIoModule.java:76
  wire cpu_csrWrite;                             // CpuIoModule.java:76
  wire [7:0] cpu_csrAddress;                     // CpuIoModule.java:76
  wire [31:0] cpu_csrData;                       // CpuIoModule.java:76
  wire cpu_csrRespValid;                         // CpuIoModule.java:76
  wire [31:0] cpu_csrRespData;                   // CpuIoModule.java:76
  wire cpu_csrRespError;                         // CpuIoModule.java:76
  wire cpu_geIrq;                                // CpuIoModule.java:76
  wire [1:0] cpu_poisonKind;                     // CpuIoModule.java:76
  wire cpu_retire_valid;                         // CpuIoModule.java:76
  wire [31:0] cpu_retire_pc;                     // CpuIoModule.java:76
  wire [31:0] cpu_retire_word;                   // CpuIoModule.java:76
  wire [4:0] cpu_retire_rd;                      // CpuIoModule.java:76
  wire [31:0] cpu_retire_rdValue;                // CpuIoModule.java:76
  wire cpu_retire_load;                          // CpuIoModule.java:76
  wire cpu_retire_store;                         // CpuIoModule.java:76
  wire [31:0] cpu_retire_memAddress;             // CpuIoModule.java:76
  wire [31:0] cpu_retire_memData;                // CpuIoModule.java:76
  wire cpu_retire_trap;                          // CpuIoModule.java:76
  wire [31:0] cpu_retire_cause;                  // CpuIoModule.java:76
  wire [12:0] cpu_memSnoopAddress;               // CpuIoModule.java:76
  wire [12:0] cpu_memReadAddress;                // CpuIoModule.java:76
  wire [12:0] cpu_memWriteAddress;               // CpuIoModule.java:76
  wire [12:0] cpu_poisonWord;                    // CpuIoModule.java:76
  wire rst_or_ge_cpuReset = rst | ge_cpuReset;   // CpuIoModule.java:78
  reg  warm;                                     // CpuIoModule.java:81
  assign ioReq_valid = ge_ioReq_valid;           // CpuIoModule.java:114
  assign ioReq_kind = ge_ioReq_kind;             // CpuIoModule.java:114
  assign ioReq_tag = ge_ioReq_tag;               // CpuIoModule.java:114
  assign ioReq_address = ge_ioReq_address;       // CpuIoModule.java:114
  assign ioReq_byteEnables = ge_ioReq_byteEnables; // CpuIoModule.java:114
  assign ioReq_data = ge_ioReq_data;             // CpuIoModule.java:114
  assign ioInReady = ge_ioInReady;               // CpuIoModule.java:117
  assign delayTap = ge_delayTap;                 // CpuIoModule.java:120
  assign linkOut_heartbeat = ge_linkOut_heartbeat; // CpuIoModule.java:123
  assign linkOut_outbound_valid = ge_linkOut_outbound_valid; // CpuIoModule.java:123
  assign linkOut_outbound_kind = ge_linkOut_outbound_kind; // CpuIoModule.java:123
  assign linkOut_outbound_tag = ge_linkOut_outbound_tag; // CpuIoModule.java:123
  assign linkOut_outbound_address = ge_linkOut_outbound_address; // CpuIoModule.java:123
  assign linkOut_outbound_byteEnables = ge_linkOut_outbound_byteEnables; // CpuIoModule.java:123
  assign linkOut_outbound_data = ge_linkOut_outbound_data; // CpuIoModule.java:123
  assign linkOut_inbound_valid = ge_linkOut_inbound_valid; // CpuIoModule.java:123
  assign linkOut_inbound_kind = ge_linkOut_inbound_kind; // CpuIoModule.java:123
  assign linkOut_inbound_tag = ge_linkOut_inbound_tag; // CpuIoModule.java:123
  assign linkOut_inbound_status = ge_linkOut_inbound_status; // CpuIoModule.java:123
  assign linkOut_inbound_address = ge_linkOut_inbound_address; // CpuIoModule.java:123
  assign linkOut_inbound_data = ge_linkOut_inbound_data; // CpuIoModule.java:123
  assign linkOut_ioCreditReturn = ge_linkOut_ioCreditReturn; // CpuIoModule.java:123
  assign linkOut_errors = ge_linkOut_errors;     // CpuIoModule.java:123
  assign linkOut_csrWrite_valid = ge_linkOut_csrWrite_valid; // CpuIoModule.java:123
  assign linkOut_csrWrite_address = ge_linkOut_csrWrite_address; // CpuIoModule.java:123
  assign linkOut_csrWrite_data = ge_linkOut_csrWrite_data; // CpuIoModule.java:123
  assign linkOut_ioHold = ge_linkOut_ioHold;     // CpuIoModule.java:123
  assign linkOut_cpuReset = ge_linkOut_cpuReset; // CpuIoModule.java:123
  assign linkOut_resetMessage_kind = ge_linkOut_resetMessage_kind; // CpuIoModule.java:123
  assign linkOut_resetMessage_cycle = ge_linkOut_resetMessage_cycle; // CpuIoModule.java:123
  assign ledState = ge_ledState;                 // CpuIoModule.java:127
  assign ledGreen = ge_ledGreen;                 // CpuIoModule.java:128
  assign ledAmber = ge_ledAmber;                 // CpuIoModule.java:129
  assign retire_valid = cpu_retire_valid;        // CpuIoModule.java:130
  assign retire_pc = cpu_retire_pc;              // CpuIoModule.java:130
  assign retire_word = cpu_retire_word;          // CpuIoModule.java:130
  assign retire_rd = cpu_retire_rd;              // CpuIoModule.java:130
  assign retire_rdValue = cpu_retire_rdValue;    // CpuIoModule.java:130
  assign retire_load = cpu_retire_load;          // CpuIoModule.java:130
  assign retire_store = cpu_retire_store;        // CpuIoModule.java:130
  assign retire_memAddress = cpu_retire_memAddress; // CpuIoModule.java:130
  assign retire_memData = cpu_retire_memData;    // CpuIoModule.java:130
  assign retire_trap = cpu_retire_trap;          // CpuIoModule.java:130
  assign retire_cause = cpu_retire_cause;        // CpuIoModule.java:130
  assign copyOut_valid = ge_copyOut_valid;       // CpuIoModule.java:125
  assign copyOut_address = ge_copyOut_address;   // CpuIoModule.java:125
  assign copyOut_data = ge_copyOut_data;         // CpuIoModule.java:125
  assign copyOut_check = ge_copyOut_check;       // CpuIoModule.java:125
  assign copyOut_ack = ge_copyOut_ack;           // CpuIoModule.java:125
  assign copyOut_nack = ge_copyOut_nack;         // CpuIoModule.java:125
  assign ge_moduleId = moduleId;                 // CpuIoModule.java:86
  assign ge_partnerPresent = partnerPresent;     // CpuIoModule.java:87
  assign ge_cpuOut_valid = cpu_cpuOut_valid;     // CpuIoModule.java:88
  assign ge_cpuOut_kind = cpu_cpuOut_kind;       // CpuIoModule.java:88
  assign ge_cpuOut_tag = cpu_cpuOut_tag;         // CpuIoModule.java:88
  assign ge_cpuOut_address = cpu_cpuOut_address; // CpuIoModule.java:88
  assign ge_cpuOut_byteEnables = cpu_cpuOut_byteEnables; // CpuIoModule.java:88
  assign ge_cpuOut_data = cpu_cpuOut_data;       // CpuIoModule.java:88
  assign ge_cpuError = cpu_cpuError;             // CpuIoModule.java:91
  assign ge_ioReqReady = ioReqReady;             // CpuIoModule.java:115
  assign ge_ioIn_valid = ioIn_valid;             // CpuIoModule.java:116
  assign ge_ioIn_kind = ioIn_kind;               // CpuIoModule.java:116
  assign ge_ioIn_tag = ioIn_tag;                 // CpuIoModule.java:116
  assign ge_ioIn_status = ioIn_status;           // CpuIoModule.java:116
  assign ge_ioIn_address = ioIn_address;         // CpuIoModule.java:116
  assign ge_ioIn_data = ioIn_data;               // CpuIoModule.java:116
  assign ge_ioError = ioError;                   // CpuIoModule.java:118
  assign ge_memSnoopValid = cpu_memSnoopValid;   // CpuIoModule.java:92
  assign ge_memReadData = cpu_memReadData;       // CpuIoModule.java:96
  assign ge_memReadError = cpu_memReadError;     // CpuIoModule.java:97
  assign ge_cpuQuiesced = cpu_cpuQuiesced;       // CpuIoModule.java:102
  assign ge_phaseLate = phaseLate;               // CpuIoModule.java:119
  assign ge_sysref = sysref;                     // CpuIoModule.java:121
  assign ge_clockingBypass = clockingBypass;     // CpuIoModule.java:122
  assign ge_linkIn_heartbeat = linkIn_heartbeat; // CpuIoModule.java:124
  assign ge_linkIn_outbound_valid = linkIn_outbound_valid; // CpuIoModule.java:124
  assign ge_linkIn_outbound_kind = linkIn_outbound_kind; // CpuIoModule.java:124
  assign ge_linkIn_outbound_tag = linkIn_outbound_tag; // CpuIoModule.java:124
  assign ge_linkIn_outbound_address = linkIn_outbound_address; // CpuIoModule.java:124
  assign ge_linkIn_outbound_byteEnables = linkIn_outbound_byteEnables; // CpuIoModule.java:124
  assign ge_linkIn_outbound_data = linkIn_outbound_data; // CpuIoModule.java:124
  assign ge_linkIn_inbound_valid = linkIn_inbound_valid; // CpuIoModule.java:124
  assign ge_linkIn_inbound_kind = linkIn_inbound_kind; // CpuIoModule.java:124
  assign ge_linkIn_inbound_tag = linkIn_inbound_tag; // CpuIoModule.java:124
  assign ge_linkIn_inbound_status = linkIn_inbound_status; // CpuIoModule.java:124
  assign ge_linkIn_inbound_address = linkIn_inbound_address; // CpuIoModule.java:124
  assign ge_linkIn_inbound_data = linkIn_inbound_data; // CpuIoModule.java:124
  assign ge_linkIn_ioCreditReturn = linkIn_ioCreditReturn; // CpuIoModule.java:124
  assign ge_linkIn_errors = linkIn_errors;       // CpuIoModule.java:124
  assign ge_linkIn_csrWrite_valid = linkIn_csrWrite_valid; // CpuIoModule.java:124
  assign ge_linkIn_csrWrite_address = linkIn_csrWrite_address; // CpuIoModule.java:124
  assign ge_linkIn_csrWrite_data = linkIn_csrWrite_data; // CpuIoModule.java:124
  assign ge_linkIn_ioHold = linkIn_ioHold;       // CpuIoModule.java:124
  assign ge_linkIn_cpuReset = linkIn_cpuReset;   // CpuIoModule.java:124
  assign ge_linkIn_resetMessage_kind = linkIn_resetMessage_kind; // CpuIoModule.java:124
  assign ge_linkIn_resetMessage_cycle = linkIn_resetMessage_cycle; // CpuIoModule.java:124
  assign ge_csrValid = cpu_csrValid;             // CpuIoModule.java:103
  assign ge_csrWrite = cpu_csrWrite;             // CpuIoModule.java:104
  assign ge_csrAddress = cpu_csrAddress;         // CpuIoModule.java:105
  assign ge_csrData = cpu_csrData;               // CpuIoModule.java:106
  assign ge_memSnoopAddress = cpu_memSnoopAddress; // CpuIoModule.java:93
  assign ge_copyIn_valid = copyIn_valid;         // CpuIoModule.java:126
  assign ge_copyIn_address = copyIn_address;     // CpuIoModule.java:126
  assign ge_copyIn_data = copyIn_data;           // CpuIoModule.java:126
  assign ge_copyIn_check = copyIn_check;         // CpuIoModule.java:126
  assign ge_copyIn_ack = copyIn_ack;             // CpuIoModule.java:126
  assign ge_copyIn_nack = copyIn_nack;           // CpuIoModule.java:126
  assign ge_clk = clk;                           // CpuIoModule.java:75
  assign ge_rst = rst;                           // CpuIoModule.java:75
  assign cpu_clk = clk;                          // CpuIoModule.java:77
  assign cpu_rst = rst_or_ge_cpuReset;           // CpuIoModule.java:78
  assign cpu_cpuOutReady = ge_cpuOutReady;       // CpuIoModule.java:89
  assign cpu_cpuIn_valid = ge_cpuIn_valid;       // CpuIoModule.java:90
  assign cpu_cpuIn_kind = ge_cpuIn_kind;         // CpuIoModule.java:90
  assign cpu_cpuIn_tag = ge_cpuIn_tag;           // CpuIoModule.java:90
  assign cpu_cpuIn_status = ge_cpuIn_status;     // CpuIoModule.java:90
  assign cpu_cpuIn_address = ge_cpuIn_address;   // CpuIoModule.java:90
  assign cpu_cpuIn_data = ge_cpuIn_data;         // CpuIoModule.java:90
  assign cpu_memReadValid = ge_memReadValid;     // CpuIoModule.java:94
  assign cpu_memWriteValid = ge_memWriteValid;   // CpuIoModule.java:98
  assign cpu_memWriteData = ge_memWriteData;     // CpuIoModule.java:100
  assign cpu_cpuStop = ge_cpuStop;               // CpuIoModule.java:101
  assign cpu_warmReset = warm;                   // CpuIoModule.java:83
  assign cpu_csrRespValid = ge_csrRespValid;     // CpuIoModule.java:107
  assign cpu_csrRespData = ge_csrRespData;       // CpuIoModule.java:108
  assign cpu_csrRespError = ge_csrRespError;     // CpuIoModule.java:109
  assign cpu_geIrq = ge_irq;                     // CpuIoModule.java:110
  assign cpu_poisonKind = poisonKind;            // CpuIoModule.java:112
  assign cpu_memReadAddress = ge_memReadAddress; // CpuIoModule.java:95
  assign cpu_memWriteAddress = ge_memWriteAddress; // CpuIoModule.java:99
  assign cpu_poisonWord = poisonWord;            // CpuIoModule.java:111
  always @(posedge clk) begin                    // CpuIoModule.java:81
    if (rst) begin
      warm <= 1'd0;                              // CpuIoModule.java:81
    end else begin
      if (ge_cpuReset) begin                     // CpuIoModule.java:82
        warm <= ge_cpuRestore;                   // CpuIoModule.java:82
      end
    end
  end
  GeminiEngine_l2_b22_m9_4_4 ge (                // CpuIoModule.java:75
    .moduleId                     (ge_moduleId),
    .partnerPresent               (ge_partnerPresent),
    .cpuOut_valid                 (ge_cpuOut_valid),
    .cpuOut_kind                  (ge_cpuOut_kind),
    .cpuOut_tag                   (ge_cpuOut_tag),
    .cpuOut_address               (ge_cpuOut_address),
    .cpuOut_byteEnables           (ge_cpuOut_byteEnables),
    .cpuOut_data                  (ge_cpuOut_data),
    .cpuOutReady                  (ge_cpuOutReady),
    .cpuIn_valid                  (ge_cpuIn_valid),
    .cpuIn_kind                   (ge_cpuIn_kind),
    .cpuIn_tag                    (ge_cpuIn_tag),
    .cpuIn_status                 (ge_cpuIn_status),
    .cpuIn_address                (ge_cpuIn_address),
    .cpuIn_data                   (ge_cpuIn_data),
    .cpuError                     (ge_cpuError),
    .ioReq_valid                  (ge_ioReq_valid),
    .ioReq_kind                   (ge_ioReq_kind),
    .ioReq_tag                    (ge_ioReq_tag),
    .ioReq_address                (ge_ioReq_address),
    .ioReq_byteEnables            (ge_ioReq_byteEnables),
    .ioReq_data                   (ge_ioReq_data),
    .ioReqReady                   (ge_ioReqReady),
    .ioIn_valid                   (ge_ioIn_valid),
    .ioIn_kind                    (ge_ioIn_kind),
    .ioIn_tag                     (ge_ioIn_tag),
    .ioIn_status                  (ge_ioIn_status),
    .ioIn_address                 (ge_ioIn_address),
    .ioIn_data                    (ge_ioIn_data),
    .ioInReady                    (ge_ioInReady),
    .ioError                      (ge_ioError),
    .memSnoopValid                (ge_memSnoopValid),
    .memReadValid                 (ge_memReadValid),
    .memReadData                  (ge_memReadData),
    .memReadError                 (ge_memReadError),
    .memWriteValid                (ge_memWriteValid),
    .memWriteData                 (ge_memWriteData),
    .cpuStop                      (ge_cpuStop),
    .cpuQuiesced                  (ge_cpuQuiesced),
    .cpuReset                     (ge_cpuReset),
    .cpuRestore                   (ge_cpuRestore),
    .phaseLate                    (ge_phaseLate),
    .delayTap                     (ge_delayTap),
    .sysref                       (ge_sysref),
    .clockingBypass               (ge_clockingBypass),
    .linkOut_heartbeat            (ge_linkOut_heartbeat),
    .linkOut_outbound_valid       (ge_linkOut_outbound_valid),
    .linkOut_outbound_kind        (ge_linkOut_outbound_kind),
    .linkOut_outbound_tag         (ge_linkOut_outbound_tag),
    .linkOut_outbound_address     (ge_linkOut_outbound_address),
    .linkOut_outbound_byteEnables (ge_linkOut_outbound_byteEnables),
    .linkOut_outbound_data        (ge_linkOut_outbound_data),
    .linkOut_inbound_valid        (ge_linkOut_inbound_valid),
    .linkOut_inbound_kind         (ge_linkOut_inbound_kind),
    .linkOut_inbound_tag          (ge_linkOut_inbound_tag),
    .linkOut_inbound_status       (ge_linkOut_inbound_status),
    .linkOut_inbound_address      (ge_linkOut_inbound_address),
    .linkOut_inbound_data         (ge_linkOut_inbound_data),
    .linkOut_ioCreditReturn       (ge_linkOut_ioCreditReturn),
    .linkOut_errors               (ge_linkOut_errors),
    .linkOut_csrWrite_valid       (ge_linkOut_csrWrite_valid),
    .linkOut_csrWrite_address     (ge_linkOut_csrWrite_address),
    .linkOut_csrWrite_data        (ge_linkOut_csrWrite_data),
    .linkOut_ioHold               (ge_linkOut_ioHold),
    .linkOut_cpuReset             (ge_linkOut_cpuReset),
    .linkOut_resetMessage_kind    (ge_linkOut_resetMessage_kind),
    .linkOut_resetMessage_cycle   (ge_linkOut_resetMessage_cycle),
    .linkIn_heartbeat             (ge_linkIn_heartbeat),
    .linkIn_outbound_valid        (ge_linkIn_outbound_valid),
    .linkIn_outbound_kind         (ge_linkIn_outbound_kind),
    .linkIn_outbound_tag          (ge_linkIn_outbound_tag),
    .linkIn_outbound_address      (ge_linkIn_outbound_address),
    .linkIn_outbound_byteEnables  (ge_linkIn_outbound_byteEnables),
    .linkIn_outbound_data         (ge_linkIn_outbound_data),
    .linkIn_inbound_valid         (ge_linkIn_inbound_valid),
    .linkIn_inbound_kind          (ge_linkIn_inbound_kind),
    .linkIn_inbound_tag           (ge_linkIn_inbound_tag),
    .linkIn_inbound_status        (ge_linkIn_inbound_status),
    .linkIn_inbound_address       (ge_linkIn_inbound_address),
    .linkIn_inbound_data          (ge_linkIn_inbound_data),
    .linkIn_ioCreditReturn        (ge_linkIn_ioCreditReturn),
    .linkIn_errors                (ge_linkIn_errors),
    .linkIn_csrWrite_valid        (ge_linkIn_csrWrite_valid),
    .linkIn_csrWrite_address      (ge_linkIn_csrWrite_address),
    .linkIn_csrWrite_data         (ge_linkIn_csrWrite_data),
    .linkIn_ioHold                (ge_linkIn_ioHold),
    .linkIn_cpuReset              (ge_linkIn_cpuReset),
    .linkIn_resetMessage_kind     (ge_linkIn_resetMessage_kind),
    .linkIn_resetMessage_cycle    (ge_linkIn_resetMessage_cycle),
    .csrValid                     (ge_csrValid),
    .csrWrite                     (ge_csrWrite),
    .csrAddress                   (ge_csrAddress),
    .csrData                      (ge_csrData),
    .csrRespValid                 (ge_csrRespValid),
    .csrRespData                  (ge_csrRespData),
    .csrRespError                 (ge_csrRespError),
    .irq                          (ge_irq),
    .ledState                     (ge_ledState),
    .ledGreen                     (ge_ledGreen),
    .ledAmber                     (ge_ledAmber),
    .memSnoopAddress              (ge_memSnoopAddress),
    .memReadAddress               (ge_memReadAddress),
    .memWriteAddress              (ge_memWriteAddress),
    .copyOut_valid                (ge_copyOut_valid),
    .copyOut_address              (ge_copyOut_address),
    .copyOut_data                 (ge_copyOut_data),
    .copyOut_check                (ge_copyOut_check),
    .copyOut_ack                  (ge_copyOut_ack),
    .copyOut_nack                 (ge_copyOut_nack),
    .copyIn_valid                 (ge_copyIn_valid),
    .copyIn_address               (ge_copyIn_address),
    .copyIn_data                  (ge_copyIn_data),
    .copyIn_check                 (ge_copyIn_check),
    .copyIn_ack                   (ge_copyIn_ack),
    .copyIn_nack                  (ge_copyIn_nack),
    .clk                          (ge_clk),
    .rst                          (ge_rst)
  );
  CpuSubsystem_m13 cpu (                         // CpuIoModule.java:76
    .clk                (cpu_clk),
    .rst                (cpu_rst),
    .cpuOut_valid       (cpu_cpuOut_valid),
    .cpuOut_kind        (cpu_cpuOut_kind),
    .cpuOut_tag         (cpu_cpuOut_tag),
    .cpuOut_address     (cpu_cpuOut_address),
    .cpuOut_byteEnables (cpu_cpuOut_byteEnables),
    .cpuOut_data        (cpu_cpuOut_data),
    .cpuOutReady        (cpu_cpuOutReady),
    .cpuIn_valid        (cpu_cpuIn_valid),
    .cpuIn_kind         (cpu_cpuIn_kind),
    .cpuIn_tag          (cpu_cpuIn_tag),
    .cpuIn_status       (cpu_cpuIn_status),
    .cpuIn_address      (cpu_cpuIn_address),
    .cpuIn_data         (cpu_cpuIn_data),
    .cpuError           (cpu_cpuError),
    .memSnoopValid      (cpu_memSnoopValid),
    .memReadValid       (cpu_memReadValid),
    .memReadData        (cpu_memReadData),
    .memReadError       (cpu_memReadError),
    .memWriteValid      (cpu_memWriteValid),
    .memWriteData       (cpu_memWriteData),
    .cpuStop            (cpu_cpuStop),
    .cpuQuiesced        (cpu_cpuQuiesced),
    .warmReset          (cpu_warmReset),
    .csrValid           (cpu_csrValid),
    .csrWrite           (cpu_csrWrite),
    .csrAddress         (cpu_csrAddress),
    .csrData            (cpu_csrData),
    .csrRespValid       (cpu_csrRespValid),
    .csrRespData        (cpu_csrRespData),
    .csrRespError       (cpu_csrRespError),
    .geIrq              (cpu_geIrq),
    .poisonKind         (cpu_poisonKind),
    .retire_valid       (cpu_retire_valid),
    .retire_pc          (cpu_retire_pc),
    .retire_word        (cpu_retire_word),
    .retire_rd          (cpu_retire_rd),
    .retire_rdValue     (cpu_retire_rdValue),
    .retire_load        (cpu_retire_load),
    .retire_store       (cpu_retire_store),
    .retire_memAddress  (cpu_retire_memAddress),
    .retire_memData     (cpu_retire_memData),
    .retire_trap        (cpu_retire_trap),
    .retire_cause       (cpu_retire_cause),
    .memSnoopAddress    (cpu_memSnoopAddress),
    .memReadAddress     (cpu_memReadAddress),
    .memWriteAddress    (cpu_memWriteAddress),
    .poisonWord         (cpu_poisonWord)
  );
endmodule
