// IsolationController: generated from dev.gemini.isolation.IsolationController by hdl-dsl. Do not edit; run `make rtl`.
module IsolationController (                     // IsolationController.java:81
  input  wire [5:0] errors0,                     // IsolationController.java:44
  input  wire [5:0] errors1,                     // IsolationController.java:45
  input  wire headMismatch,                      // IsolationController.java:46
  input  wire commandValid,                      // IsolationController.java:47
  input  wire resyncDone,                        // IsolationController.java:49
  input  wire [1:0] command_subsystem,           // IsolationController.java:50
  input  wire [2:0] command_op,                  // IsolationController.java:50
  input  wire [7:0] capacity,                    // IsolationController.java:51
  input  wire [31:0] period,                     // IsolationController.java:52
  input  wire rankM1First,                       // IsolationController.java:53
  input  wire linkLost,                          // IsolationController.java:54
  input  wire partnerFresh,                      // IsolationController.java:56
  input  wire partnerPresent,                    // IsolationController.java:57
  input  wire moduleId,                          // IsolationController.java:58
  output reg  [2:0] mode,                        // IsolationController.java:62
  output wire [7:0] levels_0,                    // IsolationController.java:64
  output wire [7:0] levels_1,                    // IsolationController.java:64
  output wire [7:0] levels_2,                    // IsolationController.java:64
  output wire [7:0] levels_3,                    // IsolationController.java:64
  input  wire clk,                               // IsolationController.java:81
  output wire [3:0] isolated,                    // IsolationController.java:66
  output wire [3:0] wentOffline,                 // IsolationController.java:67
  output wire [3:0] returned,                    // IsolationController.java:68
  output wire [3:0] leftService,                 // IsolationController.java:70
  input  wire rst,                               // IsolationController.java:81
  output wire failStopped,                       // IsolationController.java:71
  output wire correctable,                       // IsolationController.java:72
  output wire logValid,                          // IsolationController.java:73
  output wire [2:0] logEvent,                    // IsolationController.java:74
  output wire [1:0] logSubsystem,                // IsolationController.java:75
  output wire culpritKnown,                      // IsolationController.java:77
  output wire [31:0] correctableCount,           // IsolationController.java:78
  output wire [31:0] isolationCount,             // IsolationController.java:79
  output wire [1:0] states_0,                    // IsolationController.java:86
  output wire [1:0] states_1,                    // IsolationController.java:86
  output wire [1:0] states_2,                    // IsolationController.java:86
  output wire [1:0] states_3                     // IsolationController.java:86
);
  /* verilator lint_off UNUSEDPARAM */
  localparam [1:0] SubsystemState_ONLINE = 2'd0; // IsolationController.java:84
  localparam [1:0] SubsystemState_DIAGNOSING = 2'd1; // IsolationController.java:84
  localparam [1:0] SubsystemState_RESYNCING = 2'd2; // IsolationController.java:84
  localparam [1:0] SubsystemState_OFFLINE = 2'd3; // IsolationController.java:84
  localparam [2:0] PairMode_DUPLEX = 3'd0;       // IsolationController.java:228
  localparam [2:0] PairMode_DECIDING = 3'd1;     // IsolationController.java:228
  localparam [2:0] PairMode_SIMPLEX_M0 = 3'd2;   // IsolationController.java:228
  localparam [2:0] PairMode_SIMPLEX_M1 = 3'd3;   // IsolationController.java:228
  localparam [2:0] PairMode_FAIL_STOP = 3'd4;    // IsolationController.java:228
  /* verilator lint_on UNUSEDPARAM */
  reg  [3:0] isolated_reg;                       // IsolationController.java:66
  reg  [3:0] wentOffline_reg;                    // IsolationController.java:67
  reg  [3:0] returned_reg;                       // IsolationController.java:68
  reg  [3:0] leftService_reg;                    // IsolationController.java:70
  reg  failStopped_reg;                          // IsolationController.java:71
  reg  correctable_reg;                          // IsolationController.java:72
  reg  logValid_reg;                             // IsolationController.java:73
  reg  [2:0] logEvent_reg;                       // IsolationController.java:74
  reg  [1:0] logSubsystem_reg;                   // IsolationController.java:75
  reg  culpritKnown_reg;                         // IsolationController.java:77
  reg  [31:0] correctableCount_reg;              // IsolationController.java:78
  reg  [31:0] isolationCount_reg;                // IsolationController.java:79
  reg  [1:0] state_cpu0;                         // IsolationController.java:84
  reg  [1:0] state_cpu1;                         // IsolationController.java:84
  reg  [1:0] state_io0;                          // IsolationController.java:84
  reg  [1:0] state_io1;                          // IsolationController.java:84
  reg  failStop;                                 // IsolationController.java:87
  reg  deciding;                                 // IsolationController.java:88
  reg  [2:0] decideCount;                        // IsolationController.java:89
  reg  [3:0] recent0;                            // IsolationController.java:90
  reg  [3:0] recent1;                            // IsolationController.java:91
  wire online_0 = state_cpu0 == SubsystemState_ONLINE; // IsolationController.java:95
  wire online_1 = state_cpu1 == SubsystemState_ONLINE; // IsolationController.java:95
  wire online_2 = state_io0 == SubsystemState_ONLINE; // IsolationController.java:95
  wire online_3 = state_io1 == SubsystemState_ONLINE; // IsolationController.java:95
  wire corrected_0 = errors0[0];                 // IsolationController.java:104
  wire fatal_0 = errors0[2];                     // IsolationController.java:105
  wire errors0_1 = errors0[1];                   // IsolationController.java:106
  wire severe_0 = errors0_1 | fatal_0;           // IsolationController.java:106
  wire corrected_1 = errors1[0];                 // IsolationController.java:104
  wire fatal_1 = errors1[2];                     // IsolationController.java:105
  wire errors1_1 = errors1[1];                   // IsolationController.java:106
  wire severe_1 = errors1_1 | fatal_1;           // IsolationController.java:106
  wire corrected_2 = errors0[3];                 // IsolationController.java:104
  wire fatal_2 = errors0[5];                     // IsolationController.java:105
  wire errors0_4 = errors0[4];                   // IsolationController.java:106
  wire severe_2 = errors0_4 | fatal_2;           // IsolationController.java:106
  wire corrected_3 = errors1[3];                 // IsolationController.java:104
  wire fatal_3 = errors1[5];                     // IsolationController.java:105
  wire errors1_4 = errors1[4];                   // IsolationController.java:106
  wire severe_3 = errors1_4 | fatal_3;           // IsolationController.java:106
  wire bothCpusOnline = online_0 & online_1;     // IsolationController.java:108
  wire [2:0] errors0_2_0 = errors0[2:0];         // IsolationController.java:111
  wire cpuError0 = |errors0_2_0;                 // IsolationController.java:111
  wire [2:0] errors1_2_0 = errors1[2:0];         // IsolationController.java:112
  wire cpuError1 = |errors1_2_0;                 // IsolationController.java:112
  wire recent0_ne_0 = recent0 != 4'd0;           // IsolationController.java:113
  wire [3:0] recent0_sub_1 = recent0 - 4'd1;     // IsolationController.java:113
  wire [3:0] mux_recent0_ne_0 = recent0_ne_0 ? recent0_sub_1 : recent0; // IsolationController.java:113
  wire [3:0] mux_cpuError0 = cpuError0 ? 4'd15 : mux_recent0_ne_0; // IsolationController.java:113
  wire recent1_ne_0 = recent1 != 4'd0;           // IsolationController.java:114
  wire [3:0] recent1_sub_1 = recent1 - 4'd1;     // IsolationController.java:114
  wire [3:0] mux_recent1_ne_0 = recent1_ne_0 ? recent1_sub_1 : recent1; // IsolationController.java:114
  wire [3:0] mux_cpuError1 = cpuError1 ? 4'd15 : mux_recent1_ne_0; // IsolationController.java:114
  wire decideCount_eq_0 = decideCount == 3'd0;   // IsolationController.java:115
  wire deciding_and_decideCount_eq_0 = deciding & decideCount_eq_0; // IsolationController.java:115
  wire deciding_and_decideCount_eq_0_and = deciding_and_decideCount_eq_0 & bothCpusOnline; // IsolationController.java:115
  wire decide = deciding_and_decideCount_eq_0_and & partnerFresh; // IsolationController.java:115
  wire not_deciding = ~deciding;                 // IsolationController.java:116
  wire not_deciding_and_headMismatch = not_deciding & headMismatch; // IsolationController.java:116
  wire not_deciding_and_headMismatch_and = not_deciding_and_headMismatch & bothCpusOnline; // IsolationController.java:116
  wire not_failStop = ~failStop;                 // IsolationController.java:116
  wire not_deciding_and_headMismatch_and_and = not_deciding_and_headMismatch_and & not_failStop; // IsolationController.java:116
  wire decideCount_ne_0 = decideCount != 3'd0;   // IsolationController.java:119
  wire deciding_and_decideCount_ne_0 = deciding & decideCount_ne_0; // IsolationController.java:119
  wire [2:0] decideCount_sub_1 = decideCount - 3'd1; // IsolationController.java:119
  wire not_bothCpusOnline = ~bothCpusOnline;     // IsolationController.java:120
  wire decide_or_not_bothCpusOnline = decide | not_bothCpusOnline; // IsolationController.java:120
  wire buckets_0_hit;                            // IsolationController.java:124
  wire buckets_0_clear;                          // IsolationController.java:124
  wire [7:0] buckets_0_capacity;                 // IsolationController.java:124
  wire [31:0] buckets_0_period;                  // IsolationController.java:124
  wire buckets_0_clk;                            // IsolationController.java:124
  wire buckets_0_rst;                            // IsolationController.java:124
  wire [7:0] buckets_0_level;                    // IsolationController.java:124
  wire buckets_0_nearlyFull;                     // IsolationController.java:124
  wire buckets_1_hit;                            // IsolationController.java:124
  wire buckets_1_clear;                          // IsolationController.java:124
  wire [7:0] buckets_1_capacity;                 // IsolationController.java:124
  wire [31:0] buckets_1_period;                  // IsolationController.java:124
  wire buckets_1_clk;                            // IsolationController.java:124
  wire buckets_1_rst;                            // IsolationController.java:124
  wire [7:0] buckets_1_level;                    // IsolationController.java:124
  wire buckets_1_nearlyFull;                     // IsolationController.java:124
  wire buckets_2_hit;                            // IsolationController.java:124
  wire buckets_2_clear;                          // IsolationController.java:124
  wire [7:0] buckets_2_capacity;                 // IsolationController.java:124
  wire [31:0] buckets_2_period;                  // IsolationController.java:124
  wire buckets_2_clk;                            // IsolationController.java:124
  wire buckets_2_rst;                            // IsolationController.java:124
  wire [7:0] buckets_2_level;                    // IsolationController.java:124
  wire buckets_2_nearlyFull;                     // IsolationController.java:124
  wire buckets_3_hit;                            // IsolationController.java:124
  wire buckets_3_clear;                          // IsolationController.java:124
  wire [7:0] buckets_3_capacity;                 // IsolationController.java:124
  wire [31:0] buckets_3_period;                  // IsolationController.java:124
  wire buckets_3_clk;                            // IsolationController.java:124
  wire buckets_3_rst;                            // IsolationController.java:124
  wire [7:0] buckets_3_level;                    // IsolationController.java:124
  wire buckets_3_nearlyFull;                     // IsolationController.java:124
  wire recent0_ne_0_1 = recent0 != 4'd0;         // IsolationController.java:128
  wire flagged0 = recent0_ne_0_1 | cpuError0;    // IsolationController.java:128
  wire recent1_ne_0_1 = recent1 != 4'd0;         // IsolationController.java:129
  wire flagged1 = recent1_ne_0_1 | cpuError1;    // IsolationController.java:129
  wire levelsTie = buckets_0_level == buckets_1_level; // IsolationController.java:130
  wire buckets_0_level_gt_buckets_1_level = buckets_0_level > buckets_1_level; // IsolationController.java:131
  wire rankBlames0 = levelsTie ? rankM1First : buckets_0_level_gt_buckets_1_level; // IsolationController.java:131
  wire flagged0_or_flagged1 = flagged0 | flagged1; // IsolationController.java:132
  wire not_flagged1 = ~flagged1;                 // IsolationController.java:132
  wire flagged0_and_not_flagged1 = flagged0 & not_flagged1; // IsolationController.java:132
  wire mux_flagged0_or_flagged1 = flagged0_or_flagged1 ? flagged0_and_not_flagged1 : rankBlames0; // IsolationController.java:132
  wire blame0 = decide & mux_flagged0_or_flagged1; // IsolationController.java:132
  wire flagged0_or_flagged1_1 = flagged0 | flagged1; // IsolationController.java:133
  wire not_flagged0 = ~flagged0;                 // IsolationController.java:133
  wire flagged1_and_not_flagged0 = flagged1 & not_flagged0; // IsolationController.java:133
  wire not_rankBlames0 = ~rankBlames0;           // IsolationController.java:133
  wire mux_flagged0_or_flagged1_1 = flagged0_or_flagged1_1 ? flagged1_and_not_flagged0 : not_rankBlames0; // IsolationController.java:133
  wire blame1 = decide & mux_flagged0_or_flagged1_1; // IsolationController.java:133
  wire decide_and_flagged0 = decide & flagged0;  // IsolationController.java:134
  wire blameBoth = decide_and_flagged0 & flagged1; // IsolationController.java:134
  wire bothCpusOnline_and_severe_0 = bothCpusOnline & severe_0; // IsolationController.java:137
  wire cpusBothSevere = bothCpusOnline_and_severe_0 & severe_1; // IsolationController.java:137
  wire online_0_and_online_1 = online_0 & online_1; // IsolationController.java:139
  wire online_0_and_online_1_and_severe_0 = online_0_and_online_1 & severe_0; // IsolationController.java:139
  wire not_severe_1 = ~severe_1;                 // IsolationController.java:139
  wire online_0_and_online_1_and_severe_0_and = online_0_and_online_1_and_severe_0 & not_severe_1; // IsolationController.java:139
  wire request_0 = online_0_and_online_1_and_severe_0_and | blame0; // IsolationController.java:139
  wire online_1_and_online_0 = online_1 & online_0; // IsolationController.java:140
  wire online_1_and_online_0_and_severe_1 = online_1_and_online_0 & severe_1; // IsolationController.java:140
  wire not_severe_0 = ~severe_0;                 // IsolationController.java:140
  wire online_1_and_online_0_and_severe_1_and = online_1_and_online_0_and_severe_1 & not_severe_0; // IsolationController.java:140
  wire request_1 = online_1_and_online_0_and_severe_1_and | blame1; // IsolationController.java:140
  wire request_2 = online_2 & severe_2;          // IsolationController.java:141
  wire request_3 = online_3 & severe_3;          // IsolationController.java:142
  wire preferredIsLocal = rankM1First == moduleId; // IsolationController.java:144
  wire linkLost_and_partnerPresent = linkLost & partnerPresent; // IsolationController.java:145
  wire not_preferredIsLocal = ~preferredIsLocal; // IsolationController.java:145
  wire splitBrain = linkLost_and_partnerPresent & not_preferredIsLocal; // IsolationController.java:145
  wire partnerSubsystem = 1'd0 != moduleId;      // IsolationController.java:153
  wire not_request_1 = ~request_1;               // IsolationController.java:154
  wire otherStaysOnline = online_1 & not_request_1; // IsolationController.java:154
  wire command_subsystem_eq_0 = command_subsystem == 2'd0; // IsolationController.java:155
  wire commandHere = commandValid & command_subsystem_eq_0; // IsolationController.java:155
  wire command_op_eq_1 = command_op == 3'd1;     // IsolationController.java:156
  wire passed = commandHere & command_op_eq_1;   // IsolationController.java:156
  wire command_op_eq_2 = command_op == 3'd2;     // IsolationController.java:157
  wire failed = commandHere & command_op_eq_2;   // IsolationController.java:157
  wire command_op_eq_3 = command_op == 3'd3;     // IsolationController.java:158
  wire commandHere_and_command_op_eq_3 = commandHere & command_op_eq_3; // IsolationController.java:158
  wire resynced = commandHere_and_command_op_eq_3 | resyncDone; // IsolationController.java:158
  wire command_op_eq_4 = command_op == 3'd4;     // IsolationController.java:159
  wire replaced = commandHere & command_op_eq_4; // IsolationController.java:159
  wire linkLost_and_partnerSubsystem = linkLost & partnerSubsystem; // IsolationController.java:161
  wire state_cpu0_eq_OFFLINE = state_cpu0 == SubsystemState_OFFLINE; // IsolationController.java:161
  wire not_state_cpu0_eq_OFFLINE = ~state_cpu0_eq_OFFLINE; // IsolationController.java:161
  wire lostWithPartner = linkLost_and_partnerSubsystem & not_state_cpu0_eq_OFFLINE; // IsolationController.java:161
  wire not_lostWithPartner = ~lostWithPartner;   // IsolationController.java:162
  wire isolatingNow = request_0 & not_lostWithPartner; // IsolationController.java:162
  wire isolatingNow_and_buckets_0_nearlyFull = isolatingNow & buckets_0_nearlyFull; // IsolationController.java:163
  wire isolatingNow_and_buckets_0_nearlyFull_1 = isolatingNow_and_buckets_0_nearlyFull & otherStaysOnline; // IsolationController.java:163
  wire state_cpu0_eq_DIAGNOSING = state_cpu0 == SubsystemState_DIAGNOSING; // IsolationController.java:164
  wire state_cpu0_eq_DIAGNOSING_and_failed = state_cpu0_eq_DIAGNOSING & failed; // IsolationController.java:164
  wire state_cpu0_eq_DIAGNOSING_and_failed_and = state_cpu0_eq_DIAGNOSING_and_failed & online_1; // IsolationController.java:164
  wire isolatingNow_and_buckets_0_nearlyFull_1_1 = isolatingNow_and_buckets_0_nearlyFull_1 | state_cpu0_eq_DIAGNOSING_and_failed_and; // IsolationController.java:164
  wire offlineNow = isolatingNow_and_buckets_0_nearlyFull_1_1 | lostWithPartner; // IsolationController.java:165
  wire state_cpu0_eq_RESYNCING = state_cpu0 == SubsystemState_RESYNCING; // IsolationController.java:166
  wire backNow = state_cpu0_eq_RESYNCING & resynced; // IsolationController.java:166
  wire state_cpu0_eq_DIAGNOSING_1 = state_cpu0 == SubsystemState_DIAGNOSING; // IsolationController.java:170
  wire state_cpu0_eq_DIAGNOSING_1_and_passed = state_cpu0_eq_DIAGNOSING_1 & passed; // IsolationController.java:170
  wire state_cpu0_eq_OFFLINE_1 = state_cpu0 == SubsystemState_OFFLINE; // IsolationController.java:171
  wire state_cpu0_eq_OFFLINE_1_and_replaced = state_cpu0_eq_OFFLINE_1 & replaced; // IsolationController.java:171
  wire state_cpu0_eq_OFFLINE_2 = state_cpu0 == SubsystemState_OFFLINE; // IsolationController.java:173
  wire state_cpu0_eq_OFFLINE_2_and_replaced = state_cpu0_eq_OFFLINE_2 & replaced; // IsolationController.java:173
  wire partnerSubsystem_1 = 1'd1 != moduleId;    // IsolationController.java:153
  wire not_request_0 = ~request_0;               // IsolationController.java:154
  wire otherStaysOnline_1 = online_0 & not_request_0; // IsolationController.java:154
  wire command_subsystem_eq_1 = command_subsystem == 2'd1; // IsolationController.java:155
  wire commandHere_1 = commandValid & command_subsystem_eq_1; // IsolationController.java:155
  wire command_op_eq_1_1 = command_op == 3'd1;   // IsolationController.java:156
  wire passed_1 = commandHere_1 & command_op_eq_1_1; // IsolationController.java:156
  wire command_op_eq_2_1 = command_op == 3'd2;   // IsolationController.java:157
  wire failed_1 = commandHere_1 & command_op_eq_2_1; // IsolationController.java:157
  wire command_op_eq_3_1 = command_op == 3'd3;   // IsolationController.java:158
  wire commandHere_1_and_command_op_eq_3_1 = commandHere_1 & command_op_eq_3_1; // IsolationController.java:158
  wire resynced_1 = commandHere_1_and_command_op_eq_3_1 | resyncDone; // IsolationController.java:158
  wire command_op_eq_4_1 = command_op == 3'd4;   // IsolationController.java:159
  wire replaced_1 = commandHere_1 & command_op_eq_4_1; // IsolationController.java:159
  wire linkLost_and_partnerSubsystem_1 = linkLost & partnerSubsystem_1; // IsolationController.java:161
  wire state_cpu1_eq_OFFLINE = state_cpu1 == SubsystemState_OFFLINE; // IsolationController.java:161
  wire not_state_cpu1_eq_OFFLINE = ~state_cpu1_eq_OFFLINE; // IsolationController.java:161
  wire lostWithPartner_1 = linkLost_and_partnerSubsystem_1 & not_state_cpu1_eq_OFFLINE; // IsolationController.java:161
  wire not_lostWithPartner_1 = ~lostWithPartner_1; // IsolationController.java:162
  wire isolatingNow_1 = request_1 & not_lostWithPartner_1; // IsolationController.java:162
  wire isolatingNow_1_and_buckets_1_nearlyFull = isolatingNow_1 & buckets_1_nearlyFull; // IsolationController.java:163
  wire isolatingNow_1_and_buckets_1_nearlyFull_1 = isolatingNow_1_and_buckets_1_nearlyFull & otherStaysOnline_1; // IsolationController.java:163
  wire state_cpu1_eq_DIAGNOSING = state_cpu1 == SubsystemState_DIAGNOSING; // IsolationController.java:164
  wire state_cpu1_eq_DIAGNOSING_and_failed_1 = state_cpu1_eq_DIAGNOSING & failed_1; // IsolationController.java:164
  wire state_cpu1_eq_DIAGNOSING_and_failed_1_1 = state_cpu1_eq_DIAGNOSING_and_failed_1 & online_0; // IsolationController.java:164
  wire isolatingNow_1_and_buckets_1_nearlyFull_2 = isolatingNow_1_and_buckets_1_nearlyFull_1 | state_cpu1_eq_DIAGNOSING_and_failed_1_1; // IsolationController.java:164
  wire offlineNow_1 = isolatingNow_1_and_buckets_1_nearlyFull_2 | lostWithPartner_1; // IsolationController.java:165
  wire state_cpu1_eq_RESYNCING = state_cpu1 == SubsystemState_RESYNCING; // IsolationController.java:166
  wire backNow_1 = state_cpu1_eq_RESYNCING & resynced_1; // IsolationController.java:166
  wire state_cpu1_eq_DIAGNOSING_1 = state_cpu1 == SubsystemState_DIAGNOSING; // IsolationController.java:170
  wire state_cpu1_eq_DIAGNOSING_1_and_passed_1 = state_cpu1_eq_DIAGNOSING_1 & passed_1; // IsolationController.java:170
  wire state_cpu1_eq_OFFLINE_1 = state_cpu1 == SubsystemState_OFFLINE; // IsolationController.java:171
  wire state_cpu1_eq_OFFLINE_1_and_replaced_1 = state_cpu1_eq_OFFLINE_1 & replaced_1; // IsolationController.java:171
  wire state_cpu1_eq_OFFLINE_2 = state_cpu1 == SubsystemState_OFFLINE; // IsolationController.java:173
  wire state_cpu1_eq_OFFLINE_2_and_replaced_1 = state_cpu1_eq_OFFLINE_2 & replaced_1; // IsolationController.java:173
  wire partnerSubsystem_2 = 1'd0 != moduleId;    // IsolationController.java:153
  wire not_request_3 = ~request_3;               // IsolationController.java:154
  wire otherStaysOnline_2 = online_3 & not_request_3; // IsolationController.java:154
  wire command_subsystem_eq_2 = command_subsystem == 2'd2; // IsolationController.java:155
  wire commandHere_2 = commandValid & command_subsystem_eq_2; // IsolationController.java:155
  wire command_op_eq_1_2 = command_op == 3'd1;   // IsolationController.java:156
  wire passed_2 = commandHere_2 & command_op_eq_1_2; // IsolationController.java:156
  wire command_op_eq_2_2 = command_op == 3'd2;   // IsolationController.java:157
  wire failed_2 = commandHere_2 & command_op_eq_2_2; // IsolationController.java:157
  wire command_op_eq_3_2 = command_op == 3'd3;   // IsolationController.java:158
  wire commandHere_2_and_command_op_eq_3_2 = commandHere_2 & command_op_eq_3_2; // IsolationController.java:158
  /* verilator lint_off UNUSEDSIGNAL */
  wire resynced_2 = commandHere_2_and_command_op_eq_3_2 | 1'd0; // IsolationController.java:158
  /* verilator lint_on UNUSEDSIGNAL */
  wire command_op_eq_4_2 = command_op == 3'd4;   // IsolationController.java:159
  wire replaced_2 = commandHere_2 & command_op_eq_4_2; // IsolationController.java:159
  wire linkLost_and_partnerSubsystem_2 = linkLost & partnerSubsystem_2; // IsolationController.java:161
  wire state_io0_eq_OFFLINE = state_io0 == SubsystemState_OFFLINE; // IsolationController.java:161
  wire not_state_io0_eq_OFFLINE = ~state_io0_eq_OFFLINE; // IsolationController.java:161
  wire lostWithPartner_2 = linkLost_and_partnerSubsystem_2 & not_state_io0_eq_OFFLINE; // IsolationController.java:161
  wire not_lostWithPartner_2 = ~lostWithPartner_2; // IsolationController.java:162
  wire isolatingNow_2 = request_2 & not_lostWithPartner_2; // IsolationController.java:162
  wire isolatingNow_2_and_buckets_2_nearlyFull = isolatingNow_2 & buckets_2_nearlyFull; // IsolationController.java:163
  wire isolatingNow_2_and_buckets_2_nearlyFull_1 = isolatingNow_2_and_buckets_2_nearlyFull & otherStaysOnline_2; // IsolationController.java:163
  wire state_io0_eq_DIAGNOSING = state_io0 == SubsystemState_DIAGNOSING; // IsolationController.java:164
  wire state_io0_eq_DIAGNOSING_and_failed_2 = state_io0_eq_DIAGNOSING & failed_2; // IsolationController.java:164
  wire state_io0_eq_DIAGNOSING_and_failed_2_and = state_io0_eq_DIAGNOSING_and_failed_2 & online_3; // IsolationController.java:164
  wire isolatingNow_2_and_buckets_2_nearlyFull_2 = isolatingNow_2_and_buckets_2_nearlyFull_1 | state_io0_eq_DIAGNOSING_and_failed_2_and; // IsolationController.java:164
  wire offlineNow_2 = isolatingNow_2_and_buckets_2_nearlyFull_2 | lostWithPartner_2; // IsolationController.java:165
  wire state_io0_eq_DIAGNOSING_1 = state_io0 == SubsystemState_DIAGNOSING; // IsolationController.java:166
  wire backNow_2 = state_io0_eq_DIAGNOSING_1 & passed_2; // IsolationController.java:166
  wire state_io0_eq_DIAGNOSING_2 = state_io0 == SubsystemState_DIAGNOSING; // IsolationController.java:170
  wire state_io0_eq_DIAGNOSING_2_and_passed_2 = state_io0_eq_DIAGNOSING_2 & passed_2; // IsolationController.java:170
  wire state_io0_eq_OFFLINE_1 = state_io0 == SubsystemState_OFFLINE; // IsolationController.java:171
  wire state_io0_eq_OFFLINE_1_and_replaced_2 = state_io0_eq_OFFLINE_1 & replaced_2; // IsolationController.java:171
  wire state_io0_eq_OFFLINE_2 = state_io0 == SubsystemState_OFFLINE; // IsolationController.java:173
  wire state_io0_eq_OFFLINE_2_and_replaced_2 = state_io0_eq_OFFLINE_2 & replaced_2; // IsolationController.java:173
  wire partnerSubsystem_3 = 1'd1 != moduleId;    // IsolationController.java:153
  wire not_request_2 = ~request_2;               // IsolationController.java:154
  wire otherStaysOnline_3 = online_2 & not_request_2; // IsolationController.java:154
  wire command_subsystem_eq_3 = command_subsystem == 2'd3; // IsolationController.java:155
  wire commandHere_3 = commandValid & command_subsystem_eq_3; // IsolationController.java:155
  wire command_op_eq_1_3 = command_op == 3'd1;   // IsolationController.java:156
  wire passed_3 = commandHere_3 & command_op_eq_1_3; // IsolationController.java:156
  wire command_op_eq_2_3 = command_op == 3'd2;   // IsolationController.java:157
  wire failed_3 = commandHere_3 & command_op_eq_2_3; // IsolationController.java:157
  wire command_op_eq_3_3 = command_op == 3'd3;   // IsolationController.java:158
  wire commandHere_3_and_command_op_eq_3_3 = commandHere_3 & command_op_eq_3_3; // IsolationController.java:158
  /* verilator lint_off UNUSEDSIGNAL */
  wire resynced_3 = commandHere_3_and_command_op_eq_3_3 | 1'd0; // IsolationController.java:158
  /* verilator lint_on UNUSEDSIGNAL */
  wire command_op_eq_4_3 = command_op == 3'd4;   // IsolationController.java:159
  wire replaced_3 = commandHere_3 & command_op_eq_4_3; // IsolationController.java:159
  wire linkLost_and_partnerSubsystem_3 = linkLost & partnerSubsystem_3; // IsolationController.java:161
  wire state_io1_eq_OFFLINE = state_io1 == SubsystemState_OFFLINE; // IsolationController.java:161
  wire not_state_io1_eq_OFFLINE = ~state_io1_eq_OFFLINE; // IsolationController.java:161
  wire lostWithPartner_3 = linkLost_and_partnerSubsystem_3 & not_state_io1_eq_OFFLINE; // IsolationController.java:161
  wire not_lostWithPartner_3 = ~lostWithPartner_3; // IsolationController.java:162
  wire isolatingNow_3 = request_3 & not_lostWithPartner_3; // IsolationController.java:162
  wire isolatingNow_3_and_buckets_3_nearlyFull = isolatingNow_3 & buckets_3_nearlyFull; // IsolationController.java:163
  wire isolatingNow_3_and_buckets_3_nearlyFull_1 = isolatingNow_3_and_buckets_3_nearlyFull & otherStaysOnline_3; // IsolationController.java:163
  wire state_io1_eq_DIAGNOSING = state_io1 == SubsystemState_DIAGNOSING; // IsolationController.java:164
  wire state_io1_eq_DIAGNOSING_and_failed_3 = state_io1_eq_DIAGNOSING & failed_3; // IsolationController.java:164
  wire state_io1_eq_DIAGNOSING_and_failed_3_and = state_io1_eq_DIAGNOSING_and_failed_3 & online_2; // IsolationController.java:164
  wire isolatingNow_3_and_buckets_3_nearlyFull_2 = isolatingNow_3_and_buckets_3_nearlyFull_1 | state_io1_eq_DIAGNOSING_and_failed_3_and; // IsolationController.java:164
  wire offlineNow_3 = isolatingNow_3_and_buckets_3_nearlyFull_2 | lostWithPartner_3; // IsolationController.java:165
  wire state_io1_eq_DIAGNOSING_1 = state_io1 == SubsystemState_DIAGNOSING; // IsolationController.java:166
  wire backNow_3 = state_io1_eq_DIAGNOSING_1 & passed_3; // IsolationController.java:166
  wire state_io1_eq_DIAGNOSING_2 = state_io1 == SubsystemState_DIAGNOSING; // IsolationController.java:170
  wire state_io1_eq_DIAGNOSING_2_and_passed_3 = state_io1_eq_DIAGNOSING_2 & passed_3; // IsolationController.java:170
  wire state_io1_eq_OFFLINE_1 = state_io1 == SubsystemState_OFFLINE; // IsolationController.java:171
  wire state_io1_eq_OFFLINE_1_and_replaced_3 = state_io1_eq_OFFLINE_1 & replaced_3; // IsolationController.java:171
  wire state_io1_eq_OFFLINE_2 = state_io1 == SubsystemState_OFFLINE; // IsolationController.java:173
  wire state_io1_eq_OFFLINE_2_and_replaced_3 = state_io1_eq_OFFLINE_2 & replaced_3; // IsolationController.java:173
  wire flagged0_xor_flagged1 = flagged0 ^ flagged1; // IsolationController.java:178
  wire isolatingNow_or_isolatingNow_1 = isolatingNow | isolatingNow_1; // IsolationController.java:179
  wire isolatingNow_or_isolatingNow_1_or = isolatingNow_or_isolatingNow_1 | linkLost; // IsolationController.java:179
  wire cpusBothSevere_or_blameBoth = cpusBothSevere | blameBoth; // IsolationController.java:180
  wire stopNow = cpusBothSevere_or_blameBoth | splitBrain; // IsolationController.java:180
  wire not_failStop_1 = ~failStop;               // IsolationController.java:184
  wire stopNow_and_not_failStop_1 = stopNow & not_failStop_1; // IsolationController.java:184
  wire [3:0] isolatingNow_4 = {isolatingNow_3, isolatingNow_2, isolatingNow_1, isolatingNow}; // IsolationController.java:185
  wire [3:0] offlineNow_4 = {offlineNow_3, offlineNow_2, offlineNow_1, offlineNow}; // IsolationController.java:186
  wire [3:0] cat_online_3_online_2_online_1_online_0 = {online_3, online_2, online_1, online_0}; // IsolationController.java:189
  wire [3:0] isolatingNow_4_or_offlineNow_4 = isolatingNow_4 | offlineNow_4; // IsolationController.java:189
  wire [3:0] cat_online_3_online_2_online_1_online_0_1 = cat_online_3_online_2_online_1_online_0 & isolatingNow_4_or_offlineNow_4; // IsolationController.java:189
  wire [3:0] cat_backNow_3_backNow_2_backNow_1 = {backNow_3, backNow_2, backNow_1, backNow}; // IsolationController.java:190
  wire [3:0] correctedNow = {corrected_3, corrected_2, corrected_1, corrected_0}; // IsolationController.java:191
  wire or_reduce_correctedNow = |correctedNow;   // IsolationController.java:192
  wire [1:0] correctedNow_1_0 = correctedNow[1:0]; // BitScan.java:39
  wire correctedNow_1_0_0 = correctedNow_1_0[0]; // BitScan.java:39
  wire [31:0] correctedNow_1_0_0_ext = {31'd0, correctedNow_1_0_0}; // BitScan.java:36
  wire correctedNow_1_0_1 = correctedNow_1_0[1]; // BitScan.java:39
  wire [31:0] correctedNow_1_0_1_ext = {31'd0, correctedNow_1_0_1}; // BitScan.java:36
  wire [31:0] correctedNow_1_0_0_ext_add_correctedNow = correctedNow_1_0_0_ext + correctedNow_1_0_1_ext; // BitScan.java:39
  wire [1:0] correctedNow_3_2 = correctedNow[3:2]; // BitScan.java:39
  wire correctedNow_3_2_0 = correctedNow_3_2[0]; // BitScan.java:39
  wire [31:0] correctedNow_3_2_0_ext = {31'd0, correctedNow_3_2_0}; // BitScan.java:36
  wire correctedNow_3_2_1 = correctedNow_3_2[1]; // BitScan.java:39
  wire [31:0] correctedNow_3_2_1_ext = {31'd0, correctedNow_3_2_1}; // BitScan.java:36
  wire [31:0] correctedNow_3_2_0_ext_add_correctedNow = correctedNow_3_2_0_ext + correctedNow_3_2_1_ext; // BitScan.java:39
  wire [31:0] correctedNow_1_0_0_ext_add_correctedNow_1 = correctedNow_1_0_0_ext_add_correctedNow + correctedNow_3_2_0_ext_add_correctedNow; // BitScan.java:39
  wire [31:0] correctableCount_reg_add_correctedNow_1 = correctableCount_reg + correctedNow_1_0_0_ext_add_correctedNow_1; // IsolationController.java:193
  wire [1:0] isolatingNow_4_1_0 = isolatingNow_4[1:0]; // BitScan.java:39
  wire isolatingNow_4_1_0_0 = isolatingNow_4_1_0[0]; // BitScan.java:39
  wire [31:0] isolatingNow_4_1_0_0_ext = {31'd0, isolatingNow_4_1_0_0}; // BitScan.java:36
  wire isolatingNow_4_1_0_1 = isolatingNow_4_1_0[1]; // BitScan.java:39
  wire [31:0] isolatingNow_4_1_0_1_ext = {31'd0, isolatingNow_4_1_0_1}; // BitScan.java:36
  wire [31:0] isolatingNow_4_1_0_0_ext_add = isolatingNow_4_1_0_0_ext + isolatingNow_4_1_0_1_ext; // BitScan.java:39
  wire [1:0] isolatingNow_4_3_2 = isolatingNow_4[3:2]; // BitScan.java:39
  wire isolatingNow_4_3_2_0 = isolatingNow_4_3_2[0]; // BitScan.java:39
  wire [31:0] isolatingNow_4_3_2_0_ext = {31'd0, isolatingNow_4_3_2_0}; // BitScan.java:36
  wire isolatingNow_4_3_2_1 = isolatingNow_4_3_2[1]; // BitScan.java:39
  wire [31:0] isolatingNow_4_3_2_1_ext = {31'd0, isolatingNow_4_3_2_1}; // BitScan.java:36
  wire [31:0] isolatingNow_4_3_2_0_ext_add = isolatingNow_4_3_2_0_ext + isolatingNow_4_3_2_1_ext; // BitScan.java:39
  wire [31:0] isolatingNow_4_1_0_0_ext_add_add = isolatingNow_4_1_0_0_ext_add + isolatingNow_4_3_2_0_ext_add; // BitScan.java:39
  wire [31:0] isolationCount_reg_add_isolatingNow_4_1 = isolationCount_reg + isolatingNow_4_1_0_0_ext_add_add; // IsolationController.java:194
  reg  entryValid;                               // IsolationController.java:196
  reg  [2:0] entryEvent;                         // IsolationController.java:197
  reg  [1:0] entrySubsystem;                     // IsolationController.java:198
  wire not_moduleId = ~moduleId;                 // IsolationController.java:209
  wire [1:0] cat_0_not_moduleId = {1'd0, not_moduleId}; // IsolationController.java:209
  wire request_3_and_severe_3 = request_3 & severe_3; // IsolationController.java:213
  wire request_3_and_fatal_3 = request_3 & fatal_3; // IsolationController.java:215
  wire request_2_and_severe_2 = request_2 & severe_2; // IsolationController.java:213
  wire request_2_and_fatal_2 = request_2 & fatal_2; // IsolationController.java:215
  wire request_1_and_severe_1 = request_1 & severe_1; // IsolationController.java:213
  wire request_1_and_fatal_1 = request_1 & fatal_1; // IsolationController.java:215
  wire request_0_and_severe_0 = request_0 & severe_0; // IsolationController.java:213
  wire request_0_and_fatal_0 = request_0 & fatal_0; // IsolationController.java:215
  wire not_failStop_2 = ~failStop;               // IsolationController.java:223
  wire stopNow_and_not_failStop_2 = stopNow & not_failStop_2; // IsolationController.java:223
  always @(*) begin                              // IsolationController.java:62
    if (failStop) begin                          // IsolationController.java:228
      mode = PairMode_FAIL_STOP;                 // IsolationController.java:228
    end else if (deciding) begin                 // IsolationController.java:229
      mode = PairMode_DECIDING;                  // IsolationController.java:229
    end else if (bothCpusOnline) begin           // IsolationController.java:230
      mode = PairMode_DUPLEX;                    // IsolationController.java:230
    end else if (online_0) begin                 // IsolationController.java:231
      mode = PairMode_SIMPLEX_M0;                // IsolationController.java:231
    end else if (online_1) begin                 // IsolationController.java:232
      mode = PairMode_SIMPLEX_M1;                // IsolationController.java:232
    end else begin
      mode = PairMode_FAIL_STOP;                 // IsolationController.java:233
    end
  end
  assign levels_0 = buckets_0_level;             // IsolationController.java:235
  assign levels_1 = buckets_1_level;             // IsolationController.java:235
  assign levels_2 = buckets_2_level;             // IsolationController.java:235
  assign levels_3 = buckets_3_level;             // IsolationController.java:235
  always @(posedge clk) begin                    // IsolationController.java:66
    isolated_reg <= isolatingNow_4;              // IsolationController.java:187
  end
  assign isolated = isolated_reg;                // IsolationController.java:66
  always @(posedge clk) begin                    // IsolationController.java:67
    wentOffline_reg <= offlineNow_4;             // IsolationController.java:188
  end
  assign wentOffline = wentOffline_reg;          // IsolationController.java:67
  always @(posedge clk) begin                    // IsolationController.java:68
    returned_reg <= cat_backNow_3_backNow_2_backNow_1; // IsolationController.java:190
  end
  assign returned = returned_reg;                // IsolationController.java:68
  always @(posedge clk) begin                    // IsolationController.java:70
    leftService_reg <= cat_online_3_online_2_online_1_online_0_1; // IsolationController.java:189
  end
  assign leftService = leftService_reg;          // IsolationController.java:70
  always @(posedge clk) begin                    // IsolationController.java:71
    if (rst) begin
      failStopped_reg <= 1'd0;                   // IsolationController.java:71
    end else begin
      failStopped_reg <= stopNow_and_not_failStop_1; // IsolationController.java:184
    end
  end
  assign failStopped = failStopped_reg;          // IsolationController.java:71
  always @(posedge clk) begin                    // IsolationController.java:72
    correctable_reg <= or_reduce_correctedNow;   // IsolationController.java:192
  end
  assign correctable = correctable_reg;          // IsolationController.java:72
  always @(posedge clk) begin                    // IsolationController.java:73
    logValid_reg <= entryValid;                  // IsolationController.java:224
  end
  assign logValid = logValid_reg;                // IsolationController.java:73
  always @(posedge clk) begin                    // IsolationController.java:74
    logEvent_reg <= entryEvent;                  // IsolationController.java:225
  end
  assign logEvent = logEvent_reg;                // IsolationController.java:74
  always @(posedge clk) begin                    // IsolationController.java:75
    logSubsystem_reg <= entrySubsystem;          // IsolationController.java:226
  end
  assign logSubsystem = logSubsystem_reg;        // IsolationController.java:75
  always @(posedge clk) begin                    // IsolationController.java:77
    if (rst) begin
      culpritKnown_reg <= 1'd1;                  // IsolationController.java:77
    end else begin
      if (decide) begin                          // IsolationController.java:178
        culpritKnown_reg <= flagged0_xor_flagged1; // IsolationController.java:178
      end else if (isolatingNow_or_isolatingNow_1_or) begin // IsolationController.java:179
        culpritKnown_reg <= 1'd1;                // IsolationController.java:179
      end
    end
  end
  assign culpritKnown = culpritKnown_reg;        // IsolationController.java:77
  always @(posedge clk) begin                    // IsolationController.java:78
    if (rst) begin
      correctableCount_reg <= 32'd0;             // IsolationController.java:78
    end else begin
      correctableCount_reg <= correctableCount_reg_add_correctedNow_1; // IsolationController.java:193
    end
  end
  assign correctableCount = correctableCount_reg; // IsolationController.java:78
  always @(posedge clk) begin                    // IsolationController.java:79
    if (rst) begin
      isolationCount_reg <= 32'd0;               // IsolationController.java:79
    end else begin
      isolationCount_reg <= isolationCount_reg_add_isolatingNow_4_1; // IsolationController.java:194
    end
  end
  assign isolationCount = isolationCount_reg;    // IsolationController.java:79
  always @(posedge clk) begin                    // IsolationController.java:84
    if (rst) begin
      state_cpu0 <= SubsystemState_ONLINE;       // IsolationController.java:84
    end else begin
      if (offlineNow) begin                      // IsolationController.java:167
        state_cpu0 <= SubsystemState_OFFLINE;    // IsolationController.java:167
      end else if (isolatingNow) begin           // IsolationController.java:168
        state_cpu0 <= SubsystemState_DIAGNOSING; // IsolationController.java:168
      end else if (backNow) begin                // IsolationController.java:169
        state_cpu0 <= SubsystemState_ONLINE;     // IsolationController.java:169
      end else if (state_cpu0_eq_DIAGNOSING_1_and_passed) begin // IsolationController.java:170
        state_cpu0 <= SubsystemState_RESYNCING;  // IsolationController.java:170
      end else if (state_cpu0_eq_OFFLINE_1_and_replaced) begin // IsolationController.java:171
        state_cpu0 <= SubsystemState_DIAGNOSING; // IsolationController.java:171
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:84
    if (rst) begin
      state_cpu1 <= SubsystemState_ONLINE;       // IsolationController.java:84
    end else begin
      if (offlineNow_1) begin                    // IsolationController.java:167
        state_cpu1 <= SubsystemState_OFFLINE;    // IsolationController.java:167
      end else if (isolatingNow_1) begin         // IsolationController.java:168
        state_cpu1 <= SubsystemState_DIAGNOSING; // IsolationController.java:168
      end else if (backNow_1) begin              // IsolationController.java:169
        state_cpu1 <= SubsystemState_ONLINE;     // IsolationController.java:169
      end else if (state_cpu1_eq_DIAGNOSING_1_and_passed_1) begin // IsolationController.java:170
        state_cpu1 <= SubsystemState_RESYNCING;  // IsolationController.java:170
      end else if (state_cpu1_eq_OFFLINE_1_and_replaced_1) begin // IsolationController.java:171
        state_cpu1 <= SubsystemState_DIAGNOSING; // IsolationController.java:171
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:84
    if (rst) begin
      state_io0 <= SubsystemState_ONLINE;        // IsolationController.java:84
    end else begin
      if (offlineNow_2) begin                    // IsolationController.java:167
        state_io0 <= SubsystemState_OFFLINE;     // IsolationController.java:167
      end else if (isolatingNow_2) begin         // IsolationController.java:168
        state_io0 <= SubsystemState_DIAGNOSING;  // IsolationController.java:168
      end else if (backNow_2) begin              // IsolationController.java:169
        state_io0 <= SubsystemState_ONLINE;      // IsolationController.java:169
      end else if (state_io0_eq_DIAGNOSING_2_and_passed_2) begin // IsolationController.java:170
        state_io0 <= SubsystemState_RESYNCING;   // IsolationController.java:170
      end else if (state_io0_eq_OFFLINE_1_and_replaced_2) begin // IsolationController.java:171
        state_io0 <= SubsystemState_DIAGNOSING;  // IsolationController.java:171
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:84
    if (rst) begin
      state_io1 <= SubsystemState_ONLINE;        // IsolationController.java:84
    end else begin
      if (offlineNow_3) begin                    // IsolationController.java:167
        state_io1 <= SubsystemState_OFFLINE;     // IsolationController.java:167
      end else if (isolatingNow_3) begin         // IsolationController.java:168
        state_io1 <= SubsystemState_DIAGNOSING;  // IsolationController.java:168
      end else if (backNow_3) begin              // IsolationController.java:169
        state_io1 <= SubsystemState_ONLINE;      // IsolationController.java:169
      end else if (state_io1_eq_DIAGNOSING_2_and_passed_3) begin // IsolationController.java:170
        state_io1 <= SubsystemState_RESYNCING;   // IsolationController.java:170
      end else if (state_io1_eq_OFFLINE_1_and_replaced_3) begin // IsolationController.java:171
        state_io1 <= SubsystemState_DIAGNOSING;  // IsolationController.java:171
      end
    end
  end
  assign states_0 = state_cpu0;                  // IsolationController.java:86
  assign states_1 = state_cpu1;                  // IsolationController.java:86
  assign states_2 = state_io0;                   // IsolationController.java:86
  assign states_3 = state_io1;                   // IsolationController.java:86
  always @(posedge clk) begin                    // IsolationController.java:87
    if (rst) begin
      failStop <= 1'd0;                          // IsolationController.java:87
    end else begin
      if (stopNow) begin                         // IsolationController.java:181
        failStop <= 1'd1;                        // IsolationController.java:181
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:88
    if (rst) begin
      deciding <= 1'd0;                          // IsolationController.java:88
    end else begin
      if (not_deciding_and_headMismatch_and_and) begin // IsolationController.java:116
        deciding <= 1'd1;                        // IsolationController.java:117
      end
      if (decide_or_not_bothCpusOnline) begin    // IsolationController.java:120
        deciding <= 1'd0;                        // IsolationController.java:120
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:89
    if (rst) begin
      decideCount <= 3'd0;                       // IsolationController.java:89
    end else begin
      if (not_deciding_and_headMismatch_and_and) begin // IsolationController.java:116
        decideCount <= 3'd3;                     // IsolationController.java:118
      end else if (deciding_and_decideCount_ne_0) begin // IsolationController.java:119
        decideCount <= decideCount_sub_1;        // IsolationController.java:119
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:90
    if (rst) begin
      recent0 <= 4'd0;                           // IsolationController.java:90
    end else begin
      recent0 <= mux_cpuError0;                  // IsolationController.java:113
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:91
    if (rst) begin
      recent1 <= 4'd0;                           // IsolationController.java:91
    end else begin
      recent1 <= mux_cpuError1;                  // IsolationController.java:114
    end
  end
  assign buckets_0_hit = isolatingNow;           // IsolationController.java:172
  assign buckets_0_clear = state_cpu0_eq_OFFLINE_2_and_replaced; // IsolationController.java:173
  assign buckets_0_capacity = capacity;          // IsolationController.java:125
  assign buckets_0_period = period;              // IsolationController.java:126
  assign buckets_0_clk = clk;                    // IsolationController.java:124
  assign buckets_0_rst = rst;                    // IsolationController.java:124
  assign buckets_1_hit = isolatingNow_1;         // IsolationController.java:172
  assign buckets_1_clear = state_cpu1_eq_OFFLINE_2_and_replaced_1; // IsolationController.java:173
  assign buckets_1_capacity = capacity;          // IsolationController.java:125
  assign buckets_1_period = period;              // IsolationController.java:126
  assign buckets_1_clk = clk;                    // IsolationController.java:124
  assign buckets_1_rst = rst;                    // IsolationController.java:124
  assign buckets_2_hit = isolatingNow_2;         // IsolationController.java:172
  assign buckets_2_clear = state_io0_eq_OFFLINE_2_and_replaced_2; // IsolationController.java:173
  assign buckets_2_capacity = capacity;          // IsolationController.java:125
  assign buckets_2_period = period;              // IsolationController.java:126
  assign buckets_2_clk = clk;                    // IsolationController.java:124
  assign buckets_2_rst = rst;                    // IsolationController.java:124
  assign buckets_3_hit = isolatingNow_3;         // IsolationController.java:172
  assign buckets_3_clear = state_io1_eq_OFFLINE_2_and_replaced_3; // IsolationController.java:173
  assign buckets_3_capacity = capacity;          // IsolationController.java:125
  assign buckets_3_period = period;              // IsolationController.java:126
  assign buckets_3_clk = clk;                    // IsolationController.java:124
  assign buckets_3_rst = rst;                    // IsolationController.java:124
  always @(*) begin                              // IsolationController.java:196
    entryValid = 1'd0;                           // IsolationController.java:199
    if (corrected_3) begin                       // IsolationController.java:204
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (corrected_2) begin                       // IsolationController.java:204
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (corrected_1) begin                       // IsolationController.java:204
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (corrected_0) begin                       // IsolationController.java:204
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (linkLost) begin                          // IsolationController.java:206
      entryValid = 1'd1;                         // IsolationController.java:207
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:213
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:215
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:213
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:215
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:213
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:215
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:213
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:215
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (blame1) begin                            // IsolationController.java:217
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (blame0) begin                            // IsolationController.java:218
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (offlineNow_3) begin                      // IsolationController.java:221
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (offlineNow_2) begin                      // IsolationController.java:221
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (offlineNow_1) begin                      // IsolationController.java:221
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (offlineNow) begin                        // IsolationController.java:221
      entryValid = 1'd1;                         // IsolationController.java:240
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:223
      entryValid = 1'd1;                         // IsolationController.java:240
    end
  end
  always @(*) begin                              // IsolationController.java:197
    entryEvent = 3'd0;                           // IsolationController.java:200
    if (corrected_3) begin                       // IsolationController.java:204
      entryEvent = 3'd1;                         // IsolationController.java:241
    end
    if (corrected_2) begin                       // IsolationController.java:204
      entryEvent = 3'd1;                         // IsolationController.java:241
    end
    if (corrected_1) begin                       // IsolationController.java:204
      entryEvent = 3'd1;                         // IsolationController.java:241
    end
    if (corrected_0) begin                       // IsolationController.java:204
      entryEvent = 3'd1;                         // IsolationController.java:241
    end
    if (linkLost) begin                          // IsolationController.java:206
      entryEvent = 3'd6;                         // IsolationController.java:208
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:213
      entryEvent = 3'd2;                         // IsolationController.java:241
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:215
      entryEvent = 3'd3;                         // IsolationController.java:241
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:213
      entryEvent = 3'd2;                         // IsolationController.java:241
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:215
      entryEvent = 3'd3;                         // IsolationController.java:241
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:213
      entryEvent = 3'd2;                         // IsolationController.java:241
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:215
      entryEvent = 3'd3;                         // IsolationController.java:241
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:213
      entryEvent = 3'd2;                         // IsolationController.java:241
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:215
      entryEvent = 3'd3;                         // IsolationController.java:241
    end
    if (blame1) begin                            // IsolationController.java:217
      entryEvent = 3'd4;                         // IsolationController.java:241
    end
    if (blame0) begin                            // IsolationController.java:218
      entryEvent = 3'd4;                         // IsolationController.java:241
    end
    if (offlineNow_3) begin                      // IsolationController.java:221
      entryEvent = 3'd5;                         // IsolationController.java:241
    end
    if (offlineNow_2) begin                      // IsolationController.java:221
      entryEvent = 3'd5;                         // IsolationController.java:241
    end
    if (offlineNow_1) begin                      // IsolationController.java:221
      entryEvent = 3'd5;                         // IsolationController.java:241
    end
    if (offlineNow) begin                        // IsolationController.java:221
      entryEvent = 3'd5;                         // IsolationController.java:241
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:223
      entryEvent = 3'd7;                         // IsolationController.java:241
    end
  end
  always @(*) begin                              // IsolationController.java:198
    entrySubsystem = 2'd0;                       // IsolationController.java:201
    if (corrected_3) begin                       // IsolationController.java:204
      entrySubsystem = 2'd3;                     // IsolationController.java:242
    end
    if (corrected_2) begin                       // IsolationController.java:204
      entrySubsystem = 2'd2;                     // IsolationController.java:242
    end
    if (corrected_1) begin                       // IsolationController.java:204
      entrySubsystem = 2'd1;                     // IsolationController.java:242
    end
    if (corrected_0) begin                       // IsolationController.java:204
      entrySubsystem = 2'd0;                     // IsolationController.java:242
    end
    if (linkLost) begin                          // IsolationController.java:206
      entrySubsystem = cat_0_not_moduleId;       // IsolationController.java:209
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:213
      entrySubsystem = 2'd3;                     // IsolationController.java:242
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:215
      entrySubsystem = 2'd3;                     // IsolationController.java:242
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:213
      entrySubsystem = 2'd2;                     // IsolationController.java:242
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:215
      entrySubsystem = 2'd2;                     // IsolationController.java:242
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:213
      entrySubsystem = 2'd1;                     // IsolationController.java:242
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:215
      entrySubsystem = 2'd1;                     // IsolationController.java:242
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:213
      entrySubsystem = 2'd0;                     // IsolationController.java:242
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:215
      entrySubsystem = 2'd0;                     // IsolationController.java:242
    end
    if (blame1) begin                            // IsolationController.java:217
      entrySubsystem = 2'd1;                     // IsolationController.java:242
    end
    if (blame0) begin                            // IsolationController.java:218
      entrySubsystem = 2'd0;                     // IsolationController.java:242
    end
    if (offlineNow_3) begin                      // IsolationController.java:221
      entrySubsystem = 2'd3;                     // IsolationController.java:242
    end
    if (offlineNow_2) begin                      // IsolationController.java:221
      entrySubsystem = 2'd2;                     // IsolationController.java:242
    end
    if (offlineNow_1) begin                      // IsolationController.java:221
      entrySubsystem = 2'd1;                     // IsolationController.java:242
    end
    if (offlineNow) begin                        // IsolationController.java:221
      entrySubsystem = 2'd0;                     // IsolationController.java:242
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:223
      entrySubsystem = 2'd0;                     // IsolationController.java:242
    end
  end
  LeakyBucket buckets_0 (                        // IsolationController.java:124
    .hit        (buckets_0_hit),
    .clear      (buckets_0_clear),
    .capacity   (buckets_0_capacity),
    .period     (buckets_0_period),
    .clk        (buckets_0_clk),
    .rst        (buckets_0_rst),
    .level      (buckets_0_level),
    .nearlyFull (buckets_0_nearlyFull)
  );
  LeakyBucket buckets_1 (                        // IsolationController.java:124
    .hit        (buckets_1_hit),
    .clear      (buckets_1_clear),
    .capacity   (buckets_1_capacity),
    .period     (buckets_1_period),
    .clk        (buckets_1_clk),
    .rst        (buckets_1_rst),
    .level      (buckets_1_level),
    .nearlyFull (buckets_1_nearlyFull)
  );
  LeakyBucket buckets_2 (                        // IsolationController.java:124
    .hit        (buckets_2_hit),
    .clear      (buckets_2_clear),
    .capacity   (buckets_2_capacity),
    .period     (buckets_2_period),
    .clk        (buckets_2_clk),
    .rst        (buckets_2_rst),
    .level      (buckets_2_level),
    .nearlyFull (buckets_2_nearlyFull)
  );
  LeakyBucket buckets_3 (                        // IsolationController.java:124
    .hit        (buckets_3_hit),
    .clear      (buckets_3_clear),
    .capacity   (buckets_3_capacity),
    .period     (buckets_3_period),
    .clk        (buckets_3_clk),
    .rst        (buckets_3_rst),
    .level      (buckets_3_level),
    .nearlyFull (buckets_3_nearlyFull)
  );
endmodule
