// IsolationController: generated from dev.gemini.isolation.IsolationController by hdl-dsl. Do not edit; run `make rtl`.
module IsolationController (                     // IsolationController.java:79
  input  wire [5:0] errors0,                     // IsolationController.java:45
  input  wire [5:0] errors1,                     // IsolationController.java:46
  input  wire headMismatch,                      // IsolationController.java:47
  input  wire commandValid,                      // IsolationController.java:48
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] command,                    // IsolationController.java:49
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire [7:0] capacity,                    // IsolationController.java:50
  input  wire [31:0] period,                     // IsolationController.java:51
  input  wire rankM1First,                       // IsolationController.java:52
  input  wire linkLost,                          // IsolationController.java:53
  input  wire partnerFresh,                      // IsolationController.java:55
  input  wire partnerPresent,                    // IsolationController.java:56
  input  wire moduleId,                          // IsolationController.java:57
  output wire [7:0] states,                      // IsolationController.java:60
  output wire [2:0] mode,                        // IsolationController.java:61
  output wire [31:0] levels,                     // IsolationController.java:62
  output wire [3:0] isolated,                    // IsolationController.java:64
  output wire [3:0] wentOffline,                 // IsolationController.java:65
  output wire [3:0] returned,                    // IsolationController.java:66
  output wire [3:0] leftService,                 // IsolationController.java:68
  output wire failStopped,                       // IsolationController.java:69
  output wire correctable,                       // IsolationController.java:70
  output wire logValid,                          // IsolationController.java:71
  output wire [2:0] logEvent,                    // IsolationController.java:72
  output wire [1:0] logSubsystem,                // IsolationController.java:73
  output wire culpritKnown,                      // IsolationController.java:75
  output wire [31:0] correctableCount,           // IsolationController.java:76
  output wire [31:0] isolationCount,             // IsolationController.java:77
  input  wire clk,                               // IsolationController.java:79
  input  wire rst                                // IsolationController.java:79
);
  reg  [1:0] state_cpu0;                         // IsolationController.java:82
  reg  [1:0] state_cpu1;                         // IsolationController.java:82
  reg  [1:0] state_io0;                          // IsolationController.java:82
  reg  [1:0] state_io1;                          // IsolationController.java:82
  reg  failStop;                                 // IsolationController.java:84
  reg  deciding;                                 // IsolationController.java:85
  reg  [2:0] decideCount;                        // IsolationController.java:86
  reg  [3:0] recent0;                            // IsolationController.java:87
  reg  [3:0] recent1;                            // IsolationController.java:88
  wire online_0 = state_cpu0 == 2'd0;            // IsolationController.java:92
  wire online_1 = state_cpu1 == 2'd0;            // IsolationController.java:92
  wire online_2 = state_io0 == 2'd0;             // IsolationController.java:92
  wire online_3 = state_io1 == 2'd0;             // IsolationController.java:92
  wire corrected_0 = errors0[0];                 // IsolationController.java:101
  wire fatal_0 = errors0[2];                     // IsolationController.java:102
  wire errors0_1 = errors0[1];                   // IsolationController.java:103
  wire severe_0 = errors0_1 | fatal_0;           // IsolationController.java:103
  wire corrected_1 = errors1[0];                 // IsolationController.java:101
  wire fatal_1 = errors1[2];                     // IsolationController.java:102
  wire errors1_1 = errors1[1];                   // IsolationController.java:103
  wire severe_1 = errors1_1 | fatal_1;           // IsolationController.java:103
  wire corrected_2 = errors0[3];                 // IsolationController.java:101
  wire fatal_2 = errors0[5];                     // IsolationController.java:102
  wire errors0_4 = errors0[4];                   // IsolationController.java:103
  wire severe_2 = errors0_4 | fatal_2;           // IsolationController.java:103
  wire corrected_3 = errors1[3];                 // IsolationController.java:101
  wire fatal_3 = errors1[5];                     // IsolationController.java:102
  wire errors1_4 = errors1[4];                   // IsolationController.java:103
  wire severe_3 = errors1_4 | fatal_3;           // IsolationController.java:103
  wire bothCpusOnline = online_0 & online_1;     // IsolationController.java:105
  wire [2:0] errors0_2_0 = errors0[2:0];         // IsolationController.java:108
  wire cpuError0 = |errors0_2_0;                 // IsolationController.java:108
  wire [2:0] errors1_2_0 = errors1[2:0];         // IsolationController.java:109
  wire cpuError1 = |errors1_2_0;                 // IsolationController.java:109
  wire recent0_ne_0 = recent0 != 4'd0;           // IsolationController.java:110
  wire [3:0] recent0_sub_1 = recent0 - 4'd1;     // IsolationController.java:110
  wire [3:0] mux_recent0_ne_0 = recent0_ne_0 ? recent0_sub_1 : recent0; // IsolationController.java:110
  wire [3:0] mux_cpuError0 = cpuError0 ? 4'd15 : mux_recent0_ne_0; // IsolationController.java:110
  wire recent1_ne_0 = recent1 != 4'd0;           // IsolationController.java:111
  wire [3:0] recent1_sub_1 = recent1 - 4'd1;     // IsolationController.java:111
  wire [3:0] mux_recent1_ne_0 = recent1_ne_0 ? recent1_sub_1 : recent1; // IsolationController.java:111
  wire [3:0] mux_cpuError1 = cpuError1 ? 4'd15 : mux_recent1_ne_0; // IsolationController.java:111
  wire decideCount_eq_0 = decideCount == 3'd0;   // IsolationController.java:112
  wire deciding_and_decideCount_eq_0 = deciding & decideCount_eq_0; // IsolationController.java:112
  wire deciding_and_decideCount_eq_0_and = deciding_and_decideCount_eq_0 & bothCpusOnline; // IsolationController.java:112
  wire decide = deciding_and_decideCount_eq_0_and & partnerFresh; // IsolationController.java:112
  wire not_deciding = ~deciding;                 // IsolationController.java:113
  wire not_deciding_and_headMismatch = not_deciding & headMismatch; // IsolationController.java:113
  wire not_deciding_and_headMismatch_and = not_deciding_and_headMismatch & bothCpusOnline; // IsolationController.java:113
  wire not_failStop = ~failStop;                 // IsolationController.java:113
  wire not_deciding_and_headMismatch_and_and = not_deciding_and_headMismatch_and & not_failStop; // IsolationController.java:113
  wire decideCount_ne_0 = decideCount != 3'd0;   // IsolationController.java:116
  wire deciding_and_decideCount_ne_0 = deciding & decideCount_ne_0; // IsolationController.java:116
  wire [2:0] decideCount_sub_1 = decideCount - 3'd1; // IsolationController.java:116
  wire not_bothCpusOnline = ~bothCpusOnline;     // IsolationController.java:117
  wire decide_or_not_bothCpusOnline = decide | not_bothCpusOnline; // IsolationController.java:117
  wire buckets_0_hit;                            // IsolationController.java:121
  wire buckets_0_clear;                          // IsolationController.java:121
  wire [7:0] buckets_0_capacity;                 // IsolationController.java:121
  wire [31:0] buckets_0_period;                  // IsolationController.java:121
  wire [7:0] buckets_0_level;                    // IsolationController.java:121
  wire buckets_0_nearlyFull;                     // IsolationController.java:121
  wire buckets_0_clk;                            // IsolationController.java:121
  wire buckets_0_rst;                            // IsolationController.java:121
  wire buckets_1_hit;                            // IsolationController.java:121
  wire buckets_1_clear;                          // IsolationController.java:121
  wire [7:0] buckets_1_capacity;                 // IsolationController.java:121
  wire [31:0] buckets_1_period;                  // IsolationController.java:121
  wire [7:0] buckets_1_level;                    // IsolationController.java:121
  wire buckets_1_nearlyFull;                     // IsolationController.java:121
  wire buckets_1_clk;                            // IsolationController.java:121
  wire buckets_1_rst;                            // IsolationController.java:121
  wire buckets_2_hit;                            // IsolationController.java:121
  wire buckets_2_clear;                          // IsolationController.java:121
  wire [7:0] buckets_2_capacity;                 // IsolationController.java:121
  wire [31:0] buckets_2_period;                  // IsolationController.java:121
  wire [7:0] buckets_2_level;                    // IsolationController.java:121
  wire buckets_2_nearlyFull;                     // IsolationController.java:121
  wire buckets_2_clk;                            // IsolationController.java:121
  wire buckets_2_rst;                            // IsolationController.java:121
  wire buckets_3_hit;                            // IsolationController.java:121
  wire buckets_3_clear;                          // IsolationController.java:121
  wire [7:0] buckets_3_capacity;                 // IsolationController.java:121
  wire [31:0] buckets_3_period;                  // IsolationController.java:121
  wire [7:0] buckets_3_level;                    // IsolationController.java:121
  wire buckets_3_nearlyFull;                     // IsolationController.java:121
  wire buckets_3_clk;                            // IsolationController.java:121
  wire buckets_3_rst;                            // IsolationController.java:121
  wire recent0_ne_0_1 = recent0 != 4'd0;         // IsolationController.java:125
  wire flagged0 = recent0_ne_0_1 | cpuError0;    // IsolationController.java:125
  wire recent1_ne_0_1 = recent1 != 4'd0;         // IsolationController.java:126
  wire flagged1 = recent1_ne_0_1 | cpuError1;    // IsolationController.java:126
  wire levelsTie = buckets_0_level == buckets_1_level; // IsolationController.java:127
  wire buckets_0_level_gt_buckets_1_level = buckets_0_level > buckets_1_level; // IsolationController.java:128
  wire rankBlames0 = levelsTie ? rankM1First : buckets_0_level_gt_buckets_1_level; // IsolationController.java:128
  wire flagged0_or_flagged1 = flagged0 | flagged1; // IsolationController.java:129
  wire not_flagged1 = ~flagged1;                 // IsolationController.java:129
  wire flagged0_and_not_flagged1 = flagged0 & not_flagged1; // IsolationController.java:129
  wire mux_flagged0_or_flagged1 = flagged0_or_flagged1 ? flagged0_and_not_flagged1 : rankBlames0; // IsolationController.java:129
  wire blame0 = decide & mux_flagged0_or_flagged1; // IsolationController.java:129
  wire flagged0_or_flagged1_1 = flagged0 | flagged1; // IsolationController.java:130
  wire not_flagged0 = ~flagged0;                 // IsolationController.java:130
  wire flagged1_and_not_flagged0 = flagged1 & not_flagged0; // IsolationController.java:130
  wire not_rankBlames0 = ~rankBlames0;           // IsolationController.java:130
  wire mux_flagged0_or_flagged1_1 = flagged0_or_flagged1_1 ? flagged1_and_not_flagged0 : not_rankBlames0; // IsolationController.java:130
  wire blame1 = decide & mux_flagged0_or_flagged1_1; // IsolationController.java:130
  wire decide_and_flagged0 = decide & flagged0;  // IsolationController.java:131
  wire blameBoth = decide_and_flagged0 & flagged1; // IsolationController.java:131
  wire bothCpusOnline_and_severe_0 = bothCpusOnline & severe_0; // IsolationController.java:134
  wire cpusBothSevere = bothCpusOnline_and_severe_0 & severe_1; // IsolationController.java:134
  wire online_0_and_online_1 = online_0 & online_1; // IsolationController.java:136
  wire online_0_and_online_1_and_severe_0 = online_0_and_online_1 & severe_0; // IsolationController.java:136
  wire not_severe_1 = ~severe_1;                 // IsolationController.java:136
  wire online_0_and_online_1_and_severe_0_and = online_0_and_online_1_and_severe_0 & not_severe_1; // IsolationController.java:136
  wire request_0 = online_0_and_online_1_and_severe_0_and | blame0; // IsolationController.java:136
  wire online_1_and_online_0 = online_1 & online_0; // IsolationController.java:137
  wire online_1_and_online_0_and_severe_1 = online_1_and_online_0 & severe_1; // IsolationController.java:137
  wire not_severe_0 = ~severe_0;                 // IsolationController.java:137
  wire online_1_and_online_0_and_severe_1_and = online_1_and_online_0_and_severe_1 & not_severe_0; // IsolationController.java:137
  wire request_1 = online_1_and_online_0_and_severe_1_and | blame1; // IsolationController.java:137
  wire request_2 = online_2 & severe_2;          // IsolationController.java:138
  wire request_3 = online_3 & severe_3;          // IsolationController.java:139
  wire [1:0] command_subsystem = command[1:0];   // IsolationController.java:141
  wire [2:0] command_op = command[6:4];          // IsolationController.java:142
  wire preferredIsLocal = rankM1First == moduleId; // IsolationController.java:143
  wire linkLost_and_partnerPresent = linkLost & partnerPresent; // IsolationController.java:144
  wire not_preferredIsLocal = ~preferredIsLocal; // IsolationController.java:144
  wire splitBrain = linkLost_and_partnerPresent & not_preferredIsLocal; // IsolationController.java:144
  wire partnerSubsystem = 1'd0 != moduleId;      // IsolationController.java:152
  wire not_request_1 = ~request_1;               // IsolationController.java:153
  wire otherStaysOnline = online_1 & not_request_1; // IsolationController.java:153
  wire command_subsystem_eq_0 = command_subsystem == 2'd0; // IsolationController.java:154
  wire command_here = commandValid & command_subsystem_eq_0; // IsolationController.java:154
  wire command_op_eq_1 = command_op == 3'd1;     // IsolationController.java:155
  wire passed = command_here & command_op_eq_1;  // IsolationController.java:155
  wire command_op_eq_2 = command_op == 3'd2;     // IsolationController.java:156
  wire failed = command_here & command_op_eq_2;  // IsolationController.java:156
  wire command_op_eq_3 = command_op == 3'd3;     // IsolationController.java:157
  wire resynced = command_here & command_op_eq_3; // IsolationController.java:157
  wire command_op_eq_4 = command_op == 3'd4;     // IsolationController.java:158
  wire replaced = command_here & command_op_eq_4; // IsolationController.java:158
  wire linkLost_and_partnerSubsystem = linkLost & partnerSubsystem; // IsolationController.java:160
  wire state_cpu0_ne_3 = state_cpu0 != 2'd3;     // IsolationController.java:160
  wire lostWithPartner = linkLost_and_partnerSubsystem & state_cpu0_ne_3; // IsolationController.java:160
  wire not_lostWithPartner = ~lostWithPartner;   // IsolationController.java:161
  wire isolating_0 = request_0 & not_lostWithPartner; // IsolationController.java:161
  wire isolating_0_and_buckets_0_nearlyFull = isolating_0 & buckets_0_nearlyFull; // IsolationController.java:162
  wire isolating_0_and_buckets_0_nearlyFull_and = isolating_0_and_buckets_0_nearlyFull & otherStaysOnline; // IsolationController.java:162
  wire state_cpu0_eq_1 = state_cpu0 == 2'd1;     // IsolationController.java:163
  wire state_cpu0_eq_1_and_failed = state_cpu0_eq_1 & failed; // IsolationController.java:163
  wire state_cpu0_eq_1_and_failed_and_online_1 = state_cpu0_eq_1_and_failed & online_1; // IsolationController.java:163
  wire isolating_0_and_buckets_0_nearlyFull_and_1 = isolating_0_and_buckets_0_nearlyFull_and | state_cpu0_eq_1_and_failed_and_online_1; // IsolationController.java:163
  wire toOffline_0 = isolating_0_and_buckets_0_nearlyFull_and_1 | lostWithPartner; // IsolationController.java:164
  wire state_cpu0_eq_2 = state_cpu0 == 2'd2;     // IsolationController.java:165
  wire backOnline_0 = state_cpu0_eq_2 & resynced; // IsolationController.java:166
  wire state_cpu0_eq_1_1 = state_cpu0 == 2'd1;   // IsolationController.java:170
  wire state_cpu0_eq_1_1_and_passed = state_cpu0_eq_1_1 & passed; // IsolationController.java:170
  wire state_cpu0_eq_3 = state_cpu0 == 2'd3;     // IsolationController.java:171
  wire state_cpu0_eq_3_and_replaced = state_cpu0_eq_3 & replaced; // IsolationController.java:171
  wire state_cpu0_eq_3_1 = state_cpu0 == 2'd3;   // IsolationController.java:173
  wire state_cpu0_eq_3_1_and_replaced = state_cpu0_eq_3_1 & replaced; // IsolationController.java:173
  wire partnerSubsystem_1 = 1'd1 != moduleId;    // IsolationController.java:152
  wire not_request_0 = ~request_0;               // IsolationController.java:153
  wire otherStaysOnline_1 = online_0 & not_request_0; // IsolationController.java:153
  wire command_subsystem_eq_1 = command_subsystem == 2'd1; // IsolationController.java:154
  wire command_here_1 = commandValid & command_subsystem_eq_1; // IsolationController.java:154
  wire command_op_eq_1_1 = command_op == 3'd1;   // IsolationController.java:155
  wire passed_1 = command_here_1 & command_op_eq_1_1; // IsolationController.java:155
  wire command_op_eq_2_1 = command_op == 3'd2;   // IsolationController.java:156
  wire failed_1 = command_here_1 & command_op_eq_2_1; // IsolationController.java:156
  wire command_op_eq_3_1 = command_op == 3'd3;   // IsolationController.java:157
  wire resynced_1 = command_here_1 & command_op_eq_3_1; // IsolationController.java:157
  wire command_op_eq_4_1 = command_op == 3'd4;   // IsolationController.java:158
  wire replaced_1 = command_here_1 & command_op_eq_4_1; // IsolationController.java:158
  wire linkLost_and_partnerSubsystem_1 = linkLost & partnerSubsystem_1; // IsolationController.java:160
  wire state_cpu1_ne_3 = state_cpu1 != 2'd3;     // IsolationController.java:160
  wire lostWithPartner_1 = linkLost_and_partnerSubsystem_1 & state_cpu1_ne_3; // IsolationController.java:160
  wire not_lostWithPartner_1 = ~lostWithPartner_1; // IsolationController.java:161
  wire isolating_1 = request_1 & not_lostWithPartner_1; // IsolationController.java:161
  wire isolating_1_and_buckets_1_nearlyFull = isolating_1 & buckets_1_nearlyFull; // IsolationController.java:162
  wire isolating_1_and_buckets_1_nearlyFull_and = isolating_1_and_buckets_1_nearlyFull & otherStaysOnline_1; // IsolationController.java:162
  wire state_cpu1_eq_1 = state_cpu1 == 2'd1;     // IsolationController.java:163
  wire state_cpu1_eq_1_and_failed_1 = state_cpu1_eq_1 & failed_1; // IsolationController.java:163
  wire state_cpu1_eq_1_and_failed_1_and_online = state_cpu1_eq_1_and_failed_1 & online_0; // IsolationController.java:163
  wire isolating_1_and_buckets_1_nearlyFull_and_1 = isolating_1_and_buckets_1_nearlyFull_and | state_cpu1_eq_1_and_failed_1_and_online; // IsolationController.java:163
  wire toOffline_1 = isolating_1_and_buckets_1_nearlyFull_and_1 | lostWithPartner_1; // IsolationController.java:164
  wire state_cpu1_eq_2 = state_cpu1 == 2'd2;     // IsolationController.java:165
  wire backOnline_1 = state_cpu1_eq_2 & resynced_1; // IsolationController.java:166
  wire state_cpu1_eq_1_1 = state_cpu1 == 2'd1;   // IsolationController.java:170
  wire state_cpu1_eq_1_1_and_passed_1 = state_cpu1_eq_1_1 & passed_1; // IsolationController.java:170
  wire state_cpu1_eq_3 = state_cpu1 == 2'd3;     // IsolationController.java:171
  wire state_cpu1_eq_3_and_replaced_1 = state_cpu1_eq_3 & replaced_1; // IsolationController.java:171
  wire state_cpu1_eq_3_1 = state_cpu1 == 2'd3;   // IsolationController.java:173
  wire state_cpu1_eq_3_1_and_replaced_1 = state_cpu1_eq_3_1 & replaced_1; // IsolationController.java:173
  wire partnerSubsystem_2 = 1'd0 != moduleId;    // IsolationController.java:152
  wire not_request_3 = ~request_3;               // IsolationController.java:153
  wire otherStaysOnline_2 = online_3 & not_request_3; // IsolationController.java:153
  wire command_subsystem_eq_2 = command_subsystem == 2'd2; // IsolationController.java:154
  wire command_here_2 = commandValid & command_subsystem_eq_2; // IsolationController.java:154
  wire command_op_eq_1_2 = command_op == 3'd1;   // IsolationController.java:155
  wire passed_2 = command_here_2 & command_op_eq_1_2; // IsolationController.java:155
  wire command_op_eq_2_2 = command_op == 3'd2;   // IsolationController.java:156
  wire failed_2 = command_here_2 & command_op_eq_2_2; // IsolationController.java:156
  wire command_op_eq_3_2 = command_op == 3'd3;   // IsolationController.java:157
  /* verilator lint_off UNUSEDSIGNAL */
  wire resynced_2 = command_here_2 & command_op_eq_3_2; // IsolationController.java:157
  /* verilator lint_on UNUSEDSIGNAL */
  wire command_op_eq_4_2 = command_op == 3'd4;   // IsolationController.java:158
  wire replaced_2 = command_here_2 & command_op_eq_4_2; // IsolationController.java:158
  wire linkLost_and_partnerSubsystem_2 = linkLost & partnerSubsystem_2; // IsolationController.java:160
  wire state_io0_ne_3 = state_io0 != 2'd3;       // IsolationController.java:160
  wire lostWithPartner_2 = linkLost_and_partnerSubsystem_2 & state_io0_ne_3; // IsolationController.java:160
  wire not_lostWithPartner_2 = ~lostWithPartner_2; // IsolationController.java:161
  wire isolating_2 = request_2 & not_lostWithPartner_2; // IsolationController.java:161
  wire isolating_2_and_buckets_2_nearlyFull = isolating_2 & buckets_2_nearlyFull; // IsolationController.java:162
  wire isolating_2_and_buckets_2_nearlyFull_and = isolating_2_and_buckets_2_nearlyFull & otherStaysOnline_2; // IsolationController.java:162
  wire state_io0_eq_1 = state_io0 == 2'd1;       // IsolationController.java:163
  wire state_io0_eq_1_and_failed_2 = state_io0_eq_1 & failed_2; // IsolationController.java:163
  wire state_io0_eq_1_and_failed_2_and_online_3 = state_io0_eq_1_and_failed_2 & online_3; // IsolationController.java:163
  wire isolating_2_and_buckets_2_nearlyFull_and_1 = isolating_2_and_buckets_2_nearlyFull_and | state_io0_eq_1_and_failed_2_and_online_3; // IsolationController.java:163
  wire toOffline_2 = isolating_2_and_buckets_2_nearlyFull_and_1 | lostWithPartner_2; // IsolationController.java:164
  wire state_io0_eq_1_1 = state_io0 == 2'd1;     // IsolationController.java:165
  wire backOnline_2 = state_io0_eq_1_1 & passed_2; // IsolationController.java:166
  wire state_io0_eq_1_2 = state_io0 == 2'd1;     // IsolationController.java:170
  wire state_io0_eq_1_2_and_passed_2 = state_io0_eq_1_2 & passed_2; // IsolationController.java:170
  wire state_io0_eq_3 = state_io0 == 2'd3;       // IsolationController.java:171
  wire state_io0_eq_3_and_replaced_2 = state_io0_eq_3 & replaced_2; // IsolationController.java:171
  wire state_io0_eq_3_1 = state_io0 == 2'd3;     // IsolationController.java:173
  wire state_io0_eq_3_1_and_replaced_2 = state_io0_eq_3_1 & replaced_2; // IsolationController.java:173
  wire partnerSubsystem_3 = 1'd1 != moduleId;    // IsolationController.java:152
  wire not_request_2 = ~request_2;               // IsolationController.java:153
  wire otherStaysOnline_3 = online_2 & not_request_2; // IsolationController.java:153
  wire command_subsystem_eq_3 = command_subsystem == 2'd3; // IsolationController.java:154
  wire command_here_3 = commandValid & command_subsystem_eq_3; // IsolationController.java:154
  wire command_op_eq_1_3 = command_op == 3'd1;   // IsolationController.java:155
  wire passed_3 = command_here_3 & command_op_eq_1_3; // IsolationController.java:155
  wire command_op_eq_2_3 = command_op == 3'd2;   // IsolationController.java:156
  wire failed_3 = command_here_3 & command_op_eq_2_3; // IsolationController.java:156
  wire command_op_eq_3_3 = command_op == 3'd3;   // IsolationController.java:157
  /* verilator lint_off UNUSEDSIGNAL */
  wire resynced_3 = command_here_3 & command_op_eq_3_3; // IsolationController.java:157
  /* verilator lint_on UNUSEDSIGNAL */
  wire command_op_eq_4_3 = command_op == 3'd4;   // IsolationController.java:158
  wire replaced_3 = command_here_3 & command_op_eq_4_3; // IsolationController.java:158
  wire linkLost_and_partnerSubsystem_3 = linkLost & partnerSubsystem_3; // IsolationController.java:160
  wire state_io1_ne_3 = state_io1 != 2'd3;       // IsolationController.java:160
  wire lostWithPartner_3 = linkLost_and_partnerSubsystem_3 & state_io1_ne_3; // IsolationController.java:160
  wire not_lostWithPartner_3 = ~lostWithPartner_3; // IsolationController.java:161
  wire isolating_3 = request_3 & not_lostWithPartner_3; // IsolationController.java:161
  wire isolating_3_and_buckets_3_nearlyFull = isolating_3 & buckets_3_nearlyFull; // IsolationController.java:162
  wire isolating_3_and_buckets_3_nearlyFull_and = isolating_3_and_buckets_3_nearlyFull & otherStaysOnline_3; // IsolationController.java:162
  wire state_io1_eq_1 = state_io1 == 2'd1;       // IsolationController.java:163
  wire state_io1_eq_1_and_failed_3 = state_io1_eq_1 & failed_3; // IsolationController.java:163
  wire state_io1_eq_1_and_failed_3_and_online_2 = state_io1_eq_1_and_failed_3 & online_2; // IsolationController.java:163
  wire isolating_3_and_buckets_3_nearlyFull_and_1 = isolating_3_and_buckets_3_nearlyFull_and | state_io1_eq_1_and_failed_3_and_online_2; // IsolationController.java:163
  wire toOffline_3 = isolating_3_and_buckets_3_nearlyFull_and_1 | lostWithPartner_3; // IsolationController.java:164
  wire state_io1_eq_1_1 = state_io1 == 2'd1;     // IsolationController.java:165
  wire backOnline_3 = state_io1_eq_1_1 & passed_3; // IsolationController.java:166
  wire state_io1_eq_1_2 = state_io1 == 2'd1;     // IsolationController.java:170
  wire state_io1_eq_1_2_and_passed_3 = state_io1_eq_1_2 & passed_3; // IsolationController.java:170
  wire state_io1_eq_3 = state_io1 == 2'd3;       // IsolationController.java:171
  wire state_io1_eq_3_and_replaced_3 = state_io1_eq_3 & replaced_3; // IsolationController.java:171
  wire state_io1_eq_3_1 = state_io1 == 2'd3;     // IsolationController.java:173
  wire state_io1_eq_3_1_and_replaced_3 = state_io1_eq_3_1 & replaced_3; // IsolationController.java:173
  reg  known;                                    // IsolationController.java:175
  wire flagged0_xor_flagged1 = flagged0 ^ flagged1; // IsolationController.java:176
  wire isolating_0_or_isolating_1 = isolating_0 | isolating_1; // IsolationController.java:177
  wire isolating_0_or_isolating_1_or_linkLost = isolating_0_or_isolating_1 | linkLost; // IsolationController.java:177
  wire cpusBothSevere_or_blameBoth = cpusBothSevere | blameBoth; // IsolationController.java:179
  wire stopNow = cpusBothSevere_or_blameBoth | splitBrain; // IsolationController.java:179
  reg  stopPulse;                                // IsolationController.java:183
  wire not_failStop_1 = ~failStop;               // IsolationController.java:184
  wire stopNow_and_not_failStop_1 = stopNow & not_failStop_1; // IsolationController.java:184
  wire [3:0] cat_isolating_3_isolating_2_isolating_1 = {isolating_3, isolating_2, isolating_1, isolating_0}; // IsolationController.java:185
  reg  [3:0] isolatedPulse;                      // IsolationController.java:185
  wire [3:0] cat_toOffline_3_toOffline_2_toOffline_1 = {toOffline_3, toOffline_2, toOffline_1, toOffline_0}; // IsolationController.java:186
  reg  [3:0] offlinePulse;                       // IsolationController.java:186
  wire isolating_0_or_toOffline_0 = isolating_0 | toOffline_0; // IsolationController.java:189
  wire leaving_0 = online_0 & isolating_0_or_toOffline_0; // IsolationController.java:189
  wire isolating_1_or_toOffline_1 = isolating_1 | toOffline_1; // IsolationController.java:189
  wire leaving_1 = online_1 & isolating_1_or_toOffline_1; // IsolationController.java:189
  wire isolating_2_or_toOffline_2 = isolating_2 | toOffline_2; // IsolationController.java:189
  wire leaving_2 = online_2 & isolating_2_or_toOffline_2; // IsolationController.java:189
  wire isolating_3_or_toOffline_3 = isolating_3 | toOffline_3; // IsolationController.java:189
  wire leaving_3 = online_3 & isolating_3_or_toOffline_3; // IsolationController.java:189
  wire [3:0] cat_leaving_3_leaving_2_leaving_1 = {leaving_3, leaving_2, leaving_1, leaving_0}; // IsolationController.java:191
  reg  [3:0] leftPulse;                          // IsolationController.java:191
  wire [3:0] cat_backOnline_3_backOnline_2_backOnline = {backOnline_3, backOnline_2, backOnline_1, backOnline_0}; // IsolationController.java:192
  reg  [3:0] returnedPulse;                      // IsolationController.java:192
  wire [3:0] correctedNow = {corrected_3, corrected_2, corrected_1, corrected_0}; // IsolationController.java:193
  wire or_reduce_correctedNow = |correctedNow;   // IsolationController.java:194
  reg  correctablePulse;                         // IsolationController.java:194
  reg  [31:0] corrections;                       // IsolationController.java:196
  reg  [31:0] isolations;                        // IsolationController.java:197
  wire correctedNow_0 = correctedNow[0];         // IsolationController.java:263
  wire correctedNow_0_cast = correctedNow_0;     // IsolationController.java:263
  wire [31:0] correctedNow_0_cast_ext = {31'd0, correctedNow_0_cast}; // IsolationController.java:263
  wire [31:0] sum = 32'd0 + correctedNow_0_cast_ext; // IsolationController.java:263
  wire correctedNow_1 = correctedNow[1];         // IsolationController.java:263
  wire correctedNow_1_cast = correctedNow_1;     // IsolationController.java:263
  wire [31:0] correctedNow_1_cast_ext = {31'd0, correctedNow_1_cast}; // IsolationController.java:263
  wire [31:0] sum_1 = sum + correctedNow_1_cast_ext; // IsolationController.java:263
  wire correctedNow_2 = correctedNow[2];         // IsolationController.java:263
  wire correctedNow_2_cast = correctedNow_2;     // IsolationController.java:263
  wire [31:0] correctedNow_2_cast_ext = {31'd0, correctedNow_2_cast}; // IsolationController.java:263
  wire [31:0] sum_2 = sum_1 + correctedNow_2_cast_ext; // IsolationController.java:263
  wire correctedNow_3 = correctedNow[3];         // IsolationController.java:263
  wire correctedNow_3_cast = correctedNow_3;     // IsolationController.java:263
  wire [31:0] correctedNow_3_cast_ext = {31'd0, correctedNow_3_cast}; // IsolationController.java:263
  wire [31:0] sum_3 = sum_2 + correctedNow_3_cast_ext; // IsolationController.java:263
  wire [31:0] corrections_add_sum_3 = corrections + sum_3; // IsolationController.java:198
  wire [3:0] cat_isolating_3_isolating_2_isolating_1_1 = {isolating_3, isolating_2, isolating_1, isolating_0}; // IsolationController.java:199
  wire cat_isolating_3_isolating_2_isolating_1_2 = cat_isolating_3_isolating_2_isolating_1_1[0]; // IsolationController.java:263
  wire cat_isolating_3_isolating_2_isolating_1_3 = cat_isolating_3_isolating_2_isolating_1_2; // IsolationController.java:263
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_4 = {31'd0, cat_isolating_3_isolating_2_isolating_1_3}; // IsolationController.java:263
  wire [31:0] sum_4 = 32'd0 + cat_isolating_3_isolating_2_isolating_1_4; // IsolationController.java:263
  wire cat_isolating_3_isolating_2_isolating_1_5 = cat_isolating_3_isolating_2_isolating_1_1[1]; // IsolationController.java:263
  wire cat_isolating_3_isolating_2_isolating_1_6 = cat_isolating_3_isolating_2_isolating_1_5; // IsolationController.java:263
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_7 = {31'd0, cat_isolating_3_isolating_2_isolating_1_6}; // IsolationController.java:263
  wire [31:0] sum_5 = sum_4 + cat_isolating_3_isolating_2_isolating_1_7; // IsolationController.java:263
  wire cat_isolating_3_isolating_2_isolating_1_8 = cat_isolating_3_isolating_2_isolating_1_1[2]; // IsolationController.java:263
  wire cat_isolating_3_isolating_2_isolating_1_9 = cat_isolating_3_isolating_2_isolating_1_8; // IsolationController.java:263
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_10 = {31'd0, cat_isolating_3_isolating_2_isolating_1_9}; // IsolationController.java:263
  wire [31:0] sum_6 = sum_5 + cat_isolating_3_isolating_2_isolating_1_10; // IsolationController.java:263
  wire cat_isolating_3_isolating_2_isolating_1_11 = cat_isolating_3_isolating_2_isolating_1_1[3]; // IsolationController.java:263
  wire cat_isolating_3_isolating_2_isolating_1_12 = cat_isolating_3_isolating_2_isolating_1_11; // IsolationController.java:263
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_13 = {31'd0, cat_isolating_3_isolating_2_isolating_1_12}; // IsolationController.java:263
  wire [31:0] sum_7 = sum_6 + cat_isolating_3_isolating_2_isolating_1_13; // IsolationController.java:263
  wire [31:0] isolations_add_sum_7 = isolations + sum_7; // IsolationController.java:199
  reg  entryValid;                               // IsolationController.java:201
  reg  [2:0] entryEvent;                         // IsolationController.java:202
  reg  [1:0] entrySubsystem;                     // IsolationController.java:203
  wire not_moduleId = ~moduleId;                 // IsolationController.java:214
  wire [1:0] cat_0_not_moduleId = {1'd0, not_moduleId}; // IsolationController.java:214
  wire request_3_and_severe_3 = request_3 & severe_3; // IsolationController.java:218
  wire request_3_and_fatal_3 = request_3 & fatal_3; // IsolationController.java:220
  wire request_2_and_severe_2 = request_2 & severe_2; // IsolationController.java:218
  wire request_2_and_fatal_2 = request_2 & fatal_2; // IsolationController.java:220
  wire request_1_and_severe_1 = request_1 & severe_1; // IsolationController.java:218
  wire request_1_and_fatal_1 = request_1 & fatal_1; // IsolationController.java:220
  wire request_0_and_severe_0 = request_0 & severe_0; // IsolationController.java:218
  wire request_0_and_fatal_0 = request_0 & fatal_0; // IsolationController.java:220
  wire not_failStop_2 = ~failStop;               // IsolationController.java:228
  wire stopNow_and_not_failStop_2 = stopNow & not_failStop_2; // IsolationController.java:228
  reg  unnamed_reg;                              // IsolationController.java:229
  reg  [2:0] unnamed_reg_1;                      // IsolationController.java:230
  reg  [1:0] unnamed_reg_2;                      // IsolationController.java:231
  reg  [2:0] modeNow;                            // IsolationController.java:233
  wire [7:0] cat_state_io1_state_io0_state_cpu1_state = {state_io1, state_io0, state_cpu1, state_cpu0}; // IsolationController.java:241
  wire [31:0] cat_buckets_3_level_buckets_2_level = {buckets_3_level, buckets_2_level, buckets_1_level, buckets_0_level}; // IsolationController.java:243
  assign states = cat_state_io1_state_io0_state_cpu1_state; // IsolationController.java:241
  assign mode = modeNow;                         // IsolationController.java:242
  assign levels = cat_buckets_3_level_buckets_2_level; // IsolationController.java:243
  assign isolated = isolatedPulse;               // IsolationController.java:244
  assign wentOffline = offlinePulse;             // IsolationController.java:245
  assign returned = returnedPulse;               // IsolationController.java:246
  assign leftService = leftPulse;                // IsolationController.java:247
  assign failStopped = stopPulse;                // IsolationController.java:248
  assign correctable = correctablePulse;         // IsolationController.java:249
  assign logValid = unnamed_reg;                 // IsolationController.java:229
  assign logEvent = unnamed_reg_1;               // IsolationController.java:230
  assign logSubsystem = unnamed_reg_2;           // IsolationController.java:231
  assign culpritKnown = known;                   // IsolationController.java:178
  assign correctableCount = corrections;         // IsolationController.java:250
  assign isolationCount = isolations;            // IsolationController.java:251
  always @(posedge clk) begin                    // IsolationController.java:82
    if (rst) begin
      state_cpu0 <= 2'd0;                        // IsolationController.java:82
    end else begin
      if (toOffline_0) begin                     // IsolationController.java:167
        state_cpu0 <= 2'd3;                      // IsolationController.java:167
      end else if (isolating_0) begin            // IsolationController.java:168
        state_cpu0 <= 2'd1;                      // IsolationController.java:168
      end else if (backOnline_0) begin           // IsolationController.java:169
        state_cpu0 <= 2'd0;                      // IsolationController.java:169
      end else if (state_cpu0_eq_1_1_and_passed) begin // IsolationController.java:170
        state_cpu0 <= 2'd2;                      // IsolationController.java:170
      end else if (state_cpu0_eq_3_and_replaced) begin // IsolationController.java:171
        state_cpu0 <= 2'd1;                      // IsolationController.java:171
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:82
    if (rst) begin
      state_cpu1 <= 2'd0;                        // IsolationController.java:82
    end else begin
      if (toOffline_1) begin                     // IsolationController.java:167
        state_cpu1 <= 2'd3;                      // IsolationController.java:167
      end else if (isolating_1) begin            // IsolationController.java:168
        state_cpu1 <= 2'd1;                      // IsolationController.java:168
      end else if (backOnline_1) begin           // IsolationController.java:169
        state_cpu1 <= 2'd0;                      // IsolationController.java:169
      end else if (state_cpu1_eq_1_1_and_passed_1) begin // IsolationController.java:170
        state_cpu1 <= 2'd2;                      // IsolationController.java:170
      end else if (state_cpu1_eq_3_and_replaced_1) begin // IsolationController.java:171
        state_cpu1 <= 2'd1;                      // IsolationController.java:171
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:82
    if (rst) begin
      state_io0 <= 2'd0;                         // IsolationController.java:82
    end else begin
      if (toOffline_2) begin                     // IsolationController.java:167
        state_io0 <= 2'd3;                       // IsolationController.java:167
      end else if (isolating_2) begin            // IsolationController.java:168
        state_io0 <= 2'd1;                       // IsolationController.java:168
      end else if (backOnline_2) begin           // IsolationController.java:169
        state_io0 <= 2'd0;                       // IsolationController.java:169
      end else if (state_io0_eq_1_2_and_passed_2) begin // IsolationController.java:170
        state_io0 <= 2'd2;                       // IsolationController.java:170
      end else if (state_io0_eq_3_and_replaced_2) begin // IsolationController.java:171
        state_io0 <= 2'd1;                       // IsolationController.java:171
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:82
    if (rst) begin
      state_io1 <= 2'd0;                         // IsolationController.java:82
    end else begin
      if (toOffline_3) begin                     // IsolationController.java:167
        state_io1 <= 2'd3;                       // IsolationController.java:167
      end else if (isolating_3) begin            // IsolationController.java:168
        state_io1 <= 2'd1;                       // IsolationController.java:168
      end else if (backOnline_3) begin           // IsolationController.java:169
        state_io1 <= 2'd0;                       // IsolationController.java:169
      end else if (state_io1_eq_1_2_and_passed_3) begin // IsolationController.java:170
        state_io1 <= 2'd2;                       // IsolationController.java:170
      end else if (state_io1_eq_3_and_replaced_3) begin // IsolationController.java:171
        state_io1 <= 2'd1;                       // IsolationController.java:171
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:84
    if (rst) begin
      failStop <= 1'd0;                          // IsolationController.java:84
    end else begin
      if (stopNow) begin                         // IsolationController.java:180
        failStop <= 1'd1;                        // IsolationController.java:180
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:85
    if (rst) begin
      deciding <= 1'd0;                          // IsolationController.java:85
    end else begin
      if (not_deciding_and_headMismatch_and_and) begin // IsolationController.java:113
        deciding <= 1'd1;                        // IsolationController.java:114
      end
      if (decide_or_not_bothCpusOnline) begin    // IsolationController.java:117
        deciding <= 1'd0;                        // IsolationController.java:117
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:86
    if (rst) begin
      decideCount <= 3'd0;                       // IsolationController.java:86
    end else begin
      if (not_deciding_and_headMismatch_and_and) begin // IsolationController.java:113
        decideCount <= 3'd3;                     // IsolationController.java:115
      end else if (deciding_and_decideCount_ne_0) begin // IsolationController.java:116
        decideCount <= decideCount_sub_1;        // IsolationController.java:116
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:87
    if (rst) begin
      recent0 <= 4'd0;                           // IsolationController.java:87
    end else begin
      recent0 <= mux_cpuError0;                  // IsolationController.java:110
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:88
    if (rst) begin
      recent1 <= 4'd0;                           // IsolationController.java:88
    end else begin
      recent1 <= mux_cpuError1;                  // IsolationController.java:111
    end
  end
  assign buckets_0_hit = isolating_0;            // IsolationController.java:172
  assign buckets_0_clear = state_cpu0_eq_3_1_and_replaced; // IsolationController.java:173
  assign buckets_0_capacity = capacity;          // IsolationController.java:122
  assign buckets_0_period = period;              // IsolationController.java:123
  assign buckets_0_clk = clk;                    // IsolationController.java:121
  assign buckets_0_rst = rst;                    // IsolationController.java:121
  assign buckets_1_hit = isolating_1;            // IsolationController.java:172
  assign buckets_1_clear = state_cpu1_eq_3_1_and_replaced_1; // IsolationController.java:173
  assign buckets_1_capacity = capacity;          // IsolationController.java:122
  assign buckets_1_period = period;              // IsolationController.java:123
  assign buckets_1_clk = clk;                    // IsolationController.java:121
  assign buckets_1_rst = rst;                    // IsolationController.java:121
  assign buckets_2_hit = isolating_2;            // IsolationController.java:172
  assign buckets_2_clear = state_io0_eq_3_1_and_replaced_2; // IsolationController.java:173
  assign buckets_2_capacity = capacity;          // IsolationController.java:122
  assign buckets_2_period = period;              // IsolationController.java:123
  assign buckets_2_clk = clk;                    // IsolationController.java:121
  assign buckets_2_rst = rst;                    // IsolationController.java:121
  assign buckets_3_hit = isolating_3;            // IsolationController.java:172
  assign buckets_3_clear = state_io1_eq_3_1_and_replaced_3; // IsolationController.java:173
  assign buckets_3_capacity = capacity;          // IsolationController.java:122
  assign buckets_3_period = period;              // IsolationController.java:123
  assign buckets_3_clk = clk;                    // IsolationController.java:121
  assign buckets_3_rst = rst;                    // IsolationController.java:121
  always @(posedge clk) begin                    // IsolationController.java:175
    if (rst) begin
      known <= 1'd1;                             // IsolationController.java:175
    end else begin
      if (decide) begin                          // IsolationController.java:176
        known <= flagged0_xor_flagged1;          // IsolationController.java:176
      end else if (isolating_0_or_isolating_1_or_linkLost) begin // IsolationController.java:177
        known <= 1'd1;                           // IsolationController.java:177
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:183
    if (rst) begin
      stopPulse <= 1'd0;                         // IsolationController.java:183
    end else begin
      stopPulse <= stopNow_and_not_failStop_1;   // IsolationController.java:184
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:185
    isolatedPulse <= cat_isolating_3_isolating_2_isolating_1; // IsolationController.java:185
  end
  always @(posedge clk) begin                    // IsolationController.java:186
    offlinePulse <= cat_toOffline_3_toOffline_2_toOffline_1; // IsolationController.java:186
  end
  always @(posedge clk) begin                    // IsolationController.java:191
    leftPulse <= cat_leaving_3_leaving_2_leaving_1; // IsolationController.java:191
  end
  always @(posedge clk) begin                    // IsolationController.java:192
    returnedPulse <= cat_backOnline_3_backOnline_2_backOnline; // IsolationController.java:192
  end
  always @(posedge clk) begin                    // IsolationController.java:194
    correctablePulse <= or_reduce_correctedNow;  // IsolationController.java:194
  end
  always @(posedge clk) begin                    // IsolationController.java:196
    if (rst) begin
      corrections <= 32'd0;                      // IsolationController.java:196
    end else begin
      corrections <= corrections_add_sum_3;      // IsolationController.java:198
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:197
    if (rst) begin
      isolations <= 32'd0;                       // IsolationController.java:197
    end else begin
      isolations <= isolations_add_sum_7;        // IsolationController.java:199
    end
  end
  always @(*) begin                              // IsolationController.java:201
    entryValid = 1'd0;                           // IsolationController.java:204
    if (corrected_3) begin                       // IsolationController.java:209
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (corrected_2) begin                       // IsolationController.java:209
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (corrected_1) begin                       // IsolationController.java:209
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (corrected_0) begin                       // IsolationController.java:209
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (linkLost) begin                          // IsolationController.java:211
      entryValid = 1'd1;                         // IsolationController.java:212
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:218
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:220
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:218
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:220
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:218
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:220
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:218
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:220
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (blame1) begin                            // IsolationController.java:222
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (blame0) begin                            // IsolationController.java:223
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (toOffline_3) begin                       // IsolationController.java:226
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (toOffline_2) begin                       // IsolationController.java:226
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (toOffline_1) begin                       // IsolationController.java:226
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (toOffline_0) begin                       // IsolationController.java:226
      entryValid = 1'd1;                         // IsolationController.java:255
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:228
      entryValid = 1'd1;                         // IsolationController.java:255
    end
  end
  always @(*) begin                              // IsolationController.java:202
    entryEvent = 3'd0;                           // IsolationController.java:205
    if (corrected_3) begin                       // IsolationController.java:209
      entryEvent = 3'd1;                         // IsolationController.java:256
    end
    if (corrected_2) begin                       // IsolationController.java:209
      entryEvent = 3'd1;                         // IsolationController.java:256
    end
    if (corrected_1) begin                       // IsolationController.java:209
      entryEvent = 3'd1;                         // IsolationController.java:256
    end
    if (corrected_0) begin                       // IsolationController.java:209
      entryEvent = 3'd1;                         // IsolationController.java:256
    end
    if (linkLost) begin                          // IsolationController.java:211
      entryEvent = 3'd6;                         // IsolationController.java:213
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:218
      entryEvent = 3'd2;                         // IsolationController.java:256
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:220
      entryEvent = 3'd3;                         // IsolationController.java:256
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:218
      entryEvent = 3'd2;                         // IsolationController.java:256
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:220
      entryEvent = 3'd3;                         // IsolationController.java:256
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:218
      entryEvent = 3'd2;                         // IsolationController.java:256
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:220
      entryEvent = 3'd3;                         // IsolationController.java:256
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:218
      entryEvent = 3'd2;                         // IsolationController.java:256
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:220
      entryEvent = 3'd3;                         // IsolationController.java:256
    end
    if (blame1) begin                            // IsolationController.java:222
      entryEvent = 3'd4;                         // IsolationController.java:256
    end
    if (blame0) begin                            // IsolationController.java:223
      entryEvent = 3'd4;                         // IsolationController.java:256
    end
    if (toOffline_3) begin                       // IsolationController.java:226
      entryEvent = 3'd5;                         // IsolationController.java:256
    end
    if (toOffline_2) begin                       // IsolationController.java:226
      entryEvent = 3'd5;                         // IsolationController.java:256
    end
    if (toOffline_1) begin                       // IsolationController.java:226
      entryEvent = 3'd5;                         // IsolationController.java:256
    end
    if (toOffline_0) begin                       // IsolationController.java:226
      entryEvent = 3'd5;                         // IsolationController.java:256
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:228
      entryEvent = 3'd7;                         // IsolationController.java:256
    end
  end
  always @(*) begin                              // IsolationController.java:203
    entrySubsystem = 2'd0;                       // IsolationController.java:206
    if (corrected_3) begin                       // IsolationController.java:209
      entrySubsystem = 2'd3;                     // IsolationController.java:257
    end
    if (corrected_2) begin                       // IsolationController.java:209
      entrySubsystem = 2'd2;                     // IsolationController.java:257
    end
    if (corrected_1) begin                       // IsolationController.java:209
      entrySubsystem = 2'd1;                     // IsolationController.java:257
    end
    if (corrected_0) begin                       // IsolationController.java:209
      entrySubsystem = 2'd0;                     // IsolationController.java:257
    end
    if (linkLost) begin                          // IsolationController.java:211
      entrySubsystem = cat_0_not_moduleId;       // IsolationController.java:214
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:218
      entrySubsystem = 2'd3;                     // IsolationController.java:257
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:220
      entrySubsystem = 2'd3;                     // IsolationController.java:257
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:218
      entrySubsystem = 2'd2;                     // IsolationController.java:257
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:220
      entrySubsystem = 2'd2;                     // IsolationController.java:257
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:218
      entrySubsystem = 2'd1;                     // IsolationController.java:257
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:220
      entrySubsystem = 2'd1;                     // IsolationController.java:257
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:218
      entrySubsystem = 2'd0;                     // IsolationController.java:257
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:220
      entrySubsystem = 2'd0;                     // IsolationController.java:257
    end
    if (blame1) begin                            // IsolationController.java:222
      entrySubsystem = 2'd1;                     // IsolationController.java:257
    end
    if (blame0) begin                            // IsolationController.java:223
      entrySubsystem = 2'd0;                     // IsolationController.java:257
    end
    if (toOffline_3) begin                       // IsolationController.java:226
      entrySubsystem = 2'd3;                     // IsolationController.java:257
    end
    if (toOffline_2) begin                       // IsolationController.java:226
      entrySubsystem = 2'd2;                     // IsolationController.java:257
    end
    if (toOffline_1) begin                       // IsolationController.java:226
      entrySubsystem = 2'd1;                     // IsolationController.java:257
    end
    if (toOffline_0) begin                       // IsolationController.java:226
      entrySubsystem = 2'd0;                     // IsolationController.java:257
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:228
      entrySubsystem = 2'd0;                     // IsolationController.java:257
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:229
    unnamed_reg <= entryValid;                   // IsolationController.java:229
  end
  always @(posedge clk) begin                    // IsolationController.java:230
    unnamed_reg_1 <= entryEvent;                 // IsolationController.java:230
  end
  always @(posedge clk) begin                    // IsolationController.java:231
    unnamed_reg_2 <= entrySubsystem;             // IsolationController.java:231
  end
  always @(*) begin                              // IsolationController.java:233
    if (failStop) begin                          // IsolationController.java:234
      modeNow = 3'd4;                            // IsolationController.java:234
    end else if (deciding) begin                 // IsolationController.java:235
      modeNow = 3'd1;                            // IsolationController.java:235
    end else if (bothCpusOnline) begin           // IsolationController.java:236
      modeNow = 3'd0;                            // IsolationController.java:236
    end else if (online_0) begin                 // IsolationController.java:237
      modeNow = 3'd2;                            // IsolationController.java:237
    end else if (online_1) begin                 // IsolationController.java:238
      modeNow = 3'd3;                            // IsolationController.java:238
    end else begin
      modeNow = 3'd4;                            // IsolationController.java:239
    end
  end
  LeakyBucket buckets_0 (                        // IsolationController.java:121
    .hit        (buckets_0_hit),
    .clear      (buckets_0_clear),
    .capacity   (buckets_0_capacity),
    .period     (buckets_0_period),
    .level      (buckets_0_level),
    .nearlyFull (buckets_0_nearlyFull),
    .clk        (buckets_0_clk),
    .rst        (buckets_0_rst)
  );
  LeakyBucket buckets_1 (                        // IsolationController.java:121
    .hit        (buckets_1_hit),
    .clear      (buckets_1_clear),
    .capacity   (buckets_1_capacity),
    .period     (buckets_1_period),
    .level      (buckets_1_level),
    .nearlyFull (buckets_1_nearlyFull),
    .clk        (buckets_1_clk),
    .rst        (buckets_1_rst)
  );
  LeakyBucket buckets_2 (                        // IsolationController.java:121
    .hit        (buckets_2_hit),
    .clear      (buckets_2_clear),
    .capacity   (buckets_2_capacity),
    .period     (buckets_2_period),
    .level      (buckets_2_level),
    .nearlyFull (buckets_2_nearlyFull),
    .clk        (buckets_2_clk),
    .rst        (buckets_2_rst)
  );
  LeakyBucket buckets_3 (                        // IsolationController.java:121
    .hit        (buckets_3_hit),
    .clear      (buckets_3_clear),
    .capacity   (buckets_3_capacity),
    .period     (buckets_3_period),
    .level      (buckets_3_level),
    .nearlyFull (buckets_3_nearlyFull),
    .clk        (buckets_3_clk),
    .rst        (buckets_3_rst)
  );
endmodule
