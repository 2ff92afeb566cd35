// GeminiEngine_l2_b22_m9_4_4: generated from dev.gemini.GeminiEngine by hdl-dsl. Do not edit; run `make rtl`.
module GeminiEngine_l2_b22_m9_4_4 (              // GeminiEngine.java:140
  input  wire moduleId,                          // GeminiEngine.java:62
  input  wire partnerPresent,                    // GeminiEngine.java:63
  input  wire cpuOut_valid,                      // GeminiEngine.java:66
  input  wire [2:0] cpuOut_kind,                 // GeminiEngine.java:66
  input  wire [4:0] cpuOut_tag,                  // GeminiEngine.java:66
  input  wire [47:0] cpuOut_address,             // GeminiEngine.java:66
  input  wire [7:0] cpuOut_byteEnables,          // GeminiEngine.java:66
  input  wire [63:0] cpuOut_data,                // GeminiEngine.java:66
  output wire cpuOutReady,                       // GeminiEngine.java:67
  output wire cpuIn_valid,                       // GeminiEngine.java:68
  output wire [1:0] cpuIn_kind,                  // GeminiEngine.java:68
  output wire [4:0] cpuIn_tag,                   // GeminiEngine.java:68
  output wire [2:0] cpuIn_status,                // GeminiEngine.java:68
  output wire [47:0] cpuIn_address,              // GeminiEngine.java:68
  output wire [63:0] cpuIn_data,                 // GeminiEngine.java:68
  input  wire [2:0] cpuError,                    // GeminiEngine.java:70
  output wire ioReq_valid,                       // GeminiEngine.java:73
  output wire [2:0] ioReq_kind,                  // GeminiEngine.java:73
  output wire [4:0] ioReq_tag,                   // GeminiEngine.java:73
  output wire [47:0] ioReq_address,              // GeminiEngine.java:73
  output wire [7:0] ioReq_byteEnables,           // GeminiEngine.java:73
  output wire [63:0] ioReq_data,                 // GeminiEngine.java:73
  input  wire ioReqReady,                        // GeminiEngine.java:74
  input  wire ioIn_valid,                        // GeminiEngine.java:75
  input  wire [1:0] ioIn_kind,                   // GeminiEngine.java:75
  input  wire [4:0] ioIn_tag,                    // GeminiEngine.java:75
  input  wire [2:0] ioIn_status,                 // GeminiEngine.java:75
  input  wire [47:0] ioIn_address,               // GeminiEngine.java:75
  input  wire [63:0] ioIn_data,                  // GeminiEngine.java:75
  output wire ioInReady,                         // GeminiEngine.java:76
  input  wire [2:0] ioError,                     // GeminiEngine.java:77
  input  wire memSnoopValid,                     // GeminiEngine.java:81
  output wire memReadValid,                      // GeminiEngine.java:83
  input  wire [63:0] memReadData,                // GeminiEngine.java:85
  input  wire memReadError,                      // GeminiEngine.java:86
  output wire memWriteValid,                     // GeminiEngine.java:87
  output wire [63:0] memWriteData,               // GeminiEngine.java:89
  output wire cpuStop,                           // GeminiEngine.java:91
  input  wire cpuQuiesced,                       // GeminiEngine.java:92
  output wire cpuReset,                          // GeminiEngine.java:97
  output wire cpuRestore,                        // GeminiEngine.java:99
  input  wire phaseLate,                         // GeminiEngine.java:104
  output wire [5:0] delayTap,                    // GeminiEngine.java:105
  input  wire sysref,                            // GeminiEngine.java:106
  input  wire clockingBypass,                    // GeminiEngine.java:107
  output wire linkOut_heartbeat,                 // GeminiEngine.java:110
  output wire linkOut_outbound_valid,            // GeminiEngine.java:110
  output wire [2:0] linkOut_outbound_kind,       // GeminiEngine.java:110
  output wire [4:0] linkOut_outbound_tag,        // GeminiEngine.java:110
  output wire [47:0] linkOut_outbound_address,   // GeminiEngine.java:110
  output wire [7:0] linkOut_outbound_byteEnables, // GeminiEngine.java:110
  output wire [63:0] linkOut_outbound_data,      // GeminiEngine.java:110
  output wire linkOut_inbound_valid,             // GeminiEngine.java:110
  output wire [1:0] linkOut_inbound_kind,        // GeminiEngine.java:110
  output wire [4:0] linkOut_inbound_tag,         // GeminiEngine.java:110
  output wire [2:0] linkOut_inbound_status,      // GeminiEngine.java:110
  output wire [47:0] linkOut_inbound_address,    // GeminiEngine.java:110
  output wire [63:0] linkOut_inbound_data,       // GeminiEngine.java:110
  output wire linkOut_ioCreditReturn,            // GeminiEngine.java:110
  output wire [5:0] linkOut_errors,              // GeminiEngine.java:110
  output wire linkOut_csrWrite_valid,            // GeminiEngine.java:110
  output wire [7:0] linkOut_csrWrite_address,    // GeminiEngine.java:110
  output wire [31:0] linkOut_csrWrite_data,      // GeminiEngine.java:110
  output wire linkOut_ioHold,                    // GeminiEngine.java:110
  output wire linkOut_cpuReset,                  // GeminiEngine.java:110
  output wire [1:0] linkOut_resetMessage_kind,   // GeminiEngine.java:110
  output wire [7:0] linkOut_resetMessage_cycle,  // GeminiEngine.java:110
  input  wire linkIn_heartbeat,                  // GeminiEngine.java:111
  input  wire linkIn_outbound_valid,             // GeminiEngine.java:111
  input  wire [2:0] linkIn_outbound_kind,        // GeminiEngine.java:111
  input  wire [4:0] linkIn_outbound_tag,         // GeminiEngine.java:111
  input  wire [47:0] linkIn_outbound_address,    // GeminiEngine.java:111
  input  wire [7:0] linkIn_outbound_byteEnables, // GeminiEngine.java:111
  input  wire [63:0] linkIn_outbound_data,       // GeminiEngine.java:111
  input  wire linkIn_inbound_valid,              // GeminiEngine.java:111
  input  wire [1:0] linkIn_inbound_kind,         // GeminiEngine.java:111
  input  wire [4:0] linkIn_inbound_tag,          // GeminiEngine.java:111
  input  wire [2:0] linkIn_inbound_status,       // GeminiEngine.java:111
  input  wire [47:0] linkIn_inbound_address,     // GeminiEngine.java:111
  input  wire [63:0] linkIn_inbound_data,        // GeminiEngine.java:111
  input  wire linkIn_ioCreditReturn,             // GeminiEngine.java:111
  input  wire [5:0] linkIn_errors,               // GeminiEngine.java:111
  input  wire linkIn_csrWrite_valid,             // GeminiEngine.java:111
  input  wire [7:0] linkIn_csrWrite_address,     // GeminiEngine.java:111
  input  wire [31:0] linkIn_csrWrite_data,       // GeminiEngine.java:111
  input  wire linkIn_ioHold,                     // GeminiEngine.java:111
  input  wire linkIn_cpuReset,                   // GeminiEngine.java:111
  input  wire [1:0] linkIn_resetMessage_kind,    // GeminiEngine.java:111
  input  wire [7:0] linkIn_resetMessage_cycle,   // GeminiEngine.java:111
  input  wire csrValid,                          // GeminiEngine.java:117
  input  wire csrWrite,                          // GeminiEngine.java:118
  input  wire [7:0] csrAddress,                  // GeminiEngine.java:119
  input  wire [31:0] csrData,                    // GeminiEngine.java:120
  output wire csrRespValid,                      // GeminiEngine.java:121
  output wire [31:0] csrRespData,                // GeminiEngine.java:122
  output wire csrRespError,                      // GeminiEngine.java:123
  output wire irq,                               // GeminiEngine.java:125
  output wire [2:0] ledState,                    // GeminiEngine.java:126
  output wire ledGreen,                          // GeminiEngine.java:127
  output wire ledAmber,                          // GeminiEngine.java:128
  input  wire [12:0] memSnoopAddress,            // GeminiEngine.java:143
  output wire [12:0] memReadAddress,             // GeminiEngine.java:144
  output wire [12:0] memWriteAddress,            // GeminiEngine.java:145
  output wire copyOut_valid,                     // GeminiEngine.java:146
  output wire [12:0] copyOut_address,            // GeminiEngine.java:146
  output wire [63:0] copyOut_data,               // GeminiEngine.java:146
  output wire [7:0] copyOut_check,               // GeminiEngine.java:146
  output wire copyOut_ack,                       // GeminiEngine.java:146
  output wire copyOut_nack,                      // GeminiEngine.java:146
  input  wire copyIn_valid,                      // GeminiEngine.java:147
  input  wire [12:0] copyIn_address,             // GeminiEngine.java:147
  input  wire [63:0] copyIn_data,                // GeminiEngine.java:147
  input  wire [7:0] copyIn_check,                // GeminiEngine.java:147
  input  wire copyIn_ack,                        // GeminiEngine.java:147
  input  wire copyIn_nack,                       // GeminiEngine.java:147
  input  wire clk,                               // GeminiEngine.java:140
  input  wire rst                                // GeminiEngine.java:140
);
  /* verilator lint_off UNUSEDPARAM */
  localparam [1:0] SubsystemState_ONLINE = 2'd0; // GeminiEngine.java:177
  localparam [1:0] SubsystemState_DIAGNOSING = 2'd1; // GeminiEngine.java:177
  localparam [1:0] SubsystemState_RESYNCING = 2'd2; // GeminiEngine.java:177
  localparam [1:0] SubsystemState_OFFLINE = 2'd3; // GeminiEngine.java:177
  localparam [2:0] PairMode_DUPLEX = 3'd0;       // GeminiEngine.java:180
  localparam [2:0] PairMode_DECIDING = 3'd1;     // GeminiEngine.java:180
  localparam [2:0] PairMode_SIMPLEX_M0 = 3'd2;   // GeminiEngine.java:180
  localparam [2:0] PairMode_SIMPLEX_M1 = 3'd3;   // GeminiEngine.java:180
  localparam [2:0] PairMode_FAIL_STOP = 3'd4;    // GeminiEngine.java:180
  /* verilator lint_on UNUSEDPARAM */
  reg  [31:0] cycle;                             // GeminiEngine.java:152
  wire [31:0] cycle_add_1 = cycle + 32'd1;       // GeminiEngine.java:153
  wire regs_reqValid;                            // GeminiEngine.java:156
  wire regs_reqWrite;                            // GeminiEngine.java:156
  wire [7:0] regs_reqAddress;                    // GeminiEngine.java:156
  wire [31:0] regs_reqData;                      // GeminiEngine.java:156
  wire regs_clk;                                 // GeminiEngine.java:156
  wire regs_rst;                                 // GeminiEngine.java:156
  wire regs_respValid;                           // GeminiEngine.java:156
  wire [31:0] regs_respData;                     // GeminiEngine.java:156
  wire regs_respError;                           // GeminiEngine.java:156
  wire regs_acceptedWrite;                       // GeminiEngine.java:156
  wire regs_refused;                             // GeminiEngine.java:156
  wire [7:0] regs_refusedAccess_address;         // GeminiEngine.java:156
  wire regs_refusedAccess_write;                 // GeminiEngine.java:156
  wire regs_applyValid;                          // GeminiEngine.java:156
  wire [7:0] regs_applyAddress;                  // GeminiEngine.java:156
  wire [31:0] regs_applyData;                    // GeminiEngine.java:156
  wire [31:0] regs_status_ID;                    // GeminiEngine.java:156
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_CONTROL;                  // GeminiEngine.java:156
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_status_STATUS;                // GeminiEngine.java:156
  wire [31:0] regs_set_IRQ_STATUS;               // GeminiEngine.java:156
  wire [31:0] regs_reg_IRQ_STATUS;               // GeminiEngine.java:156
  wire [31:0] regs_reg_IRQ_ENABLE;               // GeminiEngine.java:156
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_cmd_COMMAND;                  // GeminiEngine.java:156
  /* verilator lint_on UNUSEDSIGNAL */
  wire regs_cmd_COMMAND_write;                   // GeminiEngine.java:156
  wire [31:0] regs_status_SUBSYSTEM_STATE;       // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LEVEL;           // GeminiEngine.java:156
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_ERROR_CAPACITY;           // GeminiEngine.java:156
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_reg_ERROR_PERIOD;             // GeminiEngine.java:156
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_HEARTBEAT_TIMEOUT;        // GeminiEngine.java:156
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_status_LED;                   // GeminiEngine.java:156
  wire [31:0] regs_status_COUNT_COMPARED;        // GeminiEngine.java:156
  wire [31:0] regs_status_COUNT_MISMATCHES;      // GeminiEngine.java:156
  wire [31:0] regs_status_COUNT_CORRECTABLE;     // GeminiEngine.java:156
  wire [31:0] regs_status_COUNT_ISOLATIONS;      // GeminiEngine.java:156
  wire [31:0] regs_status_MISMATCH_CYCLE;        // GeminiEngine.java:156
  wire [31:0] regs_status_MISMATCH_FIELDS;       // GeminiEngine.java:156
  wire [31:0] regs_status_MISMATCH_SYNDROME_LO;  // GeminiEngine.java:156
  wire [31:0] regs_status_MISMATCH_SYNDROME_HI;  // GeminiEngine.java:156
  wire [31:0] regs_status_MISMATCH_M0_LO;        // GeminiEngine.java:156
  wire [31:0] regs_status_MISMATCH_M0_HI;        // GeminiEngine.java:156
  wire [31:0] regs_status_MISMATCH_M1_LO;        // GeminiEngine.java:156
  wire [31:0] regs_status_MISMATCH_M1_HI;        // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_COUNT;       // GeminiEngine.java:156
  wire [31:0] regs_status_CYCLE;                 // GeminiEngine.java:156
  wire [31:0] regs_status_CSR_ERROR_ADDRESS;     // GeminiEngine.java:156
  wire [31:0] regs_status_CLOCKING;              // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_0;           // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_1;           // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_2;           // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_3;           // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_4;           // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_5;           // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_6;           // GeminiEngine.java:156
  wire [31:0] regs_status_ERROR_LOG_7;           // GeminiEngine.java:156
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_cmd_DM_COMMAND;               // GeminiEngine.java:156
  /* verilator lint_on UNUSEDSIGNAL */
  wire regs_cmd_DM_COMMAND_write;                // GeminiEngine.java:156
  wire [31:0] regs_status_DM_STATUS;             // GeminiEngine.java:156
  wire [31:0] regs_status_DM_PASSES;             // GeminiEngine.java:156
  wire [31:0] regs_status_DM_LAST_COPIED;        // GeminiEngine.java:156
  wire [31:0] regs_status_DM_LAST_DIRTIED;       // GeminiEngine.java:156
  wire [31:0] regs_status_DM_DIRTY_PAGES;        // GeminiEngine.java:156
  wire [31:0] regs_status_DM_FAIL_ADDRESS;       // GeminiEngine.java:156
  wire [31:0] regs_status_DM_BLACKOUT_CYCLES;    // GeminiEngine.java:156
  wire watchdog_heartbeat;                       // GeminiEngine.java:157
  wire [15:0] watchdog_timeout;                  // GeminiEngine.java:157
  wire watchdog_clk;                             // GeminiEngine.java:157
  wire watchdog_rst;                             // GeminiEngine.java:157
  wire watchdog_linkUp;                          // GeminiEngine.java:157
  wire watchdog_lost;                            // GeminiEngine.java:157
  wire watchdog_fresh;                           // GeminiEngine.java:157
  wire [312:0] ownFrameDelay_in;                 // GeminiEngine.java:158
  wire [312:0] ownFrameDelay_out;                // GeminiEngine.java:158
  wire ownFrameDelay_clk;                        // GeminiEngine.java:158
  wire ownFrameDelay_rst;                        // GeminiEngine.java:158
  wire compare_m0_valid;                         // GeminiEngine.java:159
  wire [2:0] compare_m0_kind;                    // GeminiEngine.java:159
  wire [4:0] compare_m0_tag;                     // GeminiEngine.java:159
  wire [47:0] compare_m0_address;                // GeminiEngine.java:159
  wire [7:0] compare_m0_byteEnables;             // GeminiEngine.java:159
  wire [63:0] compare_m0_data;                   // GeminiEngine.java:159
  wire compare_m1_valid;                         // GeminiEngine.java:159
  wire [2:0] compare_m1_kind;                    // GeminiEngine.java:159
  wire [4:0] compare_m1_tag;                     // GeminiEngine.java:159
  wire [47:0] compare_m1_address;                // GeminiEngine.java:159
  wire [7:0] compare_m1_byteEnables;             // GeminiEngine.java:159
  wire [63:0] compare_m1_data;                   // GeminiEngine.java:159
  wire compare_active;                           // GeminiEngine.java:159
  wire compare_pop;                              // GeminiEngine.java:159
  wire compare_clearRecord;                      // GeminiEngine.java:159
  wire [31:0] compare_cycle;                     // GeminiEngine.java:159
  wire compare_headValid;                        // GeminiEngine.java:159
  wire compare_headMatched;                      // GeminiEngine.java:159
  wire compare_headSuspect;                      // GeminiEngine.java:159
  wire compare_head0_valid;                      // GeminiEngine.java:159
  wire [2:0] compare_head0_kind;                 // GeminiEngine.java:159
  wire [4:0] compare_head0_tag;                  // GeminiEngine.java:159
  wire [47:0] compare_head0_address;             // GeminiEngine.java:159
  wire [7:0] compare_head0_byteEnables;          // GeminiEngine.java:159
  wire [63:0] compare_head0_data;                // GeminiEngine.java:159
  wire compare_head1_valid;                      // GeminiEngine.java:159
  wire [2:0] compare_head1_kind;                 // GeminiEngine.java:159
  wire [4:0] compare_head1_tag;                  // GeminiEngine.java:159
  wire [47:0] compare_head1_address;             // GeminiEngine.java:159
  wire [7:0] compare_head1_byteEnables;          // GeminiEngine.java:159
  wire [63:0] compare_head1_data;                // GeminiEngine.java:159
  wire compare_mismatch;                         // GeminiEngine.java:159
  wire compare_clk;                              // GeminiEngine.java:159
  wire compare_rst;                              // GeminiEngine.java:159
  wire [31:0] compare_compared;                  // GeminiEngine.java:159
  wire [31:0] compare_mismatches;                // GeminiEngine.java:159
  wire compare_recorded;                         // GeminiEngine.java:159
  wire [31:0] compare_recordCycle;               // GeminiEngine.java:159
  wire [5:0] compare_recordFields;               // GeminiEngine.java:159
  wire [63:0] compare_recordSyndrome;            // GeminiEngine.java:159
  wire [63:0] compare_recordValue0;              // GeminiEngine.java:159
  wire [63:0] compare_recordValue1;              // GeminiEngine.java:159
  wire dispatch_headValid;                       // GeminiEngine.java:160
  wire dispatch_headMatched;                     // GeminiEngine.java:160
  wire dispatch_headSuspect;                     // GeminiEngine.java:160
  wire dispatch_culpritKnown;                    // GeminiEngine.java:160
  wire dispatch_head0_valid;                     // GeminiEngine.java:160
  wire [2:0] dispatch_head0_kind;                // GeminiEngine.java:160
  wire [4:0] dispatch_head0_tag;                 // GeminiEngine.java:160
  wire [47:0] dispatch_head0_address;            // GeminiEngine.java:160
  wire [7:0] dispatch_head0_byteEnables;         // GeminiEngine.java:160
  wire [63:0] dispatch_head0_data;               // GeminiEngine.java:160
  wire dispatch_head1_valid;                     // GeminiEngine.java:160
  wire [2:0] dispatch_head1_kind;                // GeminiEngine.java:160
  wire [4:0] dispatch_head1_tag;                 // GeminiEngine.java:160
  wire [47:0] dispatch_head1_address;            // GeminiEngine.java:160
  wire [7:0] dispatch_head1_byteEnables;         // GeminiEngine.java:160
  wire [63:0] dispatch_head1_data;               // GeminiEngine.java:160
  wire [2:0] dispatch_mode;                      // GeminiEngine.java:160
  wire [1:0] dispatch_ioOnline;                  // GeminiEngine.java:160
  wire [1:0] dispatch_ioCreditReturn;            // GeminiEngine.java:160
  wire [1:0] dispatch_ioReturned;                // GeminiEngine.java:160
  wire dispatch_moduleId;                        // GeminiEngine.java:160
  wire dispatch_pop;                             // GeminiEngine.java:160
  wire dispatch_popped0;                         // GeminiEngine.java:160
  wire dispatch_popped1;                         // GeminiEngine.java:160
  wire dispatch_toIo_valid;                      // GeminiEngine.java:160
  wire [2:0] dispatch_toIo_kind;                 // GeminiEngine.java:160
  wire [4:0] dispatch_toIo_tag;                  // GeminiEngine.java:160
  wire [47:0] dispatch_toIo_address;             // GeminiEngine.java:160
  wire [7:0] dispatch_toIo_byteEnables;          // GeminiEngine.java:160
  wire [63:0] dispatch_toIo_data;                // GeminiEngine.java:160
  wire dispatch_issued;                          // GeminiEngine.java:160
  wire [4:0] dispatch_issuedTag;                 // GeminiEngine.java:160
  wire dispatch_issuedTarget;                    // GeminiEngine.java:160
  wire dispatch_issuedDiscarded;                 // GeminiEngine.java:160
  wire dispatch_headMismatch;                    // GeminiEngine.java:160
  wire dispatch_clk;                             // GeminiEngine.java:160
  wire dispatch_rst;                             // GeminiEngine.java:160
  wire [5:0] controller_errors0;                 // GeminiEngine.java:161
  wire [5:0] controller_errors1;                 // GeminiEngine.java:161
  wire controller_headMismatch;                  // GeminiEngine.java:161
  wire controller_commandValid;                  // GeminiEngine.java:161
  wire controller_resyncDone;                    // GeminiEngine.java:161
  wire [1:0] controller_command_subsystem;       // GeminiEngine.java:161
  wire [2:0] controller_command_op;              // GeminiEngine.java:161
  wire [7:0] controller_capacity;                // GeminiEngine.java:161
  wire [31:0] controller_period;                 // GeminiEngine.java:161
  wire controller_rankM1First;                   // GeminiEngine.java:161
  wire controller_linkLost;                      // GeminiEngine.java:161
  wire controller_partnerFresh;                  // GeminiEngine.java:161
  wire controller_partnerPresent;                // GeminiEngine.java:161
  wire controller_moduleId;                      // GeminiEngine.java:161
  wire [2:0] controller_mode;                    // GeminiEngine.java:161
  wire [7:0] controller_levels_0;                // GeminiEngine.java:161
  wire [7:0] controller_levels_1;                // GeminiEngine.java:161
  wire [7:0] controller_levels_2;                // GeminiEngine.java:161
  wire [7:0] controller_levels_3;                // GeminiEngine.java:161
  wire controller_clk;                           // GeminiEngine.java:161
  wire [3:0] controller_isolated;                // GeminiEngine.java:161
  wire [3:0] controller_wentOffline;             // GeminiEngine.java:161
  wire [3:0] controller_returned;                // GeminiEngine.java:161
  /* verilator lint_off UNUSEDSIGNAL */
  wire [3:0] controller_leftService;             // GeminiEngine.java:161
  /* verilator lint_on UNUSEDSIGNAL */
  wire controller_rst;                           // GeminiEngine.java:161
  wire controller_failStopped;                   // GeminiEngine.java:161
  wire controller_correctable;                   // GeminiEngine.java:161
  wire controller_logValid;                      // GeminiEngine.java:161
  wire [2:0] controller_logEvent;                // GeminiEngine.java:161
  wire [1:0] controller_logSubsystem;            // GeminiEngine.java:161
  wire controller_culpritKnown;                  // GeminiEngine.java:161
  wire [31:0] controller_correctableCount;       // GeminiEngine.java:161
  wire [31:0] controller_isolationCount;         // GeminiEngine.java:161
  wire [1:0] controller_states_0;                // GeminiEngine.java:161
  wire [1:0] controller_states_1;                // GeminiEngine.java:161
  wire [1:0] controller_states_2;                // GeminiEngine.java:161
  wire [1:0] controller_states_3;                // GeminiEngine.java:161
  wire responder_issued;                         // GeminiEngine.java:162
  wire [4:0] responder_issuedTag;                // GeminiEngine.java:162
  wire responder_issuedTarget;                   // GeminiEngine.java:162
  wire responder_issuedDiscarded;                // GeminiEngine.java:162
  wire responder_replicated_valid;               // GeminiEngine.java:162
  wire [1:0] responder_replicated_kind;          // GeminiEngine.java:162
  wire [4:0] responder_replicated_tag;           // GeminiEngine.java:162
  wire [2:0] responder_replicated_status;        // GeminiEngine.java:162
  wire [47:0] responder_replicated_address;      // GeminiEngine.java:162
  wire [63:0] responder_replicated_data;         // GeminiEngine.java:162
  wire [1:0] responder_ioOnline;                 // GeminiEngine.java:162
  wire [1:0] responder_ioLeft;                   // GeminiEngine.java:162
  wire responder_synthesized_valid;              // GeminiEngine.java:162
  wire [1:0] responder_synthesized_kind;         // GeminiEngine.java:162
  wire [4:0] responder_synthesized_tag;          // GeminiEngine.java:162
  wire [2:0] responder_synthesized_status;       // GeminiEngine.java:162
  wire [47:0] responder_synthesized_address;     // GeminiEngine.java:162
  wire [63:0] responder_synthesized_data;        // GeminiEngine.java:162
  /* verilator lint_off UNUSEDSIGNAL */
  wire [5:0] responder_outstanding;              // GeminiEngine.java:162
  /* verilator lint_on UNUSEDSIGNAL */
  wire responder_clk;                            // GeminiEngine.java:162
  wire responder_rst;                            // GeminiEngine.java:162
  wire ioQueue_push;                             // GeminiEngine.java:163
  wire ioQueue_pop;                              // GeminiEngine.java:163
  wire ioQueue_flush;                            // GeminiEngine.java:163
  wire ioQueue_headValid;                        // GeminiEngine.java:163
  wire [128:0] ioQueue_pushData;                 // GeminiEngine.java:163
  wire [128:0] ioQueue_head;                     // GeminiEngine.java:163
  /* verilator lint_off UNUSEDSIGNAL */
  wire [2:0] ioQueue_count;                      // GeminiEngine.java:163
  /* verilator lint_on UNUSEDSIGNAL */
  wire ioQueue_clk;                              // GeminiEngine.java:163
  wire ioQueue_rst;                              // GeminiEngine.java:163
  wire log_valid;                                // GeminiEngine.java:164
  wire [2:0] log_event_;                         // GeminiEngine.java:164
  wire [1:0] log_subsystem;                      // GeminiEngine.java:164
  wire [31:0] log_cycle;                         // GeminiEngine.java:164
  wire [2:0] log_entries_0_event;                // GeminiEngine.java:164
  wire [1:0] log_entries_0_subsystem;            // GeminiEngine.java:164
  wire [26:0] log_entries_0_cycle;               // GeminiEngine.java:164
  wire [2:0] log_entries_1_event;                // GeminiEngine.java:164
  wire [1:0] log_entries_1_subsystem;            // GeminiEngine.java:164
  wire [26:0] log_entries_1_cycle;               // GeminiEngine.java:164
  wire [2:0] log_entries_2_event;                // GeminiEngine.java:164
  wire [1:0] log_entries_2_subsystem;            // GeminiEngine.java:164
  wire [26:0] log_entries_2_cycle;               // GeminiEngine.java:164
  wire [2:0] log_entries_3_event;                // GeminiEngine.java:164
  wire [1:0] log_entries_3_subsystem;            // GeminiEngine.java:164
  wire [26:0] log_entries_3_cycle;               // GeminiEngine.java:164
  wire [2:0] log_entries_4_event;                // GeminiEngine.java:164
  wire [1:0] log_entries_4_subsystem;            // GeminiEngine.java:164
  wire [26:0] log_entries_4_cycle;               // GeminiEngine.java:164
  wire [2:0] log_entries_5_event;                // GeminiEngine.java:164
  wire [1:0] log_entries_5_subsystem;            // GeminiEngine.java:164
  wire [26:0] log_entries_5_cycle;               // GeminiEngine.java:164
  wire [2:0] log_entries_6_event;                // GeminiEngine.java:164
  wire [1:0] log_entries_6_subsystem;            // GeminiEngine.java:164
  wire [26:0] log_entries_6_cycle;               // GeminiEngine.java:164
  wire [2:0] log_entries_7_event;                // GeminiEngine.java:164
  wire [1:0] log_entries_7_subsystem;            // GeminiEngine.java:164
  wire [26:0] log_entries_7_cycle;               // GeminiEngine.java:164
  wire log_clk;                                  // GeminiEngine.java:164
  wire log_rst;                                  // GeminiEngine.java:164
  wire [31:0] log_count;                         // GeminiEngine.java:164
  wire [1:0] led_cpuState;                       // GeminiEngine.java:165
  wire [1:0] led_ioState;                        // GeminiEngine.java:165
  wire led_duplex;                               // GeminiEngine.java:165
  wire led_failStop;                             // GeminiEngine.java:165
  wire led_blink;                                // GeminiEngine.java:165
  wire led_clk;                                  // GeminiEngine.java:165
  wire led_rst;                                  // GeminiEngine.java:165
  wire [2:0] led_state;                          // GeminiEngine.java:165
  wire led_green;                                // GeminiEngine.java:165
  wire led_amber;                                // GeminiEngine.java:165
  wire mover_snoopValid;                         // GeminiEngine.java:166
  wire mover_readValid;                          // GeminiEngine.java:166
  wire [63:0] mover_readData;                    // GeminiEngine.java:166
  wire mover_readError;                          // GeminiEngine.java:166
  wire mover_clk;                                // GeminiEngine.java:166
  wire mover_rst;                                // GeminiEngine.java:166
  wire mover_writeValid;                         // GeminiEngine.java:166
  wire [63:0] mover_writeData;                   // GeminiEngine.java:166
  wire mover_linkUp;                             // GeminiEngine.java:166
  wire mover_commandValid;                       // GeminiEngine.java:166
  wire [2:0] mover_command;                      // GeminiEngine.java:166
  wire mover_receiveEnable;                      // GeminiEngine.java:166
  wire mover_cpuStop;                            // GeminiEngine.java:166
  wire mover_ioHold;                             // GeminiEngine.java:166
  wire mover_ioQuiet;                            // GeminiEngine.java:166
  wire mover_cpuQuiesced;                        // GeminiEngine.java:166
  wire mover_resetRequest;                       // GeminiEngine.java:166
  wire mover_resetDone;                          // GeminiEngine.java:166
  wire [2:0] mover_phase;                        // GeminiEngine.java:166
  wire mover_passRunning;                        // GeminiEngine.java:166
  /* verilator lint_off UNUSEDSIGNAL */
  wire mover_passDone;                           // GeminiEngine.java:166
  /* verilator lint_on UNUSEDSIGNAL */
  wire mover_failed;                             // GeminiEngine.java:166
  wire [1:0] mover_failCause;                    // GeminiEngine.java:166
  wire [15:0] mover_passes;                      // GeminiEngine.java:166
  wire [15:0] mover_lastCopied;                  // GeminiEngine.java:166
  wire [15:0] mover_lastDirtied;                 // GeminiEngine.java:166
  wire [15:0] mover_dirtyPages;                  // GeminiEngine.java:166
  wire [31:0] mover_blackoutCycles;              // GeminiEngine.java:166
  wire mover_synced;                             // GeminiEngine.java:166
  wire mover_refused;                            // GeminiEngine.java:166
  wire [12:0] mover_snoopAddress;                // GeminiEngine.java:166
  wire [12:0] mover_readAddress;                 // GeminiEngine.java:166
  wire [12:0] mover_writeAddress;                // GeminiEngine.java:166
  wire mover_linkOut_valid;                      // GeminiEngine.java:166
  wire [12:0] mover_linkOut_address;             // GeminiEngine.java:166
  wire [63:0] mover_linkOut_data;                // GeminiEngine.java:166
  wire [7:0] mover_linkOut_check;                // GeminiEngine.java:166
  wire mover_linkOut_ack;                        // GeminiEngine.java:166
  wire mover_linkOut_nack;                       // GeminiEngine.java:166
  wire mover_linkIn_valid;                       // GeminiEngine.java:166
  wire [12:0] mover_linkIn_address;              // GeminiEngine.java:166
  wire [63:0] mover_linkIn_data;                 // GeminiEngine.java:166
  wire [7:0] mover_linkIn_check;                 // GeminiEngine.java:166
  wire mover_linkIn_ack;                         // GeminiEngine.java:166
  wire mover_linkIn_nack;                        // GeminiEngine.java:166
  wire [12:0] mover_failAddress;                 // GeminiEngine.java:166
  /* verilator lint_off UNUSEDSIGNAL */
  wire [3:0] mover_copyPage;                     // GeminiEngine.java:166
  /* verilator lint_on UNUSEDSIGNAL */
  wire aligner_late;                             // GeminiEngine.java:167
  wire aligner_clk;                              // GeminiEngine.java:167
  wire aligner_rst;                              // GeminiEngine.java:167
  wire aligner_locked;                           // GeminiEngine.java:167
  /* verilator lint_off UNUSEDSIGNAL */
  wire aligner_lockLost;                         // GeminiEngine.java:167
  /* verilator lint_on UNUSEDSIGNAL */
  wire [5:0] aligner_tap;                        // GeminiEngine.java:167
  wire [5:0] aligner_windowLo;                   // GeminiEngine.java:167
  wire [5:0] aligner_windowHi;                   // GeminiEngine.java:167
  wire sequencer_moduleId;                       // GeminiEngine.java:168
  wire sequencer_locked;                         // GeminiEngine.java:168
  wire sequencer_sysref;                         // GeminiEngine.java:168
  wire [1:0] sequencer_linkInKind;               // GeminiEngine.java:168
  wire [1:0] sequencer_linkOutKind;              // GeminiEngine.java:168
  wire sequencer_clk;                            // GeminiEngine.java:168
  wire sequencer_rst;                            // GeminiEngine.java:168
  wire sequencer_cpuReset;                       // GeminiEngine.java:168
  wire sequencer_compareStart;                   // GeminiEngine.java:168
  wire [7:0] sequencer_linkInCycle;              // GeminiEngine.java:168
  wire [7:0] sequencer_linkOutCycle;             // GeminiEngine.java:168
  /* verilator lint_off UNUSEDSIGNAL */
  wire [7:0] sequencer_count;                    // GeminiEngine.java:168
  wire [7:0] sequencer_releaseAt;                // GeminiEngine.java:168
  /* verilator lint_on UNUSEDSIGNAL */
  wire [1:0] localCpuState = moduleId ? controller_states_1 : controller_states_0; // GeminiEngine.java:174
  wire [1:0] localIoState = moduleId ? controller_states_3 : controller_states_2; // GeminiEngine.java:175
  wire [1:0] partnerCpuState = moduleId ? controller_states_0 : controller_states_1; // GeminiEngine.java:176
  wire localCpuOnline = localCpuState == SubsystemState_ONLINE; // GeminiEngine.java:177
  wire localIoOnline = localIoState == SubsystemState_ONLINE; // GeminiEngine.java:178
  wire partnerCpuOnline = partnerCpuState == SubsystemState_ONLINE; // GeminiEngine.java:179
  wire failStop = controller_mode == PairMode_FAIL_STOP; // GeminiEngine.java:180
  wire controller_states_0_eq_ONLINE = controller_states_0 == SubsystemState_ONLINE; // GeminiEngine.java:181
  wire controller_states_1_eq_ONLINE = controller_states_1 == SubsystemState_ONLINE; // GeminiEngine.java:181
  wire bothCpusOnline = controller_states_0_eq_ONLINE & controller_states_1_eq_ONLINE; // GeminiEngine.java:181
  wire not_clockingBypass = ~clockingBypass;     // GeminiEngine.java:190
  wire powerOnHold = sequencer_cpuReset & not_clockingBypass; // GeminiEngine.java:190
  reg  compareStarted;                           // GeminiEngine.java:191
  wire comparing = compareStarted | clockingBypass; // GeminiEngine.java:193
  reg  [7:0] cpuHold;                            // GeminiEngine.java:197
  wire cpuError_1 = cpuError[1];                 // GeminiEngine.java:198
  wire cpuError_2 = cpuError[2];                 // GeminiEngine.java:198
  wire cpuSevere = cpuError_1 | cpuError_2;      // GeminiEngine.java:198
  wire cpuSevere_and_localCpuOnline = cpuSevere & localCpuOnline; // GeminiEngine.java:199
  wire cpuSevere_and_localCpuOnline_and = cpuSevere_and_localCpuOnline & partnerCpuOnline; // GeminiEngine.java:199
  wire cpuHold_ne_0 = cpuHold != 8'd0;           // GeminiEngine.java:200
  wire [7:0] cpuHold_sub_1 = cpuHold - 8'd1;     // GeminiEngine.java:200
  wire cpuHold_ne_0_1 = cpuHold != 8'd0;         // GeminiEngine.java:201
  wire not_localCpuOnline = ~localCpuOnline;     // GeminiEngine.java:201
  wire cpuContained = cpuHold_ne_0_1 | not_localCpuOnline; // GeminiEngine.java:201
  reg  ioLatch;                                  // GeminiEngine.java:202
  wire ioError_1 = ioError[1];                   // GeminiEngine.java:203
  wire ioError_2 = ioError[2];                   // GeminiEngine.java:203
  wire ioSevere = ioError_1 | ioError_2;         // GeminiEngine.java:203
  wire ioLatch_or_ioSevere = ioLatch | ioSevere; // GeminiEngine.java:204
  wire ioLatch_or_ioSevere_and_localIoOnline = ioLatch_or_ioSevere & localIoOnline; // GeminiEngine.java:204
  wire not_localIoOnline = ~localIoOnline;       // GeminiEngine.java:205
  wire ioContained = ioLatch | not_localIoOnline; // GeminiEngine.java:205
  reg  [2:0] cpuCredits;                         // GeminiEngine.java:208
  wire cpuResetNow;                              // GeminiEngine.java:209
  wire cpuCredits_ne_0 = cpuCredits != 3'd0;     // GeminiEngine.java:210
  wire not_cpuContained = ~cpuContained;         // GeminiEngine.java:210
  wire cpuCredits_ne_0_and_not_cpuContained = cpuCredits_ne_0 & not_cpuContained; // GeminiEngine.java:210
  wire not_failStop = ~failStop;                 // GeminiEngine.java:210
  wire cpuCredits_ne_0_and_not_cpuContained_and = cpuCredits_ne_0_and_not_cpuContained & not_failStop; // GeminiEngine.java:210
  wire not_mover_cpuStop = ~mover_cpuStop;       // GeminiEngine.java:210
  wire cpuCredits_ne_0_and_not_cpuContained_and_1 = cpuCredits_ne_0_and_not_cpuContained_and & not_mover_cpuStop; // GeminiEngine.java:210
  wire not_cpuResetNow = ~cpuResetNow;           // GeminiEngine.java:211
  wire ready = cpuCredits_ne_0_and_not_cpuContained_and_1 & not_cpuResetNow; // GeminiEngine.java:211
  wire accepted = cpuOut_valid & ready;          // GeminiEngine.java:212
  wire creditBack = moduleId ? dispatch_popped1 : dispatch_popped0; // GeminiEngine.java:213
  wire moduleId_cast = moduleId;                 // GeminiEngine.java:214
  /* verilator lint_off UNUSEDSIGNAL */
  wire [3:0] controller_returned_dshr_moduleId_cast = controller_returned >> moduleId_cast; // GeminiEngine.java:214
  /* verilator lint_on UNUSEDSIGNAL */
  wire localCpuReturned = controller_returned_dshr_moduleId_cast[0]; // GeminiEngine.java:214
  wire creditBack_cast = creditBack;             // GeminiEngine.java:216
  wire [2:0] creditBack_cast_ext = {2'd0, creditBack_cast}; // GeminiEngine.java:216
  wire [2:0] cpuCredits_add_creditBack_cast_ext = cpuCredits + creditBack_cast_ext; // GeminiEngine.java:216
  wire accepted_cast = accepted;                 // GeminiEngine.java:216
  wire [2:0] accepted_cast_ext = {2'd0, accepted_cast}; // GeminiEngine.java:216
  wire [2:0] cpuCredits_add_creditBack_cast_ext_sub = cpuCredits_add_creditBack_cast_ext - accepted_cast_ext; // GeminiEngine.java:216
  wire [2:0] mux_localCpuReturned = localCpuReturned ? 3'd4 : cpuCredits_add_creditBack_cast_ext_sub; // GeminiEngine.java:215
  wire not_ioContained = ~ioContained;           // GeminiEngine.java:219
  wire dispatch_toIo_valid_and_not_ioContained = dispatch_toIo_valid & not_ioContained; // GeminiEngine.java:219
  wire [128:0] cat_dispatch_toIo_valid_dispatch_toIo = {dispatch_toIo_valid, dispatch_toIo_kind, dispatch_toIo_tag, dispatch_toIo_address, dispatch_toIo_byteEnables, dispatch_toIo_data}; // GeminiEngine.java:220
  /* verilator lint_off UNUSEDSIGNAL */
  wire queued_valid = ioQueue_head[128];         // GeminiEngine.java:221
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] queued_kind = ioQueue_head[127:125]; // GeminiEngine.java:221
  wire [4:0] queued_tag = ioQueue_head[124:120]; // GeminiEngine.java:221
  wire [47:0] queued_address = ioQueue_head[119:72]; // GeminiEngine.java:221
  wire [7:0] queued_byteEnables = ioQueue_head[71:64]; // GeminiEngine.java:221
  wire [63:0] queued_data = ioQueue_head[63:0];  // GeminiEngine.java:221
  wire not_ioContained_1 = ~ioContained;         // GeminiEngine.java:222
  wire requestValid = ioQueue_headValid & not_ioContained_1; // GeminiEngine.java:222
  wire deviceTook = requestValid & ioReqReady;   // GeminiEngine.java:223
  wire cycle_0 = cycle[0];                       // GeminiEngine.java:226
  wire mySlot = cycle_0 == moduleId;             // GeminiEngine.java:226
  wire ioHeld;                                   // GeminiEngine.java:227
  wire ioIn_valid_and_mySlot = ioIn_valid & mySlot; // GeminiEngine.java:228
  wire not_ioContained_2 = ~ioContained;         // GeminiEngine.java:228
  wire ioIn_valid_and_mySlot_and_not = ioIn_valid_and_mySlot & not_ioContained_2; // GeminiEngine.java:228
  wire not_ioHeld = ~ioHeld;                     // GeminiEngine.java:228
  wire sendEvent = ioIn_valid_and_mySlot_and_not & not_ioHeld; // GeminiEngine.java:228
  wire outboundIdle = cpuCredits == 3'd4;        // GeminiEngine.java:231
  reg  heartbeat;                                // GeminiEngine.java:234
  wire not_heartbeat = ~heartbeat;               // GeminiEngine.java:235
  reg  [312:0] frame;                            // GeminiEngine.java:236
  wire not_heartbeat_1 = ~heartbeat;             // GeminiEngine.java:237
  wire [5:0] cat_ioError_cpuError = {ioError, cpuError}; // GeminiEngine.java:240
  wire mover_resetRequest_and_outboundIdle = mover_resetRequest & outboundIdle; // GeminiEngine.java:242
  wire [312:0] cat_not_heartbeat_1_accepted_cpuOut_kind = {not_heartbeat_1, accepted, cpuOut_kind, cpuOut_tag, cpuOut_address, cpuOut_byteEnables, cpuOut_data, sendEvent, ioIn_kind, ioIn_tag, ioIn_status, ioIn_address, ioIn_data, deviceTook, cat_ioError_cpuError, regs_acceptedWrite, csrAddress, csrData, mover_ioHold, mover_resetRequest_and_outboundIdle, sequencer_linkOutKind, sequencer_linkOutCycle}; // GeminiEngine.java:237
  wire frame_312 = frame[312];                   // GeminiEngine.java:244
  wire frame_311 = frame[311];                   // GeminiEngine.java:244
  wire [2:0] frame_310_308 = frame[310:308];     // GeminiEngine.java:244
  wire [4:0] frame_307_303 = frame[307:303];     // GeminiEngine.java:244
  wire [47:0] frame_302_255 = frame[302:255];    // GeminiEngine.java:244
  wire [7:0] frame_254_247 = frame[254:247];     // GeminiEngine.java:244
  wire [63:0] frame_246_183 = frame[246:183];    // GeminiEngine.java:244
  wire frame_182 = frame[182];                   // GeminiEngine.java:244
  wire [1:0] frame_181_180 = frame[181:180];     // GeminiEngine.java:244
  wire [4:0] frame_179_175 = frame[179:175];     // GeminiEngine.java:244
  wire [2:0] frame_174_172 = frame[174:172];     // GeminiEngine.java:244
  wire [47:0] frame_171_124 = frame[171:124];    // GeminiEngine.java:244
  wire [63:0] frame_123_60 = frame[123:60];      // GeminiEngine.java:244
  wire frame_59 = frame[59];                     // GeminiEngine.java:244
  wire [5:0] frame_58_53 = frame[58:53];         // GeminiEngine.java:244
  wire frame_52 = frame[52];                     // GeminiEngine.java:244
  wire [7:0] frame_51_44 = frame[51:44];         // GeminiEngine.java:244
  wire [31:0] frame_43_12 = frame[43:12];        // GeminiEngine.java:244
  wire frame_11 = frame[11];                     // GeminiEngine.java:244
  wire frame_10 = frame[10];                     // GeminiEngine.java:244
  wire [1:0] frame_9_8 = frame[9:8];             // GeminiEngine.java:244
  wire [7:0] frame_7_0 = frame[7:0];             // GeminiEngine.java:244
  wire [15:0] values_0 = regs_reg_HEARTBEAT_TIMEOUT[15:0]; // Register.java:79
  wire [312:0] cat_linkIn_heartbeat_linkIn_outbound = {linkIn_heartbeat, linkIn_outbound_valid, linkIn_outbound_kind, linkIn_outbound_tag, linkIn_outbound_address, linkIn_outbound_byteEnables, linkIn_outbound_data, linkIn_inbound_valid, linkIn_inbound_kind, linkIn_inbound_tag, linkIn_inbound_status, linkIn_inbound_address, linkIn_inbound_data, linkIn_ioCreditReturn, linkIn_errors, linkIn_csrWrite_valid, linkIn_csrWrite_address, linkIn_csrWrite_data, linkIn_ioHold, linkIn_cpuReset, linkIn_resetMessage_kind, linkIn_resetMessage_cycle}; // GeminiEngine.java:249
  wire [312:0] partnerFrame = watchdog_linkUp ? cat_linkIn_heartbeat_linkIn_outbound : 313'd0; // GeminiEngine.java:249
  wire [312:0] mux_moduleId = moduleId ? partnerFrame : ownFrameDelay_out; // GeminiEngine.java:251
  /* verilator lint_off UNUSEDSIGNAL */
  wire f0_heartbeat = mux_moduleId[312];         // GeminiEngine.java:251
  /* verilator lint_on UNUSEDSIGNAL */
  wire f0_outbound_valid = mux_moduleId[311];    // GeminiEngine.java:251
  wire [2:0] f0_outbound_kind = mux_moduleId[310:308]; // GeminiEngine.java:251
  wire [4:0] f0_outbound_tag = mux_moduleId[307:303]; // GeminiEngine.java:251
  wire [47:0] f0_outbound_address = mux_moduleId[302:255]; // GeminiEngine.java:251
  wire [7:0] f0_outbound_byteEnables = mux_moduleId[254:247]; // GeminiEngine.java:251
  wire [63:0] f0_outbound_data = mux_moduleId[246:183]; // GeminiEngine.java:251
  wire f0_inbound_valid = mux_moduleId[182];     // GeminiEngine.java:251
  wire [1:0] f0_inbound_kind = mux_moduleId[181:180]; // GeminiEngine.java:251
  wire [4:0] f0_inbound_tag = mux_moduleId[179:175]; // GeminiEngine.java:251
  wire [2:0] f0_inbound_status = mux_moduleId[174:172]; // GeminiEngine.java:251
  wire [47:0] f0_inbound_address = mux_moduleId[171:124]; // GeminiEngine.java:251
  wire [63:0] f0_inbound_data = mux_moduleId[123:60]; // GeminiEngine.java:251
  wire f0_ioCreditReturn = mux_moduleId[59];     // GeminiEngine.java:251
  wire [5:0] f0_errors = mux_moduleId[58:53];    // GeminiEngine.java:251
  wire f0_csrWrite_valid = mux_moduleId[52];     // GeminiEngine.java:251
  wire [7:0] f0_csrWrite_address = mux_moduleId[51:44]; // GeminiEngine.java:251
  wire [31:0] f0_csrWrite_data = mux_moduleId[43:12]; // GeminiEngine.java:251
  wire f0_ioHold = mux_moduleId[11];             // GeminiEngine.java:251
  wire f0_cpuReset = mux_moduleId[10];           // GeminiEngine.java:251
  /* verilator lint_off UNUSEDSIGNAL */
  wire [1:0] f0_resetMessage_kind = mux_moduleId[9:8]; // GeminiEngine.java:251
  wire [7:0] f0_resetMessage_cycle = mux_moduleId[7:0]; // GeminiEngine.java:251
  /* verilator lint_on UNUSEDSIGNAL */
  wire [312:0] mux_moduleId_1 = moduleId ? ownFrameDelay_out : partnerFrame; // GeminiEngine.java:252
  /* verilator lint_off UNUSEDSIGNAL */
  wire f1_heartbeat = mux_moduleId_1[312];       // GeminiEngine.java:252
  /* verilator lint_on UNUSEDSIGNAL */
  wire f1_outbound_valid = mux_moduleId_1[311];  // GeminiEngine.java:252
  wire [2:0] f1_outbound_kind = mux_moduleId_1[310:308]; // GeminiEngine.java:252
  wire [4:0] f1_outbound_tag = mux_moduleId_1[307:303]; // GeminiEngine.java:252
  wire [47:0] f1_outbound_address = mux_moduleId_1[302:255]; // GeminiEngine.java:252
  wire [7:0] f1_outbound_byteEnables = mux_moduleId_1[254:247]; // GeminiEngine.java:252
  wire [63:0] f1_outbound_data = mux_moduleId_1[246:183]; // GeminiEngine.java:252
  wire f1_inbound_valid = mux_moduleId_1[182];   // GeminiEngine.java:252
  wire [1:0] f1_inbound_kind = mux_moduleId_1[181:180]; // GeminiEngine.java:252
  wire [4:0] f1_inbound_tag = mux_moduleId_1[179:175]; // GeminiEngine.java:252
  wire [2:0] f1_inbound_status = mux_moduleId_1[174:172]; // GeminiEngine.java:252
  wire [47:0] f1_inbound_address = mux_moduleId_1[171:124]; // GeminiEngine.java:252
  wire [63:0] f1_inbound_data = mux_moduleId_1[123:60]; // GeminiEngine.java:252
  wire f1_ioCreditReturn = mux_moduleId_1[59];   // GeminiEngine.java:252
  wire [5:0] f1_errors = mux_moduleId_1[58:53];  // GeminiEngine.java:252
  wire f1_csrWrite_valid = mux_moduleId_1[52];   // GeminiEngine.java:252
  wire [7:0] f1_csrWrite_address = mux_moduleId_1[51:44]; // GeminiEngine.java:252
  wire [31:0] f1_csrWrite_data = mux_moduleId_1[43:12]; // GeminiEngine.java:252
  wire f1_ioHold = mux_moduleId_1[11];           // GeminiEngine.java:252
  wire f1_cpuReset = mux_moduleId_1[10];         // GeminiEngine.java:252
  /* verilator lint_off UNUSEDSIGNAL */
  wire [1:0] f1_resetMessage_kind = mux_moduleId_1[9:8]; // GeminiEngine.java:252
  wire [7:0] f1_resetMessage_cycle = mux_moduleId_1[7:0]; // GeminiEngine.java:252
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyValid = f0_csrWrite_valid | f1_csrWrite_valid; // GeminiEngine.java:255
  wire [7:0] applyAddress = f0_csrWrite_valid ? f0_csrWrite_address : f1_csrWrite_address; // GeminiEngine.java:256
  wire [31:0] applyData = f0_csrWrite_valid ? f0_csrWrite_data : f1_csrWrite_data; // GeminiEngine.java:257
  wire [1:0] values_1 = regs_cmd_COMMAND[1:0];   // Register.java:79
  wire [2:0] values_2 = regs_cmd_COMMAND[6:4];   // Register.java:79
  wire bothCpusOnline_and_comparing = bothCpusOnline & comparing; // GeminiEngine.java:271
  wire values_2_eq_5 = values_2 == 3'd5;         // GeminiEngine.java:273
  wire regs_cmd_COMMAND_write_and_values_2_eq_5 = regs_cmd_COMMAND_write & values_2_eq_5; // GeminiEngine.java:273
  wire controller_states_3_eq_ONLINE = controller_states_3 == SubsystemState_ONLINE; // GeminiEngine.java:283
  wire controller_states_2_eq_ONLINE = controller_states_2 == SubsystemState_ONLINE; // GeminiEngine.java:284
  wire [1:0] ioOnline = {controller_states_3_eq_ONLINE, controller_states_2_eq_ONLINE}; // GeminiEngine.java:283
  wire [1:0] cat_f1_ioCreditReturn_f0_ioCreditReturn = {f1_ioCreditReturn, f0_ioCreditReturn}; // GeminiEngine.java:286
  wire [1:0] controller_returned_3_2 = controller_returned[3:2]; // GeminiEngine.java:287
  wire [7:0] values_3 = regs_reg_ERROR_CAPACITY[7:0]; // Register.java:79
  wire [31:0] values_4 = regs_reg_ERROR_PERIOD;  // Register.java:79
  wire values_5 = regs_reg_CONTROL[0];           // Register.java:77
  wire [122:0] cat_f0_inbound_valid_f0_inbound_kind_f0 = {f0_inbound_valid, f0_inbound_kind, f0_inbound_tag, f0_inbound_status, f0_inbound_address, f0_inbound_data}; // GeminiEngine.java:305
  wire [122:0] cat_f1_inbound_valid_f1_inbound_kind_f1 = {f1_inbound_valid, f1_inbound_kind, f1_inbound_tag, f1_inbound_status, f1_inbound_address, f1_inbound_data}; // GeminiEngine.java:306
  wire [122:0] mux_f0_inbound_valid = f0_inbound_valid ? cat_f0_inbound_valid_f0_inbound_kind_f0 : cat_f1_inbound_valid_f1_inbound_kind_f1; // GeminiEngine.java:305
  wire replicated_valid = mux_f0_inbound_valid[122]; // GeminiEngine.java:305
  wire [1:0] replicated_kind = mux_f0_inbound_valid[121:120]; // GeminiEngine.java:305
  wire [4:0] replicated_tag = mux_f0_inbound_valid[119:115]; // GeminiEngine.java:305
  wire [2:0] replicated_status = mux_f0_inbound_valid[114:112]; // GeminiEngine.java:305
  wire [47:0] replicated_address = mux_f0_inbound_valid[111:64]; // GeminiEngine.java:305
  wire [63:0] replicated_data = mux_f0_inbound_valid[63:0]; // GeminiEngine.java:305
  wire [1:0] controller_leftService_3_2 = controller_leftService[3:2]; // GeminiEngine.java:313
  wire [122:0] cat_replicated_valid_replicated_kind = {replicated_valid, replicated_kind, replicated_tag, replicated_status, replicated_address, replicated_data}; // GeminiEngine.java:314
  wire [122:0] cat_responder_synthesized_valid = {responder_synthesized_valid, responder_synthesized_kind, responder_synthesized_tag, responder_synthesized_status, responder_synthesized_address, responder_synthesized_data}; // GeminiEngine.java:314
  wire [122:0] delivered = replicated_valid ? cat_replicated_valid_replicated_kind : cat_responder_synthesized_valid; // GeminiEngine.java:314
  reg  [122:0] toCpu;                            // GeminiEngine.java:315
  wire [122:0] mux_cpuContained = cpuContained ? 123'd0 : delivered; // GeminiEngine.java:316
  wire partnerCpuState_eq_RESYNCING = partnerCpuState == SubsystemState_RESYNCING; // GeminiEngine.java:319
  wire sending = localCpuOnline & partnerCpuState_eq_RESYNCING; // GeminiEngine.java:319
  wire receiving = localCpuState == SubsystemState_RESYNCING; // GeminiEngine.java:320
  wire f0_ioHold_or_f1_ioHold = f0_ioHold | f1_ioHold; // GeminiEngine.java:321
  reg  [7:0] heldFor;                            // GeminiEngine.java:324
  wire not_ioHeld_1 = ~ioHeld;                   // GeminiEngine.java:325
  wire heldFor_ne_5 = heldFor != 8'd5;           // GeminiEngine.java:326
  wire [7:0] heldFor_add_1 = heldFor + 8'd1;     // GeminiEngine.java:326
  wire resetAsked = f0_cpuReset | f1_cpuReset;   // GeminiEngine.java:327
  reg  resetAskedBefore;                         // GeminiEngine.java:328
  reg  [4:0] resetLeft;                          // GeminiEngine.java:329
  wire not_resetAskedBefore = ~resetAskedBefore; // GeminiEngine.java:330
  wire resetAsked_and_not_resetAskedBefore = resetAsked & not_resetAskedBefore; // GeminiEngine.java:330
  wire resetLeft_ne_0 = resetLeft != 5'd0;       // GeminiEngine.java:331
  wire [4:0] resetLeft_sub_1 = resetLeft - 5'd1; // GeminiEngine.java:331
  wire warmReset = resetLeft != 5'd0;            // GeminiEngine.java:332
  wire warmReset_or_powerOnHold = warmReset | powerOnHold; // GeminiEngine.java:333
  wire backInService = resetLeft == 5'd3;        // GeminiEngine.java:336
  wire regs_cmd_DM_COMMAND_write_and_sending = regs_cmd_DM_COMMAND_write & sending; // GeminiEngine.java:344
  wire [2:0] values_6 = regs_cmd_DM_COMMAND[2:0]; // Register.java:79
  wire heldFor_eq_5 = heldFor == 8'd5;           // GeminiEngine.java:347
  wire resetLeft_eq_1 = resetLeft == 5'd1;       // GeminiEngine.java:349
  wire cycle_22 = cycle[22];                     // GeminiEngine.java:361
  wire [1:0] controller_isolated_1_0 = controller_isolated[1:0]; // GeminiEngine.java:364
  wire or_reduce_controller_isolated_1_0 = |controller_isolated_1_0; // GeminiEngine.java:364
  wire [1:0] controller_isolated_3_2 = controller_isolated[3:2]; // GeminiEngine.java:364
  wire or_reduce_controller_isolated_3_2 = |controller_isolated_3_2; // GeminiEngine.java:364
  wire or_reduce_controller_wentOffline = |controller_wentOffline; // GeminiEngine.java:365
  wire [31:0] cat_0_regs_refused_controller = {24'd0, regs_refused, controller_correctable, controller_failStopped, watchdog_lost, or_reduce_controller_wentOffline, or_reduce_controller_isolated_3_2, or_reduce_controller_isolated_1_0, compare_mismatch}; // Register.java:107
  wire [31:0] cat_18245_1_0_moduleId = {16'd18245, 8'd1, 7'd0, moduleId}; // Register.java:107
  wire [31:0] cat_0_moduleId_compare_recorded_watchdog = {26'd0, moduleId, compare_recorded, watchdog_linkUp, controller_mode}; // Register.java:107
  wire [31:0] cat_0_controller_states_3_controller = {24'd0, controller_states_3, controller_states_2, controller_states_1, controller_states_0}; // Register.java:107
  wire [31:0] cat_controller_levels_3_controller = {controller_levels_3, controller_levels_2, controller_levels_1, controller_levels_0}; // Register.java:107
  wire [31:0] cat_0_led_amber_led_green_led_state = {27'd0, led_amber, led_green, led_state}; // Register.java:107
  wire [31:0] cat_compare_compared = {compare_compared}; // Register.java:107
  wire [31:0] cat_compare_mismatches = {compare_mismatches}; // Register.java:107
  wire [31:0] cat_controller_correctableCount = {controller_correctableCount}; // Register.java:107
  wire [31:0] cat_controller_isolationCount = {controller_isolationCount}; // Register.java:107
  wire [31:0] cat_compare_recordCycle = {compare_recordCycle}; // Register.java:107
  wire [31:0] cat_0_compare_recordFields = {26'd0, compare_recordFields}; // Register.java:107
  wire [31:0] compare_recordSyndrome_31_0 = compare_recordSyndrome[31:0]; // GeminiEngine.java:381
  wire [31:0] cat_compare_recordSyndrome_31_0 = {compare_recordSyndrome_31_0}; // Register.java:107
  wire [31:0] compare_recordSyndrome_63_32 = compare_recordSyndrome[63:32]; // GeminiEngine.java:382
  wire [31:0] cat_compare_recordSyndrome_63_32 = {compare_recordSyndrome_63_32}; // Register.java:107
  wire [31:0] compare_recordValue0_31_0 = compare_recordValue0[31:0]; // GeminiEngine.java:383
  wire [31:0] cat_compare_recordValue0_31_0 = {compare_recordValue0_31_0}; // Register.java:107
  wire [31:0] compare_recordValue0_63_32 = compare_recordValue0[63:32]; // GeminiEngine.java:384
  wire [31:0] cat_compare_recordValue0_63_32 = {compare_recordValue0_63_32}; // Register.java:107
  wire [31:0] compare_recordValue1_31_0 = compare_recordValue1[31:0]; // GeminiEngine.java:385
  wire [31:0] cat_compare_recordValue1_31_0 = {compare_recordValue1_31_0}; // Register.java:107
  wire [31:0] compare_recordValue1_63_32 = compare_recordValue1[63:32]; // GeminiEngine.java:386
  wire [31:0] cat_compare_recordValue1_63_32 = {compare_recordValue1_63_32}; // Register.java:107
  wire [31:0] cat_log_count = {log_count};       // Register.java:107
  wire not_sequencer_cpuReset = ~sequencer_cpuReset; // GeminiEngine.java:389
  wire [31:0] cat_0_clockingBypass_compareStarted_not = {4'd0, clockingBypass, compareStarted, not_sequencer_cpuReset, aligner_locked, 2'd0, aligner_windowHi, 2'd0, aligner_windowLo, 2'd0, aligner_tap}; // Register.java:107
  wire [31:0] cat_0_receiving_sending_mover_refused = {21'd0, receiving, sending, mover_refused, mover_synced, mover_failCause, mover_failed, mover_passRunning, mover_phase}; // Register.java:107
  wire [31:0] parts_0 = {16'd0, mover_passes};   // Register.java:115
  wire [31:0] cat_parts_0 = {parts_0};           // Register.java:107
  wire [31:0] parts_1 = {16'd0, mover_lastCopied}; // Register.java:115
  wire [31:0] cat_parts_1 = {parts_1};           // Register.java:107
  wire [31:0] parts_2 = {16'd0, mover_lastDirtied}; // Register.java:115
  wire [31:0] cat_parts_2 = {parts_2};           // Register.java:107
  wire [31:0] parts_3 = {16'd0, mover_dirtyPages}; // Register.java:115
  wire [31:0] cat_parts_3 = {parts_3};           // Register.java:107
  wire [31:0] parts_4 = {19'd0, mover_failAddress}; // Register.java:115
  wire [31:0] cat_parts_4 = {parts_4};           // Register.java:107
  wire [31:0] cat_mover_blackoutCycles = {mover_blackoutCycles}; // Register.java:107
  wire [31:0] cat_cycle = {cycle};               // Register.java:107
  wire [31:0] cat_0_regs_refusedAccess_write_regs = {23'd0, regs_refusedAccess_write, regs_refusedAccess_address}; // Register.java:107
  wire [31:0] cat_log_entries_0_event_log_entries_0 = {log_entries_0_event, log_entries_0_subsystem, log_entries_0_cycle}; // Register.java:107
  wire [31:0] cat_log_entries_1_event_log_entries_1 = {log_entries_1_event, log_entries_1_subsystem, log_entries_1_cycle}; // Register.java:107
  wire [31:0] cat_log_entries_2_event_log_entries_2 = {log_entries_2_event, log_entries_2_subsystem, log_entries_2_cycle}; // Register.java:107
  wire [31:0] cat_log_entries_3_event_log_entries_3 = {log_entries_3_event, log_entries_3_subsystem, log_entries_3_cycle}; // Register.java:107
  wire [31:0] cat_log_entries_4_event_log_entries_4 = {log_entries_4_event, log_entries_4_subsystem, log_entries_4_cycle}; // Register.java:107
  wire [31:0] cat_log_entries_5_event_log_entries_5 = {log_entries_5_event, log_entries_5_subsystem, log_entries_5_cycle}; // Register.java:107
  wire [31:0] cat_log_entries_6_event_log_entries_6 = {log_entries_6_event, log_entries_6_subsystem, log_entries_6_cycle}; // Register.java:107
  wire [31:0] cat_log_entries_7_event_log_entries_7 = {log_entries_7_event, log_entries_7_subsystem, log_entries_7_cycle}; // Register.java:107
  wire toCpu_122 = toCpu[122];                   // GeminiEngine.java:406
  wire [1:0] toCpu_121_120 = toCpu[121:120];     // GeminiEngine.java:406
  wire [4:0] toCpu_119_115 = toCpu[119:115];     // GeminiEngine.java:406
  wire [2:0] toCpu_114_112 = toCpu[114:112];     // GeminiEngine.java:406
  wire [47:0] toCpu_111_64 = toCpu[111:64];      // GeminiEngine.java:406
  wire [63:0] toCpu_63_0 = toCpu[63:0];          // GeminiEngine.java:406
  wire not_ioHeld_2 = ~ioHeld;                   // GeminiEngine.java:409
  wire mySlot_and_not_ioHeld_2 = mySlot & not_ioHeld_2; // GeminiEngine.java:409
  wire mySlot_and_not_ioHeld_2_or_ioContained = mySlot_and_not_ioHeld_2 | ioContained; // GeminiEngine.java:409
  wire not_localCpuOnline_1 = ~localCpuOnline;   // GeminiEngine.java:419
  wire cpuResetNow_or_not_localCpuOnline_1 = cpuResetNow | not_localCpuOnline_1; // GeminiEngine.java:419
  wire [31:0] regs_reg_IRQ_STATUS_and_regs_reg_IRQ = regs_reg_IRQ_STATUS & regs_reg_IRQ_ENABLE; // GeminiEngine.java:425
  wire or_reduce_regs_reg_IRQ_STATUS_and_regs = |regs_reg_IRQ_STATUS_and_regs_reg_IRQ; // GeminiEngine.java:425
  assign cpuOutReady = ready;                    // GeminiEngine.java:405
  assign cpuIn_valid = toCpu_122;                // GeminiEngine.java:406
  assign cpuIn_kind = toCpu_121_120;             // GeminiEngine.java:406
  assign cpuIn_tag = toCpu_119_115;              // GeminiEngine.java:406
  assign cpuIn_status = toCpu_114_112;           // GeminiEngine.java:406
  assign cpuIn_address = toCpu_111_64;           // GeminiEngine.java:406
  assign cpuIn_data = toCpu_63_0;                // GeminiEngine.java:406
  assign ioReq_valid = requestValid;             // GeminiEngine.java:407
  assign ioReq_kind = queued_kind;               // GeminiEngine.java:407
  assign ioReq_tag = queued_tag;                 // GeminiEngine.java:407
  assign ioReq_address = queued_address;         // GeminiEngine.java:407
  assign ioReq_byteEnables = queued_byteEnables; // GeminiEngine.java:407
  assign ioReq_data = queued_data;               // GeminiEngine.java:407
  assign ioInReady = mySlot_and_not_ioHeld_2_or_ioContained; // GeminiEngine.java:409
  assign memReadValid = mover_readValid;         // GeminiEngine.java:410
  assign memWriteValid = mover_writeValid;       // GeminiEngine.java:412
  assign memWriteData = mover_writeData;         // GeminiEngine.java:414
  assign cpuStop = mover_cpuStop;                // GeminiEngine.java:416
  assign cpuReset = cpuResetNow_or_not_localCpuOnline_1; // GeminiEngine.java:419
  assign cpuRestore = warmReset;                 // GeminiEngine.java:420
  assign delayTap = aligner_tap;                 // GeminiEngine.java:421
  assign linkOut_heartbeat = frame_312;          // GeminiEngine.java:244
  assign linkOut_outbound_valid = frame_311;     // GeminiEngine.java:244
  assign linkOut_outbound_kind = frame_310_308;  // GeminiEngine.java:244
  assign linkOut_outbound_tag = frame_307_303;   // GeminiEngine.java:244
  assign linkOut_outbound_address = frame_302_255; // GeminiEngine.java:244
  assign linkOut_outbound_byteEnables = frame_254_247; // GeminiEngine.java:244
  assign linkOut_outbound_data = frame_246_183;  // GeminiEngine.java:244
  assign linkOut_inbound_valid = frame_182;      // GeminiEngine.java:244
  assign linkOut_inbound_kind = frame_181_180;   // GeminiEngine.java:244
  assign linkOut_inbound_tag = frame_179_175;    // GeminiEngine.java:244
  assign linkOut_inbound_status = frame_174_172; // GeminiEngine.java:244
  assign linkOut_inbound_address = frame_171_124; // GeminiEngine.java:244
  assign linkOut_inbound_data = frame_123_60;    // GeminiEngine.java:244
  assign linkOut_ioCreditReturn = frame_59;      // GeminiEngine.java:244
  assign linkOut_errors = frame_58_53;           // GeminiEngine.java:244
  assign linkOut_csrWrite_valid = frame_52;      // GeminiEngine.java:244
  assign linkOut_csrWrite_address = frame_51_44; // GeminiEngine.java:244
  assign linkOut_csrWrite_data = frame_43_12;    // GeminiEngine.java:244
  assign linkOut_ioHold = frame_11;              // GeminiEngine.java:244
  assign linkOut_cpuReset = frame_10;            // GeminiEngine.java:244
  assign linkOut_resetMessage_kind = frame_9_8;  // GeminiEngine.java:244
  assign linkOut_resetMessage_cycle = frame_7_0; // GeminiEngine.java:244
  assign csrRespValid = regs_respValid;          // GeminiEngine.java:422
  assign csrRespData = regs_respData;            // GeminiEngine.java:423
  assign csrRespError = regs_respError;          // GeminiEngine.java:424
  assign irq = or_reduce_regs_reg_IRQ_STATUS_and_regs; // GeminiEngine.java:425
  assign ledState = led_state;                   // GeminiEngine.java:426
  assign ledGreen = led_green;                   // GeminiEngine.java:427
  assign ledAmber = led_amber;                   // GeminiEngine.java:428
  assign memReadAddress = mover_readAddress;     // GeminiEngine.java:411
  assign memWriteAddress = mover_writeAddress;   // GeminiEngine.java:413
  assign copyOut_valid = mover_linkOut_valid;    // GeminiEngine.java:415
  assign copyOut_address = mover_linkOut_address; // GeminiEngine.java:415
  assign copyOut_data = mover_linkOut_data;      // GeminiEngine.java:415
  assign copyOut_check = mover_linkOut_check;    // GeminiEngine.java:415
  assign copyOut_ack = mover_linkOut_ack;        // GeminiEngine.java:415
  assign copyOut_nack = mover_linkOut_nack;      // GeminiEngine.java:415
  always @(posedge clk) begin                    // GeminiEngine.java:152
    if (rst) begin
      cycle <= 32'd0;                            // GeminiEngine.java:152
    end else begin
      cycle <= cycle_add_1;                      // GeminiEngine.java:153
    end
  end
  assign regs_reqValid = csrValid;               // GeminiEngine.java:258
  assign regs_reqWrite = csrWrite;               // GeminiEngine.java:259
  assign regs_reqAddress = csrAddress;           // GeminiEngine.java:260
  assign regs_reqData = csrData;                 // GeminiEngine.java:261
  assign regs_clk = clk;                         // GeminiEngine.java:156
  assign regs_rst = rst;                         // GeminiEngine.java:156
  assign regs_applyValid = applyValid;           // GeminiEngine.java:262
  assign regs_applyAddress = applyAddress;       // GeminiEngine.java:263
  assign regs_applyData = applyData;             // GeminiEngine.java:264
  assign regs_status_ID = cat_18245_1_0_moduleId; // ControlRegisters.java:127
  assign regs_status_STATUS = cat_0_moduleId_compare_recorded_watchdog; // ControlRegisters.java:127
  assign regs_set_IRQ_STATUS = cat_0_regs_refused_controller; // ControlRegisters.java:127
  assign regs_status_SUBSYSTEM_STATE = cat_0_controller_states_3_controller; // ControlRegisters.java:127
  assign regs_status_ERROR_LEVEL = cat_controller_levels_3_controller; // ControlRegisters.java:127
  assign regs_status_LED = cat_0_led_amber_led_green_led_state; // ControlRegisters.java:127
  assign regs_status_COUNT_COMPARED = cat_compare_compared; // ControlRegisters.java:127
  assign regs_status_COUNT_MISMATCHES = cat_compare_mismatches; // ControlRegisters.java:127
  assign regs_status_COUNT_CORRECTABLE = cat_controller_correctableCount; // ControlRegisters.java:127
  assign regs_status_COUNT_ISOLATIONS = cat_controller_isolationCount; // ControlRegisters.java:127
  assign regs_status_MISMATCH_CYCLE = cat_compare_recordCycle; // ControlRegisters.java:127
  assign regs_status_MISMATCH_FIELDS = cat_0_compare_recordFields; // ControlRegisters.java:127
  assign regs_status_MISMATCH_SYNDROME_LO = cat_compare_recordSyndrome_31_0; // ControlRegisters.java:127
  assign regs_status_MISMATCH_SYNDROME_HI = cat_compare_recordSyndrome_63_32; // ControlRegisters.java:127
  assign regs_status_MISMATCH_M0_LO = cat_compare_recordValue0_31_0; // ControlRegisters.java:127
  assign regs_status_MISMATCH_M0_HI = cat_compare_recordValue0_63_32; // ControlRegisters.java:127
  assign regs_status_MISMATCH_M1_LO = cat_compare_recordValue1_31_0; // ControlRegisters.java:127
  assign regs_status_MISMATCH_M1_HI = cat_compare_recordValue1_63_32; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_COUNT = cat_log_count; // ControlRegisters.java:127
  assign regs_status_CYCLE = cat_cycle;          // ControlRegisters.java:127
  assign regs_status_CSR_ERROR_ADDRESS = cat_0_regs_refusedAccess_write_regs; // ControlRegisters.java:127
  assign regs_status_CLOCKING = cat_0_clockingBypass_compareStarted_not; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_0 = cat_log_entries_0_event_log_entries_0; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_1 = cat_log_entries_1_event_log_entries_1; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_2 = cat_log_entries_2_event_log_entries_2; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_3 = cat_log_entries_3_event_log_entries_3; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_4 = cat_log_entries_4_event_log_entries_4; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_5 = cat_log_entries_5_event_log_entries_5; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_6 = cat_log_entries_6_event_log_entries_6; // ControlRegisters.java:127
  assign regs_status_ERROR_LOG_7 = cat_log_entries_7_event_log_entries_7; // ControlRegisters.java:127
  assign regs_status_DM_STATUS = cat_0_receiving_sending_mover_refused; // ControlRegisters.java:127
  assign regs_status_DM_PASSES = cat_parts_0;    // ControlRegisters.java:127
  assign regs_status_DM_LAST_COPIED = cat_parts_1; // ControlRegisters.java:127
  assign regs_status_DM_LAST_DIRTIED = cat_parts_2; // ControlRegisters.java:127
  assign regs_status_DM_DIRTY_PAGES = cat_parts_3; // ControlRegisters.java:127
  assign regs_status_DM_FAIL_ADDRESS = cat_parts_4; // ControlRegisters.java:127
  assign regs_status_DM_BLACKOUT_CYCLES = cat_mover_blackoutCycles; // ControlRegisters.java:127
  assign watchdog_heartbeat = linkIn_heartbeat;  // GeminiEngine.java:247
  assign watchdog_timeout = values_0;            // GeminiEngine.java:248
  assign watchdog_clk = clk;                     // GeminiEngine.java:157
  assign watchdog_rst = rst;                     // GeminiEngine.java:157
  assign ownFrameDelay_in = frame;               // GeminiEngine.java:245
  assign ownFrameDelay_clk = clk;                // GeminiEngine.java:158
  assign ownFrameDelay_rst = rst;                // GeminiEngine.java:158
  assign compare_m0_valid = f0_outbound_valid;   // GeminiEngine.java:269
  assign compare_m0_kind = f0_outbound_kind;     // GeminiEngine.java:269
  assign compare_m0_tag = f0_outbound_tag;       // GeminiEngine.java:269
  assign compare_m0_address = f0_outbound_address; // GeminiEngine.java:269
  assign compare_m0_byteEnables = f0_outbound_byteEnables; // GeminiEngine.java:269
  assign compare_m0_data = f0_outbound_data;     // GeminiEngine.java:269
  assign compare_m1_valid = f1_outbound_valid;   // GeminiEngine.java:270
  assign compare_m1_kind = f1_outbound_kind;     // GeminiEngine.java:270
  assign compare_m1_tag = f1_outbound_tag;       // GeminiEngine.java:270
  assign compare_m1_address = f1_outbound_address; // GeminiEngine.java:270
  assign compare_m1_byteEnables = f1_outbound_byteEnables; // GeminiEngine.java:270
  assign compare_m1_data = f1_outbound_data;     // GeminiEngine.java:270
  assign compare_active = bothCpusOnline_and_comparing; // GeminiEngine.java:271
  assign compare_pop = dispatch_pop;             // GeminiEngine.java:272
  assign compare_clearRecord = regs_cmd_COMMAND_write_and_values_2_eq_5; // GeminiEngine.java:273
  assign compare_cycle = cycle;                  // GeminiEngine.java:274
  assign compare_clk = clk;                      // GeminiEngine.java:159
  assign compare_rst = rst;                      // GeminiEngine.java:159
  assign dispatch_headValid = compare_headValid; // GeminiEngine.java:276
  assign dispatch_headMatched = compare_headMatched; // GeminiEngine.java:277
  assign dispatch_headSuspect = compare_headSuspect; // GeminiEngine.java:278
  assign dispatch_culpritKnown = controller_culpritKnown; // GeminiEngine.java:279
  assign dispatch_head0_valid = compare_head0_valid; // GeminiEngine.java:280
  assign dispatch_head0_kind = compare_head0_kind; // GeminiEngine.java:280
  assign dispatch_head0_tag = compare_head0_tag; // GeminiEngine.java:280
  assign dispatch_head0_address = compare_head0_address; // GeminiEngine.java:280
  assign dispatch_head0_byteEnables = compare_head0_byteEnables; // GeminiEngine.java:280
  assign dispatch_head0_data = compare_head0_data; // GeminiEngine.java:280
  assign dispatch_head1_valid = compare_head1_valid; // GeminiEngine.java:281
  assign dispatch_head1_kind = compare_head1_kind; // GeminiEngine.java:281
  assign dispatch_head1_tag = compare_head1_tag; // GeminiEngine.java:281
  assign dispatch_head1_address = compare_head1_address; // GeminiEngine.java:281
  assign dispatch_head1_byteEnables = compare_head1_byteEnables; // GeminiEngine.java:281
  assign dispatch_head1_data = compare_head1_data; // GeminiEngine.java:281
  assign dispatch_mode = controller_mode;        // GeminiEngine.java:282
  assign dispatch_ioOnline = ioOnline;           // GeminiEngine.java:285
  assign dispatch_ioCreditReturn = cat_f1_ioCreditReturn_f0_ioCreditReturn; // GeminiEngine.java:286
  assign dispatch_ioReturned = controller_returned_3_2; // GeminiEngine.java:287
  assign dispatch_moduleId = moduleId;           // GeminiEngine.java:288
  assign dispatch_clk = clk;                     // GeminiEngine.java:160
  assign dispatch_rst = rst;                     // GeminiEngine.java:160
  assign controller_errors0 = f0_errors;         // GeminiEngine.java:291
  assign controller_errors1 = f1_errors;         // GeminiEngine.java:292
  assign controller_headMismatch = dispatch_headMismatch; // GeminiEngine.java:293
  assign controller_commandValid = regs_cmd_COMMAND_write; // GeminiEngine.java:294
  assign controller_resyncDone = backInService;  // GeminiEngine.java:350
  assign controller_command_subsystem = values_1; // GeminiEngine.java:295
  assign controller_command_op = values_2;       // GeminiEngine.java:295
  assign controller_capacity = values_3;         // GeminiEngine.java:296
  assign controller_period = values_4;           // GeminiEngine.java:297
  assign controller_rankM1First = values_5;      // GeminiEngine.java:298
  assign controller_linkLost = watchdog_lost;    // GeminiEngine.java:299
  assign controller_partnerFresh = watchdog_fresh; // GeminiEngine.java:300
  assign controller_partnerPresent = partnerPresent; // GeminiEngine.java:301
  assign controller_moduleId = moduleId;         // GeminiEngine.java:302
  assign controller_clk = clk;                   // GeminiEngine.java:161
  assign controller_rst = rst;                   // GeminiEngine.java:161
  assign responder_issued = dispatch_issued;     // GeminiEngine.java:307
  assign responder_issuedTag = dispatch_issuedTag; // GeminiEngine.java:308
  assign responder_issuedTarget = dispatch_issuedTarget; // GeminiEngine.java:309
  assign responder_issuedDiscarded = dispatch_issuedDiscarded; // GeminiEngine.java:310
  assign responder_replicated_valid = replicated_valid; // GeminiEngine.java:311
  assign responder_replicated_kind = replicated_kind; // GeminiEngine.java:311
  assign responder_replicated_tag = replicated_tag; // GeminiEngine.java:311
  assign responder_replicated_status = replicated_status; // GeminiEngine.java:311
  assign responder_replicated_address = replicated_address; // GeminiEngine.java:311
  assign responder_replicated_data = replicated_data; // GeminiEngine.java:311
  assign responder_ioOnline = ioOnline;          // GeminiEngine.java:312
  assign responder_ioLeft = controller_leftService_3_2; // GeminiEngine.java:313
  assign responder_clk = clk;                    // GeminiEngine.java:162
  assign responder_rst = rst;                    // GeminiEngine.java:162
  assign ioQueue_push = dispatch_toIo_valid_and_not_ioContained; // GeminiEngine.java:219
  assign ioQueue_pop = deviceTook;               // GeminiEngine.java:224
  assign ioQueue_flush = ioContained;            // GeminiEngine.java:225
  assign ioQueue_pushData = cat_dispatch_toIo_valid_dispatch_toIo; // GeminiEngine.java:220
  assign ioQueue_clk = clk;                      // GeminiEngine.java:163
  assign ioQueue_rst = rst;                      // GeminiEngine.java:163
  assign log_valid = controller_logValid;        // GeminiEngine.java:353
  assign log_event_ = controller_logEvent;       // GeminiEngine.java:354
  assign log_subsystem = controller_logSubsystem; // GeminiEngine.java:355
  assign log_cycle = cycle;                      // GeminiEngine.java:356
  assign log_clk = clk;                          // GeminiEngine.java:164
  assign log_rst = rst;                          // GeminiEngine.java:164
  assign led_cpuState = localCpuState;           // GeminiEngine.java:357
  assign led_ioState = localIoState;             // GeminiEngine.java:358
  assign led_duplex = bothCpusOnline;            // GeminiEngine.java:359
  assign led_failStop = failStop;                // GeminiEngine.java:360
  assign led_blink = cycle_22;                   // GeminiEngine.java:361
  assign led_clk = clk;                          // GeminiEngine.java:165
  assign led_rst = rst;                          // GeminiEngine.java:165
  assign mover_snoopValid = memSnoopValid;       // GeminiEngine.java:338
  assign mover_readData = memReadData;           // GeminiEngine.java:340
  assign mover_readError = memReadError;         // GeminiEngine.java:341
  assign mover_clk = clk;                        // GeminiEngine.java:166
  assign mover_rst = rst;                        // GeminiEngine.java:166
  assign mover_linkUp = watchdog_linkUp;         // GeminiEngine.java:343
  assign mover_commandValid = regs_cmd_DM_COMMAND_write_and_sending; // GeminiEngine.java:344
  assign mover_command = values_6;               // GeminiEngine.java:345
  assign mover_receiveEnable = receiving;        // GeminiEngine.java:346
  assign mover_ioQuiet = heldFor_eq_5;           // GeminiEngine.java:347
  assign mover_cpuQuiesced = cpuQuiesced;        // GeminiEngine.java:348
  assign mover_resetDone = resetLeft_eq_1;       // GeminiEngine.java:349
  assign mover_snoopAddress = memSnoopAddress;   // GeminiEngine.java:339
  assign mover_linkIn_valid = copyIn_valid;      // GeminiEngine.java:342
  assign mover_linkIn_address = copyIn_address;  // GeminiEngine.java:342
  assign mover_linkIn_data = copyIn_data;        // GeminiEngine.java:342
  assign mover_linkIn_check = copyIn_check;      // GeminiEngine.java:342
  assign mover_linkIn_ack = copyIn_ack;          // GeminiEngine.java:342
  assign mover_linkIn_nack = copyIn_nack;        // GeminiEngine.java:342
  assign aligner_late = phaseLate;               // GeminiEngine.java:184
  assign aligner_clk = clk;                      // GeminiEngine.java:167
  assign aligner_rst = rst;                      // GeminiEngine.java:167
  assign sequencer_moduleId = moduleId;          // GeminiEngine.java:185
  assign sequencer_locked = aligner_locked;      // GeminiEngine.java:186
  assign sequencer_sysref = sysref;              // GeminiEngine.java:187
  assign sequencer_linkInKind = linkIn_resetMessage_kind; // GeminiEngine.java:188
  assign sequencer_clk = clk;                    // GeminiEngine.java:168
  assign sequencer_rst = rst;                    // GeminiEngine.java:168
  assign sequencer_linkInCycle = linkIn_resetMessage_cycle; // GeminiEngine.java:189
  always @(posedge clk) begin                    // GeminiEngine.java:191
    if (rst) begin
      compareStarted <= 1'd0;                    // GeminiEngine.java:191
    end else begin
      if (sequencer_compareStart) begin          // GeminiEngine.java:192
        compareStarted <= 1'd1;                  // GeminiEngine.java:192
      end
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:197
    if (rst) begin
      cpuHold <= 8'd0;                           // GeminiEngine.java:197
    end else begin
      if (cpuSevere_and_localCpuOnline_and) begin // GeminiEngine.java:199
        cpuHold <= 8'd6;                         // GeminiEngine.java:199
      end else if (cpuHold_ne_0) begin           // GeminiEngine.java:200
        cpuHold <= cpuHold_sub_1;                // GeminiEngine.java:200
      end
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:202
    if (rst) begin
      ioLatch <= 1'd0;                           // GeminiEngine.java:202
    end else begin
      ioLatch <= ioLatch_or_ioSevere_and_localIoOnline; // GeminiEngine.java:204
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:208
    if (rst) begin
      cpuCredits <= 3'd4;                        // GeminiEngine.java:208
    end else begin
      cpuCredits <= mux_localCpuReturned;        // GeminiEngine.java:215
    end
  end
  assign cpuResetNow = warmReset_or_powerOnHold; // GeminiEngine.java:333
  assign ioHeld = f0_ioHold_or_f1_ioHold;        // GeminiEngine.java:321
  always @(posedge clk) begin                    // GeminiEngine.java:234
    if (rst) begin
      heartbeat <= 1'd0;                         // GeminiEngine.java:234
    end else begin
      heartbeat <= not_heartbeat;                // GeminiEngine.java:235
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:236
    if (rst) begin
      frame <= 313'd0;                           // GeminiEngine.java:236
    end else begin
      frame <= cat_not_heartbeat_1_accepted_cpuOut_kind; // GeminiEngine.java:237
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:315
    if (rst) begin
      toCpu <= 123'd0;                           // GeminiEngine.java:315
    end else begin
      toCpu <= mux_cpuContained;                 // GeminiEngine.java:316
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:324
    if (rst) begin
      heldFor <= 8'd0;                           // GeminiEngine.java:324
    end else begin
      if (not_ioHeld_1) begin                    // GeminiEngine.java:325
        heldFor <= 8'd0;                         // GeminiEngine.java:325
      end else if (heldFor_ne_5) begin           // GeminiEngine.java:326
        heldFor <= heldFor_add_1;                // GeminiEngine.java:326
      end
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:328
    resetAskedBefore <= resetAsked;              // GeminiEngine.java:328
  end
  always @(posedge clk) begin                    // GeminiEngine.java:329
    if (rst) begin
      resetLeft <= 5'd0;                         // GeminiEngine.java:329
    end else begin
      if (resetAsked_and_not_resetAskedBefore) begin // GeminiEngine.java:330
        resetLeft <= 5'd16;                      // GeminiEngine.java:330
      end else if (resetLeft_ne_0) begin         // GeminiEngine.java:331
        resetLeft <= resetLeft_sub_1;            // GeminiEngine.java:331
      end
    end
  end
  ControlRegisters regs (                        // GeminiEngine.java:156
    .reqValid                    (regs_reqValid),
    .reqWrite                    (regs_reqWrite),
    .reqAddress                  (regs_reqAddress),
    .reqData                     (regs_reqData),
    .clk                         (regs_clk),
    .rst                         (regs_rst),
    .respValid                   (regs_respValid),
    .respData                    (regs_respData),
    .respError                   (regs_respError),
    .acceptedWrite               (regs_acceptedWrite),
    .refused                     (regs_refused),
    .refusedAccess_address       (regs_refusedAccess_address),
    .refusedAccess_write         (regs_refusedAccess_write),
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
    .status_DM_BLACKOUT_CYCLES   (regs_status_DM_BLACKOUT_CYCLES)
  );
  LinkWatchdog watchdog (                        // GeminiEngine.java:157
    .heartbeat (watchdog_heartbeat),
    .timeout   (watchdog_timeout),
    .clk       (watchdog_clk),
    .rst       (watchdog_rst),
    .linkUp    (watchdog_linkUp),
    .lost      (watchdog_lost),
    .fresh     (watchdog_fresh)
  );
  DelayLine_w313_s2 ownFrameDelay (              // GeminiEngine.java:158
    .in  (ownFrameDelay_in),
    .out (ownFrameDelay_out),
    .clk (ownFrameDelay_clk),
    .rst (ownFrameDelay_rst)
  );
  OutboundCompare compare (                      // GeminiEngine.java:159
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
    .clk               (compare_clk),
    .rst               (compare_rst),
    .compared          (compare_compared),
    .mismatches        (compare_mismatches),
    .recorded          (compare_recorded),
    .recordCycle       (compare_recordCycle),
    .recordFields      (compare_recordFields),
    .recordSyndrome    (compare_recordSyndrome),
    .recordValue0      (compare_recordValue0),
    .recordValue1      (compare_recordValue1)
  );
  OutboundDispatch dispatch (                    // GeminiEngine.java:160
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
  IsolationController controller (               // GeminiEngine.java:161
    .errors0           (controller_errors0),
    .errors1           (controller_errors1),
    .headMismatch      (controller_headMismatch),
    .commandValid      (controller_commandValid),
    .resyncDone        (controller_resyncDone),
    .command_subsystem (controller_command_subsystem),
    .command_op        (controller_command_op),
    .capacity          (controller_capacity),
    .period            (controller_period),
    .rankM1First       (controller_rankM1First),
    .linkLost          (controller_linkLost),
    .partnerFresh      (controller_partnerFresh),
    .partnerPresent    (controller_partnerPresent),
    .moduleId          (controller_moduleId),
    .mode              (controller_mode),
    .levels_0          (controller_levels_0),
    .levels_1          (controller_levels_1),
    .levels_2          (controller_levels_2),
    .levels_3          (controller_levels_3),
    .clk               (controller_clk),
    .isolated          (controller_isolated),
    .wentOffline       (controller_wentOffline),
    .returned          (controller_returned),
    .leftService       (controller_leftService),
    .rst               (controller_rst),
    .failStopped       (controller_failStopped),
    .correctable       (controller_correctable),
    .logValid          (controller_logValid),
    .logEvent          (controller_logEvent),
    .logSubsystem      (controller_logSubsystem),
    .culpritKnown      (controller_culpritKnown),
    .correctableCount  (controller_correctableCount),
    .isolationCount    (controller_isolationCount),
    .states_0          (controller_states_0),
    .states_1          (controller_states_1),
    .states_2          (controller_states_2),
    .states_3          (controller_states_3)
  );
  ContainmentResponder responder (               // GeminiEngine.java:162
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
  SyncFifo_w129_d4 ioQueue (                     // GeminiEngine.java:163
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
  ErrorLog log (                                 // GeminiEngine.java:164
    .valid               (log_valid),
    .event_              (log_event_),
    .subsystem           (log_subsystem),
    .cycle               (log_cycle),
    .entries_0_event     (log_entries_0_event),
    .entries_0_subsystem (log_entries_0_subsystem),
    .entries_0_cycle     (log_entries_0_cycle),
    .entries_1_event     (log_entries_1_event),
    .entries_1_subsystem (log_entries_1_subsystem),
    .entries_1_cycle     (log_entries_1_cycle),
    .entries_2_event     (log_entries_2_event),
    .entries_2_subsystem (log_entries_2_subsystem),
    .entries_2_cycle     (log_entries_2_cycle),
    .entries_3_event     (log_entries_3_event),
    .entries_3_subsystem (log_entries_3_subsystem),
    .entries_3_cycle     (log_entries_3_cycle),
    .entries_4_event     (log_entries_4_event),
    .entries_4_subsystem (log_entries_4_subsystem),
    .entries_4_cycle     (log_entries_4_cycle),
    .entries_5_event     (log_entries_5_event),
    .entries_5_subsystem (log_entries_5_subsystem),
    .entries_5_cycle     (log_entries_5_cycle),
    .entries_6_event     (log_entries_6_event),
    .entries_6_subsystem (log_entries_6_subsystem),
    .entries_6_cycle     (log_entries_6_cycle),
    .entries_7_event     (log_entries_7_event),
    .entries_7_subsystem (log_entries_7_subsystem),
    .entries_7_cycle     (log_entries_7_cycle),
    .clk                 (log_clk),
    .rst                 (log_rst),
    .count               (log_count)
  );
  LedDriver led (                                // GeminiEngine.java:165
    .cpuState (led_cpuState),
    .ioState  (led_ioState),
    .duplex   (led_duplex),
    .failStop (led_failStop),
    .blink    (led_blink),
    .clk      (led_clk),
    .rst      (led_rst),
    .state    (led_state),
    .green    (led_green),
    .amber    (led_amber)
  );
  DataMover_w9_p4_f4 mover (                     // GeminiEngine.java:166
    .snoopValid      (mover_snoopValid),
    .readValid       (mover_readValid),
    .readData        (mover_readData),
    .readError       (mover_readError),
    .clk             (mover_clk),
    .rst             (mover_rst),
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
    .copyPage        (mover_copyPage)
  );
  PhaseAligner aligner (                         // GeminiEngine.java:167
    .late     (aligner_late),
    .clk      (aligner_clk),
    .rst      (aligner_rst),
    .locked   (aligner_locked),
    .lockLost (aligner_lockLost),
    .tap      (aligner_tap),
    .windowLo (aligner_windowLo),
    .windowHi (aligner_windowHi)
  );
  ResetSequencer sequencer (                     // GeminiEngine.java:168
    .moduleId     (sequencer_moduleId),
    .locked       (sequencer_locked),
    .sysref       (sequencer_sysref),
    .linkInKind   (sequencer_linkInKind),
    .linkOutKind  (sequencer_linkOutKind),
    .clk          (sequencer_clk),
    .rst          (sequencer_rst),
    .cpuReset     (sequencer_cpuReset),
    .compareStart (sequencer_compareStart),
    .linkInCycle  (sequencer_linkInCycle),
    .linkOutCycle (sequencer_linkOutCycle),
    .count        (sequencer_count),
    .releaseAt    (sequencer_releaseAt)
  );
endmodule
