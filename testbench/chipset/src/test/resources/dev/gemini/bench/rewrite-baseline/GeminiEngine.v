// GeminiEngine: generated from dev.gemini.GeminiEngine by hdl-dsl. Do not edit; run `make rtl`.
module GeminiEngine (                            // GeminiEngine.java:130
  input  wire moduleId,                          // GeminiEngine.java:59
  input  wire partnerPresent,                    // GeminiEngine.java:60
  input  wire cpuOut_valid,                      // GeminiEngine.java:63
  input  wire [2:0] cpuOut_kind,                 // GeminiEngine.java:63
  input  wire [4:0] cpuOut_tag,                  // GeminiEngine.java:63
  input  wire [47:0] cpuOut_address,             // GeminiEngine.java:63
  input  wire [7:0] cpuOut_byteEnables,          // GeminiEngine.java:63
  input  wire [63:0] cpuOut_data,                // GeminiEngine.java:63
  output wire cpuOutReady,                       // GeminiEngine.java:64
  output wire cpuIn_valid,                       // GeminiEngine.java:65
  output wire [1:0] cpuIn_kind,                  // GeminiEngine.java:65
  output wire [4:0] cpuIn_tag,                   // GeminiEngine.java:65
  output wire [2:0] cpuIn_status,                // GeminiEngine.java:65
  output wire [47:0] cpuIn_address,              // GeminiEngine.java:65
  output wire [63:0] cpuIn_data,                 // GeminiEngine.java:65
  input  wire [2:0] cpuError,                    // GeminiEngine.java:67
  output wire ioReq_valid,                       // GeminiEngine.java:70
  output wire [2:0] ioReq_kind,                  // GeminiEngine.java:70
  output wire [4:0] ioReq_tag,                   // GeminiEngine.java:70
  output wire [47:0] ioReq_address,              // GeminiEngine.java:70
  output wire [7:0] ioReq_byteEnables,           // GeminiEngine.java:70
  output wire [63:0] ioReq_data,                 // GeminiEngine.java:70
  input  wire ioReqReady,                        // GeminiEngine.java:71
  input  wire ioIn_valid,                        // GeminiEngine.java:72
  input  wire [1:0] ioIn_kind,                   // GeminiEngine.java:72
  input  wire [4:0] ioIn_tag,                    // GeminiEngine.java:72
  input  wire [2:0] ioIn_status,                 // GeminiEngine.java:72
  input  wire [47:0] ioIn_address,               // GeminiEngine.java:72
  input  wire [63:0] ioIn_data,                  // GeminiEngine.java:72
  output wire ioInReady,                         // GeminiEngine.java:73
  input  wire [2:0] ioError,                     // GeminiEngine.java:74
  input  wire memSnoopValid,                     // GeminiEngine.java:78
  output wire memReadValid,                      // GeminiEngine.java:80
  input  wire [63:0] memReadData,                // GeminiEngine.java:82
  input  wire memReadError,                      // GeminiEngine.java:83
  output wire memWriteValid,                     // GeminiEngine.java:84
  output wire [63:0] memWriteData,               // GeminiEngine.java:86
  output wire cpuStop,                           // GeminiEngine.java:88
  input  wire cpuQuiesced,                       // GeminiEngine.java:89
  output wire cpuReset,                          // GeminiEngine.java:91
  output wire cpuRestore,                        // GeminiEngine.java:93
  input  wire phaseLate,                         // GeminiEngine.java:98
  output wire [5:0] delayTap,                    // GeminiEngine.java:99
  input  wire sysref,                            // GeminiEngine.java:100
  input  wire clockingBypass,                    // GeminiEngine.java:101
  output wire linkOut_heartbeat,                 // GeminiEngine.java:104
  output wire linkOut_outbound_valid,            // GeminiEngine.java:104
  output wire [2:0] linkOut_outbound_kind,       // GeminiEngine.java:104
  output wire [4:0] linkOut_outbound_tag,        // GeminiEngine.java:104
  output wire [47:0] linkOut_outbound_address,   // GeminiEngine.java:104
  output wire [7:0] linkOut_outbound_byteEnables, // GeminiEngine.java:104
  output wire [63:0] linkOut_outbound_data,      // GeminiEngine.java:104
  output wire linkOut_inbound_valid,             // GeminiEngine.java:104
  output wire [1:0] linkOut_inbound_kind,        // GeminiEngine.java:104
  output wire [4:0] linkOut_inbound_tag,         // GeminiEngine.java:104
  output wire [2:0] linkOut_inbound_status,      // GeminiEngine.java:104
  output wire [47:0] linkOut_inbound_address,    // GeminiEngine.java:104
  output wire [63:0] linkOut_inbound_data,       // GeminiEngine.java:104
  output wire linkOut_ioCreditReturn,            // GeminiEngine.java:104
  output wire [5:0] linkOut_errors,              // GeminiEngine.java:104
  output wire linkOut_csrWrite_valid,            // GeminiEngine.java:104
  output wire [7:0] linkOut_csrWrite_address,    // GeminiEngine.java:104
  output wire [31:0] linkOut_csrWrite_data,      // GeminiEngine.java:104
  output wire linkOut_ioHold,                    // GeminiEngine.java:104
  output wire linkOut_cpuReset,                  // GeminiEngine.java:104
  output wire [1:0] linkOut_resetMessage_kind,   // GeminiEngine.java:104
  output wire [7:0] linkOut_resetMessage_cycle,  // GeminiEngine.java:104
  input  wire linkIn_heartbeat,                  // GeminiEngine.java:105
  input  wire linkIn_outbound_valid,             // GeminiEngine.java:105
  input  wire [2:0] linkIn_outbound_kind,        // GeminiEngine.java:105
  input  wire [4:0] linkIn_outbound_tag,         // GeminiEngine.java:105
  input  wire [47:0] linkIn_outbound_address,    // GeminiEngine.java:105
  input  wire [7:0] linkIn_outbound_byteEnables, // GeminiEngine.java:105
  input  wire [63:0] linkIn_outbound_data,       // GeminiEngine.java:105
  input  wire linkIn_inbound_valid,              // GeminiEngine.java:105
  input  wire [1:0] linkIn_inbound_kind,         // GeminiEngine.java:105
  input  wire [4:0] linkIn_inbound_tag,          // GeminiEngine.java:105
  input  wire [2:0] linkIn_inbound_status,       // GeminiEngine.java:105
  input  wire [47:0] linkIn_inbound_address,     // GeminiEngine.java:105
  input  wire [63:0] linkIn_inbound_data,        // GeminiEngine.java:105
  input  wire linkIn_ioCreditReturn,             // GeminiEngine.java:105
  input  wire [5:0] linkIn_errors,               // GeminiEngine.java:105
  input  wire linkIn_csrWrite_valid,             // GeminiEngine.java:105
  input  wire [7:0] linkIn_csrWrite_address,     // GeminiEngine.java:105
  input  wire [31:0] linkIn_csrWrite_data,       // GeminiEngine.java:105
  input  wire linkIn_ioHold,                     // GeminiEngine.java:105
  input  wire linkIn_cpuReset,                   // GeminiEngine.java:105
  input  wire [1:0] linkIn_resetMessage_kind,    // GeminiEngine.java:105
  input  wire [7:0] linkIn_resetMessage_cycle,   // GeminiEngine.java:105
  input  wire csrValid,                          // GeminiEngine.java:111
  input  wire csrWrite,                          // GeminiEngine.java:112
  input  wire [7:0] csrAddress,                  // GeminiEngine.java:113
  input  wire [31:0] csrData,                    // GeminiEngine.java:114
  output wire csrRespValid,                      // GeminiEngine.java:115
  output wire [31:0] csrRespData,                // GeminiEngine.java:116
  output wire csrRespError,                      // GeminiEngine.java:117
  output wire irq,                               // GeminiEngine.java:119
  output wire [2:0] ledState,                    // GeminiEngine.java:120
  output wire ledGreen,                          // GeminiEngine.java:121
  output wire ledAmber,                          // GeminiEngine.java:122
  input  wire [16:0] memSnoopAddress,            // GeminiEngine.java:133
  output wire [16:0] memReadAddress,             // GeminiEngine.java:134
  output wire [16:0] memWriteAddress,            // GeminiEngine.java:135
  output wire copyOut_valid,                     // GeminiEngine.java:136
  output wire [16:0] copyOut_address,            // GeminiEngine.java:136
  output wire [63:0] copyOut_data,               // GeminiEngine.java:136
  output wire [7:0] copyOut_check,               // GeminiEngine.java:136
  output wire copyOut_ack,                       // GeminiEngine.java:136
  output wire copyOut_nack,                      // GeminiEngine.java:136
  input  wire copyIn_valid,                      // GeminiEngine.java:137
  input  wire [16:0] copyIn_address,             // GeminiEngine.java:137
  input  wire [63:0] copyIn_data,                // GeminiEngine.java:137
  input  wire [7:0] copyIn_check,                // GeminiEngine.java:137
  input  wire copyIn_ack,                        // GeminiEngine.java:137
  input  wire copyIn_nack,                       // GeminiEngine.java:137
  input  wire clk,                               // GeminiEngine.java:130
  input  wire rst                                // GeminiEngine.java:130
);
  reg  [31:0] cycle;                             // GeminiEngine.java:142
  wire [31:0] cycle_add_1 = cycle + 32'd1;       // GeminiEngine.java:143
  wire regs_reqValid;                            // GeminiEngine.java:146
  wire regs_reqWrite;                            // GeminiEngine.java:146
  wire [7:0] regs_reqAddress;                    // GeminiEngine.java:146
  wire [31:0] regs_reqData;                      // GeminiEngine.java:146
  wire regs_respValid;                           // GeminiEngine.java:146
  wire [31:0] regs_respData;                     // GeminiEngine.java:146
  wire regs_respError;                           // GeminiEngine.java:146
  wire regs_acceptedWrite;                       // GeminiEngine.java:146
  wire regs_refused;                             // GeminiEngine.java:146
  wire [8:0] regs_refusedAddress;                // GeminiEngine.java:146
  wire regs_applyValid;                          // GeminiEngine.java:146
  wire [7:0] regs_applyAddress;                  // GeminiEngine.java:146
  wire [31:0] regs_applyData;                    // GeminiEngine.java:146
  wire [31:0] regs_status_ID;                    // GeminiEngine.java:146
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_CONTROL;                  // GeminiEngine.java:146
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_status_STATUS;                // GeminiEngine.java:146
  wire [31:0] regs_set_IRQ_STATUS;               // GeminiEngine.java:146
  wire [31:0] regs_reg_IRQ_STATUS;               // GeminiEngine.java:146
  wire [31:0] regs_reg_IRQ_ENABLE;               // GeminiEngine.java:146
  wire [31:0] regs_cmd_COMMAND;                  // GeminiEngine.java:146
  wire regs_cmd_COMMAND_write;                   // GeminiEngine.java:146
  wire [31:0] regs_status_SUBSYSTEM_STATE;       // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LEVEL;           // GeminiEngine.java:146
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_ERROR_CAPACITY;           // GeminiEngine.java:146
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_reg_ERROR_PERIOD;             // GeminiEngine.java:146
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_HEARTBEAT_TIMEOUT;        // GeminiEngine.java:146
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_status_LED;                   // GeminiEngine.java:146
  wire [31:0] regs_status_COUNT_COMPARED;        // GeminiEngine.java:146
  wire [31:0] regs_status_COUNT_MISMATCHES;      // GeminiEngine.java:146
  wire [31:0] regs_status_COUNT_CORRECTABLE;     // GeminiEngine.java:146
  wire [31:0] regs_status_COUNT_ISOLATIONS;      // GeminiEngine.java:146
  wire [31:0] regs_status_MISMATCH_CYCLE;        // GeminiEngine.java:146
  wire [31:0] regs_status_MISMATCH_FIELDS;       // GeminiEngine.java:146
  wire [31:0] regs_status_MISMATCH_SYNDROME_LO;  // GeminiEngine.java:146
  wire [31:0] regs_status_MISMATCH_SYNDROME_HI;  // GeminiEngine.java:146
  wire [31:0] regs_status_MISMATCH_M0_LO;        // GeminiEngine.java:146
  wire [31:0] regs_status_MISMATCH_M0_HI;        // GeminiEngine.java:146
  wire [31:0] regs_status_MISMATCH_M1_LO;        // GeminiEngine.java:146
  wire [31:0] regs_status_MISMATCH_M1_HI;        // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_COUNT;       // GeminiEngine.java:146
  wire [31:0] regs_status_CYCLE;                 // GeminiEngine.java:146
  wire [31:0] regs_status_CSR_ERROR_ADDRESS;     // GeminiEngine.java:146
  wire [31:0] regs_status_CLOCKING;              // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_0;           // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_1;           // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_2;           // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_3;           // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_4;           // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_5;           // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_6;           // GeminiEngine.java:146
  wire [31:0] regs_status_ERROR_LOG_7;           // GeminiEngine.java:146
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_cmd_DM_COMMAND;               // GeminiEngine.java:146
  /* verilator lint_on UNUSEDSIGNAL */
  wire regs_cmd_DM_COMMAND_write;                // GeminiEngine.java:146
  wire [31:0] regs_status_DM_STATUS;             // GeminiEngine.java:146
  wire [31:0] regs_status_DM_PASSES;             // GeminiEngine.java:146
  wire [31:0] regs_status_DM_LAST_COPIED;        // GeminiEngine.java:146
  wire [31:0] regs_status_DM_LAST_DIRTIED;       // GeminiEngine.java:146
  wire [31:0] regs_status_DM_DIRTY_PAGES;        // GeminiEngine.java:146
  wire [31:0] regs_status_DM_FAIL_ADDRESS;       // GeminiEngine.java:146
  wire [31:0] regs_status_DM_BLACKOUT_CYCLES;    // GeminiEngine.java:146
  wire regs_clk;                                 // GeminiEngine.java:146
  wire regs_rst;                                 // GeminiEngine.java:146
  wire watchdog_heartbeat;                       // GeminiEngine.java:147
  wire [15:0] watchdog_timeout;                  // GeminiEngine.java:147
  wire watchdog_linkUp;                          // GeminiEngine.java:147
  wire watchdog_lost;                            // GeminiEngine.java:147
  wire watchdog_fresh;                           // GeminiEngine.java:147
  wire watchdog_clk;                             // GeminiEngine.java:147
  wire watchdog_rst;                             // GeminiEngine.java:147
  wire [312:0] ownFrameDelay_in;                 // GeminiEngine.java:148
  wire [312:0] ownFrameDelay_out;                // GeminiEngine.java:148
  wire ownFrameDelay_clk;                        // GeminiEngine.java:148
  wire ownFrameDelay_rst;                        // GeminiEngine.java:148
  wire compare_m0_valid;                         // GeminiEngine.java:149
  wire [2:0] compare_m0_kind;                    // GeminiEngine.java:149
  wire [4:0] compare_m0_tag;                     // GeminiEngine.java:149
  wire [47:0] compare_m0_address;                // GeminiEngine.java:149
  wire [7:0] compare_m0_byteEnables;             // GeminiEngine.java:149
  wire [63:0] compare_m0_data;                   // GeminiEngine.java:149
  wire compare_m1_valid;                         // GeminiEngine.java:149
  wire [2:0] compare_m1_kind;                    // GeminiEngine.java:149
  wire [4:0] compare_m1_tag;                     // GeminiEngine.java:149
  wire [47:0] compare_m1_address;                // GeminiEngine.java:149
  wire [7:0] compare_m1_byteEnables;             // GeminiEngine.java:149
  wire [63:0] compare_m1_data;                   // GeminiEngine.java:149
  wire compare_active;                           // GeminiEngine.java:149
  wire compare_pop;                              // GeminiEngine.java:149
  wire compare_clearRecord;                      // GeminiEngine.java:149
  wire [31:0] compare_cycle;                     // GeminiEngine.java:149
  wire compare_headValid;                        // GeminiEngine.java:149
  wire compare_headMatched;                      // GeminiEngine.java:149
  wire compare_headSuspect;                      // GeminiEngine.java:149
  wire compare_head0_valid;                      // GeminiEngine.java:149
  wire [2:0] compare_head0_kind;                 // GeminiEngine.java:149
  wire [4:0] compare_head0_tag;                  // GeminiEngine.java:149
  wire [47:0] compare_head0_address;             // GeminiEngine.java:149
  wire [7:0] compare_head0_byteEnables;          // GeminiEngine.java:149
  wire [63:0] compare_head0_data;                // GeminiEngine.java:149
  wire compare_head1_valid;                      // GeminiEngine.java:149
  wire [2:0] compare_head1_kind;                 // GeminiEngine.java:149
  wire [4:0] compare_head1_tag;                  // GeminiEngine.java:149
  wire [47:0] compare_head1_address;             // GeminiEngine.java:149
  wire [7:0] compare_head1_byteEnables;          // GeminiEngine.java:149
  wire [63:0] compare_head1_data;                // GeminiEngine.java:149
  wire compare_mismatch;                         // GeminiEngine.java:149
  wire [31:0] compare_compared;                  // GeminiEngine.java:149
  wire [31:0] compare_mismatches;                // GeminiEngine.java:149
  wire compare_recorded;                         // GeminiEngine.java:149
  wire [31:0] compare_recordCycle;               // GeminiEngine.java:149
  wire [5:0] compare_recordFields;               // GeminiEngine.java:149
  wire [63:0] compare_recordSyndrome;            // GeminiEngine.java:149
  wire [63:0] compare_recordValue0;              // GeminiEngine.java:149
  wire [63:0] compare_recordValue1;              // GeminiEngine.java:149
  wire compare_clk;                              // GeminiEngine.java:149
  wire compare_rst;                              // GeminiEngine.java:149
  wire dispatch_headValid;                       // GeminiEngine.java:150
  wire dispatch_headMatched;                     // GeminiEngine.java:150
  wire dispatch_headSuspect;                     // GeminiEngine.java:150
  wire dispatch_culpritKnown;                    // GeminiEngine.java:150
  wire dispatch_head0_valid;                     // GeminiEngine.java:150
  wire [2:0] dispatch_head0_kind;                // GeminiEngine.java:150
  wire [4:0] dispatch_head0_tag;                 // GeminiEngine.java:150
  wire [47:0] dispatch_head0_address;            // GeminiEngine.java:150
  wire [7:0] dispatch_head0_byteEnables;         // GeminiEngine.java:150
  wire [63:0] dispatch_head0_data;               // GeminiEngine.java:150
  wire dispatch_head1_valid;                     // GeminiEngine.java:150
  wire [2:0] dispatch_head1_kind;                // GeminiEngine.java:150
  wire [4:0] dispatch_head1_tag;                 // GeminiEngine.java:150
  wire [47:0] dispatch_head1_address;            // GeminiEngine.java:150
  wire [7:0] dispatch_head1_byteEnables;         // GeminiEngine.java:150
  wire [63:0] dispatch_head1_data;               // GeminiEngine.java:150
  wire [2:0] dispatch_mode;                      // GeminiEngine.java:150
  wire [1:0] dispatch_ioOnline;                  // GeminiEngine.java:150
  wire [1:0] dispatch_ioCreditReturn;            // GeminiEngine.java:150
  wire [1:0] dispatch_ioReturned;                // GeminiEngine.java:150
  wire dispatch_moduleId;                        // GeminiEngine.java:150
  wire dispatch_pop;                             // GeminiEngine.java:150
  wire dispatch_popped0;                         // GeminiEngine.java:150
  wire dispatch_popped1;                         // GeminiEngine.java:150
  wire dispatch_toIo_valid;                      // GeminiEngine.java:150
  wire [2:0] dispatch_toIo_kind;                 // GeminiEngine.java:150
  wire [4:0] dispatch_toIo_tag;                  // GeminiEngine.java:150
  wire [47:0] dispatch_toIo_address;             // GeminiEngine.java:150
  wire [7:0] dispatch_toIo_byteEnables;          // GeminiEngine.java:150
  wire [63:0] dispatch_toIo_data;                // GeminiEngine.java:150
  wire dispatch_issued;                          // GeminiEngine.java:150
  wire [4:0] dispatch_issuedTag;                 // GeminiEngine.java:150
  wire dispatch_issuedTarget;                    // GeminiEngine.java:150
  wire dispatch_issuedDiscarded;                 // GeminiEngine.java:150
  wire dispatch_headMismatch;                    // GeminiEngine.java:150
  wire dispatch_clk;                             // GeminiEngine.java:150
  wire dispatch_rst;                             // GeminiEngine.java:150
  wire [5:0] controller_errors0;                 // GeminiEngine.java:151
  wire [5:0] controller_errors1;                 // GeminiEngine.java:151
  wire controller_headMismatch;                  // GeminiEngine.java:151
  wire controller_commandValid;                  // GeminiEngine.java:151
  wire controller_resyncDone;                    // GeminiEngine.java:151
  wire [31:0] controller_command;                // GeminiEngine.java:151
  wire [7:0] controller_capacity;                // GeminiEngine.java:151
  wire [31:0] controller_period;                 // GeminiEngine.java:151
  wire controller_rankM1First;                   // GeminiEngine.java:151
  wire controller_linkLost;                      // GeminiEngine.java:151
  wire controller_partnerFresh;                  // GeminiEngine.java:151
  wire controller_partnerPresent;                // GeminiEngine.java:151
  wire controller_moduleId;                      // GeminiEngine.java:151
  wire [7:0] controller_states;                  // GeminiEngine.java:151
  wire [2:0] controller_mode;                    // GeminiEngine.java:151
  wire [31:0] controller_levels;                 // GeminiEngine.java:151
  wire [3:0] controller_isolated;                // GeminiEngine.java:151
  wire [3:0] controller_wentOffline;             // GeminiEngine.java:151
  wire [3:0] controller_returned;                // GeminiEngine.java:151
  /* verilator lint_off UNUSEDSIGNAL */
  wire [3:0] controller_leftService;             // GeminiEngine.java:151
  /* verilator lint_on UNUSEDSIGNAL */
  wire controller_failStopped;                   // GeminiEngine.java:151
  wire controller_correctable;                   // GeminiEngine.java:151
  wire controller_logValid;                      // GeminiEngine.java:151
  wire [2:0] controller_logEvent;                // GeminiEngine.java:151
  wire [1:0] controller_logSubsystem;            // GeminiEngine.java:151
  wire controller_culpritKnown;                  // GeminiEngine.java:151
  wire [31:0] controller_correctableCount;       // GeminiEngine.java:151
  wire [31:0] controller_isolationCount;         // GeminiEngine.java:151
  wire controller_clk;                           // GeminiEngine.java:151
  wire controller_rst;                           // GeminiEngine.java:151
  wire responder_issued;                         // GeminiEngine.java:152
  wire [4:0] responder_issuedTag;                // GeminiEngine.java:152
  wire responder_issuedTarget;                   // GeminiEngine.java:152
  wire responder_issuedDiscarded;                // GeminiEngine.java:152
  wire responder_replicated_valid;               // GeminiEngine.java:152
  wire [1:0] responder_replicated_kind;          // GeminiEngine.java:152
  wire [4:0] responder_replicated_tag;           // GeminiEngine.java:152
  wire [2:0] responder_replicated_status;        // GeminiEngine.java:152
  wire [47:0] responder_replicated_address;      // GeminiEngine.java:152
  wire [63:0] responder_replicated_data;         // GeminiEngine.java:152
  wire [1:0] responder_ioOnline;                 // GeminiEngine.java:152
  wire [1:0] responder_ioLeft;                   // GeminiEngine.java:152
  wire responder_synthesized_valid;              // GeminiEngine.java:152
  wire [1:0] responder_synthesized_kind;         // GeminiEngine.java:152
  wire [4:0] responder_synthesized_tag;          // GeminiEngine.java:152
  wire [2:0] responder_synthesized_status;       // GeminiEngine.java:152
  wire [47:0] responder_synthesized_address;     // GeminiEngine.java:152
  wire [63:0] responder_synthesized_data;        // GeminiEngine.java:152
  /* verilator lint_off UNUSEDSIGNAL */
  wire [5:0] responder_outstanding;              // GeminiEngine.java:152
  /* verilator lint_on UNUSEDSIGNAL */
  wire responder_clk;                            // GeminiEngine.java:152
  wire responder_rst;                            // GeminiEngine.java:152
  wire ioQueue_push;                             // GeminiEngine.java:153
  wire ioQueue_pop;                              // GeminiEngine.java:153
  wire ioQueue_flush;                            // GeminiEngine.java:153
  wire ioQueue_headValid;                        // GeminiEngine.java:153
  wire [128:0] ioQueue_pushData;                 // GeminiEngine.java:153
  wire [128:0] ioQueue_head;                     // GeminiEngine.java:153
  /* verilator lint_off UNUSEDSIGNAL */
  wire [2:0] ioQueue_count;                      // GeminiEngine.java:153
  /* verilator lint_on UNUSEDSIGNAL */
  wire ioQueue_clk;                              // GeminiEngine.java:153
  wire ioQueue_rst;                              // GeminiEngine.java:153
  wire log_valid;                                // GeminiEngine.java:154
  wire [2:0] log_event_;                         // GeminiEngine.java:154
  wire [1:0] log_subsystem;                      // GeminiEngine.java:154
  wire [31:0] log_cycle;                         // GeminiEngine.java:154
  wire [31:0] log_entries_0;                     // GeminiEngine.java:154
  wire [31:0] log_entries_1;                     // GeminiEngine.java:154
  wire [31:0] log_entries_2;                     // GeminiEngine.java:154
  wire [31:0] log_entries_3;                     // GeminiEngine.java:154
  wire [31:0] log_entries_4;                     // GeminiEngine.java:154
  wire [31:0] log_entries_5;                     // GeminiEngine.java:154
  wire [31:0] log_entries_6;                     // GeminiEngine.java:154
  wire [31:0] log_entries_7;                     // GeminiEngine.java:154
  wire [31:0] log_count;                         // GeminiEngine.java:154
  wire log_clk;                                  // GeminiEngine.java:154
  wire log_rst;                                  // GeminiEngine.java:154
  wire [1:0] led_cpuState;                       // GeminiEngine.java:155
  wire [1:0] led_ioState;                        // GeminiEngine.java:155
  wire led_duplex;                               // GeminiEngine.java:155
  wire led_failStop;                             // GeminiEngine.java:155
  wire led_blink;                                // GeminiEngine.java:155
  wire [2:0] led_state;                          // GeminiEngine.java:155
  wire led_green;                                // GeminiEngine.java:155
  wire led_amber;                                // GeminiEngine.java:155
  wire led_clk;                                  // GeminiEngine.java:155
  wire led_rst;                                  // GeminiEngine.java:155
  wire mover_snoopValid;                         // GeminiEngine.java:156
  wire mover_readValid;                          // GeminiEngine.java:156
  wire [63:0] mover_readData;                    // GeminiEngine.java:156
  wire mover_readError;                          // GeminiEngine.java:156
  wire mover_writeValid;                         // GeminiEngine.java:156
  wire [63:0] mover_writeData;                   // GeminiEngine.java:156
  wire mover_linkUp;                             // GeminiEngine.java:156
  wire mover_commandValid;                       // GeminiEngine.java:156
  wire [2:0] mover_command;                      // GeminiEngine.java:156
  wire mover_receiveEnable;                      // GeminiEngine.java:156
  wire mover_cpuStop;                            // GeminiEngine.java:156
  wire mover_ioHold;                             // GeminiEngine.java:156
  wire mover_ioQuiet;                            // GeminiEngine.java:156
  wire mover_cpuQuiesced;                        // GeminiEngine.java:156
  wire mover_resetRequest;                       // GeminiEngine.java:156
  wire mover_resetDone;                          // GeminiEngine.java:156
  wire [2:0] mover_phase;                        // GeminiEngine.java:156
  wire mover_passRunning;                        // GeminiEngine.java:156
  /* verilator lint_off UNUSEDSIGNAL */
  wire mover_passDone;                           // GeminiEngine.java:156
  /* verilator lint_on UNUSEDSIGNAL */
  wire mover_failed;                             // GeminiEngine.java:156
  wire [1:0] mover_failCause;                    // GeminiEngine.java:156
  wire [15:0] mover_passes;                      // GeminiEngine.java:156
  wire [15:0] mover_lastCopied;                  // GeminiEngine.java:156
  wire [15:0] mover_lastDirtied;                 // GeminiEngine.java:156
  wire [15:0] mover_dirtyPages;                  // GeminiEngine.java:156
  wire [31:0] mover_blackoutCycles;              // GeminiEngine.java:156
  wire mover_synced;                             // GeminiEngine.java:156
  wire mover_refused;                            // GeminiEngine.java:156
  wire [16:0] mover_snoopAddress;                // GeminiEngine.java:156
  wire [16:0] mover_readAddress;                 // GeminiEngine.java:156
  wire [16:0] mover_writeAddress;                // GeminiEngine.java:156
  wire mover_linkOut_valid;                      // GeminiEngine.java:156
  wire [16:0] mover_linkOut_address;             // GeminiEngine.java:156
  wire [63:0] mover_linkOut_data;                // GeminiEngine.java:156
  wire [7:0] mover_linkOut_check;                // GeminiEngine.java:156
  wire mover_linkOut_ack;                        // GeminiEngine.java:156
  wire mover_linkOut_nack;                       // GeminiEngine.java:156
  wire mover_linkIn_valid;                       // GeminiEngine.java:156
  wire [16:0] mover_linkIn_address;              // GeminiEngine.java:156
  wire [63:0] mover_linkIn_data;                 // GeminiEngine.java:156
  wire [7:0] mover_linkIn_check;                 // GeminiEngine.java:156
  wire mover_linkIn_ack;                         // GeminiEngine.java:156
  wire mover_linkIn_nack;                        // GeminiEngine.java:156
  wire [16:0] mover_failAddress;                 // GeminiEngine.java:156
  /* verilator lint_off UNUSEDSIGNAL */
  wire [7:0] mover_copyPage;                     // GeminiEngine.java:156
  /* verilator lint_on UNUSEDSIGNAL */
  wire mover_clk;                                // GeminiEngine.java:156
  wire mover_rst;                                // GeminiEngine.java:156
  wire aligner_late;                             // GeminiEngine.java:157
  wire aligner_locked;                           // GeminiEngine.java:157
  /* verilator lint_off UNUSEDSIGNAL */
  wire aligner_lockLost;                         // GeminiEngine.java:157
  /* verilator lint_on UNUSEDSIGNAL */
  wire [5:0] aligner_tap;                        // GeminiEngine.java:157
  wire [5:0] aligner_windowLo;                   // GeminiEngine.java:157
  wire [5:0] aligner_windowHi;                   // GeminiEngine.java:157
  wire aligner_clk;                              // GeminiEngine.java:157
  wire aligner_rst;                              // GeminiEngine.java:157
  wire sequencer_moduleId;                       // GeminiEngine.java:158
  wire sequencer_locked;                         // GeminiEngine.java:158
  wire sequencer_sysref;                         // GeminiEngine.java:158
  wire [1:0] sequencer_linkInKind;               // GeminiEngine.java:158
  wire [1:0] sequencer_linkOutKind;              // GeminiEngine.java:158
  wire sequencer_cpuReset;                       // GeminiEngine.java:158
  wire sequencer_compareStart;                   // GeminiEngine.java:158
  wire [7:0] sequencer_linkInCycle;              // GeminiEngine.java:158
  wire [7:0] sequencer_linkOutCycle;             // GeminiEngine.java:158
  /* verilator lint_off UNUSEDSIGNAL */
  wire [7:0] sequencer_count;                    // GeminiEngine.java:158
  wire [7:0] sequencer_releaseAt;                // GeminiEngine.java:158
  /* verilator lint_on UNUSEDSIGNAL */
  wire sequencer_clk;                            // GeminiEngine.java:158
  wire sequencer_rst;                            // GeminiEngine.java:158
  wire [1:0] controller_states_3_2 = controller_states[3:2]; // GeminiEngine.java:162
  wire [1:0] controller_states_1_0 = controller_states[1:0]; // GeminiEngine.java:162
  wire [1:0] localCpuState = moduleId ? controller_states_3_2 : controller_states_1_0; // GeminiEngine.java:162
  wire [1:0] controller_states_7_6 = controller_states[7:6]; // GeminiEngine.java:163
  wire [1:0] controller_states_5_4 = controller_states[5:4]; // GeminiEngine.java:163
  wire [1:0] localIoState = moduleId ? controller_states_7_6 : controller_states_5_4; // GeminiEngine.java:163
  wire localCpuOnline = localCpuState == 2'd0;   // GeminiEngine.java:164
  wire localIoOnline = localIoState == 2'd0;     // GeminiEngine.java:165
  wire [1:0] controller_states_1_0_1 = controller_states[1:0]; // GeminiEngine.java:166
  wire [1:0] controller_states_3_2_1 = controller_states[3:2]; // GeminiEngine.java:166
  wire [1:0] mux_moduleId = moduleId ? controller_states_1_0_1 : controller_states_3_2_1; // GeminiEngine.java:166
  wire partnerCpuOnline = mux_moduleId == 2'd0;  // GeminiEngine.java:166
  wire failStop = controller_mode == 3'd4;       // GeminiEngine.java:167
  wire [1:0] controller_states_1_0_2 = controller_states[1:0]; // GeminiEngine.java:168
  wire controller_states_1_0_2_eq_0 = controller_states_1_0_2 == 2'd0; // GeminiEngine.java:168
  wire [1:0] controller_states_3_2_2 = controller_states[3:2]; // GeminiEngine.java:168
  wire controller_states_3_2_2_eq_0 = controller_states_3_2_2 == 2'd0; // GeminiEngine.java:168
  wire bothCpusOnline = controller_states_1_0_2_eq_0 & controller_states_3_2_2_eq_0; // GeminiEngine.java:168
  wire not_clockingBypass = ~clockingBypass;     // GeminiEngine.java:177
  wire powerOnHold = sequencer_cpuReset & not_clockingBypass; // GeminiEngine.java:177
  reg  compareStarted;                           // GeminiEngine.java:178
  wire comparing = compareStarted | clockingBypass; // GeminiEngine.java:180
  reg  [7:0] cpuHold;                            // GeminiEngine.java:184
  wire cpuError_1 = cpuError[1];                 // GeminiEngine.java:185
  wire cpuError_2 = cpuError[2];                 // GeminiEngine.java:185
  wire cpuSevere = cpuError_1 | cpuError_2;      // GeminiEngine.java:185
  wire cpuSevere_and_localCpuOnline = cpuSevere & localCpuOnline; // GeminiEngine.java:186
  wire cpuSevere_and_localCpuOnline_and = cpuSevere_and_localCpuOnline & partnerCpuOnline; // GeminiEngine.java:186
  wire cpuHold_ne_0 = cpuHold != 8'd0;           // GeminiEngine.java:187
  wire [7:0] cpuHold_sub_1 = cpuHold - 8'd1;     // GeminiEngine.java:187
  wire cpuHold_ne_0_1 = cpuHold != 8'd0;         // GeminiEngine.java:188
  wire not_localCpuOnline = ~localCpuOnline;     // GeminiEngine.java:188
  wire cpuContained = cpuHold_ne_0_1 | not_localCpuOnline; // GeminiEngine.java:188
  reg  ioLatch;                                  // GeminiEngine.java:189
  wire ioError_1 = ioError[1];                   // GeminiEngine.java:190
  wire ioError_2 = ioError[2];                   // GeminiEngine.java:190
  wire ioSevere = ioError_1 | ioError_2;         // GeminiEngine.java:190
  wire ioLatch_or_ioSevere = ioLatch | ioSevere; // GeminiEngine.java:191
  wire ioLatch_or_ioSevere_and_localIoOnline = ioLatch_or_ioSevere & localIoOnline; // GeminiEngine.java:191
  wire not_localIoOnline = ~localIoOnline;       // GeminiEngine.java:192
  wire ioContained = ioLatch | not_localIoOnline; // GeminiEngine.java:192
  reg  [2:0] cpuCredits;                         // GeminiEngine.java:195
  wire cpuResetNow;                              // GeminiEngine.java:196
  wire cpuCredits_ne_0 = cpuCredits != 3'd0;     // GeminiEngine.java:197
  wire not_cpuContained = ~cpuContained;         // GeminiEngine.java:197
  wire cpuCredits_ne_0_and_not_cpuContained = cpuCredits_ne_0 & not_cpuContained; // GeminiEngine.java:197
  wire not_failStop = ~failStop;                 // GeminiEngine.java:197
  wire cpuCredits_ne_0_and_not_cpuContained_and = cpuCredits_ne_0_and_not_cpuContained & not_failStop; // GeminiEngine.java:197
  wire not_mover_cpuStop = ~mover_cpuStop;       // GeminiEngine.java:197
  wire cpuCredits_ne_0_and_not_cpuContained_and_1 = cpuCredits_ne_0_and_not_cpuContained_and & not_mover_cpuStop; // GeminiEngine.java:197
  wire not_cpuResetNow = ~cpuResetNow;           // GeminiEngine.java:198
  wire ready = cpuCredits_ne_0_and_not_cpuContained_and_1 & not_cpuResetNow; // GeminiEngine.java:198
  wire accepted = cpuOut_valid & ready;          // GeminiEngine.java:199
  wire creditBack = moduleId ? dispatch_popped1 : dispatch_popped0; // GeminiEngine.java:200
  wire moduleId_cast = moduleId;                 // GeminiEngine.java:201
  /* verilator lint_off UNUSEDSIGNAL */
  wire [3:0] controller_returned_dshr_moduleId_cast = controller_returned >> moduleId_cast; // GeminiEngine.java:201
  /* verilator lint_on UNUSEDSIGNAL */
  wire localCpuReturned = controller_returned_dshr_moduleId_cast[0]; // GeminiEngine.java:201
  wire creditBack_cast = creditBack;             // GeminiEngine.java:203
  wire [2:0] creditBack_cast_ext = {2'd0, creditBack_cast}; // GeminiEngine.java:203
  wire [2:0] cpuCredits_add_creditBack_cast_ext = cpuCredits + creditBack_cast_ext; // GeminiEngine.java:203
  wire accepted_cast = accepted;                 // GeminiEngine.java:203
  wire [2:0] accepted_cast_ext = {2'd0, accepted_cast}; // GeminiEngine.java:203
  wire [2:0] cpuCredits_add_creditBack_cast_ext_sub = cpuCredits_add_creditBack_cast_ext - accepted_cast_ext; // GeminiEngine.java:203
  wire [2:0] mux_localCpuReturned = localCpuReturned ? 3'd4 : cpuCredits_add_creditBack_cast_ext_sub; // GeminiEngine.java:202
  wire not_ioContained = ~ioContained;           // GeminiEngine.java:206
  wire dispatch_toIo_valid_and_not_ioContained = dispatch_toIo_valid & not_ioContained; // GeminiEngine.java:206
  wire [128:0] cat_dispatch_toIo_valid_dispatch_toIo = {dispatch_toIo_valid, dispatch_toIo_kind, dispatch_toIo_tag, dispatch_toIo_address, dispatch_toIo_byteEnables, dispatch_toIo_data}; // Packing.java:31
  /* verilator lint_off UNUSEDSIGNAL */
  wire values_0 = ioQueue_head[128];             // Packing.java:47
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] values_1 = ioQueue_head[127:125];   // Packing.java:52
  wire [4:0] values_2 = ioQueue_head[124:120];   // Packing.java:52
  wire [47:0] values_3 = ioQueue_head[119:72];   // Packing.java:52
  wire [7:0] values_4 = ioQueue_head[71:64];     // Packing.java:52
  wire [63:0] values_5 = ioQueue_head[63:0];     // Packing.java:52
  wire not_ioContained_1 = ~ioContained;         // GeminiEngine.java:209
  wire requestValid = ioQueue_headValid & not_ioContained_1; // GeminiEngine.java:209
  wire deviceTook = requestValid & ioReqReady;   // GeminiEngine.java:210
  wire cycle_0 = cycle[0];                       // GeminiEngine.java:213
  wire mySlot = cycle_0 == moduleId;             // GeminiEngine.java:213
  wire ioHeld;                                   // GeminiEngine.java:214
  wire ioIn_valid_and_mySlot = ioIn_valid & mySlot; // GeminiEngine.java:215
  wire not_ioContained_2 = ~ioContained;         // GeminiEngine.java:215
  wire ioIn_valid_and_mySlot_and_not = ioIn_valid_and_mySlot & not_ioContained_2; // GeminiEngine.java:215
  wire not_ioHeld = ~ioHeld;                     // GeminiEngine.java:215
  wire sendEvent = ioIn_valid_and_mySlot_and_not & not_ioHeld; // GeminiEngine.java:215
  wire outboundIdle = cpuCredits == 3'd4;        // GeminiEngine.java:218
  reg  heartbeat;                                // GeminiEngine.java:221
  wire not_heartbeat = ~heartbeat;               // GeminiEngine.java:222
  reg  [312:0] frame;                            // GeminiEngine.java:223
  wire not_heartbeat_1 = ~heartbeat;             // GeminiEngine.java:224
  wire [5:0] cat_ioError_cpuError = {ioError, cpuError}; // GeminiEngine.java:227
  wire mover_resetRequest_and_outboundIdle = mover_resetRequest & outboundIdle; // GeminiEngine.java:229
  wire [312:0] cat_not_heartbeat_1_accepted_cpuOut_kind = {not_heartbeat_1, accepted, cpuOut_kind, cpuOut_tag, cpuOut_address, cpuOut_byteEnables, cpuOut_data, sendEvent, ioIn_kind, ioIn_tag, ioIn_status, ioIn_address, ioIn_data, deviceTook, cat_ioError_cpuError, regs_acceptedWrite, csrAddress, csrData, mover_ioHold, mover_resetRequest_and_outboundIdle, sequencer_linkOutKind, sequencer_linkOutCycle}; // Packing.java:31
  wire values_6 = frame[312];                    // Packing.java:47
  wire values_7 = frame[311];                    // Packing.java:47
  wire [2:0] values_8 = frame[310:308];          // Packing.java:52
  wire [4:0] values_9 = frame[307:303];          // Packing.java:52
  wire [47:0] values_10 = frame[302:255];        // Packing.java:52
  wire [7:0] values_11 = frame[254:247];         // Packing.java:52
  wire [63:0] values_12 = frame[246:183];        // Packing.java:52
  wire values_13 = frame[182];                   // Packing.java:47
  wire [1:0] values_14 = frame[181:180];         // Packing.java:52
  wire [4:0] values_15 = frame[179:175];         // Packing.java:52
  wire [2:0] values_16 = frame[174:172];         // Packing.java:52
  wire [47:0] values_17 = frame[171:124];        // Packing.java:52
  wire [63:0] values_18 = frame[123:60];         // Packing.java:52
  wire values_19 = frame[59];                    // Packing.java:47
  wire [5:0] values_20 = frame[58:53];           // Packing.java:52
  wire values_21 = frame[52];                    // Packing.java:47
  wire [7:0] values_22 = frame[51:44];           // Packing.java:52
  wire [31:0] values_23 = frame[43:12];          // Packing.java:52
  wire values_24 = frame[11];                    // Packing.java:47
  wire values_25 = frame[10];                    // Packing.java:47
  wire [1:0] values_26 = frame[9:8];             // Packing.java:52
  wire [7:0] values_27 = frame[7:0];             // Packing.java:52
  wire [15:0] regs_reg_HEARTBEAT_TIMEOUT_15_0 = regs_reg_HEARTBEAT_TIMEOUT[15:0]; // GeminiEngine.java:235
  wire [312:0] cat_linkIn_heartbeat_linkIn_outbound = {linkIn_heartbeat, linkIn_outbound_valid, linkIn_outbound_kind, linkIn_outbound_tag, linkIn_outbound_address, linkIn_outbound_byteEnables, linkIn_outbound_data, linkIn_inbound_valid, linkIn_inbound_kind, linkIn_inbound_tag, linkIn_inbound_status, linkIn_inbound_address, linkIn_inbound_data, linkIn_ioCreditReturn, linkIn_errors, linkIn_csrWrite_valid, linkIn_csrWrite_address, linkIn_csrWrite_data, linkIn_ioHold, linkIn_cpuReset, linkIn_resetMessage_kind, linkIn_resetMessage_cycle}; // Packing.java:31
  wire [312:0] partnerFrame = watchdog_linkUp ? cat_linkIn_heartbeat_linkIn_outbound : 313'd0; // GeminiEngine.java:236
  wire [312:0] mux_moduleId_1 = moduleId ? partnerFrame : ownFrameDelay_out; // GeminiEngine.java:238
  /* verilator lint_off UNUSEDSIGNAL */
  wire values_28 = mux_moduleId_1[312];          // Packing.java:47
  /* verilator lint_on UNUSEDSIGNAL */
  wire values_29 = mux_moduleId_1[311];          // Packing.java:47
  wire [2:0] values_30 = mux_moduleId_1[310:308]; // Packing.java:52
  wire [4:0] values_31 = mux_moduleId_1[307:303]; // Packing.java:52
  wire [47:0] values_32 = mux_moduleId_1[302:255]; // Packing.java:52
  wire [7:0] values_33 = mux_moduleId_1[254:247]; // Packing.java:52
  wire [63:0] values_34 = mux_moduleId_1[246:183]; // Packing.java:52
  wire values_35 = mux_moduleId_1[182];          // Packing.java:47
  wire [1:0] values_36 = mux_moduleId_1[181:180]; // Packing.java:52
  wire [4:0] values_37 = mux_moduleId_1[179:175]; // Packing.java:52
  wire [2:0] values_38 = mux_moduleId_1[174:172]; // Packing.java:52
  wire [47:0] values_39 = mux_moduleId_1[171:124]; // Packing.java:52
  wire [63:0] values_40 = mux_moduleId_1[123:60]; // Packing.java:52
  wire values_41 = mux_moduleId_1[59];           // Packing.java:47
  wire [5:0] values_42 = mux_moduleId_1[58:53];  // Packing.java:52
  wire values_43 = mux_moduleId_1[52];           // Packing.java:47
  wire [7:0] values_44 = mux_moduleId_1[51:44];  // Packing.java:52
  wire [31:0] values_45 = mux_moduleId_1[43:12]; // Packing.java:52
  wire values_46 = mux_moduleId_1[11];           // Packing.java:47
  wire values_47 = mux_moduleId_1[10];           // Packing.java:47
  /* verilator lint_off UNUSEDSIGNAL */
  wire [1:0] values_48 = mux_moduleId_1[9:8];    // Packing.java:52
  wire [7:0] values_49 = mux_moduleId_1[7:0];    // Packing.java:52
  /* verilator lint_on UNUSEDSIGNAL */
  wire [312:0] mux_moduleId_2 = moduleId ? ownFrameDelay_out : partnerFrame; // GeminiEngine.java:239
  /* verilator lint_off UNUSEDSIGNAL */
  wire values_50 = mux_moduleId_2[312];          // Packing.java:47
  /* verilator lint_on UNUSEDSIGNAL */
  wire values_51 = mux_moduleId_2[311];          // Packing.java:47
  wire [2:0] values_52 = mux_moduleId_2[310:308]; // Packing.java:52
  wire [4:0] values_53 = mux_moduleId_2[307:303]; // Packing.java:52
  wire [47:0] values_54 = mux_moduleId_2[302:255]; // Packing.java:52
  wire [7:0] values_55 = mux_moduleId_2[254:247]; // Packing.java:52
  wire [63:0] values_56 = mux_moduleId_2[246:183]; // Packing.java:52
  wire values_57 = mux_moduleId_2[182];          // Packing.java:47
  wire [1:0] values_58 = mux_moduleId_2[181:180]; // Packing.java:52
  wire [4:0] values_59 = mux_moduleId_2[179:175]; // Packing.java:52
  wire [2:0] values_60 = mux_moduleId_2[174:172]; // Packing.java:52
  wire [47:0] values_61 = mux_moduleId_2[171:124]; // Packing.java:52
  wire [63:0] values_62 = mux_moduleId_2[123:60]; // Packing.java:52
  wire values_63 = mux_moduleId_2[59];           // Packing.java:47
  wire [5:0] values_64 = mux_moduleId_2[58:53];  // Packing.java:52
  wire values_65 = mux_moduleId_2[52];           // Packing.java:47
  wire [7:0] values_66 = mux_moduleId_2[51:44];  // Packing.java:52
  wire [31:0] values_67 = mux_moduleId_2[43:12]; // Packing.java:52
  wire values_68 = mux_moduleId_2[11];           // Packing.java:47
  wire values_69 = mux_moduleId_2[10];           // Packing.java:47
  /* verilator lint_off UNUSEDSIGNAL */
  wire [1:0] values_70 = mux_moduleId_2[9:8];    // Packing.java:52
  wire [7:0] values_71 = mux_moduleId_2[7:0];    // Packing.java:52
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyValid = values_43 | values_65;       // GeminiEngine.java:242
  wire [7:0] applyAddress = values_43 ? values_44 : values_66; // GeminiEngine.java:243
  wire [31:0] applyData = values_43 ? values_45 : values_67; // GeminiEngine.java:244
  wire bothCpusOnline_and_comparing = bothCpusOnline & comparing; // GeminiEngine.java:258
  wire [2:0] regs_cmd_COMMAND_6_4 = regs_cmd_COMMAND[6:4]; // GeminiEngine.java:260
  wire regs_cmd_COMMAND_6_4_eq_5 = regs_cmd_COMMAND_6_4 == 3'd5; // GeminiEngine.java:260
  wire regs_cmd_COMMAND_write_and_regs_cmd = regs_cmd_COMMAND_write & regs_cmd_COMMAND_6_4_eq_5; // GeminiEngine.java:260
  wire [1:0] controller_states_7_6_1 = controller_states[7:6]; // GeminiEngine.java:270
  wire controller_states_7_6_1_eq_0 = controller_states_7_6_1 == 2'd0; // GeminiEngine.java:270
  wire [1:0] controller_states_5_4_1 = controller_states[5:4]; // GeminiEngine.java:270
  wire controller_states_5_4_1_eq_0 = controller_states_5_4_1 == 2'd0; // GeminiEngine.java:270
  wire [1:0] ioOnline = {controller_states_7_6_1_eq_0, controller_states_5_4_1_eq_0}; // GeminiEngine.java:270
  wire [1:0] cat_values_63_values_41 = {values_63, values_41}; // GeminiEngine.java:272
  wire [1:0] controller_returned_3_2 = controller_returned[3:2]; // GeminiEngine.java:273
  wire [7:0] regs_reg_ERROR_CAPACITY_7_0 = regs_reg_ERROR_CAPACITY[7:0]; // GeminiEngine.java:282
  wire regs_reg_CONTROL_0 = regs_reg_CONTROL[0]; // GeminiEngine.java:284
  wire [122:0] cat_values_35_values_36_values_37_values = {values_35, values_36, values_37, values_38, values_39, values_40}; // Packing.java:31
  wire [122:0] cat_values_57_values_58_values_59_values = {values_57, values_58, values_59, values_60, values_61, values_62}; // Packing.java:31
  wire [122:0] mux_values_35 = values_35 ? cat_values_35_values_36_values_37_values : cat_values_57_values_58_values_59_values; // GeminiEngine.java:291
  wire values_72 = mux_values_35[122];           // Packing.java:47
  wire [1:0] values_73 = mux_values_35[121:120]; // Packing.java:52
  wire [4:0] values_74 = mux_values_35[119:115]; // Packing.java:52
  wire [2:0] values_75 = mux_values_35[114:112]; // Packing.java:52
  wire [47:0] values_76 = mux_values_35[111:64]; // Packing.java:52
  wire [63:0] values_77 = mux_values_35[63:0];   // Packing.java:52
  wire [1:0] controller_leftService_3_2 = controller_leftService[3:2]; // GeminiEngine.java:299
  wire [122:0] cat_values_72_values_73_values_74_values = {values_72, values_73, values_74, values_75, values_76, values_77}; // Packing.java:31
  wire [122:0] cat_responder_synthesized_valid = {responder_synthesized_valid, responder_synthesized_kind, responder_synthesized_tag, responder_synthesized_status, responder_synthesized_address, responder_synthesized_data}; // Packing.java:31
  wire [122:0] delivered = values_72 ? cat_values_72_values_73_values_74_values : cat_responder_synthesized_valid; // GeminiEngine.java:300
  reg  [122:0] toCpu;                            // GeminiEngine.java:301
  wire [122:0] mux_cpuContained = cpuContained ? 123'd0 : delivered; // GeminiEngine.java:302
  wire [1:0] controller_states_1_0_3 = controller_states[1:0]; // GeminiEngine.java:305
  wire [1:0] controller_states_3_2_3 = controller_states[3:2]; // GeminiEngine.java:305
  wire [1:0] partnerCpuState = moduleId ? controller_states_1_0_3 : controller_states_3_2_3; // GeminiEngine.java:305
  wire partnerCpuState_eq_2 = partnerCpuState == 2'd2; // GeminiEngine.java:306
  wire sending = localCpuOnline & partnerCpuState_eq_2; // GeminiEngine.java:306
  wire receiving = localCpuState == 2'd2;        // GeminiEngine.java:307
  wire values_46_or_values_68 = values_46 | values_68; // GeminiEngine.java:308
  reg  [7:0] heldFor;                            // GeminiEngine.java:311
  wire not_ioHeld_1 = ~ioHeld;                   // GeminiEngine.java:312
  wire heldFor_ne_5 = heldFor != 8'd5;           // GeminiEngine.java:313
  wire [7:0] heldFor_add_1 = heldFor + 8'd1;     // GeminiEngine.java:313
  wire resetAsked = values_47 | values_69;       // GeminiEngine.java:314
  reg  resetAskedBefore;                         // GeminiEngine.java:315
  reg  [4:0] resetLeft;                          // GeminiEngine.java:316
  wire not_resetAskedBefore = ~resetAskedBefore; // GeminiEngine.java:317
  wire resetAsked_and_not_resetAskedBefore = resetAsked & not_resetAskedBefore; // GeminiEngine.java:317
  wire resetLeft_ne_0 = resetLeft != 5'd0;       // GeminiEngine.java:318
  wire [4:0] resetLeft_sub_1 = resetLeft - 5'd1; // GeminiEngine.java:318
  wire warmReset = resetLeft != 5'd0;            // GeminiEngine.java:319
  wire warmReset_or_powerOnHold = warmReset | powerOnHold; // GeminiEngine.java:320
  wire backInService = resetLeft == 5'd3;        // GeminiEngine.java:323
  wire regs_cmd_DM_COMMAND_write_and_sending = regs_cmd_DM_COMMAND_write & sending; // GeminiEngine.java:331
  wire [2:0] regs_cmd_DM_COMMAND_2_0 = regs_cmd_DM_COMMAND[2:0]; // GeminiEngine.java:332
  wire heldFor_eq_5 = heldFor == 8'd5;           // GeminiEngine.java:334
  wire resetLeft_eq_1 = resetLeft == 5'd1;       // GeminiEngine.java:336
  wire cycle_22 = cycle[22];                     // GeminiEngine.java:348
  wire or_reduce_controller_wentOffline = |controller_wentOffline; // GeminiEngine.java:351
  wire [1:0] controller_isolated_3_2 = controller_isolated[3:2]; // GeminiEngine.java:351
  wire or_reduce_controller_isolated_3_2 = |controller_isolated_3_2; // GeminiEngine.java:351
  wire [1:0] controller_isolated_1_0 = controller_isolated[1:0]; // GeminiEngine.java:352
  wire or_reduce_controller_isolated_1_0 = |controller_isolated_1_0; // GeminiEngine.java:352
  wire [7:0] irqSet = {regs_refused, controller_correctable, controller_failStopped, watchdog_lost, or_reduce_controller_wentOffline, or_reduce_controller_isolated_3_2, or_reduce_controller_isolated_1_0, compare_mismatch}; // GeminiEngine.java:350
  wire [31:0] irqSet_ext = {24'd0, irqSet};      // GeminiEngine.java:353
  wire moduleId_cast_1 = moduleId;               // GeminiEngine.java:355
  wire [31:0] moduleId_cast_1_ext = {31'd0, moduleId_cast_1}; // GeminiEngine.java:355
  wire [31:0] identity = 32'h47450100 | moduleId_cast_1_ext; // GeminiEngine.java:355
  wire [5:0] cat_moduleId_compare_recorded_watchdog = {moduleId, compare_recorded, watchdog_linkUp, controller_mode}; // GeminiEngine.java:357
  wire [31:0] cat_moduleId_compare_recorded_watchdog_1 = {26'd0, cat_moduleId_compare_recorded_watchdog}; // GeminiEngine.java:357
  wire [31:0] controller_states_ext = {24'd0, controller_states}; // GeminiEngine.java:358
  wire [4:0] cat_led_amber_led_green_led_state = {led_amber, led_green, led_state}; // GeminiEngine.java:360
  wire [31:0] cat_led_amber_led_green_led_state_ext = {27'd0, cat_led_amber_led_green_led_state}; // GeminiEngine.java:360
  wire [31:0] compare_recordFields_ext = {26'd0, compare_recordFields}; // GeminiEngine.java:366
  wire [31:0] compare_recordSyndrome_31_0 = compare_recordSyndrome[31:0]; // GeminiEngine.java:367
  wire [31:0] compare_recordSyndrome_63_32 = compare_recordSyndrome[63:32]; // GeminiEngine.java:368
  wire [31:0] compare_recordValue0_31_0 = compare_recordValue0[31:0]; // GeminiEngine.java:369
  wire [31:0] compare_recordValue0_63_32 = compare_recordValue0[63:32]; // GeminiEngine.java:370
  wire [31:0] compare_recordValue1_31_0 = compare_recordValue1[31:0]; // GeminiEngine.java:371
  wire [31:0] compare_recordValue1_63_32 = compare_recordValue1[63:32]; // GeminiEngine.java:372
  wire not_sequencer_cpuReset = ~sequencer_cpuReset; // GeminiEngine.java:374
  wire [27:0] cat_clockingBypass_compareStarted_not = {clockingBypass, compareStarted, not_sequencer_cpuReset, aligner_locked, 2'd0, aligner_windowHi, 2'd0, aligner_windowLo, 2'd0, aligner_tap}; // GeminiEngine.java:374
  wire [31:0] cat_clockingBypass_compareStarted_not_1 = {4'd0, cat_clockingBypass_compareStarted_not}; // GeminiEngine.java:375
  wire [10:0] cat_receiving_sending_mover_refused = {receiving, sending, mover_refused, mover_synced, mover_failCause, mover_failed, mover_passRunning, mover_phase}; // GeminiEngine.java:376
  wire [31:0] cat_receiving_sending_mover_refused_ext = {21'd0, cat_receiving_sending_mover_refused}; // GeminiEngine.java:377
  wire [31:0] mover_passes_ext = {16'd0, mover_passes}; // GeminiEngine.java:378
  wire [31:0] mover_lastCopied_ext = {16'd0, mover_lastCopied}; // GeminiEngine.java:379
  wire [31:0] mover_lastDirtied_ext = {16'd0, mover_lastDirtied}; // GeminiEngine.java:380
  wire [31:0] mover_dirtyPages_ext = {16'd0, mover_dirtyPages}; // GeminiEngine.java:381
  wire [31:0] mover_failAddress_ext = {15'd0, mover_failAddress}; // GeminiEngine.java:382
  wire [31:0] regs_refusedAddress_ext = {23'd0, regs_refusedAddress}; // GeminiEngine.java:385
  wire values_78 = toCpu[122];                   // Packing.java:47
  wire [1:0] values_79 = toCpu[121:120];         // Packing.java:52
  wire [4:0] values_80 = toCpu[119:115];         // Packing.java:52
  wire [2:0] values_81 = toCpu[114:112];         // Packing.java:52
  wire [47:0] values_82 = toCpu[111:64];         // Packing.java:52
  wire [63:0] values_83 = toCpu[63:0];           // Packing.java:52
  wire not_ioHeld_2 = ~ioHeld;                   // GeminiEngine.java:395
  wire mySlot_and_not_ioHeld_2 = mySlot & not_ioHeld_2; // GeminiEngine.java:395
  wire mySlot_and_not_ioHeld_2_or_ioContained = mySlot_and_not_ioHeld_2 | ioContained; // GeminiEngine.java:395
  wire [31:0] regs_reg_IRQ_STATUS_and_regs_reg_IRQ = regs_reg_IRQ_STATUS & regs_reg_IRQ_ENABLE; // GeminiEngine.java:409
  wire or_reduce_regs_reg_IRQ_STATUS_and_regs = |regs_reg_IRQ_STATUS_and_regs_reg_IRQ; // GeminiEngine.java:409
  assign cpuOutReady = ready;                    // GeminiEngine.java:391
  assign cpuIn_valid = values_78;                // GeminiEngine.java:392
  assign cpuIn_kind = values_79;                 // GeminiEngine.java:392
  assign cpuIn_tag = values_80;                  // GeminiEngine.java:392
  assign cpuIn_status = values_81;               // GeminiEngine.java:392
  assign cpuIn_address = values_82;              // GeminiEngine.java:392
  assign cpuIn_data = values_83;                 // GeminiEngine.java:392
  assign ioReq_valid = requestValid;             // GeminiEngine.java:393
  assign ioReq_kind = values_1;                  // GeminiEngine.java:393
  assign ioReq_tag = values_2;                   // GeminiEngine.java:393
  assign ioReq_address = values_3;               // GeminiEngine.java:393
  assign ioReq_byteEnables = values_4;           // GeminiEngine.java:393
  assign ioReq_data = values_5;                  // GeminiEngine.java:393
  assign ioInReady = mySlot_and_not_ioHeld_2_or_ioContained; // GeminiEngine.java:395
  assign memReadValid = mover_readValid;         // GeminiEngine.java:396
  assign memWriteValid = mover_writeValid;       // GeminiEngine.java:398
  assign memWriteData = mover_writeData;         // GeminiEngine.java:400
  assign cpuStop = mover_cpuStop;                // GeminiEngine.java:402
  assign cpuReset = cpuResetNow;                 // GeminiEngine.java:403
  assign cpuRestore = warmReset;                 // GeminiEngine.java:404
  assign delayTap = aligner_tap;                 // GeminiEngine.java:405
  assign linkOut_heartbeat = values_6;           // GeminiEngine.java:231
  assign linkOut_outbound_valid = values_7;      // GeminiEngine.java:231
  assign linkOut_outbound_kind = values_8;       // GeminiEngine.java:231
  assign linkOut_outbound_tag = values_9;        // GeminiEngine.java:231
  assign linkOut_outbound_address = values_10;   // GeminiEngine.java:231
  assign linkOut_outbound_byteEnables = values_11; // GeminiEngine.java:231
  assign linkOut_outbound_data = values_12;      // GeminiEngine.java:231
  assign linkOut_inbound_valid = values_13;      // GeminiEngine.java:231
  assign linkOut_inbound_kind = values_14;       // GeminiEngine.java:231
  assign linkOut_inbound_tag = values_15;        // GeminiEngine.java:231
  assign linkOut_inbound_status = values_16;     // GeminiEngine.java:231
  assign linkOut_inbound_address = values_17;    // GeminiEngine.java:231
  assign linkOut_inbound_data = values_18;       // GeminiEngine.java:231
  assign linkOut_ioCreditReturn = values_19;     // GeminiEngine.java:231
  assign linkOut_errors = values_20;             // GeminiEngine.java:231
  assign linkOut_csrWrite_valid = values_21;     // GeminiEngine.java:231
  assign linkOut_csrWrite_address = values_22;   // GeminiEngine.java:231
  assign linkOut_csrWrite_data = values_23;      // GeminiEngine.java:231
  assign linkOut_ioHold = values_24;             // GeminiEngine.java:231
  assign linkOut_cpuReset = values_25;           // GeminiEngine.java:231
  assign linkOut_resetMessage_kind = values_26;  // GeminiEngine.java:231
  assign linkOut_resetMessage_cycle = values_27; // GeminiEngine.java:231
  assign csrRespValid = regs_respValid;          // GeminiEngine.java:406
  assign csrRespData = regs_respData;            // GeminiEngine.java:407
  assign csrRespError = regs_respError;          // GeminiEngine.java:408
  assign irq = or_reduce_regs_reg_IRQ_STATUS_and_regs; // GeminiEngine.java:409
  assign ledState = led_state;                   // GeminiEngine.java:410
  assign ledGreen = led_green;                   // GeminiEngine.java:411
  assign ledAmber = led_amber;                   // GeminiEngine.java:412
  assign memReadAddress = mover_readAddress;     // GeminiEngine.java:397
  assign memWriteAddress = mover_writeAddress;   // GeminiEngine.java:399
  assign copyOut_valid = mover_linkOut_valid;    // GeminiEngine.java:401
  assign copyOut_address = mover_linkOut_address; // GeminiEngine.java:401
  assign copyOut_data = mover_linkOut_data;      // GeminiEngine.java:401
  assign copyOut_check = mover_linkOut_check;    // GeminiEngine.java:401
  assign copyOut_ack = mover_linkOut_ack;        // GeminiEngine.java:401
  assign copyOut_nack = mover_linkOut_nack;      // GeminiEngine.java:401
  always @(posedge clk) begin                    // GeminiEngine.java:142
    if (rst) begin
      cycle <= 32'd0;                            // GeminiEngine.java:142
    end else begin
      cycle <= cycle_add_1;                      // GeminiEngine.java:143
    end
  end
  assign regs_reqValid = csrValid;               // GeminiEngine.java:245
  assign regs_reqWrite = csrWrite;               // GeminiEngine.java:246
  assign regs_reqAddress = csrAddress;           // GeminiEngine.java:247
  assign regs_reqData = csrData;                 // GeminiEngine.java:248
  assign regs_applyValid = applyValid;           // GeminiEngine.java:249
  assign regs_applyAddress = applyAddress;       // GeminiEngine.java:250
  assign regs_applyData = applyData;             // GeminiEngine.java:251
  assign regs_status_ID = identity;              // GeminiEngine.java:356
  assign regs_status_STATUS = cat_moduleId_compare_recorded_watchdog_1; // GeminiEngine.java:357
  assign regs_set_IRQ_STATUS = irqSet_ext;       // GeminiEngine.java:353
  assign regs_status_SUBSYSTEM_STATE = controller_states_ext; // GeminiEngine.java:358
  assign regs_status_ERROR_LEVEL = controller_levels; // GeminiEngine.java:359
  assign regs_status_LED = cat_led_amber_led_green_led_state_ext; // GeminiEngine.java:360
  assign regs_status_COUNT_COMPARED = compare_compared; // GeminiEngine.java:361
  assign regs_status_COUNT_MISMATCHES = compare_mismatches; // GeminiEngine.java:362
  assign regs_status_COUNT_CORRECTABLE = controller_correctableCount; // GeminiEngine.java:363
  assign regs_status_COUNT_ISOLATIONS = controller_isolationCount; // GeminiEngine.java:364
  assign regs_status_MISMATCH_CYCLE = compare_recordCycle; // GeminiEngine.java:365
  assign regs_status_MISMATCH_FIELDS = compare_recordFields_ext; // GeminiEngine.java:366
  assign regs_status_MISMATCH_SYNDROME_LO = compare_recordSyndrome_31_0; // GeminiEngine.java:367
  assign regs_status_MISMATCH_SYNDROME_HI = compare_recordSyndrome_63_32; // GeminiEngine.java:368
  assign regs_status_MISMATCH_M0_LO = compare_recordValue0_31_0; // GeminiEngine.java:369
  assign regs_status_MISMATCH_M0_HI = compare_recordValue0_63_32; // GeminiEngine.java:370
  assign regs_status_MISMATCH_M1_LO = compare_recordValue1_31_0; // GeminiEngine.java:371
  assign regs_status_MISMATCH_M1_HI = compare_recordValue1_63_32; // GeminiEngine.java:372
  assign regs_status_ERROR_LOG_COUNT = log_count; // GeminiEngine.java:373
  assign regs_status_CYCLE = cycle;              // GeminiEngine.java:384
  assign regs_status_CSR_ERROR_ADDRESS = regs_refusedAddress_ext; // GeminiEngine.java:385
  assign regs_status_CLOCKING = cat_clockingBypass_compareStarted_not_1; // GeminiEngine.java:374
  assign regs_status_ERROR_LOG_0 = log_entries_0; // GeminiEngine.java:387
  assign regs_status_ERROR_LOG_1 = log_entries_1; // GeminiEngine.java:387
  assign regs_status_ERROR_LOG_2 = log_entries_2; // GeminiEngine.java:387
  assign regs_status_ERROR_LOG_3 = log_entries_3; // GeminiEngine.java:387
  assign regs_status_ERROR_LOG_4 = log_entries_4; // GeminiEngine.java:387
  assign regs_status_ERROR_LOG_5 = log_entries_5; // GeminiEngine.java:387
  assign regs_status_ERROR_LOG_6 = log_entries_6; // GeminiEngine.java:387
  assign regs_status_ERROR_LOG_7 = log_entries_7; // GeminiEngine.java:387
  assign regs_status_DM_STATUS = cat_receiving_sending_mover_refused_ext; // GeminiEngine.java:376
  assign regs_status_DM_PASSES = mover_passes_ext; // GeminiEngine.java:378
  assign regs_status_DM_LAST_COPIED = mover_lastCopied_ext; // GeminiEngine.java:379
  assign regs_status_DM_LAST_DIRTIED = mover_lastDirtied_ext; // GeminiEngine.java:380
  assign regs_status_DM_DIRTY_PAGES = mover_dirtyPages_ext; // GeminiEngine.java:381
  assign regs_status_DM_FAIL_ADDRESS = mover_failAddress_ext; // GeminiEngine.java:382
  assign regs_status_DM_BLACKOUT_CYCLES = mover_blackoutCycles; // GeminiEngine.java:383
  assign regs_clk = clk;                         // GeminiEngine.java:146
  assign regs_rst = rst;                         // GeminiEngine.java:146
  assign watchdog_heartbeat = linkIn_heartbeat;  // GeminiEngine.java:234
  assign watchdog_timeout = regs_reg_HEARTBEAT_TIMEOUT_15_0; // GeminiEngine.java:235
  assign watchdog_clk = clk;                     // GeminiEngine.java:147
  assign watchdog_rst = rst;                     // GeminiEngine.java:147
  assign ownFrameDelay_in = frame;               // GeminiEngine.java:232
  assign ownFrameDelay_clk = clk;                // GeminiEngine.java:148
  assign ownFrameDelay_rst = rst;                // GeminiEngine.java:148
  assign compare_m0_valid = values_29;           // GeminiEngine.java:256
  assign compare_m0_kind = values_30;            // GeminiEngine.java:256
  assign compare_m0_tag = values_31;             // GeminiEngine.java:256
  assign compare_m0_address = values_32;         // GeminiEngine.java:256
  assign compare_m0_byteEnables = values_33;     // GeminiEngine.java:256
  assign compare_m0_data = values_34;            // GeminiEngine.java:256
  assign compare_m1_valid = values_51;           // GeminiEngine.java:257
  assign compare_m1_kind = values_52;            // GeminiEngine.java:257
  assign compare_m1_tag = values_53;             // GeminiEngine.java:257
  assign compare_m1_address = values_54;         // GeminiEngine.java:257
  assign compare_m1_byteEnables = values_55;     // GeminiEngine.java:257
  assign compare_m1_data = values_56;            // GeminiEngine.java:257
  assign compare_active = bothCpusOnline_and_comparing; // GeminiEngine.java:258
  assign compare_pop = dispatch_pop;             // GeminiEngine.java:259
  assign compare_clearRecord = regs_cmd_COMMAND_write_and_regs_cmd; // GeminiEngine.java:260
  assign compare_cycle = cycle;                  // GeminiEngine.java:261
  assign compare_clk = clk;                      // GeminiEngine.java:149
  assign compare_rst = rst;                      // GeminiEngine.java:149
  assign dispatch_headValid = compare_headValid; // GeminiEngine.java:263
  assign dispatch_headMatched = compare_headMatched; // GeminiEngine.java:264
  assign dispatch_headSuspect = compare_headSuspect; // GeminiEngine.java:265
  assign dispatch_culpritKnown = controller_culpritKnown; // GeminiEngine.java:266
  assign dispatch_head0_valid = compare_head0_valid; // GeminiEngine.java:267
  assign dispatch_head0_kind = compare_head0_kind; // GeminiEngine.java:267
  assign dispatch_head0_tag = compare_head0_tag; // GeminiEngine.java:267
  assign dispatch_head0_address = compare_head0_address; // GeminiEngine.java:267
  assign dispatch_head0_byteEnables = compare_head0_byteEnables; // GeminiEngine.java:267
  assign dispatch_head0_data = compare_head0_data; // GeminiEngine.java:267
  assign dispatch_head1_valid = compare_head1_valid; // GeminiEngine.java:268
  assign dispatch_head1_kind = compare_head1_kind; // GeminiEngine.java:268
  assign dispatch_head1_tag = compare_head1_tag; // GeminiEngine.java:268
  assign dispatch_head1_address = compare_head1_address; // GeminiEngine.java:268
  assign dispatch_head1_byteEnables = compare_head1_byteEnables; // GeminiEngine.java:268
  assign dispatch_head1_data = compare_head1_data; // GeminiEngine.java:268
  assign dispatch_mode = controller_mode;        // GeminiEngine.java:269
  assign dispatch_ioOnline = ioOnline;           // GeminiEngine.java:271
  assign dispatch_ioCreditReturn = cat_values_63_values_41; // GeminiEngine.java:272
  assign dispatch_ioReturned = controller_returned_3_2; // GeminiEngine.java:273
  assign dispatch_moduleId = moduleId;           // GeminiEngine.java:274
  assign dispatch_clk = clk;                     // GeminiEngine.java:150
  assign dispatch_rst = rst;                     // GeminiEngine.java:150
  assign controller_errors0 = values_42;         // GeminiEngine.java:277
  assign controller_errors1 = values_64;         // GeminiEngine.java:278
  assign controller_headMismatch = dispatch_headMismatch; // GeminiEngine.java:279
  assign controller_commandValid = regs_cmd_COMMAND_write; // GeminiEngine.java:280
  assign controller_resyncDone = backInService;  // GeminiEngine.java:337
  assign controller_command = regs_cmd_COMMAND;  // GeminiEngine.java:281
  assign controller_capacity = regs_reg_ERROR_CAPACITY_7_0; // GeminiEngine.java:282
  assign controller_period = regs_reg_ERROR_PERIOD; // GeminiEngine.java:283
  assign controller_rankM1First = regs_reg_CONTROL_0; // GeminiEngine.java:284
  assign controller_linkLost = watchdog_lost;    // GeminiEngine.java:285
  assign controller_partnerFresh = watchdog_fresh; // GeminiEngine.java:286
  assign controller_partnerPresent = partnerPresent; // GeminiEngine.java:287
  assign controller_moduleId = moduleId;         // GeminiEngine.java:288
  assign controller_clk = clk;                   // GeminiEngine.java:151
  assign controller_rst = rst;                   // GeminiEngine.java:151
  assign responder_issued = dispatch_issued;     // GeminiEngine.java:293
  assign responder_issuedTag = dispatch_issuedTag; // GeminiEngine.java:294
  assign responder_issuedTarget = dispatch_issuedTarget; // GeminiEngine.java:295
  assign responder_issuedDiscarded = dispatch_issuedDiscarded; // GeminiEngine.java:296
  assign responder_replicated_valid = values_72; // GeminiEngine.java:297
  assign responder_replicated_kind = values_73;  // GeminiEngine.java:297
  assign responder_replicated_tag = values_74;   // GeminiEngine.java:297
  assign responder_replicated_status = values_75; // GeminiEngine.java:297
  assign responder_replicated_address = values_76; // GeminiEngine.java:297
  assign responder_replicated_data = values_77;  // GeminiEngine.java:297
  assign responder_ioOnline = ioOnline;          // GeminiEngine.java:298
  assign responder_ioLeft = controller_leftService_3_2; // GeminiEngine.java:299
  assign responder_clk = clk;                    // GeminiEngine.java:152
  assign responder_rst = rst;                    // GeminiEngine.java:152
  assign ioQueue_push = dispatch_toIo_valid_and_not_ioContained; // GeminiEngine.java:206
  assign ioQueue_pop = deviceTook;               // GeminiEngine.java:211
  assign ioQueue_flush = ioContained;            // GeminiEngine.java:212
  assign ioQueue_pushData = cat_dispatch_toIo_valid_dispatch_toIo; // GeminiEngine.java:207
  assign ioQueue_clk = clk;                      // GeminiEngine.java:153
  assign ioQueue_rst = rst;                      // GeminiEngine.java:153
  assign log_valid = controller_logValid;        // GeminiEngine.java:340
  assign log_event_ = controller_logEvent;       // GeminiEngine.java:341
  assign log_subsystem = controller_logSubsystem; // GeminiEngine.java:342
  assign log_cycle = cycle;                      // GeminiEngine.java:343
  assign log_clk = clk;                          // GeminiEngine.java:154
  assign log_rst = rst;                          // GeminiEngine.java:154
  assign led_cpuState = localCpuState;           // GeminiEngine.java:344
  assign led_ioState = localIoState;             // GeminiEngine.java:345
  assign led_duplex = bothCpusOnline;            // GeminiEngine.java:346
  assign led_failStop = failStop;                // GeminiEngine.java:347
  assign led_blink = cycle_22;                   // GeminiEngine.java:348
  assign led_clk = clk;                          // GeminiEngine.java:155
  assign led_rst = rst;                          // GeminiEngine.java:155
  assign mover_snoopValid = memSnoopValid;       // GeminiEngine.java:325
  assign mover_readData = memReadData;           // GeminiEngine.java:327
  assign mover_readError = memReadError;         // GeminiEngine.java:328
  assign mover_linkUp = watchdog_linkUp;         // GeminiEngine.java:330
  assign mover_commandValid = regs_cmd_DM_COMMAND_write_and_sending; // GeminiEngine.java:331
  assign mover_command = regs_cmd_DM_COMMAND_2_0; // GeminiEngine.java:332
  assign mover_receiveEnable = receiving;        // GeminiEngine.java:333
  assign mover_ioQuiet = heldFor_eq_5;           // GeminiEngine.java:334
  assign mover_cpuQuiesced = cpuQuiesced;        // GeminiEngine.java:335
  assign mover_resetDone = resetLeft_eq_1;       // GeminiEngine.java:336
  assign mover_snoopAddress = memSnoopAddress;   // GeminiEngine.java:326
  assign mover_linkIn_valid = copyIn_valid;      // GeminiEngine.java:329
  assign mover_linkIn_address = copyIn_address;  // GeminiEngine.java:329
  assign mover_linkIn_data = copyIn_data;        // GeminiEngine.java:329
  assign mover_linkIn_check = copyIn_check;      // GeminiEngine.java:329
  assign mover_linkIn_ack = copyIn_ack;          // GeminiEngine.java:329
  assign mover_linkIn_nack = copyIn_nack;        // GeminiEngine.java:329
  assign mover_clk = clk;                        // GeminiEngine.java:156
  assign mover_rst = rst;                        // GeminiEngine.java:156
  assign aligner_late = phaseLate;               // GeminiEngine.java:171
  assign aligner_clk = clk;                      // GeminiEngine.java:157
  assign aligner_rst = rst;                      // GeminiEngine.java:157
  assign sequencer_moduleId = moduleId;          // GeminiEngine.java:172
  assign sequencer_locked = aligner_locked;      // GeminiEngine.java:173
  assign sequencer_sysref = sysref;              // GeminiEngine.java:174
  assign sequencer_linkInKind = linkIn_resetMessage_kind; // GeminiEngine.java:175
  assign sequencer_linkInCycle = linkIn_resetMessage_cycle; // GeminiEngine.java:176
  assign sequencer_clk = clk;                    // GeminiEngine.java:158
  assign sequencer_rst = rst;                    // GeminiEngine.java:158
  always @(posedge clk) begin                    // GeminiEngine.java:178
    if (rst) begin
      compareStarted <= 1'd0;                    // GeminiEngine.java:178
    end else begin
      if (sequencer_compareStart) begin          // GeminiEngine.java:179
        compareStarted <= 1'd1;                  // GeminiEngine.java:179
      end
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:184
    if (rst) begin
      cpuHold <= 8'd0;                           // GeminiEngine.java:184
    end else begin
      if (cpuSevere_and_localCpuOnline_and) begin // GeminiEngine.java:186
        cpuHold <= 8'd6;                         // GeminiEngine.java:186
      end else if (cpuHold_ne_0) begin           // GeminiEngine.java:187
        cpuHold <= cpuHold_sub_1;                // GeminiEngine.java:187
      end
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:189
    if (rst) begin
      ioLatch <= 1'd0;                           // GeminiEngine.java:189
    end else begin
      ioLatch <= ioLatch_or_ioSevere_and_localIoOnline; // GeminiEngine.java:191
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:195
    if (rst) begin
      cpuCredits <= 3'd4;                        // GeminiEngine.java:195
    end else begin
      cpuCredits <= mux_localCpuReturned;        // GeminiEngine.java:202
    end
  end
  assign cpuResetNow = warmReset_or_powerOnHold; // GeminiEngine.java:320
  assign ioHeld = values_46_or_values_68;        // GeminiEngine.java:308
  always @(posedge clk) begin                    // GeminiEngine.java:221
    if (rst) begin
      heartbeat <= 1'd0;                         // GeminiEngine.java:221
    end else begin
      heartbeat <= not_heartbeat;                // GeminiEngine.java:222
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:223
    if (rst) begin
      frame <= 313'd0;                           // GeminiEngine.java:223
    end else begin
      frame <= cat_not_heartbeat_1_accepted_cpuOut_kind; // GeminiEngine.java:224
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:301
    if (rst) begin
      toCpu <= 123'd0;                           // GeminiEngine.java:301
    end else begin
      toCpu <= mux_cpuContained;                 // GeminiEngine.java:302
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:311
    if (rst) begin
      heldFor <= 8'd0;                           // GeminiEngine.java:311
    end else begin
      if (not_ioHeld_1) begin                    // GeminiEngine.java:312
        heldFor <= 8'd0;                         // GeminiEngine.java:312
      end else if (heldFor_ne_5) begin           // GeminiEngine.java:313
        heldFor <= heldFor_add_1;                // GeminiEngine.java:313
      end
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:315
    resetAskedBefore <= resetAsked;              // GeminiEngine.java:315
  end
  always @(posedge clk) begin                    // GeminiEngine.java:316
    if (rst) begin
      resetLeft <= 5'd0;                         // GeminiEngine.java:316
    end else begin
      if (resetAsked_and_not_resetAskedBefore) begin // GeminiEngine.java:317
        resetLeft <= 5'd16;                      // GeminiEngine.java:317
      end else if (resetLeft_ne_0) begin         // GeminiEngine.java:318
        resetLeft <= resetLeft_sub_1;            // GeminiEngine.java:318
      end
    end
  end
  ControlRegisters regs (                        // GeminiEngine.java:146
    .reqValid                    (regs_reqValid),
    .reqWrite                    (regs_reqWrite),
    .reqAddress                  (regs_reqAddress),
    .reqData                     (regs_reqData),
    .respValid                   (regs_respValid),
    .respData                    (regs_respData),
    .respError                   (regs_respError),
    .acceptedWrite               (regs_acceptedWrite),
    .refused                     (regs_refused),
    .refusedAddress              (regs_refusedAddress),
    .applyValid                  (regs_applyValid),
    .applyAddress                (regs_applyAddress),
    .applyData                   (regs_applyData),
    .status_ID                   (regs_status_ID),
    .reg_CONTROL                 (regs_reg_CONTROL),
    .status_STATUS               (regs_status_STATUS),
    .set_IRQ_STATUS              (regs_set_IRQ_STATUS),
    .reg_IRQ_STATUS              (regs_reg_IRQ_STATUS),
    .reg_IRQ_ENABLE              (regs_reg_IRQ_ENABLE),
    .cmd_COMMAND                 (regs_cmd_COMMAND),
    .cmd_COMMAND_write           (regs_cmd_COMMAND_write),
    .status_SUBSYSTEM_STATE      (regs_status_SUBSYSTEM_STATE),
    .status_ERROR_LEVEL          (regs_status_ERROR_LEVEL),
    .reg_ERROR_CAPACITY          (regs_reg_ERROR_CAPACITY),
    .reg_ERROR_PERIOD            (regs_reg_ERROR_PERIOD),
    .reg_HEARTBEAT_TIMEOUT       (regs_reg_HEARTBEAT_TIMEOUT),
    .status_LED                  (regs_status_LED),
    .status_COUNT_COMPARED       (regs_status_COUNT_COMPARED),
    .status_COUNT_MISMATCHES     (regs_status_COUNT_MISMATCHES),
    .status_COUNT_CORRECTABLE    (regs_status_COUNT_CORRECTABLE),
    .status_COUNT_ISOLATIONS     (regs_status_COUNT_ISOLATIONS),
    .status_MISMATCH_CYCLE       (regs_status_MISMATCH_CYCLE),
    .status_MISMATCH_FIELDS      (regs_status_MISMATCH_FIELDS),
    .status_MISMATCH_SYNDROME_LO (regs_status_MISMATCH_SYNDROME_LO),
    .status_MISMATCH_SYNDROME_HI (regs_status_MISMATCH_SYNDROME_HI),
    .status_MISMATCH_M0_LO       (regs_status_MISMATCH_M0_LO),
    .status_MISMATCH_M0_HI       (regs_status_MISMATCH_M0_HI),
    .status_MISMATCH_M1_LO       (regs_status_MISMATCH_M1_LO),
    .status_MISMATCH_M1_HI       (regs_status_MISMATCH_M1_HI),
    .status_ERROR_LOG_COUNT      (regs_status_ERROR_LOG_COUNT),
    .status_CYCLE                (regs_status_CYCLE),
    .status_CSR_ERROR_ADDRESS    (regs_status_CSR_ERROR_ADDRESS),
    .status_CLOCKING             (regs_status_CLOCKING),
    .status_ERROR_LOG_0          (regs_status_ERROR_LOG_0),
    .status_ERROR_LOG_1          (regs_status_ERROR_LOG_1),
    .status_ERROR_LOG_2          (regs_status_ERROR_LOG_2),
    .status_ERROR_LOG_3          (regs_status_ERROR_LOG_3),
    .status_ERROR_LOG_4          (regs_status_ERROR_LOG_4),
    .status_ERROR_LOG_5          (regs_status_ERROR_LOG_5),
    .status_ERROR_LOG_6          (regs_status_ERROR_LOG_6),
    .status_ERROR_LOG_7          (regs_status_ERROR_LOG_7),
    .cmd_DM_COMMAND              (regs_cmd_DM_COMMAND),
    .cmd_DM_COMMAND_write        (regs_cmd_DM_COMMAND_write),
    .status_DM_STATUS            (regs_status_DM_STATUS),
    .status_DM_PASSES            (regs_status_DM_PASSES),
    .status_DM_LAST_COPIED       (regs_status_DM_LAST_COPIED),
    .status_DM_LAST_DIRTIED      (regs_status_DM_LAST_DIRTIED),
    .status_DM_DIRTY_PAGES       (regs_status_DM_DIRTY_PAGES),
    .status_DM_FAIL_ADDRESS      (regs_status_DM_FAIL_ADDRESS),
    .status_DM_BLACKOUT_CYCLES   (regs_status_DM_BLACKOUT_CYCLES),
    .clk                         (regs_clk),
    .rst                         (regs_rst)
  );
  LinkWatchdog watchdog (                        // GeminiEngine.java:147
    .heartbeat (watchdog_heartbeat),
    .timeout   (watchdog_timeout),
    .linkUp    (watchdog_linkUp),
    .lost      (watchdog_lost),
    .fresh     (watchdog_fresh),
    .clk       (watchdog_clk),
    .rst       (watchdog_rst)
  );
  DelayLine_w313_s2 ownFrameDelay (              // GeminiEngine.java:148
    .in  (ownFrameDelay_in),
    .out (ownFrameDelay_out),
    .clk (ownFrameDelay_clk),
    .rst (ownFrameDelay_rst)
  );
  OutboundCompare compare (                      // GeminiEngine.java:149
    .m0_valid          (compare_m0_valid),
    .m0_kind           (compare_m0_kind),
    .m0_tag            (compare_m0_tag),
    .m0_address        (compare_m0_address),
    .m0_byteEnables    (compare_m0_byteEnables),
    .m0_data           (compare_m0_data),
    .m1_valid          (compare_m1_valid),
    .m1_kind           (compare_m1_kind),
    .m1_tag            (compare_m1_tag),
    .m1_address        (compare_m1_address),
    .m1_byteEnables    (compare_m1_byteEnables),
    .m1_data           (compare_m1_data),
    .active            (compare_active),
    .pop               (compare_pop),
    .clearRecord       (compare_clearRecord),
    .cycle             (compare_cycle),
    .headValid         (compare_headValid),
    .headMatched       (compare_headMatched),
    .headSuspect       (compare_headSuspect),
    .head0_valid       (compare_head0_valid),
    .head0_kind        (compare_head0_kind),
    .head0_tag         (compare_head0_tag),
    .head0_address     (compare_head0_address),
    .head0_byteEnables (compare_head0_byteEnables),
    .head0_data        (compare_head0_data),
    .head1_valid       (compare_head1_valid),
    .head1_kind        (compare_head1_kind),
    .head1_tag         (compare_head1_tag),
    .head1_address     (compare_head1_address),
    .head1_byteEnables (compare_head1_byteEnables),
    .head1_data        (compare_head1_data),
    .mismatch          (compare_mismatch),
    .compared          (compare_compared),
    .mismatches        (compare_mismatches),
    .recorded          (compare_recorded),
    .recordCycle       (compare_recordCycle),
    .recordFields      (compare_recordFields),
    .recordSyndrome    (compare_recordSyndrome),
    .recordValue0      (compare_recordValue0),
    .recordValue1      (compare_recordValue1),
    .clk               (compare_clk),
    .rst               (compare_rst)
  );
  OutboundDispatch dispatch (                    // GeminiEngine.java:150
    .headValid         (dispatch_headValid),
    .headMatched       (dispatch_headMatched),
    .headSuspect       (dispatch_headSuspect),
    .culpritKnown      (dispatch_culpritKnown),
    .head0_valid       (dispatch_head0_valid),
    .head0_kind        (dispatch_head0_kind),
    .head0_tag         (dispatch_head0_tag),
    .head0_address     (dispatch_head0_address),
    .head0_byteEnables (dispatch_head0_byteEnables),
    .head0_data        (dispatch_head0_data),
    .head1_valid       (dispatch_head1_valid),
    .head1_kind        (dispatch_head1_kind),
    .head1_tag         (dispatch_head1_tag),
    .head1_address     (dispatch_head1_address),
    .head1_byteEnables (dispatch_head1_byteEnables),
    .head1_data        (dispatch_head1_data),
    .mode              (dispatch_mode),
    .ioOnline          (dispatch_ioOnline),
    .ioCreditReturn    (dispatch_ioCreditReturn),
    .ioReturned        (dispatch_ioReturned),
    .moduleId          (dispatch_moduleId),
    .pop               (dispatch_pop),
    .popped0           (dispatch_popped0),
    .popped1           (dispatch_popped1),
    .toIo_valid        (dispatch_toIo_valid),
    .toIo_kind         (dispatch_toIo_kind),
    .toIo_tag          (dispatch_toIo_tag),
    .toIo_address      (dispatch_toIo_address),
    .toIo_byteEnables  (dispatch_toIo_byteEnables),
    .toIo_data         (dispatch_toIo_data),
    .issued            (dispatch_issued),
    .issuedTag         (dispatch_issuedTag),
    .issuedTarget      (dispatch_issuedTarget),
    .issuedDiscarded   (dispatch_issuedDiscarded),
    .headMismatch      (dispatch_headMismatch),
    .clk               (dispatch_clk),
    .rst               (dispatch_rst)
  );
  IsolationController controller (               // GeminiEngine.java:151
    .errors0          (controller_errors0),
    .errors1          (controller_errors1),
    .headMismatch     (controller_headMismatch),
    .commandValid     (controller_commandValid),
    .resyncDone       (controller_resyncDone),
    .command          (controller_command),
    .capacity         (controller_capacity),
    .period           (controller_period),
    .rankM1First      (controller_rankM1First),
    .linkLost         (controller_linkLost),
    .partnerFresh     (controller_partnerFresh),
    .partnerPresent   (controller_partnerPresent),
    .moduleId         (controller_moduleId),
    .states           (controller_states),
    .mode             (controller_mode),
    .levels           (controller_levels),
    .isolated         (controller_isolated),
    .wentOffline      (controller_wentOffline),
    .returned         (controller_returned),
    .leftService      (controller_leftService),
    .failStopped      (controller_failStopped),
    .correctable      (controller_correctable),
    .logValid         (controller_logValid),
    .logEvent         (controller_logEvent),
    .logSubsystem     (controller_logSubsystem),
    .culpritKnown     (controller_culpritKnown),
    .correctableCount (controller_correctableCount),
    .isolationCount   (controller_isolationCount),
    .clk              (controller_clk),
    .rst              (controller_rst)
  );
  ContainmentResponder responder (               // GeminiEngine.java:152
    .issued              (responder_issued),
    .issuedTag           (responder_issuedTag),
    .issuedTarget        (responder_issuedTarget),
    .issuedDiscarded     (responder_issuedDiscarded),
    .replicated_valid    (responder_replicated_valid),
    .replicated_kind     (responder_replicated_kind),
    .replicated_tag      (responder_replicated_tag),
    .replicated_status   (responder_replicated_status),
    .replicated_address  (responder_replicated_address),
    .replicated_data     (responder_replicated_data),
    .ioOnline            (responder_ioOnline),
    .ioLeft              (responder_ioLeft),
    .synthesized_valid   (responder_synthesized_valid),
    .synthesized_kind    (responder_synthesized_kind),
    .synthesized_tag     (responder_synthesized_tag),
    .synthesized_status  (responder_synthesized_status),
    .synthesized_address (responder_synthesized_address),
    .synthesized_data    (responder_synthesized_data),
    .outstanding         (responder_outstanding),
    .clk                 (responder_clk),
    .rst                 (responder_rst)
  );
  SyncFifo_w129_d4 ioQueue (                     // GeminiEngine.java:153
    .push      (ioQueue_push),
    .pop       (ioQueue_pop),
    .flush     (ioQueue_flush),
    .headValid (ioQueue_headValid),
    .pushData  (ioQueue_pushData),
    .head      (ioQueue_head),
    .count     (ioQueue_count),
    .clk       (ioQueue_clk),
    .rst       (ioQueue_rst)
  );
  ErrorLog log (                                 // GeminiEngine.java:154
    .valid     (log_valid),
    .event_    (log_event_),
    .subsystem (log_subsystem),
    .cycle     (log_cycle),
    .entries_0 (log_entries_0),
    .entries_1 (log_entries_1),
    .entries_2 (log_entries_2),
    .entries_3 (log_entries_3),
    .entries_4 (log_entries_4),
    .entries_5 (log_entries_5),
    .entries_6 (log_entries_6),
    .entries_7 (log_entries_7),
    .count     (log_count),
    .clk       (log_clk),
    .rst       (log_rst)
  );
  LedDriver led (                                // GeminiEngine.java:155
    .cpuState (led_cpuState),
    .ioState  (led_ioState),
    .duplex   (led_duplex),
    .failStop (led_failStop),
    .blink    (led_blink),
    .state    (led_state),
    .green    (led_green),
    .amber    (led_amber),
    .clk      (led_clk),
    .rst      (led_rst)
  );
  DataMover_w9_p8_f4 mover (                     // GeminiEngine.java:156
    .snoopValid      (mover_snoopValid),
    .readValid       (mover_readValid),
    .readData        (mover_readData),
    .readError       (mover_readError),
    .writeValid      (mover_writeValid),
    .writeData       (mover_writeData),
    .linkUp          (mover_linkUp),
    .commandValid    (mover_commandValid),
    .command         (mover_command),
    .receiveEnable   (mover_receiveEnable),
    .cpuStop         (mover_cpuStop),
    .ioHold          (mover_ioHold),
    .ioQuiet         (mover_ioQuiet),
    .cpuQuiesced     (mover_cpuQuiesced),
    .resetRequest    (mover_resetRequest),
    .resetDone       (mover_resetDone),
    .phase           (mover_phase),
    .passRunning     (mover_passRunning),
    .passDone        (mover_passDone),
    .failed          (mover_failed),
    .failCause       (mover_failCause),
    .passes          (mover_passes),
    .lastCopied      (mover_lastCopied),
    .lastDirtied     (mover_lastDirtied),
    .dirtyPages      (mover_dirtyPages),
    .blackoutCycles  (mover_blackoutCycles),
    .synced          (mover_synced),
    .refused         (mover_refused),
    .snoopAddress    (mover_snoopAddress),
    .readAddress     (mover_readAddress),
    .writeAddress    (mover_writeAddress),
    .linkOut_valid   (mover_linkOut_valid),
    .linkOut_address (mover_linkOut_address),
    .linkOut_data    (mover_linkOut_data),
    .linkOut_check   (mover_linkOut_check),
    .linkOut_ack     (mover_linkOut_ack),
    .linkOut_nack    (mover_linkOut_nack),
    .linkIn_valid    (mover_linkIn_valid),
    .linkIn_address  (mover_linkIn_address),
    .linkIn_data     (mover_linkIn_data),
    .linkIn_check    (mover_linkIn_check),
    .linkIn_ack      (mover_linkIn_ack),
    .linkIn_nack     (mover_linkIn_nack),
    .failAddress     (mover_failAddress),
    .copyPage        (mover_copyPage),
    .clk             (mover_clk),
    .rst             (mover_rst)
  );
  PhaseAligner aligner (                         // GeminiEngine.java:157
    .late     (aligner_late),
    .locked   (aligner_locked),
    .lockLost (aligner_lockLost),
    .tap      (aligner_tap),
    .windowLo (aligner_windowLo),
    .windowHi (aligner_windowHi),
    .clk      (aligner_clk),
    .rst      (aligner_rst)
  );
  ResetSequencer sequencer (                     // GeminiEngine.java:158
    .moduleId     (sequencer_moduleId),
    .locked       (sequencer_locked),
    .sysref       (sequencer_sysref),
    .linkInKind   (sequencer_linkInKind),
    .linkOutKind  (sequencer_linkOutKind),
    .cpuReset     (sequencer_cpuReset),
    .compareStart (sequencer_compareStart),
    .linkInCycle  (sequencer_linkInCycle),
    .linkOutCycle (sequencer_linkOutCycle),
    .count        (sequencer_count),
    .releaseAt    (sequencer_releaseAt),
    .clk          (sequencer_clk),
    .rst          (sequencer_rst)
  );
endmodule
