// GeminiEngine: generated from dev.gemini.GeminiEngine by hdl-dsl. Do not edit; run `make rtl`.
module GeminiEngine (                            // GeminiEngine.java:79
  input  wire moduleId,                          // GeminiEngine.java:38
  input  wire partnerPresent,                    // GeminiEngine.java:39
  input  wire cpuOut_valid,                      // GeminiEngine.java:42
  input  wire [2:0] cpuOut_kind,                 // GeminiEngine.java:42
  input  wire [4:0] cpuOut_tag,                  // GeminiEngine.java:42
  input  wire [47:0] cpuOut_address,             // GeminiEngine.java:42
  input  wire [7:0] cpuOut_byteEnables,          // GeminiEngine.java:42
  input  wire [63:0] cpuOut_data,                // GeminiEngine.java:42
  output wire cpuOutReady,                       // GeminiEngine.java:43
  output wire cpuIn_valid,                       // GeminiEngine.java:44
  output wire [1:0] cpuIn_kind,                  // GeminiEngine.java:44
  output wire [4:0] cpuIn_tag,                   // GeminiEngine.java:44
  output wire [2:0] cpuIn_status,                // GeminiEngine.java:44
  output wire [47:0] cpuIn_address,              // GeminiEngine.java:44
  output wire [63:0] cpuIn_data,                 // GeminiEngine.java:44
  input  wire [2:0] cpuError,                    // GeminiEngine.java:46
  output wire ioReq_valid,                       // GeminiEngine.java:49
  output wire [2:0] ioReq_kind,                  // GeminiEngine.java:49
  output wire [4:0] ioReq_tag,                   // GeminiEngine.java:49
  output wire [47:0] ioReq_address,              // GeminiEngine.java:49
  output wire [7:0] ioReq_byteEnables,           // GeminiEngine.java:49
  output wire [63:0] ioReq_data,                 // GeminiEngine.java:49
  input  wire ioReqReady,                        // GeminiEngine.java:50
  input  wire ioIn_valid,                        // GeminiEngine.java:51
  input  wire [1:0] ioIn_kind,                   // GeminiEngine.java:51
  input  wire [4:0] ioIn_tag,                    // GeminiEngine.java:51
  input  wire [2:0] ioIn_status,                 // GeminiEngine.java:51
  input  wire [47:0] ioIn_address,               // GeminiEngine.java:51
  input  wire [63:0] ioIn_data,                  // GeminiEngine.java:51
  output wire ioInReady,                         // GeminiEngine.java:52
  input  wire [2:0] ioError,                     // GeminiEngine.java:53
  output wire linkOut_heartbeat,                 // GeminiEngine.java:56
  output wire linkOut_outbound_valid,            // GeminiEngine.java:56
  output wire [2:0] linkOut_outbound_kind,       // GeminiEngine.java:56
  output wire [4:0] linkOut_outbound_tag,        // GeminiEngine.java:56
  output wire [47:0] linkOut_outbound_address,   // GeminiEngine.java:56
  output wire [7:0] linkOut_outbound_byteEnables, // GeminiEngine.java:56
  output wire [63:0] linkOut_outbound_data,      // GeminiEngine.java:56
  output wire linkOut_inbound_valid,             // GeminiEngine.java:56
  output wire [1:0] linkOut_inbound_kind,        // GeminiEngine.java:56
  output wire [4:0] linkOut_inbound_tag,         // GeminiEngine.java:56
  output wire [2:0] linkOut_inbound_status,      // GeminiEngine.java:56
  output wire [47:0] linkOut_inbound_address,    // GeminiEngine.java:56
  output wire [63:0] linkOut_inbound_data,       // GeminiEngine.java:56
  output wire linkOut_ioCreditReturn,            // GeminiEngine.java:56
  output wire [5:0] linkOut_errors,              // GeminiEngine.java:56
  output wire linkOut_csrWrite_valid,            // GeminiEngine.java:56
  output wire [7:0] linkOut_csrWrite_address,    // GeminiEngine.java:56
  output wire [31:0] linkOut_csrWrite_data,      // GeminiEngine.java:56
  input  wire linkIn_heartbeat,                  // GeminiEngine.java:57
  input  wire linkIn_outbound_valid,             // GeminiEngine.java:57
  input  wire [2:0] linkIn_outbound_kind,        // GeminiEngine.java:57
  input  wire [4:0] linkIn_outbound_tag,         // GeminiEngine.java:57
  input  wire [47:0] linkIn_outbound_address,    // GeminiEngine.java:57
  input  wire [7:0] linkIn_outbound_byteEnables, // GeminiEngine.java:57
  input  wire [63:0] linkIn_outbound_data,       // GeminiEngine.java:57
  input  wire linkIn_inbound_valid,              // GeminiEngine.java:57
  input  wire [1:0] linkIn_inbound_kind,         // GeminiEngine.java:57
  input  wire [4:0] linkIn_inbound_tag,          // GeminiEngine.java:57
  input  wire [2:0] linkIn_inbound_status,       // GeminiEngine.java:57
  input  wire [47:0] linkIn_inbound_address,     // GeminiEngine.java:57
  input  wire [63:0] linkIn_inbound_data,        // GeminiEngine.java:57
  input  wire linkIn_ioCreditReturn,             // GeminiEngine.java:57
  input  wire [5:0] linkIn_errors,               // GeminiEngine.java:57
  input  wire linkIn_csrWrite_valid,             // GeminiEngine.java:57
  input  wire [7:0] linkIn_csrWrite_address,     // GeminiEngine.java:57
  input  wire [31:0] linkIn_csrWrite_data,       // GeminiEngine.java:57
  input  wire csrValid,                          // GeminiEngine.java:60
  input  wire csrWrite,                          // GeminiEngine.java:61
  input  wire [7:0] csrAddress,                  // GeminiEngine.java:62
  input  wire [31:0] csrData,                    // GeminiEngine.java:63
  output wire csrRespValid,                      // GeminiEngine.java:64
  output wire [31:0] csrRespData,                // GeminiEngine.java:65
  output wire csrRespError,                      // GeminiEngine.java:66
  output wire irq,                               // GeminiEngine.java:68
  output wire [2:0] ledState,                    // GeminiEngine.java:69
  output wire ledGreen,                          // GeminiEngine.java:70
  output wire ledAmber,                          // GeminiEngine.java:71
  input  wire clk,                               // GeminiEngine.java:79
  input  wire rst                                // GeminiEngine.java:79
);
  reg  [31:0] cycle;                             // GeminiEngine.java:85
  wire [31:0] cycle_add_1 = cycle + 32'd1;       // GeminiEngine.java:86
  wire regs_reqValid;                            // GeminiEngine.java:89
  wire regs_reqWrite;                            // GeminiEngine.java:89
  wire [7:0] regs_reqAddress;                    // GeminiEngine.java:89
  wire [31:0] regs_reqData;                      // GeminiEngine.java:89
  wire regs_respValid;                           // GeminiEngine.java:89
  wire [31:0] regs_respData;                     // GeminiEngine.java:89
  wire regs_respError;                           // GeminiEngine.java:89
  wire regs_acceptedWrite;                       // GeminiEngine.java:89
  wire regs_refused;                             // GeminiEngine.java:89
  wire [8:0] regs_refusedAddress;                // GeminiEngine.java:89
  wire regs_applyValid;                          // GeminiEngine.java:89
  wire [7:0] regs_applyAddress;                  // GeminiEngine.java:89
  wire [31:0] regs_applyData;                    // GeminiEngine.java:89
  wire [31:0] regs_status_ID;                    // GeminiEngine.java:89
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_CONTROL;                  // GeminiEngine.java:89
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_status_STATUS;                // GeminiEngine.java:89
  wire [31:0] regs_set_IRQ_STATUS;               // GeminiEngine.java:89
  wire [31:0] regs_reg_IRQ_STATUS;               // GeminiEngine.java:89
  wire [31:0] regs_reg_IRQ_ENABLE;               // GeminiEngine.java:89
  wire [31:0] regs_cmd_COMMAND;                  // GeminiEngine.java:89
  wire regs_cmd_COMMAND_write;                   // GeminiEngine.java:89
  wire [31:0] regs_status_SUBSYSTEM_STATE;       // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LEVEL;           // GeminiEngine.java:89
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_ERROR_CAPACITY;           // GeminiEngine.java:89
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_reg_ERROR_PERIOD;             // GeminiEngine.java:89
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31:0] regs_reg_HEARTBEAT_TIMEOUT;        // GeminiEngine.java:89
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] regs_status_LED;                   // GeminiEngine.java:89
  wire [31:0] regs_status_COUNT_COMPARED;        // GeminiEngine.java:89
  wire [31:0] regs_status_COUNT_MISMATCHES;      // GeminiEngine.java:89
  wire [31:0] regs_status_COUNT_CORRECTABLE;     // GeminiEngine.java:89
  wire [31:0] regs_status_COUNT_ISOLATIONS;      // GeminiEngine.java:89
  wire [31:0] regs_status_MISMATCH_CYCLE;        // GeminiEngine.java:89
  wire [31:0] regs_status_MISMATCH_FIELDS;       // GeminiEngine.java:89
  wire [31:0] regs_status_MISMATCH_SYNDROME_LO;  // GeminiEngine.java:89
  wire [31:0] regs_status_MISMATCH_SYNDROME_HI;  // GeminiEngine.java:89
  wire [31:0] regs_status_MISMATCH_M0_LO;        // GeminiEngine.java:89
  wire [31:0] regs_status_MISMATCH_M0_HI;        // GeminiEngine.java:89
  wire [31:0] regs_status_MISMATCH_M1_LO;        // GeminiEngine.java:89
  wire [31:0] regs_status_MISMATCH_M1_HI;        // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_COUNT;       // GeminiEngine.java:89
  wire [31:0] regs_status_CYCLE;                 // GeminiEngine.java:89
  wire [31:0] regs_status_CSR_ERROR_ADDRESS;     // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_0;           // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_1;           // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_2;           // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_3;           // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_4;           // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_5;           // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_6;           // GeminiEngine.java:89
  wire [31:0] regs_status_ERROR_LOG_7;           // GeminiEngine.java:89
  wire regs_clk;                                 // GeminiEngine.java:89
  wire regs_rst;                                 // GeminiEngine.java:89
  wire watchdog_heartbeat;                       // GeminiEngine.java:90
  wire [15:0] watchdog_timeout;                  // GeminiEngine.java:90
  wire watchdog_linkUp;                          // GeminiEngine.java:90
  wire watchdog_lost;                            // GeminiEngine.java:90
  wire watchdog_fresh;                           // GeminiEngine.java:90
  wire watchdog_clk;                             // GeminiEngine.java:90
  wire watchdog_rst;                             // GeminiEngine.java:90
  wire [300:0] ownFrameDelay_in;                 // GeminiEngine.java:91
  wire [300:0] ownFrameDelay_out;                // GeminiEngine.java:91
  wire ownFrameDelay_clk;                        // GeminiEngine.java:91
  wire ownFrameDelay_rst;                        // GeminiEngine.java:91
  wire compare_m0_valid;                         // GeminiEngine.java:92
  wire [2:0] compare_m0_kind;                    // GeminiEngine.java:92
  wire [4:0] compare_m0_tag;                     // GeminiEngine.java:92
  wire [47:0] compare_m0_address;                // GeminiEngine.java:92
  wire [7:0] compare_m0_byteEnables;             // GeminiEngine.java:92
  wire [63:0] compare_m0_data;                   // GeminiEngine.java:92
  wire compare_m1_valid;                         // GeminiEngine.java:92
  wire [2:0] compare_m1_kind;                    // GeminiEngine.java:92
  wire [4:0] compare_m1_tag;                     // GeminiEngine.java:92
  wire [47:0] compare_m1_address;                // GeminiEngine.java:92
  wire [7:0] compare_m1_byteEnables;             // GeminiEngine.java:92
  wire [63:0] compare_m1_data;                   // GeminiEngine.java:92
  wire compare_active;                           // GeminiEngine.java:92
  wire compare_pop;                              // GeminiEngine.java:92
  wire compare_clearRecord;                      // GeminiEngine.java:92
  wire [31:0] compare_cycle;                     // GeminiEngine.java:92
  wire compare_headValid;                        // GeminiEngine.java:92
  wire compare_headMatched;                      // GeminiEngine.java:92
  wire compare_headSuspect;                      // GeminiEngine.java:92
  wire compare_head0_valid;                      // GeminiEngine.java:92
  wire [2:0] compare_head0_kind;                 // GeminiEngine.java:92
  wire [4:0] compare_head0_tag;                  // GeminiEngine.java:92
  wire [47:0] compare_head0_address;             // GeminiEngine.java:92
  wire [7:0] compare_head0_byteEnables;          // GeminiEngine.java:92
  wire [63:0] compare_head0_data;                // GeminiEngine.java:92
  wire compare_head1_valid;                      // GeminiEngine.java:92
  wire [2:0] compare_head1_kind;                 // GeminiEngine.java:92
  wire [4:0] compare_head1_tag;                  // GeminiEngine.java:92
  wire [47:0] compare_head1_address;             // GeminiEngine.java:92
  wire [7:0] compare_head1_byteEnables;          // GeminiEngine.java:92
  wire [63:0] compare_head1_data;                // GeminiEngine.java:92
  wire compare_mismatch;                         // GeminiEngine.java:92
  wire [31:0] compare_compared;                  // GeminiEngine.java:92
  wire [31:0] compare_mismatches;                // GeminiEngine.java:92
  wire compare_recorded;                         // GeminiEngine.java:92
  wire [31:0] compare_recordCycle;               // GeminiEngine.java:92
  wire [5:0] compare_recordFields;               // GeminiEngine.java:92
  wire [63:0] compare_recordSyndrome;            // GeminiEngine.java:92
  wire [63:0] compare_recordValue0;              // GeminiEngine.java:92
  wire [63:0] compare_recordValue1;              // GeminiEngine.java:92
  wire compare_clk;                              // GeminiEngine.java:92
  wire compare_rst;                              // GeminiEngine.java:92
  wire dispatch_headValid;                       // GeminiEngine.java:93
  wire dispatch_headMatched;                     // GeminiEngine.java:93
  wire dispatch_headSuspect;                     // GeminiEngine.java:93
  wire dispatch_culpritKnown;                    // GeminiEngine.java:93
  wire dispatch_head0_valid;                     // GeminiEngine.java:93
  wire [2:0] dispatch_head0_kind;                // GeminiEngine.java:93
  wire [4:0] dispatch_head0_tag;                 // GeminiEngine.java:93
  wire [47:0] dispatch_head0_address;            // GeminiEngine.java:93
  wire [7:0] dispatch_head0_byteEnables;         // GeminiEngine.java:93
  wire [63:0] dispatch_head0_data;               // GeminiEngine.java:93
  wire dispatch_head1_valid;                     // GeminiEngine.java:93
  wire [2:0] dispatch_head1_kind;                // GeminiEngine.java:93
  wire [4:0] dispatch_head1_tag;                 // GeminiEngine.java:93
  wire [47:0] dispatch_head1_address;            // GeminiEngine.java:93
  wire [7:0] dispatch_head1_byteEnables;         // GeminiEngine.java:93
  wire [63:0] dispatch_head1_data;               // GeminiEngine.java:93
  wire [2:0] dispatch_mode;                      // GeminiEngine.java:93
  wire [1:0] dispatch_ioOnline;                  // GeminiEngine.java:93
  wire [1:0] dispatch_ioCreditReturn;            // GeminiEngine.java:93
  wire [1:0] dispatch_ioReturned;                // GeminiEngine.java:93
  wire dispatch_moduleId;                        // GeminiEngine.java:93
  wire dispatch_pop;                             // GeminiEngine.java:93
  wire dispatch_popped0;                         // GeminiEngine.java:93
  wire dispatch_popped1;                         // GeminiEngine.java:93
  wire dispatch_toIo_valid;                      // GeminiEngine.java:93
  wire [2:0] dispatch_toIo_kind;                 // GeminiEngine.java:93
  wire [4:0] dispatch_toIo_tag;                  // GeminiEngine.java:93
  wire [47:0] dispatch_toIo_address;             // GeminiEngine.java:93
  wire [7:0] dispatch_toIo_byteEnables;          // GeminiEngine.java:93
  wire [63:0] dispatch_toIo_data;                // GeminiEngine.java:93
  wire dispatch_issued;                          // GeminiEngine.java:93
  wire [4:0] dispatch_issuedTag;                 // GeminiEngine.java:93
  wire dispatch_issuedTarget;                    // GeminiEngine.java:93
  wire dispatch_issuedDiscarded;                 // GeminiEngine.java:93
  wire dispatch_headMismatch;                    // GeminiEngine.java:93
  wire dispatch_clk;                             // GeminiEngine.java:93
  wire dispatch_rst;                             // GeminiEngine.java:93
  wire [5:0] controller_errors0;                 // GeminiEngine.java:94
  wire [5:0] controller_errors1;                 // GeminiEngine.java:94
  wire controller_headMismatch;                  // GeminiEngine.java:94
  wire controller_commandValid;                  // GeminiEngine.java:94
  wire [31:0] controller_command;                // GeminiEngine.java:94
  wire [7:0] controller_capacity;                // GeminiEngine.java:94
  wire [31:0] controller_period;                 // GeminiEngine.java:94
  wire controller_rankM1First;                   // GeminiEngine.java:94
  wire controller_linkLost;                      // GeminiEngine.java:94
  wire controller_partnerFresh;                  // GeminiEngine.java:94
  wire controller_partnerPresent;                // GeminiEngine.java:94
  wire controller_moduleId;                      // GeminiEngine.java:94
  wire [7:0] controller_states;                  // GeminiEngine.java:94
  wire [2:0] controller_mode;                    // GeminiEngine.java:94
  wire [31:0] controller_levels;                 // GeminiEngine.java:94
  wire [3:0] controller_isolated;                // GeminiEngine.java:94
  wire [3:0] controller_wentOffline;             // GeminiEngine.java:94
  wire [3:0] controller_returned;                // GeminiEngine.java:94
  /* verilator lint_off UNUSEDSIGNAL */
  wire [3:0] controller_leftService;             // GeminiEngine.java:94
  /* verilator lint_on UNUSEDSIGNAL */
  wire controller_failStopped;                   // GeminiEngine.java:94
  wire controller_correctable;                   // GeminiEngine.java:94
  wire controller_logValid;                      // GeminiEngine.java:94
  wire [2:0] controller_logEvent;                // GeminiEngine.java:94
  wire [1:0] controller_logSubsystem;            // GeminiEngine.java:94
  wire controller_culpritKnown;                  // GeminiEngine.java:94
  wire [31:0] controller_correctableCount;       // GeminiEngine.java:94
  wire [31:0] controller_isolationCount;         // GeminiEngine.java:94
  wire controller_clk;                           // GeminiEngine.java:94
  wire controller_rst;                           // GeminiEngine.java:94
  wire responder_issued;                         // GeminiEngine.java:95
  wire [4:0] responder_issuedTag;                // GeminiEngine.java:95
  wire responder_issuedTarget;                   // GeminiEngine.java:95
  wire responder_issuedDiscarded;                // GeminiEngine.java:95
  wire responder_replicated_valid;               // GeminiEngine.java:95
  wire [1:0] responder_replicated_kind;          // GeminiEngine.java:95
  wire [4:0] responder_replicated_tag;           // GeminiEngine.java:95
  wire [2:0] responder_replicated_status;        // GeminiEngine.java:95
  wire [47:0] responder_replicated_address;      // GeminiEngine.java:95
  wire [63:0] responder_replicated_data;         // GeminiEngine.java:95
  wire [1:0] responder_ioOnline;                 // GeminiEngine.java:95
  wire [1:0] responder_ioLeft;                   // GeminiEngine.java:95
  wire responder_synthesized_valid;              // GeminiEngine.java:95
  wire [1:0] responder_synthesized_kind;         // GeminiEngine.java:95
  wire [4:0] responder_synthesized_tag;          // GeminiEngine.java:95
  wire [2:0] responder_synthesized_status;       // GeminiEngine.java:95
  wire [47:0] responder_synthesized_address;     // GeminiEngine.java:95
  wire [63:0] responder_synthesized_data;        // GeminiEngine.java:95
  /* verilator lint_off UNUSEDSIGNAL */
  wire [5:0] responder_outstanding;              // GeminiEngine.java:95
  /* verilator lint_on UNUSEDSIGNAL */
  wire responder_clk;                            // GeminiEngine.java:95
  wire responder_rst;                            // GeminiEngine.java:95
  wire ioQueue_push;                             // GeminiEngine.java:96
  wire ioQueue_pop;                              // GeminiEngine.java:96
  wire ioQueue_flush;                            // GeminiEngine.java:96
  wire ioQueue_headValid;                        // GeminiEngine.java:96
  wire [128:0] ioQueue_pushData;                 // GeminiEngine.java:96
  wire [128:0] ioQueue_head;                     // GeminiEngine.java:96
  /* verilator lint_off UNUSEDSIGNAL */
  wire [2:0] ioQueue_count;                      // GeminiEngine.java:96
  /* verilator lint_on UNUSEDSIGNAL */
  wire ioQueue_clk;                              // GeminiEngine.java:96
  wire ioQueue_rst;                              // GeminiEngine.java:96
  wire log_valid;                                // GeminiEngine.java:97
  wire [2:0] log_event_;                         // GeminiEngine.java:97
  wire [1:0] log_subsystem;                      // GeminiEngine.java:97
  wire [31:0] log_cycle;                         // GeminiEngine.java:97
  wire [31:0] log_entries_0;                     // GeminiEngine.java:97
  wire [31:0] log_entries_1;                     // GeminiEngine.java:97
  wire [31:0] log_entries_2;                     // GeminiEngine.java:97
  wire [31:0] log_entries_3;                     // GeminiEngine.java:97
  wire [31:0] log_entries_4;                     // GeminiEngine.java:97
  wire [31:0] log_entries_5;                     // GeminiEngine.java:97
  wire [31:0] log_entries_6;                     // GeminiEngine.java:97
  wire [31:0] log_entries_7;                     // GeminiEngine.java:97
  wire [31:0] log_count;                         // GeminiEngine.java:97
  wire log_clk;                                  // GeminiEngine.java:97
  wire log_rst;                                  // GeminiEngine.java:97
  wire [1:0] led_cpuState;                       // GeminiEngine.java:98
  wire [1:0] led_ioState;                        // GeminiEngine.java:98
  wire led_duplex;                               // GeminiEngine.java:98
  wire led_failStop;                             // GeminiEngine.java:98
  wire led_blink;                                // GeminiEngine.java:98
  wire [2:0] led_state;                          // GeminiEngine.java:98
  wire led_green;                                // GeminiEngine.java:98
  wire led_amber;                                // GeminiEngine.java:98
  wire led_clk;                                  // GeminiEngine.java:98
  wire led_rst;                                  // GeminiEngine.java:98
  wire [1:0] controller_states_3_2 = controller_states[3:2]; // GeminiEngine.java:102
  wire [1:0] controller_states_1_0 = controller_states[1:0]; // GeminiEngine.java:102
  wire [1:0] localCpuState = moduleId ? controller_states_3_2 : controller_states_1_0; // GeminiEngine.java:102
  wire [1:0] controller_states_7_6 = controller_states[7:6]; // GeminiEngine.java:103
  wire [1:0] controller_states_5_4 = controller_states[5:4]; // GeminiEngine.java:103
  wire [1:0] localIoState = moduleId ? controller_states_7_6 : controller_states_5_4; // GeminiEngine.java:103
  wire localCpuOnline = localCpuState == 2'd0;   // GeminiEngine.java:104
  wire localIoOnline = localIoState == 2'd0;     // GeminiEngine.java:105
  wire [1:0] controller_states_1_0_1 = controller_states[1:0]; // GeminiEngine.java:106
  wire [1:0] controller_states_3_2_1 = controller_states[3:2]; // GeminiEngine.java:106
  wire [1:0] mux_moduleId = moduleId ? controller_states_1_0_1 : controller_states_3_2_1; // GeminiEngine.java:106
  wire partnerCpuOnline = mux_moduleId == 2'd0;  // GeminiEngine.java:106
  wire failStop = controller_mode == 3'd4;       // GeminiEngine.java:107
  wire [1:0] controller_states_1_0_2 = controller_states[1:0]; // GeminiEngine.java:108
  wire controller_states_1_0_2_eq_0 = controller_states_1_0_2 == 2'd0; // GeminiEngine.java:108
  wire [1:0] controller_states_3_2_2 = controller_states[3:2]; // GeminiEngine.java:108
  wire controller_states_3_2_2_eq_0 = controller_states_3_2_2 == 2'd0; // GeminiEngine.java:108
  wire bothCpusOnline = controller_states_1_0_2_eq_0 & controller_states_3_2_2_eq_0; // GeminiEngine.java:108
  reg  [7:0] cpuHold;                            // GeminiEngine.java:112
  wire cpuError_1 = cpuError[1];                 // GeminiEngine.java:113
  wire cpuError_2 = cpuError[2];                 // GeminiEngine.java:113
  wire cpuSevere = cpuError_1 | cpuError_2;      // GeminiEngine.java:113
  wire cpuSevere_and_localCpuOnline = cpuSevere & localCpuOnline; // GeminiEngine.java:114
  wire cpuSevere_and_localCpuOnline_and = cpuSevere_and_localCpuOnline & partnerCpuOnline; // GeminiEngine.java:114
  wire cpuHold_ne_0 = cpuHold != 8'd0;           // GeminiEngine.java:115
  wire [7:0] cpuHold_sub_1 = cpuHold - 8'd1;     // GeminiEngine.java:115
  wire cpuHold_ne_0_1 = cpuHold != 8'd0;         // GeminiEngine.java:116
  wire not_localCpuOnline = ~localCpuOnline;     // GeminiEngine.java:116
  wire cpuContained = cpuHold_ne_0_1 | not_localCpuOnline; // GeminiEngine.java:116
  reg  ioLatch;                                  // GeminiEngine.java:117
  wire ioError_1 = ioError[1];                   // GeminiEngine.java:118
  wire ioError_2 = ioError[2];                   // GeminiEngine.java:118
  wire ioSevere = ioError_1 | ioError_2;         // GeminiEngine.java:118
  wire ioLatch_or_ioSevere = ioLatch | ioSevere; // GeminiEngine.java:119
  wire ioLatch_or_ioSevere_and_localIoOnline = ioLatch_or_ioSevere & localIoOnline; // GeminiEngine.java:119
  wire not_localIoOnline = ~localIoOnline;       // GeminiEngine.java:120
  wire ioContained = ioLatch | not_localIoOnline; // GeminiEngine.java:120
  reg  [2:0] cpuCredits;                         // GeminiEngine.java:123
  wire cpuCredits_ne_0 = cpuCredits != 3'd0;     // GeminiEngine.java:124
  wire not_cpuContained = ~cpuContained;         // GeminiEngine.java:124
  wire cpuCredits_ne_0_and_not_cpuContained = cpuCredits_ne_0 & not_cpuContained; // GeminiEngine.java:124
  wire not_failStop = ~failStop;                 // GeminiEngine.java:124
  wire ready = cpuCredits_ne_0_and_not_cpuContained & not_failStop; // GeminiEngine.java:124
  wire accepted = cpuOut_valid & ready;          // GeminiEngine.java:125
  wire creditBack = moduleId ? dispatch_popped1 : dispatch_popped0; // GeminiEngine.java:126
  wire moduleId_cast = moduleId;                 // GeminiEngine.java:127
  /* verilator lint_off UNUSEDSIGNAL */
  wire [3:0] controller_returned_dshr_moduleId_cast = controller_returned >> moduleId_cast; // GeminiEngine.java:127
  /* verilator lint_on UNUSEDSIGNAL */
  wire localCpuReturned = controller_returned_dshr_moduleId_cast[0]; // GeminiEngine.java:127
  wire creditBack_cast = creditBack;             // GeminiEngine.java:129
  wire [2:0] creditBack_cast_ext = {2'd0, creditBack_cast}; // GeminiEngine.java:129
  wire [2:0] cpuCredits_add_creditBack_cast_ext = cpuCredits + creditBack_cast_ext; // GeminiEngine.java:129
  wire accepted_cast = accepted;                 // GeminiEngine.java:129
  wire [2:0] accepted_cast_ext = {2'd0, accepted_cast}; // GeminiEngine.java:129
  wire [2:0] cpuCredits_add_creditBack_cast_ext_sub = cpuCredits_add_creditBack_cast_ext - accepted_cast_ext; // GeminiEngine.java:129
  wire [2:0] mux_localCpuReturned = localCpuReturned ? 3'd4 : cpuCredits_add_creditBack_cast_ext_sub; // GeminiEngine.java:128
  wire not_ioContained = ~ioContained;           // GeminiEngine.java:132
  wire dispatch_toIo_valid_and_not_ioContained = dispatch_toIo_valid & not_ioContained; // GeminiEngine.java:132
  wire [128:0] cat_dispatch_toIo_valid_dispatch_toIo = {dispatch_toIo_valid, dispatch_toIo_kind, dispatch_toIo_tag, dispatch_toIo_address, dispatch_toIo_byteEnables, dispatch_toIo_data}; // Packing.java:31
  /* verilator lint_off UNUSEDSIGNAL */
  wire values_0 = ioQueue_head[128];             // Packing.java:47
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] values_1 = ioQueue_head[127:125];   // Packing.java:52
  wire [4:0] values_2 = ioQueue_head[124:120];   // Packing.java:52
  wire [47:0] values_3 = ioQueue_head[119:72];   // Packing.java:52
  wire [7:0] values_4 = ioQueue_head[71:64];     // Packing.java:52
  wire [63:0] values_5 = ioQueue_head[63:0];     // Packing.java:52
  wire not_ioContained_1 = ~ioContained;         // GeminiEngine.java:135
  wire requestValid = ioQueue_headValid & not_ioContained_1; // GeminiEngine.java:135
  wire deviceTook = requestValid & ioReqReady;   // GeminiEngine.java:136
  wire cycle_0 = cycle[0];                       // GeminiEngine.java:139
  wire mySlot = cycle_0 == moduleId;             // GeminiEngine.java:139
  wire ioIn_valid_and_mySlot = ioIn_valid & mySlot; // GeminiEngine.java:140
  wire not_ioContained_2 = ~ioContained;         // GeminiEngine.java:140
  wire sendEvent = ioIn_valid_and_mySlot & not_ioContained_2; // GeminiEngine.java:140
  reg  heartbeat;                                // GeminiEngine.java:143
  wire not_heartbeat = ~heartbeat;               // GeminiEngine.java:144
  reg  [300:0] frame;                            // GeminiEngine.java:145
  wire not_heartbeat_1 = ~heartbeat;             // GeminiEngine.java:146
  wire [5:0] cat_ioError_cpuError = {ioError, cpuError}; // GeminiEngine.java:149
  wire [300:0] cat_not_heartbeat_1_accepted_cpuOut_kind = {not_heartbeat_1, accepted, cpuOut_kind, cpuOut_tag, cpuOut_address, cpuOut_byteEnables, cpuOut_data, sendEvent, ioIn_kind, ioIn_tag, ioIn_status, ioIn_address, ioIn_data, deviceTook, cat_ioError_cpuError, regs_acceptedWrite, csrAddress, csrData}; // Packing.java:31
  wire values_6 = frame[300];                    // Packing.java:47
  wire values_7 = frame[299];                    // Packing.java:47
  wire [2:0] values_8 = frame[298:296];          // Packing.java:52
  wire [4:0] values_9 = frame[295:291];          // Packing.java:52
  wire [47:0] values_10 = frame[290:243];        // Packing.java:52
  wire [7:0] values_11 = frame[242:235];         // Packing.java:52
  wire [63:0] values_12 = frame[234:171];        // Packing.java:52
  wire values_13 = frame[170];                   // Packing.java:47
  wire [1:0] values_14 = frame[169:168];         // Packing.java:52
  wire [4:0] values_15 = frame[167:163];         // Packing.java:52
  wire [2:0] values_16 = frame[162:160];         // Packing.java:52
  wire [47:0] values_17 = frame[159:112];        // Packing.java:52
  wire [63:0] values_18 = frame[111:48];         // Packing.java:52
  wire values_19 = frame[47];                    // Packing.java:47
  wire [5:0] values_20 = frame[46:41];           // Packing.java:52
  wire values_21 = frame[40];                    // Packing.java:47
  wire [7:0] values_22 = frame[39:32];           // Packing.java:52
  wire [31:0] values_23 = frame[31:0];           // Packing.java:52
  wire [15:0] regs_reg_HEARTBEAT_TIMEOUT_15_0 = regs_reg_HEARTBEAT_TIMEOUT[15:0]; // GeminiEngine.java:155
  wire [300:0] cat_linkIn_heartbeat_linkIn_outbound = {linkIn_heartbeat, linkIn_outbound_valid, linkIn_outbound_kind, linkIn_outbound_tag, linkIn_outbound_address, linkIn_outbound_byteEnables, linkIn_outbound_data, linkIn_inbound_valid, linkIn_inbound_kind, linkIn_inbound_tag, linkIn_inbound_status, linkIn_inbound_address, linkIn_inbound_data, linkIn_ioCreditReturn, linkIn_errors, linkIn_csrWrite_valid, linkIn_csrWrite_address, linkIn_csrWrite_data}; // Packing.java:31
  wire [300:0] partnerFrame = watchdog_linkUp ? cat_linkIn_heartbeat_linkIn_outbound : 301'd0; // GeminiEngine.java:156
  wire [300:0] mux_moduleId_1 = moduleId ? partnerFrame : ownFrameDelay_out; // GeminiEngine.java:158
  /* verilator lint_off UNUSEDSIGNAL */
  wire values_24 = mux_moduleId_1[300];          // Packing.java:47
  /* verilator lint_on UNUSEDSIGNAL */
  wire values_25 = mux_moduleId_1[299];          // Packing.java:47
  wire [2:0] values_26 = mux_moduleId_1[298:296]; // Packing.java:52
  wire [4:0] values_27 = mux_moduleId_1[295:291]; // Packing.java:52
  wire [47:0] values_28 = mux_moduleId_1[290:243]; // Packing.java:52
  wire [7:0] values_29 = mux_moduleId_1[242:235]; // Packing.java:52
  wire [63:0] values_30 = mux_moduleId_1[234:171]; // Packing.java:52
  wire values_31 = mux_moduleId_1[170];          // Packing.java:47
  wire [1:0] values_32 = mux_moduleId_1[169:168]; // Packing.java:52
  wire [4:0] values_33 = mux_moduleId_1[167:163]; // Packing.java:52
  wire [2:0] values_34 = mux_moduleId_1[162:160]; // Packing.java:52
  wire [47:0] values_35 = mux_moduleId_1[159:112]; // Packing.java:52
  wire [63:0] values_36 = mux_moduleId_1[111:48]; // Packing.java:52
  wire values_37 = mux_moduleId_1[47];           // Packing.java:47
  wire [5:0] values_38 = mux_moduleId_1[46:41];  // Packing.java:52
  wire values_39 = mux_moduleId_1[40];           // Packing.java:47
  wire [7:0] values_40 = mux_moduleId_1[39:32];  // Packing.java:52
  wire [31:0] values_41 = mux_moduleId_1[31:0];  // Packing.java:52
  wire [300:0] mux_moduleId_2 = moduleId ? ownFrameDelay_out : partnerFrame; // GeminiEngine.java:159
  /* verilator lint_off UNUSEDSIGNAL */
  wire values_42 = mux_moduleId_2[300];          // Packing.java:47
  /* verilator lint_on UNUSEDSIGNAL */
  wire values_43 = mux_moduleId_2[299];          // Packing.java:47
  wire [2:0] values_44 = mux_moduleId_2[298:296]; // Packing.java:52
  wire [4:0] values_45 = mux_moduleId_2[295:291]; // Packing.java:52
  wire [47:0] values_46 = mux_moduleId_2[290:243]; // Packing.java:52
  wire [7:0] values_47 = mux_moduleId_2[242:235]; // Packing.java:52
  wire [63:0] values_48 = mux_moduleId_2[234:171]; // Packing.java:52
  wire values_49 = mux_moduleId_2[170];          // Packing.java:47
  wire [1:0] values_50 = mux_moduleId_2[169:168]; // Packing.java:52
  wire [4:0] values_51 = mux_moduleId_2[167:163]; // Packing.java:52
  wire [2:0] values_52 = mux_moduleId_2[162:160]; // Packing.java:52
  wire [47:0] values_53 = mux_moduleId_2[159:112]; // Packing.java:52
  wire [63:0] values_54 = mux_moduleId_2[111:48]; // Packing.java:52
  wire values_55 = mux_moduleId_2[47];           // Packing.java:47
  wire [5:0] values_56 = mux_moduleId_2[46:41];  // Packing.java:52
  wire values_57 = mux_moduleId_2[40];           // Packing.java:47
  wire [7:0] values_58 = mux_moduleId_2[39:32];  // Packing.java:52
  wire [31:0] values_59 = mux_moduleId_2[31:0];  // Packing.java:52
  wire applyValid = values_39 | values_57;       // GeminiEngine.java:162
  wire [7:0] applyAddress = values_39 ? values_40 : values_58; // GeminiEngine.java:163
  wire [31:0] applyData = values_39 ? values_41 : values_59; // GeminiEngine.java:164
  wire [2:0] regs_cmd_COMMAND_6_4 = regs_cmd_COMMAND[6:4]; // GeminiEngine.java:180
  wire regs_cmd_COMMAND_6_4_eq_5 = regs_cmd_COMMAND_6_4 == 3'd5; // GeminiEngine.java:180
  wire regs_cmd_COMMAND_write_and_regs_cmd = regs_cmd_COMMAND_write & regs_cmd_COMMAND_6_4_eq_5; // GeminiEngine.java:180
  wire [1:0] controller_states_7_6_1 = controller_states[7:6]; // GeminiEngine.java:190
  wire controller_states_7_6_1_eq_0 = controller_states_7_6_1 == 2'd0; // GeminiEngine.java:190
  wire [1:0] controller_states_5_4_1 = controller_states[5:4]; // GeminiEngine.java:190
  wire controller_states_5_4_1_eq_0 = controller_states_5_4_1 == 2'd0; // GeminiEngine.java:190
  wire [1:0] ioOnline = {controller_states_7_6_1_eq_0, controller_states_5_4_1_eq_0}; // GeminiEngine.java:190
  wire [1:0] cat_values_55_values_37 = {values_55, values_37}; // GeminiEngine.java:192
  wire [1:0] controller_returned_3_2 = controller_returned[3:2]; // GeminiEngine.java:193
  wire [7:0] regs_reg_ERROR_CAPACITY_7_0 = regs_reg_ERROR_CAPACITY[7:0]; // GeminiEngine.java:202
  wire regs_reg_CONTROL_0 = regs_reg_CONTROL[0]; // GeminiEngine.java:204
  wire [122:0] cat_values_31_values_32_values_33_values = {values_31, values_32, values_33, values_34, values_35, values_36}; // Packing.java:31
  wire [122:0] cat_values_49_values_50_values_51_values = {values_49, values_50, values_51, values_52, values_53, values_54}; // Packing.java:31
  wire [122:0] mux_values_31 = values_31 ? cat_values_31_values_32_values_33_values : cat_values_49_values_50_values_51_values; // GeminiEngine.java:211
  wire values_60 = mux_values_31[122];           // Packing.java:47
  wire [1:0] values_61 = mux_values_31[121:120]; // Packing.java:52
  wire [4:0] values_62 = mux_values_31[119:115]; // Packing.java:52
  wire [2:0] values_63 = mux_values_31[114:112]; // Packing.java:52
  wire [47:0] values_64 = mux_values_31[111:64]; // Packing.java:52
  wire [63:0] values_65 = mux_values_31[63:0];   // Packing.java:52
  wire [1:0] controller_leftService_3_2 = controller_leftService[3:2]; // GeminiEngine.java:219
  wire [122:0] cat_values_60_values_61_values_62_values = {values_60, values_61, values_62, values_63, values_64, values_65}; // Packing.java:31
  wire [122:0] cat_responder_synthesized_valid = {responder_synthesized_valid, responder_synthesized_kind, responder_synthesized_tag, responder_synthesized_status, responder_synthesized_address, responder_synthesized_data}; // Packing.java:31
  wire [122:0] delivered = values_60 ? cat_values_60_values_61_values_62_values : cat_responder_synthesized_valid; // GeminiEngine.java:220
  reg  [122:0] toCpu;                            // GeminiEngine.java:221
  wire [122:0] mux_cpuContained = cpuContained ? 123'd0 : delivered; // GeminiEngine.java:222
  wire cycle_22 = cycle[22];                     // GeminiEngine.java:233
  wire or_reduce_controller_wentOffline = |controller_wentOffline; // GeminiEngine.java:236
  wire [1:0] controller_isolated_3_2 = controller_isolated[3:2]; // GeminiEngine.java:236
  wire or_reduce_controller_isolated_3_2 = |controller_isolated_3_2; // GeminiEngine.java:236
  wire [1:0] controller_isolated_1_0 = controller_isolated[1:0]; // GeminiEngine.java:237
  wire or_reduce_controller_isolated_1_0 = |controller_isolated_1_0; // GeminiEngine.java:237
  wire [7:0] irqSet = {regs_refused, controller_correctable, controller_failStopped, watchdog_lost, or_reduce_controller_wentOffline, or_reduce_controller_isolated_3_2, or_reduce_controller_isolated_1_0, compare_mismatch}; // GeminiEngine.java:235
  wire [31:0] irqSet_ext = {24'd0, irqSet};      // GeminiEngine.java:238
  wire moduleId_cast_1 = moduleId;               // GeminiEngine.java:240
  wire [31:0] moduleId_cast_1_ext = {31'd0, moduleId_cast_1}; // GeminiEngine.java:240
  wire [31:0] identity = 32'h47450100 | moduleId_cast_1_ext; // GeminiEngine.java:240
  wire [5:0] cat_moduleId_compare_recorded_watchdog = {moduleId, compare_recorded, watchdog_linkUp, controller_mode}; // GeminiEngine.java:242
  wire [31:0] cat_moduleId_compare_recorded_watchdog_1 = {26'd0, cat_moduleId_compare_recorded_watchdog}; // GeminiEngine.java:242
  wire [31:0] controller_states_ext = {24'd0, controller_states}; // GeminiEngine.java:243
  wire [4:0] cat_led_amber_led_green_led_state = {led_amber, led_green, led_state}; // GeminiEngine.java:245
  wire [31:0] cat_led_amber_led_green_led_state_ext = {27'd0, cat_led_amber_led_green_led_state}; // GeminiEngine.java:245
  wire [31:0] compare_recordFields_ext = {26'd0, compare_recordFields}; // GeminiEngine.java:251
  wire [31:0] compare_recordSyndrome_31_0 = compare_recordSyndrome[31:0]; // GeminiEngine.java:252
  wire [31:0] compare_recordSyndrome_63_32 = compare_recordSyndrome[63:32]; // GeminiEngine.java:253
  wire [31:0] compare_recordValue0_31_0 = compare_recordValue0[31:0]; // GeminiEngine.java:254
  wire [31:0] compare_recordValue0_63_32 = compare_recordValue0[63:32]; // GeminiEngine.java:255
  wire [31:0] compare_recordValue1_31_0 = compare_recordValue1[31:0]; // GeminiEngine.java:256
  wire [31:0] compare_recordValue1_63_32 = compare_recordValue1[63:32]; // GeminiEngine.java:257
  wire [31:0] regs_refusedAddress_ext = {23'd0, regs_refusedAddress}; // GeminiEngine.java:260
  wire values_66 = toCpu[122];                   // Packing.java:47
  wire [1:0] values_67 = toCpu[121:120];         // Packing.java:52
  wire [4:0] values_68 = toCpu[119:115];         // Packing.java:52
  wire [2:0] values_69 = toCpu[114:112];         // Packing.java:52
  wire [47:0] values_70 = toCpu[111:64];         // Packing.java:52
  wire [63:0] values_71 = toCpu[63:0];           // Packing.java:52
  wire mySlot_or_ioContained = mySlot | ioContained; // GeminiEngine.java:270
  wire [31:0] regs_reg_IRQ_STATUS_and_regs_reg_IRQ = regs_reg_IRQ_STATUS & regs_reg_IRQ_ENABLE; // GeminiEngine.java:274
  wire or_reduce_regs_reg_IRQ_STATUS_and_regs = |regs_reg_IRQ_STATUS_and_regs_reg_IRQ; // GeminiEngine.java:274
  assign cpuOutReady = ready;                    // GeminiEngine.java:266
  assign cpuIn_valid = values_66;                // GeminiEngine.java:267
  assign cpuIn_kind = values_67;                 // GeminiEngine.java:267
  assign cpuIn_tag = values_68;                  // GeminiEngine.java:267
  assign cpuIn_status = values_69;               // GeminiEngine.java:267
  assign cpuIn_address = values_70;              // GeminiEngine.java:267
  assign cpuIn_data = values_71;                 // GeminiEngine.java:267
  assign ioReq_valid = requestValid;             // GeminiEngine.java:268
  assign ioReq_kind = values_1;                  // GeminiEngine.java:268
  assign ioReq_tag = values_2;                   // GeminiEngine.java:268
  assign ioReq_address = values_3;               // GeminiEngine.java:268
  assign ioReq_byteEnables = values_4;           // GeminiEngine.java:268
  assign ioReq_data = values_5;                  // GeminiEngine.java:268
  assign ioInReady = mySlot_or_ioContained;      // GeminiEngine.java:270
  assign linkOut_heartbeat = values_6;           // GeminiEngine.java:151
  assign linkOut_outbound_valid = values_7;      // GeminiEngine.java:151
  assign linkOut_outbound_kind = values_8;       // GeminiEngine.java:151
  assign linkOut_outbound_tag = values_9;        // GeminiEngine.java:151
  assign linkOut_outbound_address = values_10;   // GeminiEngine.java:151
  assign linkOut_outbound_byteEnables = values_11; // GeminiEngine.java:151
  assign linkOut_outbound_data = values_12;      // GeminiEngine.java:151
  assign linkOut_inbound_valid = values_13;      // GeminiEngine.java:151
  assign linkOut_inbound_kind = values_14;       // GeminiEngine.java:151
  assign linkOut_inbound_tag = values_15;        // GeminiEngine.java:151
  assign linkOut_inbound_status = values_16;     // GeminiEngine.java:151
  assign linkOut_inbound_address = values_17;    // GeminiEngine.java:151
  assign linkOut_inbound_data = values_18;       // GeminiEngine.java:151
  assign linkOut_ioCreditReturn = values_19;     // GeminiEngine.java:151
  assign linkOut_errors = values_20;             // GeminiEngine.java:151
  assign linkOut_csrWrite_valid = values_21;     // GeminiEngine.java:151
  assign linkOut_csrWrite_address = values_22;   // GeminiEngine.java:151
  assign linkOut_csrWrite_data = values_23;      // GeminiEngine.java:151
  assign csrRespValid = regs_respValid;          // GeminiEngine.java:271
  assign csrRespData = regs_respData;            // GeminiEngine.java:272
  assign csrRespError = regs_respError;          // GeminiEngine.java:273
  assign irq = or_reduce_regs_reg_IRQ_STATUS_and_regs; // GeminiEngine.java:274
  assign ledState = led_state;                   // GeminiEngine.java:275
  assign ledGreen = led_green;                   // GeminiEngine.java:276
  assign ledAmber = led_amber;                   // GeminiEngine.java:277
  always @(posedge clk) begin                    // GeminiEngine.java:85
    if (rst) begin
      cycle <= 32'd0;                            // GeminiEngine.java:85
    end else begin
      cycle <= cycle_add_1;                      // GeminiEngine.java:86
    end
  end
  assign regs_reqValid = csrValid;               // GeminiEngine.java:165
  assign regs_reqWrite = csrWrite;               // GeminiEngine.java:166
  assign regs_reqAddress = csrAddress;           // GeminiEngine.java:167
  assign regs_reqData = csrData;                 // GeminiEngine.java:168
  assign regs_applyValid = applyValid;           // GeminiEngine.java:169
  assign regs_applyAddress = applyAddress;       // GeminiEngine.java:170
  assign regs_applyData = applyData;             // GeminiEngine.java:171
  assign regs_status_ID = identity;              // GeminiEngine.java:241
  assign regs_status_STATUS = cat_moduleId_compare_recorded_watchdog_1; // GeminiEngine.java:242
  assign regs_set_IRQ_STATUS = irqSet_ext;       // GeminiEngine.java:238
  assign regs_status_SUBSYSTEM_STATE = controller_states_ext; // GeminiEngine.java:243
  assign regs_status_ERROR_LEVEL = controller_levels; // GeminiEngine.java:244
  assign regs_status_LED = cat_led_amber_led_green_led_state_ext; // GeminiEngine.java:245
  assign regs_status_COUNT_COMPARED = compare_compared; // GeminiEngine.java:246
  assign regs_status_COUNT_MISMATCHES = compare_mismatches; // GeminiEngine.java:247
  assign regs_status_COUNT_CORRECTABLE = controller_correctableCount; // GeminiEngine.java:248
  assign regs_status_COUNT_ISOLATIONS = controller_isolationCount; // GeminiEngine.java:249
  assign regs_status_MISMATCH_CYCLE = compare_recordCycle; // GeminiEngine.java:250
  assign regs_status_MISMATCH_FIELDS = compare_recordFields_ext; // GeminiEngine.java:251
  assign regs_status_MISMATCH_SYNDROME_LO = compare_recordSyndrome_31_0; // GeminiEngine.java:252
  assign regs_status_MISMATCH_SYNDROME_HI = compare_recordSyndrome_63_32; // GeminiEngine.java:253
  assign regs_status_MISMATCH_M0_LO = compare_recordValue0_31_0; // GeminiEngine.java:254
  assign regs_status_MISMATCH_M0_HI = compare_recordValue0_63_32; // GeminiEngine.java:255
  assign regs_status_MISMATCH_M1_LO = compare_recordValue1_31_0; // GeminiEngine.java:256
  assign regs_status_MISMATCH_M1_HI = compare_recordValue1_63_32; // GeminiEngine.java:257
  assign regs_status_ERROR_LOG_COUNT = log_count; // GeminiEngine.java:258
  assign regs_status_CYCLE = cycle;              // GeminiEngine.java:259
  assign regs_status_CSR_ERROR_ADDRESS = regs_refusedAddress_ext; // GeminiEngine.java:260
  assign regs_status_ERROR_LOG_0 = log_entries_0; // GeminiEngine.java:262
  assign regs_status_ERROR_LOG_1 = log_entries_1; // GeminiEngine.java:262
  assign regs_status_ERROR_LOG_2 = log_entries_2; // GeminiEngine.java:262
  assign regs_status_ERROR_LOG_3 = log_entries_3; // GeminiEngine.java:262
  assign regs_status_ERROR_LOG_4 = log_entries_4; // GeminiEngine.java:262
  assign regs_status_ERROR_LOG_5 = log_entries_5; // GeminiEngine.java:262
  assign regs_status_ERROR_LOG_6 = log_entries_6; // GeminiEngine.java:262
  assign regs_status_ERROR_LOG_7 = log_entries_7; // GeminiEngine.java:262
  assign regs_clk = clk;                         // GeminiEngine.java:89
  assign regs_rst = rst;                         // GeminiEngine.java:89
  assign watchdog_heartbeat = linkIn_heartbeat;  // GeminiEngine.java:154
  assign watchdog_timeout = regs_reg_HEARTBEAT_TIMEOUT_15_0; // GeminiEngine.java:155
  assign watchdog_clk = clk;                     // GeminiEngine.java:90
  assign watchdog_rst = rst;                     // GeminiEngine.java:90
  assign ownFrameDelay_in = frame;               // GeminiEngine.java:152
  assign ownFrameDelay_clk = clk;                // GeminiEngine.java:91
  assign ownFrameDelay_rst = rst;                // GeminiEngine.java:91
  assign compare_m0_valid = values_25;           // GeminiEngine.java:176
  assign compare_m0_kind = values_26;            // GeminiEngine.java:176
  assign compare_m0_tag = values_27;             // GeminiEngine.java:176
  assign compare_m0_address = values_28;         // GeminiEngine.java:176
  assign compare_m0_byteEnables = values_29;     // GeminiEngine.java:176
  assign compare_m0_data = values_30;            // GeminiEngine.java:176
  assign compare_m1_valid = values_43;           // GeminiEngine.java:177
  assign compare_m1_kind = values_44;            // GeminiEngine.java:177
  assign compare_m1_tag = values_45;             // GeminiEngine.java:177
  assign compare_m1_address = values_46;         // GeminiEngine.java:177
  assign compare_m1_byteEnables = values_47;     // GeminiEngine.java:177
  assign compare_m1_data = values_48;            // GeminiEngine.java:177
  assign compare_active = bothCpusOnline;        // GeminiEngine.java:178
  assign compare_pop = dispatch_pop;             // GeminiEngine.java:179
  assign compare_clearRecord = regs_cmd_COMMAND_write_and_regs_cmd; // GeminiEngine.java:180
  assign compare_cycle = cycle;                  // GeminiEngine.java:181
  assign compare_clk = clk;                      // GeminiEngine.java:92
  assign compare_rst = rst;                      // GeminiEngine.java:92
  assign dispatch_headValid = compare_headValid; // GeminiEngine.java:183
  assign dispatch_headMatched = compare_headMatched; // GeminiEngine.java:184
  assign dispatch_headSuspect = compare_headSuspect; // GeminiEngine.java:185
  assign dispatch_culpritKnown = controller_culpritKnown; // GeminiEngine.java:186
  assign dispatch_head0_valid = compare_head0_valid; // GeminiEngine.java:187
  assign dispatch_head0_kind = compare_head0_kind; // GeminiEngine.java:187
  assign dispatch_head0_tag = compare_head0_tag; // GeminiEngine.java:187
  assign dispatch_head0_address = compare_head0_address; // GeminiEngine.java:187
  assign dispatch_head0_byteEnables = compare_head0_byteEnables; // GeminiEngine.java:187
  assign dispatch_head0_data = compare_head0_data; // GeminiEngine.java:187
  assign dispatch_head1_valid = compare_head1_valid; // GeminiEngine.java:188
  assign dispatch_head1_kind = compare_head1_kind; // GeminiEngine.java:188
  assign dispatch_head1_tag = compare_head1_tag; // GeminiEngine.java:188
  assign dispatch_head1_address = compare_head1_address; // GeminiEngine.java:188
  assign dispatch_head1_byteEnables = compare_head1_byteEnables; // GeminiEngine.java:188
  assign dispatch_head1_data = compare_head1_data; // GeminiEngine.java:188
  assign dispatch_mode = controller_mode;        // GeminiEngine.java:189
  assign dispatch_ioOnline = ioOnline;           // GeminiEngine.java:191
  assign dispatch_ioCreditReturn = cat_values_55_values_37; // GeminiEngine.java:192
  assign dispatch_ioReturned = controller_returned_3_2; // GeminiEngine.java:193
  assign dispatch_moduleId = moduleId;           // GeminiEngine.java:194
  assign dispatch_clk = clk;                     // GeminiEngine.java:93
  assign dispatch_rst = rst;                     // GeminiEngine.java:93
  assign controller_errors0 = values_38;         // GeminiEngine.java:197
  assign controller_errors1 = values_56;         // GeminiEngine.java:198
  assign controller_headMismatch = dispatch_headMismatch; // GeminiEngine.java:199
  assign controller_commandValid = regs_cmd_COMMAND_write; // GeminiEngine.java:200
  assign controller_command = regs_cmd_COMMAND;  // GeminiEngine.java:201
  assign controller_capacity = regs_reg_ERROR_CAPACITY_7_0; // GeminiEngine.java:202
  assign controller_period = regs_reg_ERROR_PERIOD; // GeminiEngine.java:203
  assign controller_rankM1First = regs_reg_CONTROL_0; // GeminiEngine.java:204
  assign controller_linkLost = watchdog_lost;    // GeminiEngine.java:205
  assign controller_partnerFresh = watchdog_fresh; // GeminiEngine.java:206
  assign controller_partnerPresent = partnerPresent; // GeminiEngine.java:207
  assign controller_moduleId = moduleId;         // GeminiEngine.java:208
  assign controller_clk = clk;                   // GeminiEngine.java:94
  assign controller_rst = rst;                   // GeminiEngine.java:94
  assign responder_issued = dispatch_issued;     // GeminiEngine.java:213
  assign responder_issuedTag = dispatch_issuedTag; // GeminiEngine.java:214
  assign responder_issuedTarget = dispatch_issuedTarget; // GeminiEngine.java:215
  assign responder_issuedDiscarded = dispatch_issuedDiscarded; // GeminiEngine.java:216
  assign responder_replicated_valid = values_60; // GeminiEngine.java:217
  assign responder_replicated_kind = values_61;  // GeminiEngine.java:217
  assign responder_replicated_tag = values_62;   // GeminiEngine.java:217
  assign responder_replicated_status = values_63; // GeminiEngine.java:217
  assign responder_replicated_address = values_64; // GeminiEngine.java:217
  assign responder_replicated_data = values_65;  // GeminiEngine.java:217
  assign responder_ioOnline = ioOnline;          // GeminiEngine.java:218
  assign responder_ioLeft = controller_leftService_3_2; // GeminiEngine.java:219
  assign responder_clk = clk;                    // GeminiEngine.java:95
  assign responder_rst = rst;                    // GeminiEngine.java:95
  assign ioQueue_push = dispatch_toIo_valid_and_not_ioContained; // GeminiEngine.java:132
  assign ioQueue_pop = deviceTook;               // GeminiEngine.java:137
  assign ioQueue_flush = ioContained;            // GeminiEngine.java:138
  assign ioQueue_pushData = cat_dispatch_toIo_valid_dispatch_toIo; // GeminiEngine.java:133
  assign ioQueue_clk = clk;                      // GeminiEngine.java:96
  assign ioQueue_rst = rst;                      // GeminiEngine.java:96
  assign log_valid = controller_logValid;        // GeminiEngine.java:225
  assign log_event_ = controller_logEvent;       // GeminiEngine.java:226
  assign log_subsystem = controller_logSubsystem; // GeminiEngine.java:227
  assign log_cycle = cycle;                      // GeminiEngine.java:228
  assign log_clk = clk;                          // GeminiEngine.java:97
  assign log_rst = rst;                          // GeminiEngine.java:97
  assign led_cpuState = localCpuState;           // GeminiEngine.java:229
  assign led_ioState = localIoState;             // GeminiEngine.java:230
  assign led_duplex = bothCpusOnline;            // GeminiEngine.java:231
  assign led_failStop = failStop;                // GeminiEngine.java:232
  assign led_blink = cycle_22;                   // GeminiEngine.java:233
  assign led_clk = clk;                          // GeminiEngine.java:98
  assign led_rst = rst;                          // GeminiEngine.java:98
  always @(posedge clk) begin                    // GeminiEngine.java:112
    if (rst) begin
      cpuHold <= 8'd0;                           // GeminiEngine.java:112
    end else begin
      if (cpuSevere_and_localCpuOnline_and) begin // GeminiEngine.java:114
        cpuHold <= 8'd6;                         // GeminiEngine.java:114
      end else if (cpuHold_ne_0) begin           // GeminiEngine.java:115
        cpuHold <= cpuHold_sub_1;                // GeminiEngine.java:115
      end
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:117
    if (rst) begin
      ioLatch <= 1'd0;                           // GeminiEngine.java:117
    end else begin
      ioLatch <= ioLatch_or_ioSevere_and_localIoOnline; // GeminiEngine.java:119
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:123
    if (rst) begin
      cpuCredits <= 3'd4;                        // GeminiEngine.java:123
    end else begin
      cpuCredits <= mux_localCpuReturned;        // GeminiEngine.java:128
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:143
    if (rst) begin
      heartbeat <= 1'd0;                         // GeminiEngine.java:143
    end else begin
      heartbeat <= not_heartbeat;                // GeminiEngine.java:144
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:145
    if (rst) begin
      frame <= 301'd0;                           // GeminiEngine.java:145
    end else begin
      frame <= cat_not_heartbeat_1_accepted_cpuOut_kind; // GeminiEngine.java:146
    end
  end
  always @(posedge clk) begin                    // GeminiEngine.java:221
    if (rst) begin
      toCpu <= 123'd0;                           // GeminiEngine.java:221
    end else begin
      toCpu <= mux_cpuContained;                 // GeminiEngine.java:222
    end
  end
  ControlRegisters regs (                        // GeminiEngine.java:89
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
    .status_ERROR_LOG_0          (regs_status_ERROR_LOG_0),
    .status_ERROR_LOG_1          (regs_status_ERROR_LOG_1),
    .status_ERROR_LOG_2          (regs_status_ERROR_LOG_2),
    .status_ERROR_LOG_3          (regs_status_ERROR_LOG_3),
    .status_ERROR_LOG_4          (regs_status_ERROR_LOG_4),
    .status_ERROR_LOG_5          (regs_status_ERROR_LOG_5),
    .status_ERROR_LOG_6          (regs_status_ERROR_LOG_6),
    .status_ERROR_LOG_7          (regs_status_ERROR_LOG_7),
    .clk                         (regs_clk),
    .rst                         (regs_rst)
  );
  LinkWatchdog watchdog (                        // GeminiEngine.java:90
    .heartbeat (watchdog_heartbeat),
    .timeout   (watchdog_timeout),
    .linkUp    (watchdog_linkUp),
    .lost      (watchdog_lost),
    .fresh     (watchdog_fresh),
    .clk       (watchdog_clk),
    .rst       (watchdog_rst)
  );
  DelayLine_w301_s2 ownFrameDelay (              // GeminiEngine.java:91
    .in  (ownFrameDelay_in),
    .out (ownFrameDelay_out),
    .clk (ownFrameDelay_clk),
    .rst (ownFrameDelay_rst)
  );
  OutboundCompare compare (                      // GeminiEngine.java:92
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
  OutboundDispatch dispatch (                    // GeminiEngine.java:93
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
  IsolationController controller (               // GeminiEngine.java:94
    .errors0          (controller_errors0),
    .errors1          (controller_errors1),
    .headMismatch     (controller_headMismatch),
    .commandValid     (controller_commandValid),
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
  ContainmentResponder responder (               // GeminiEngine.java:95
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
  SyncFifo_w129_d4 ioQueue (                     // GeminiEngine.java:96
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
  ErrorLog log (                                 // GeminiEngine.java:97
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
  LedDriver led (                                // GeminiEngine.java:98
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
endmodule
