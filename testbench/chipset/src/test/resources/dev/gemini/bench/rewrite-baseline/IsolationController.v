// IsolationController: generated from dev.gemini.isolation.IsolationController by hdl-dsl. Do not edit; run `make rtl`.
module IsolationController (                     // IsolationController.java:82
  input  wire [5:0] errors0,                     // IsolationController.java:46
  input  wire [5:0] errors1,                     // IsolationController.java:47
  input  wire headMismatch,                      // IsolationController.java:48
  input  wire commandValid,                      // IsolationController.java:49
  input  wire resyncDone,                        // IsolationController.java:51
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] command,                    // IsolationController.java:52
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire [7:0] capacity,                    // IsolationController.java:53
  input  wire [31:0] period,                     // IsolationController.java:54
  input  wire rankM1First,                       // IsolationController.java:55
  input  wire linkLost,                          // IsolationController.java:56
  input  wire partnerFresh,                      // IsolationController.java:58
  input  wire partnerPresent,                    // IsolationController.java:59
  input  wire moduleId,                          // IsolationController.java:60
  output wire [7:0] states,                      // IsolationController.java:63
  output wire [2:0] mode,                        // IsolationController.java:64
  output wire [31:0] levels,                     // IsolationController.java:65
  output wire [3:0] isolated,                    // IsolationController.java:67
  output wire [3:0] wentOffline,                 // IsolationController.java:68
  output wire [3:0] returned,                    // IsolationController.java:69
  output wire [3:0] leftService,                 // IsolationController.java:71
  output wire failStopped,                       // IsolationController.java:72
  output wire correctable,                       // IsolationController.java:73
  output wire logValid,                          // IsolationController.java:74
  output wire [2:0] logEvent,                    // IsolationController.java:75
  output wire [1:0] logSubsystem,                // IsolationController.java:76
  output wire culpritKnown,                      // IsolationController.java:78
  output wire [31:0] correctableCount,           // IsolationController.java:79
  output wire [31:0] isolationCount,             // IsolationController.java:80
  input  wire clk,                               // IsolationController.java:82
  input  wire rst                                // IsolationController.java:82
);
  reg  [1:0] state_cpu0;                         // IsolationController.java:85
  reg  [1:0] state_cpu1;                         // IsolationController.java:85
  reg  [1:0] state_io0;                          // IsolationController.java:85
  reg  [1:0] state_io1;                          // IsolationController.java:85
  reg  failStop;                                 // IsolationController.java:87
  reg  deciding;                                 // IsolationController.java:88
  reg  [2:0] decideCount;                        // IsolationController.java:89
  reg  [3:0] recent0;                            // IsolationController.java:90
  reg  [3:0] recent1;                            // IsolationController.java:91
  wire online_0 = state_cpu0 == 2'd0;            // IsolationController.java:95
  wire online_1 = state_cpu1 == 2'd0;            // IsolationController.java:95
  wire online_2 = state_io0 == 2'd0;             // IsolationController.java:95
  wire online_3 = state_io1 == 2'd0;             // IsolationController.java:95
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
  wire [7:0] buckets_0_level;                    // IsolationController.java:124
  wire buckets_0_nearlyFull;                     // IsolationController.java:124
  wire buckets_0_clk;                            // IsolationController.java:124
  wire buckets_0_rst;                            // IsolationController.java:124
  wire buckets_1_hit;                            // IsolationController.java:124
  wire buckets_1_clear;                          // IsolationController.java:124
  wire [7:0] buckets_1_capacity;                 // IsolationController.java:124
  wire [31:0] buckets_1_period;                  // IsolationController.java:124
  wire [7:0] buckets_1_level;                    // IsolationController.java:124
  wire buckets_1_nearlyFull;                     // IsolationController.java:124
  wire buckets_1_clk;                            // IsolationController.java:124
  wire buckets_1_rst;                            // IsolationController.java:124
  wire buckets_2_hit;                            // IsolationController.java:124
  wire buckets_2_clear;                          // IsolationController.java:124
  wire [7:0] buckets_2_capacity;                 // IsolationController.java:124
  wire [31:0] buckets_2_period;                  // IsolationController.java:124
  wire [7:0] buckets_2_level;                    // IsolationController.java:124
  wire buckets_2_nearlyFull;                     // IsolationController.java:124
  wire buckets_2_clk;                            // IsolationController.java:124
  wire buckets_2_rst;                            // IsolationController.java:124
  wire buckets_3_hit;                            // IsolationController.java:124
  wire buckets_3_clear;                          // IsolationController.java:124
  wire [7:0] buckets_3_capacity;                 // IsolationController.java:124
  wire [31:0] buckets_3_period;                  // IsolationController.java:124
  wire [7:0] buckets_3_level;                    // IsolationController.java:124
  wire buckets_3_nearlyFull;                     // IsolationController.java:124
  wire buckets_3_clk;                            // IsolationController.java:124
  wire buckets_3_rst;                            // IsolationController.java:124
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
  wire [1:0] command_subsystem = command[1:0];   // IsolationController.java:144
  wire [2:0] command_op = command[6:4];          // IsolationController.java:145
  wire preferredIsLocal = rankM1First == moduleId; // IsolationController.java:146
  wire linkLost_and_partnerPresent = linkLost & partnerPresent; // IsolationController.java:147
  wire not_preferredIsLocal = ~preferredIsLocal; // IsolationController.java:147
  wire splitBrain = linkLost_and_partnerPresent & not_preferredIsLocal; // IsolationController.java:147
  wire partnerSubsystem = 1'd0 != moduleId;      // IsolationController.java:155
  wire not_request_1 = ~request_1;               // IsolationController.java:156
  wire otherStaysOnline = online_1 & not_request_1; // IsolationController.java:156
  wire command_subsystem_eq_0 = command_subsystem == 2'd0; // IsolationController.java:157
  wire command_here = commandValid & command_subsystem_eq_0; // IsolationController.java:157
  wire command_op_eq_1 = command_op == 3'd1;     // IsolationController.java:158
  wire passed = command_here & command_op_eq_1;  // IsolationController.java:158
  wire command_op_eq_2 = command_op == 3'd2;     // IsolationController.java:159
  wire failed = command_here & command_op_eq_2;  // IsolationController.java:159
  wire command_op_eq_3 = command_op == 3'd3;     // IsolationController.java:160
  wire command_here_and_command_op_eq_3 = command_here & command_op_eq_3; // IsolationController.java:160
  wire resynced = command_here_and_command_op_eq_3 | resyncDone; // IsolationController.java:160
  wire command_op_eq_4 = command_op == 3'd4;     // IsolationController.java:161
  wire replaced = command_here & command_op_eq_4; // IsolationController.java:161
  wire linkLost_and_partnerSubsystem = linkLost & partnerSubsystem; // IsolationController.java:163
  wire state_cpu0_ne_3 = state_cpu0 != 2'd3;     // IsolationController.java:163
  wire lostWithPartner = linkLost_and_partnerSubsystem & state_cpu0_ne_3; // IsolationController.java:163
  wire not_lostWithPartner = ~lostWithPartner;   // IsolationController.java:164
  wire isolating_0 = request_0 & not_lostWithPartner; // IsolationController.java:164
  wire isolating_0_and_buckets_0_nearlyFull = isolating_0 & buckets_0_nearlyFull; // IsolationController.java:165
  wire isolating_0_and_buckets_0_nearlyFull_and = isolating_0_and_buckets_0_nearlyFull & otherStaysOnline; // IsolationController.java:165
  wire state_cpu0_eq_1 = state_cpu0 == 2'd1;     // IsolationController.java:166
  wire state_cpu0_eq_1_and_failed = state_cpu0_eq_1 & failed; // IsolationController.java:166
  wire state_cpu0_eq_1_and_failed_and_online_1 = state_cpu0_eq_1_and_failed & online_1; // IsolationController.java:166
  wire isolating_0_and_buckets_0_nearlyFull_and_1 = isolating_0_and_buckets_0_nearlyFull_and | state_cpu0_eq_1_and_failed_and_online_1; // IsolationController.java:166
  wire toOffline_0 = isolating_0_and_buckets_0_nearlyFull_and_1 | lostWithPartner; // IsolationController.java:167
  wire state_cpu0_eq_2 = state_cpu0 == 2'd2;     // IsolationController.java:168
  wire backOnline_0 = state_cpu0_eq_2 & resynced; // IsolationController.java:169
  wire state_cpu0_eq_1_1 = state_cpu0 == 2'd1;   // IsolationController.java:173
  wire state_cpu0_eq_1_1_and_passed = state_cpu0_eq_1_1 & passed; // IsolationController.java:173
  wire state_cpu0_eq_3 = state_cpu0 == 2'd3;     // IsolationController.java:174
  wire state_cpu0_eq_3_and_replaced = state_cpu0_eq_3 & replaced; // IsolationController.java:174
  wire state_cpu0_eq_3_1 = state_cpu0 == 2'd3;   // IsolationController.java:176
  wire state_cpu0_eq_3_1_and_replaced = state_cpu0_eq_3_1 & replaced; // IsolationController.java:176
  wire partnerSubsystem_1 = 1'd1 != moduleId;    // IsolationController.java:155
  wire not_request_0 = ~request_0;               // IsolationController.java:156
  wire otherStaysOnline_1 = online_0 & not_request_0; // IsolationController.java:156
  wire command_subsystem_eq_1 = command_subsystem == 2'd1; // IsolationController.java:157
  wire command_here_1 = commandValid & command_subsystem_eq_1; // IsolationController.java:157
  wire command_op_eq_1_1 = command_op == 3'd1;   // IsolationController.java:158
  wire passed_1 = command_here_1 & command_op_eq_1_1; // IsolationController.java:158
  wire command_op_eq_2_1 = command_op == 3'd2;   // IsolationController.java:159
  wire failed_1 = command_here_1 & command_op_eq_2_1; // IsolationController.java:159
  wire command_op_eq_3_1 = command_op == 3'd3;   // IsolationController.java:160
  wire command_here_1_and_command_op_eq_3_1 = command_here_1 & command_op_eq_3_1; // IsolationController.java:160
  wire resynced_1 = command_here_1_and_command_op_eq_3_1 | resyncDone; // IsolationController.java:160
  wire command_op_eq_4_1 = command_op == 3'd4;   // IsolationController.java:161
  wire replaced_1 = command_here_1 & command_op_eq_4_1; // IsolationController.java:161
  wire linkLost_and_partnerSubsystem_1 = linkLost & partnerSubsystem_1; // IsolationController.java:163
  wire state_cpu1_ne_3 = state_cpu1 != 2'd3;     // IsolationController.java:163
  wire lostWithPartner_1 = linkLost_and_partnerSubsystem_1 & state_cpu1_ne_3; // IsolationController.java:163
  wire not_lostWithPartner_1 = ~lostWithPartner_1; // IsolationController.java:164
  wire isolating_1 = request_1 & not_lostWithPartner_1; // IsolationController.java:164
  wire isolating_1_and_buckets_1_nearlyFull = isolating_1 & buckets_1_nearlyFull; // IsolationController.java:165
  wire isolating_1_and_buckets_1_nearlyFull_and = isolating_1_and_buckets_1_nearlyFull & otherStaysOnline_1; // IsolationController.java:165
  wire state_cpu1_eq_1 = state_cpu1 == 2'd1;     // IsolationController.java:166
  wire state_cpu1_eq_1_and_failed_1 = state_cpu1_eq_1 & failed_1; // IsolationController.java:166
  wire state_cpu1_eq_1_and_failed_1_and_online = state_cpu1_eq_1_and_failed_1 & online_0; // IsolationController.java:166
  wire isolating_1_and_buckets_1_nearlyFull_and_1 = isolating_1_and_buckets_1_nearlyFull_and | state_cpu1_eq_1_and_failed_1_and_online; // IsolationController.java:166
  wire toOffline_1 = isolating_1_and_buckets_1_nearlyFull_and_1 | lostWithPartner_1; // IsolationController.java:167
  wire state_cpu1_eq_2 = state_cpu1 == 2'd2;     // IsolationController.java:168
  wire backOnline_1 = state_cpu1_eq_2 & resynced_1; // IsolationController.java:169
  wire state_cpu1_eq_1_1 = state_cpu1 == 2'd1;   // IsolationController.java:173
  wire state_cpu1_eq_1_1_and_passed_1 = state_cpu1_eq_1_1 & passed_1; // IsolationController.java:173
  wire state_cpu1_eq_3 = state_cpu1 == 2'd3;     // IsolationController.java:174
  wire state_cpu1_eq_3_and_replaced_1 = state_cpu1_eq_3 & replaced_1; // IsolationController.java:174
  wire state_cpu1_eq_3_1 = state_cpu1 == 2'd3;   // IsolationController.java:176
  wire state_cpu1_eq_3_1_and_replaced_1 = state_cpu1_eq_3_1 & replaced_1; // IsolationController.java:176
  wire partnerSubsystem_2 = 1'd0 != moduleId;    // IsolationController.java:155
  wire not_request_3 = ~request_3;               // IsolationController.java:156
  wire otherStaysOnline_2 = online_3 & not_request_3; // IsolationController.java:156
  wire command_subsystem_eq_2 = command_subsystem == 2'd2; // IsolationController.java:157
  wire command_here_2 = commandValid & command_subsystem_eq_2; // IsolationController.java:157
  wire command_op_eq_1_2 = command_op == 3'd1;   // IsolationController.java:158
  wire passed_2 = command_here_2 & command_op_eq_1_2; // IsolationController.java:158
  wire command_op_eq_2_2 = command_op == 3'd2;   // IsolationController.java:159
  wire failed_2 = command_here_2 & command_op_eq_2_2; // IsolationController.java:159
  wire command_op_eq_3_2 = command_op == 3'd3;   // IsolationController.java:160
  wire command_here_2_and_command_op_eq_3_2 = command_here_2 & command_op_eq_3_2; // IsolationController.java:160
  /* verilator lint_off UNUSEDSIGNAL */
  wire resynced_2 = command_here_2_and_command_op_eq_3_2 | 1'd0; // IsolationController.java:160
  /* verilator lint_on UNUSEDSIGNAL */
  wire command_op_eq_4_2 = command_op == 3'd4;   // IsolationController.java:161
  wire replaced_2 = command_here_2 & command_op_eq_4_2; // IsolationController.java:161
  wire linkLost_and_partnerSubsystem_2 = linkLost & partnerSubsystem_2; // IsolationController.java:163
  wire state_io0_ne_3 = state_io0 != 2'd3;       // IsolationController.java:163
  wire lostWithPartner_2 = linkLost_and_partnerSubsystem_2 & state_io0_ne_3; // IsolationController.java:163
  wire not_lostWithPartner_2 = ~lostWithPartner_2; // IsolationController.java:164
  wire isolating_2 = request_2 & not_lostWithPartner_2; // IsolationController.java:164
  wire isolating_2_and_buckets_2_nearlyFull = isolating_2 & buckets_2_nearlyFull; // IsolationController.java:165
  wire isolating_2_and_buckets_2_nearlyFull_and = isolating_2_and_buckets_2_nearlyFull & otherStaysOnline_2; // IsolationController.java:165
  wire state_io0_eq_1 = state_io0 == 2'd1;       // IsolationController.java:166
  wire state_io0_eq_1_and_failed_2 = state_io0_eq_1 & failed_2; // IsolationController.java:166
  wire state_io0_eq_1_and_failed_2_and_online_3 = state_io0_eq_1_and_failed_2 & online_3; // IsolationController.java:166
  wire isolating_2_and_buckets_2_nearlyFull_and_1 = isolating_2_and_buckets_2_nearlyFull_and | state_io0_eq_1_and_failed_2_and_online_3; // IsolationController.java:166
  wire toOffline_2 = isolating_2_and_buckets_2_nearlyFull_and_1 | lostWithPartner_2; // IsolationController.java:167
  wire state_io0_eq_1_1 = state_io0 == 2'd1;     // IsolationController.java:168
  wire backOnline_2 = state_io0_eq_1_1 & passed_2; // IsolationController.java:169
  wire state_io0_eq_1_2 = state_io0 == 2'd1;     // IsolationController.java:173
  wire state_io0_eq_1_2_and_passed_2 = state_io0_eq_1_2 & passed_2; // IsolationController.java:173
  wire state_io0_eq_3 = state_io0 == 2'd3;       // IsolationController.java:174
  wire state_io0_eq_3_and_replaced_2 = state_io0_eq_3 & replaced_2; // IsolationController.java:174
  wire state_io0_eq_3_1 = state_io0 == 2'd3;     // IsolationController.java:176
  wire state_io0_eq_3_1_and_replaced_2 = state_io0_eq_3_1 & replaced_2; // IsolationController.java:176
  wire partnerSubsystem_3 = 1'd1 != moduleId;    // IsolationController.java:155
  wire not_request_2 = ~request_2;               // IsolationController.java:156
  wire otherStaysOnline_3 = online_2 & not_request_2; // IsolationController.java:156
  wire command_subsystem_eq_3 = command_subsystem == 2'd3; // IsolationController.java:157
  wire command_here_3 = commandValid & command_subsystem_eq_3; // IsolationController.java:157
  wire command_op_eq_1_3 = command_op == 3'd1;   // IsolationController.java:158
  wire passed_3 = command_here_3 & command_op_eq_1_3; // IsolationController.java:158
  wire command_op_eq_2_3 = command_op == 3'd2;   // IsolationController.java:159
  wire failed_3 = command_here_3 & command_op_eq_2_3; // IsolationController.java:159
  wire command_op_eq_3_3 = command_op == 3'd3;   // IsolationController.java:160
  wire command_here_3_and_command_op_eq_3_3 = command_here_3 & command_op_eq_3_3; // IsolationController.java:160
  /* verilator lint_off UNUSEDSIGNAL */
  wire resynced_3 = command_here_3_and_command_op_eq_3_3 | 1'd0; // IsolationController.java:160
  /* verilator lint_on UNUSEDSIGNAL */
  wire command_op_eq_4_3 = command_op == 3'd4;   // IsolationController.java:161
  wire replaced_3 = command_here_3 & command_op_eq_4_3; // IsolationController.java:161
  wire linkLost_and_partnerSubsystem_3 = linkLost & partnerSubsystem_3; // IsolationController.java:163
  wire state_io1_ne_3 = state_io1 != 2'd3;       // IsolationController.java:163
  wire lostWithPartner_3 = linkLost_and_partnerSubsystem_3 & state_io1_ne_3; // IsolationController.java:163
  wire not_lostWithPartner_3 = ~lostWithPartner_3; // IsolationController.java:164
  wire isolating_3 = request_3 & not_lostWithPartner_3; // IsolationController.java:164
  wire isolating_3_and_buckets_3_nearlyFull = isolating_3 & buckets_3_nearlyFull; // IsolationController.java:165
  wire isolating_3_and_buckets_3_nearlyFull_and = isolating_3_and_buckets_3_nearlyFull & otherStaysOnline_3; // IsolationController.java:165
  wire state_io1_eq_1 = state_io1 == 2'd1;       // IsolationController.java:166
  wire state_io1_eq_1_and_failed_3 = state_io1_eq_1 & failed_3; // IsolationController.java:166
  wire state_io1_eq_1_and_failed_3_and_online_2 = state_io1_eq_1_and_failed_3 & online_2; // IsolationController.java:166
  wire isolating_3_and_buckets_3_nearlyFull_and_1 = isolating_3_and_buckets_3_nearlyFull_and | state_io1_eq_1_and_failed_3_and_online_2; // IsolationController.java:166
  wire toOffline_3 = isolating_3_and_buckets_3_nearlyFull_and_1 | lostWithPartner_3; // IsolationController.java:167
  wire state_io1_eq_1_1 = state_io1 == 2'd1;     // IsolationController.java:168
  wire backOnline_3 = state_io1_eq_1_1 & passed_3; // IsolationController.java:169
  wire state_io1_eq_1_2 = state_io1 == 2'd1;     // IsolationController.java:173
  wire state_io1_eq_1_2_and_passed_3 = state_io1_eq_1_2 & passed_3; // IsolationController.java:173
  wire state_io1_eq_3 = state_io1 == 2'd3;       // IsolationController.java:174
  wire state_io1_eq_3_and_replaced_3 = state_io1_eq_3 & replaced_3; // IsolationController.java:174
  wire state_io1_eq_3_1 = state_io1 == 2'd3;     // IsolationController.java:176
  wire state_io1_eq_3_1_and_replaced_3 = state_io1_eq_3_1 & replaced_3; // IsolationController.java:176
  reg  known;                                    // IsolationController.java:178
  wire flagged0_xor_flagged1 = flagged0 ^ flagged1; // IsolationController.java:179
  wire isolating_0_or_isolating_1 = isolating_0 | isolating_1; // IsolationController.java:180
  wire isolating_0_or_isolating_1_or_linkLost = isolating_0_or_isolating_1 | linkLost; // IsolationController.java:180
  wire cpusBothSevere_or_blameBoth = cpusBothSevere | blameBoth; // IsolationController.java:182
  wire stopNow = cpusBothSevere_or_blameBoth | splitBrain; // IsolationController.java:182
  reg  stopPulse;                                // IsolationController.java:186
  wire not_failStop_1 = ~failStop;               // IsolationController.java:187
  wire stopNow_and_not_failStop_1 = stopNow & not_failStop_1; // IsolationController.java:187
  wire [3:0] cat_isolating_3_isolating_2_isolating_1 = {isolating_3, isolating_2, isolating_1, isolating_0}; // IsolationController.java:188
  reg  [3:0] isolatedPulse;                      // IsolationController.java:188
  wire [3:0] cat_toOffline_3_toOffline_2_toOffline_1 = {toOffline_3, toOffline_2, toOffline_1, toOffline_0}; // IsolationController.java:189
  reg  [3:0] offlinePulse;                       // IsolationController.java:189
  wire isolating_0_or_toOffline_0 = isolating_0 | toOffline_0; // IsolationController.java:192
  wire leaving_0 = online_0 & isolating_0_or_toOffline_0; // IsolationController.java:192
  wire isolating_1_or_toOffline_1 = isolating_1 | toOffline_1; // IsolationController.java:192
  wire leaving_1 = online_1 & isolating_1_or_toOffline_1; // IsolationController.java:192
  wire isolating_2_or_toOffline_2 = isolating_2 | toOffline_2; // IsolationController.java:192
  wire leaving_2 = online_2 & isolating_2_or_toOffline_2; // IsolationController.java:192
  wire isolating_3_or_toOffline_3 = isolating_3 | toOffline_3; // IsolationController.java:192
  wire leaving_3 = online_3 & isolating_3_or_toOffline_3; // IsolationController.java:192
  wire [3:0] cat_leaving_3_leaving_2_leaving_1 = {leaving_3, leaving_2, leaving_1, leaving_0}; // IsolationController.java:194
  reg  [3:0] leftPulse;                          // IsolationController.java:194
  wire [3:0] cat_backOnline_3_backOnline_2_backOnline = {backOnline_3, backOnline_2, backOnline_1, backOnline_0}; // IsolationController.java:195
  reg  [3:0] returnedPulse;                      // IsolationController.java:195
  wire [3:0] correctedNow = {corrected_3, corrected_2, corrected_1, corrected_0}; // IsolationController.java:196
  wire or_reduce_correctedNow = |correctedNow;   // IsolationController.java:197
  reg  correctablePulse;                         // IsolationController.java:197
  reg  [31:0] corrections;                       // IsolationController.java:199
  reg  [31:0] isolations;                        // IsolationController.java:200
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
  wire [31:0] corrections_add_correctedNow_1_0_0_ext = corrections + correctedNow_1_0_0_ext_add_correctedNow_1; // IsolationController.java:201
  wire [3:0] cat_isolating_3_isolating_2_isolating_1_1 = {isolating_3, isolating_2, isolating_1, isolating_0}; // IsolationController.java:202
  wire [1:0] cat_isolating_3_isolating_2_isolating_1_2 = cat_isolating_3_isolating_2_isolating_1_1[1:0]; // BitScan.java:39
  wire cat_isolating_3_isolating_2_isolating_1_3 = cat_isolating_3_isolating_2_isolating_1_2[0]; // BitScan.java:39
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_4 = {31'd0, cat_isolating_3_isolating_2_isolating_1_3}; // BitScan.java:36
  wire cat_isolating_3_isolating_2_isolating_1_5 = cat_isolating_3_isolating_2_isolating_1_2[1]; // BitScan.java:39
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_6 = {31'd0, cat_isolating_3_isolating_2_isolating_1_5}; // BitScan.java:36
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_7 = cat_isolating_3_isolating_2_isolating_1_4 + cat_isolating_3_isolating_2_isolating_1_6; // BitScan.java:39
  wire [1:0] cat_isolating_3_isolating_2_isolating_1_8 = cat_isolating_3_isolating_2_isolating_1_1[3:2]; // BitScan.java:39
  wire cat_isolating_3_isolating_2_isolating_1_9 = cat_isolating_3_isolating_2_isolating_1_8[0]; // BitScan.java:39
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_10 = {31'd0, cat_isolating_3_isolating_2_isolating_1_9}; // BitScan.java:36
  wire cat_isolating_3_isolating_2_isolating_1_11 = cat_isolating_3_isolating_2_isolating_1_8[1]; // BitScan.java:39
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_12 = {31'd0, cat_isolating_3_isolating_2_isolating_1_11}; // BitScan.java:36
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_13 = cat_isolating_3_isolating_2_isolating_1_10 + cat_isolating_3_isolating_2_isolating_1_12; // BitScan.java:39
  wire [31:0] cat_isolating_3_isolating_2_isolating_1_14 = cat_isolating_3_isolating_2_isolating_1_7 + cat_isolating_3_isolating_2_isolating_1_13; // BitScan.java:39
  wire [31:0] isolations_add_cat_isolating_3_isolating = isolations + cat_isolating_3_isolating_2_isolating_1_14; // IsolationController.java:202
  reg  entryValid;                               // IsolationController.java:204
  reg  [2:0] entryEvent;                         // IsolationController.java:205
  reg  [1:0] entrySubsystem;                     // IsolationController.java:206
  wire not_moduleId = ~moduleId;                 // IsolationController.java:217
  wire [1:0] cat_0_not_moduleId = {1'd0, not_moduleId}; // IsolationController.java:217
  wire request_3_and_severe_3 = request_3 & severe_3; // IsolationController.java:221
  wire request_3_and_fatal_3 = request_3 & fatal_3; // IsolationController.java:223
  wire request_2_and_severe_2 = request_2 & severe_2; // IsolationController.java:221
  wire request_2_and_fatal_2 = request_2 & fatal_2; // IsolationController.java:223
  wire request_1_and_severe_1 = request_1 & severe_1; // IsolationController.java:221
  wire request_1_and_fatal_1 = request_1 & fatal_1; // IsolationController.java:223
  wire request_0_and_severe_0 = request_0 & severe_0; // IsolationController.java:221
  wire request_0_and_fatal_0 = request_0 & fatal_0; // IsolationController.java:223
  wire not_failStop_2 = ~failStop;               // IsolationController.java:231
  wire stopNow_and_not_failStop_2 = stopNow & not_failStop_2; // IsolationController.java:231
  reg  unnamed_reg;                              // IsolationController.java:232
  reg  [2:0] unnamed_reg_1;                      // IsolationController.java:233
  reg  [1:0] unnamed_reg_2;                      // IsolationController.java:234
  reg  [2:0] modeNow;                            // IsolationController.java:236
  wire [7:0] cat_state_io1_state_io0_state_cpu1_state = {state_io1, state_io0, state_cpu1, state_cpu0}; // IsolationController.java:244
  wire [31:0] cat_buckets_3_level_buckets_2_level = {buckets_3_level, buckets_2_level, buckets_1_level, buckets_0_level}; // IsolationController.java:246
  assign states = cat_state_io1_state_io0_state_cpu1_state; // IsolationController.java:244
  assign mode = modeNow;                         // IsolationController.java:245
  assign levels = cat_buckets_3_level_buckets_2_level; // IsolationController.java:246
  assign isolated = isolatedPulse;               // IsolationController.java:247
  assign wentOffline = offlinePulse;             // IsolationController.java:248
  assign returned = returnedPulse;               // IsolationController.java:249
  assign leftService = leftPulse;                // IsolationController.java:250
  assign failStopped = stopPulse;                // IsolationController.java:251
  assign correctable = correctablePulse;         // IsolationController.java:252
  assign logValid = unnamed_reg;                 // IsolationController.java:232
  assign logEvent = unnamed_reg_1;               // IsolationController.java:233
  assign logSubsystem = unnamed_reg_2;           // IsolationController.java:234
  assign culpritKnown = known;                   // IsolationController.java:181
  assign correctableCount = corrections;         // IsolationController.java:253
  assign isolationCount = isolations;            // IsolationController.java:254
  always @(posedge clk) begin                    // IsolationController.java:85
    if (rst) begin
      state_cpu0 <= 2'd0;                        // IsolationController.java:85
    end else begin
      if (toOffline_0) begin                     // IsolationController.java:170
        state_cpu0 <= 2'd3;                      // IsolationController.java:170
      end else if (isolating_0) begin            // IsolationController.java:171
        state_cpu0 <= 2'd1;                      // IsolationController.java:171
      end else if (backOnline_0) begin           // IsolationController.java:172
        state_cpu0 <= 2'd0;                      // IsolationController.java:172
      end else if (state_cpu0_eq_1_1_and_passed) begin // IsolationController.java:173
        state_cpu0 <= 2'd2;                      // IsolationController.java:173
      end else if (state_cpu0_eq_3_and_replaced) begin // IsolationController.java:174
        state_cpu0 <= 2'd1;                      // IsolationController.java:174
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:85
    if (rst) begin
      state_cpu1 <= 2'd0;                        // IsolationController.java:85
    end else begin
      if (toOffline_1) begin                     // IsolationController.java:170
        state_cpu1 <= 2'd3;                      // IsolationController.java:170
      end else if (isolating_1) begin            // IsolationController.java:171
        state_cpu1 <= 2'd1;                      // IsolationController.java:171
      end else if (backOnline_1) begin           // IsolationController.java:172
        state_cpu1 <= 2'd0;                      // IsolationController.java:172
      end else if (state_cpu1_eq_1_1_and_passed_1) begin // IsolationController.java:173
        state_cpu1 <= 2'd2;                      // IsolationController.java:173
      end else if (state_cpu1_eq_3_and_replaced_1) begin // IsolationController.java:174
        state_cpu1 <= 2'd1;                      // IsolationController.java:174
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:85
    if (rst) begin
      state_io0 <= 2'd0;                         // IsolationController.java:85
    end else begin
      if (toOffline_2) begin                     // IsolationController.java:170
        state_io0 <= 2'd3;                       // IsolationController.java:170
      end else if (isolating_2) begin            // IsolationController.java:171
        state_io0 <= 2'd1;                       // IsolationController.java:171
      end else if (backOnline_2) begin           // IsolationController.java:172
        state_io0 <= 2'd0;                       // IsolationController.java:172
      end else if (state_io0_eq_1_2_and_passed_2) begin // IsolationController.java:173
        state_io0 <= 2'd2;                       // IsolationController.java:173
      end else if (state_io0_eq_3_and_replaced_2) begin // IsolationController.java:174
        state_io0 <= 2'd1;                       // IsolationController.java:174
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:85
    if (rst) begin
      state_io1 <= 2'd0;                         // IsolationController.java:85
    end else begin
      if (toOffline_3) begin                     // IsolationController.java:170
        state_io1 <= 2'd3;                       // IsolationController.java:170
      end else if (isolating_3) begin            // IsolationController.java:171
        state_io1 <= 2'd1;                       // IsolationController.java:171
      end else if (backOnline_3) begin           // IsolationController.java:172
        state_io1 <= 2'd0;                       // IsolationController.java:172
      end else if (state_io1_eq_1_2_and_passed_3) begin // IsolationController.java:173
        state_io1 <= 2'd2;                       // IsolationController.java:173
      end else if (state_io1_eq_3_and_replaced_3) begin // IsolationController.java:174
        state_io1 <= 2'd1;                       // IsolationController.java:174
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:87
    if (rst) begin
      failStop <= 1'd0;                          // IsolationController.java:87
    end else begin
      if (stopNow) begin                         // IsolationController.java:183
        failStop <= 1'd1;                        // IsolationController.java:183
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
  assign buckets_0_hit = isolating_0;            // IsolationController.java:175
  assign buckets_0_clear = state_cpu0_eq_3_1_and_replaced; // IsolationController.java:176
  assign buckets_0_capacity = capacity;          // IsolationController.java:125
  assign buckets_0_period = period;              // IsolationController.java:126
  assign buckets_0_clk = clk;                    // IsolationController.java:124
  assign buckets_0_rst = rst;                    // IsolationController.java:124
  assign buckets_1_hit = isolating_1;            // IsolationController.java:175
  assign buckets_1_clear = state_cpu1_eq_3_1_and_replaced_1; // IsolationController.java:176
  assign buckets_1_capacity = capacity;          // IsolationController.java:125
  assign buckets_1_period = period;              // IsolationController.java:126
  assign buckets_1_clk = clk;                    // IsolationController.java:124
  assign buckets_1_rst = rst;                    // IsolationController.java:124
  assign buckets_2_hit = isolating_2;            // IsolationController.java:175
  assign buckets_2_clear = state_io0_eq_3_1_and_replaced_2; // IsolationController.java:176
  assign buckets_2_capacity = capacity;          // IsolationController.java:125
  assign buckets_2_period = period;              // IsolationController.java:126
  assign buckets_2_clk = clk;                    // IsolationController.java:124
  assign buckets_2_rst = rst;                    // IsolationController.java:124
  assign buckets_3_hit = isolating_3;            // IsolationController.java:175
  assign buckets_3_clear = state_io1_eq_3_1_and_replaced_3; // IsolationController.java:176
  assign buckets_3_capacity = capacity;          // IsolationController.java:125
  assign buckets_3_period = period;              // IsolationController.java:126
  assign buckets_3_clk = clk;                    // IsolationController.java:124
  assign buckets_3_rst = rst;                    // IsolationController.java:124
  always @(posedge clk) begin                    // IsolationController.java:178
    if (rst) begin
      known <= 1'd1;                             // IsolationController.java:178
    end else begin
      if (decide) begin                          // IsolationController.java:179
        known <= flagged0_xor_flagged1;          // IsolationController.java:179
      end else if (isolating_0_or_isolating_1_or_linkLost) begin // IsolationController.java:180
        known <= 1'd1;                           // IsolationController.java:180
      end
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:186
    if (rst) begin
      stopPulse <= 1'd0;                         // IsolationController.java:186
    end else begin
      stopPulse <= stopNow_and_not_failStop_1;   // IsolationController.java:187
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:188
    isolatedPulse <= cat_isolating_3_isolating_2_isolating_1; // IsolationController.java:188
  end
  always @(posedge clk) begin                    // IsolationController.java:189
    offlinePulse <= cat_toOffline_3_toOffline_2_toOffline_1; // IsolationController.java:189
  end
  always @(posedge clk) begin                    // IsolationController.java:194
    leftPulse <= cat_leaving_3_leaving_2_leaving_1; // IsolationController.java:194
  end
  always @(posedge clk) begin                    // IsolationController.java:195
    returnedPulse <= cat_backOnline_3_backOnline_2_backOnline; // IsolationController.java:195
  end
  always @(posedge clk) begin                    // IsolationController.java:197
    correctablePulse <= or_reduce_correctedNow;  // IsolationController.java:197
  end
  always @(posedge clk) begin                    // IsolationController.java:199
    if (rst) begin
      corrections <= 32'd0;                      // IsolationController.java:199
    end else begin
      corrections <= corrections_add_correctedNow_1_0_0_ext; // IsolationController.java:201
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:200
    if (rst) begin
      isolations <= 32'd0;                       // IsolationController.java:200
    end else begin
      isolations <= isolations_add_cat_isolating_3_isolating; // IsolationController.java:202
    end
  end
  always @(*) begin                              // IsolationController.java:204
    entryValid = 1'd0;                           // IsolationController.java:207
    if (corrected_3) begin                       // IsolationController.java:212
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (corrected_2) begin                       // IsolationController.java:212
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (corrected_1) begin                       // IsolationController.java:212
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (corrected_0) begin                       // IsolationController.java:212
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (linkLost) begin                          // IsolationController.java:214
      entryValid = 1'd1;                         // IsolationController.java:215
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:221
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:223
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:221
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:223
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:221
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:223
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:221
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:223
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (blame1) begin                            // IsolationController.java:225
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (blame0) begin                            // IsolationController.java:226
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (toOffline_3) begin                       // IsolationController.java:229
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (toOffline_2) begin                       // IsolationController.java:229
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (toOffline_1) begin                       // IsolationController.java:229
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (toOffline_0) begin                       // IsolationController.java:229
      entryValid = 1'd1;                         // IsolationController.java:258
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:231
      entryValid = 1'd1;                         // IsolationController.java:258
    end
  end
  always @(*) begin                              // IsolationController.java:205
    entryEvent = 3'd0;                           // IsolationController.java:208
    if (corrected_3) begin                       // IsolationController.java:212
      entryEvent = 3'd1;                         // IsolationController.java:259
    end
    if (corrected_2) begin                       // IsolationController.java:212
      entryEvent = 3'd1;                         // IsolationController.java:259
    end
    if (corrected_1) begin                       // IsolationController.java:212
      entryEvent = 3'd1;                         // IsolationController.java:259
    end
    if (corrected_0) begin                       // IsolationController.java:212
      entryEvent = 3'd1;                         // IsolationController.java:259
    end
    if (linkLost) begin                          // IsolationController.java:214
      entryEvent = 3'd6;                         // IsolationController.java:216
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:221
      entryEvent = 3'd2;                         // IsolationController.java:259
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:223
      entryEvent = 3'd3;                         // IsolationController.java:259
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:221
      entryEvent = 3'd2;                         // IsolationController.java:259
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:223
      entryEvent = 3'd3;                         // IsolationController.java:259
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:221
      entryEvent = 3'd2;                         // IsolationController.java:259
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:223
      entryEvent = 3'd3;                         // IsolationController.java:259
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:221
      entryEvent = 3'd2;                         // IsolationController.java:259
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:223
      entryEvent = 3'd3;                         // IsolationController.java:259
    end
    if (blame1) begin                            // IsolationController.java:225
      entryEvent = 3'd4;                         // IsolationController.java:259
    end
    if (blame0) begin                            // IsolationController.java:226
      entryEvent = 3'd4;                         // IsolationController.java:259
    end
    if (toOffline_3) begin                       // IsolationController.java:229
      entryEvent = 3'd5;                         // IsolationController.java:259
    end
    if (toOffline_2) begin                       // IsolationController.java:229
      entryEvent = 3'd5;                         // IsolationController.java:259
    end
    if (toOffline_1) begin                       // IsolationController.java:229
      entryEvent = 3'd5;                         // IsolationController.java:259
    end
    if (toOffline_0) begin                       // IsolationController.java:229
      entryEvent = 3'd5;                         // IsolationController.java:259
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:231
      entryEvent = 3'd7;                         // IsolationController.java:259
    end
  end
  always @(*) begin                              // IsolationController.java:206
    entrySubsystem = 2'd0;                       // IsolationController.java:209
    if (corrected_3) begin                       // IsolationController.java:212
      entrySubsystem = 2'd3;                     // IsolationController.java:260
    end
    if (corrected_2) begin                       // IsolationController.java:212
      entrySubsystem = 2'd2;                     // IsolationController.java:260
    end
    if (corrected_1) begin                       // IsolationController.java:212
      entrySubsystem = 2'd1;                     // IsolationController.java:260
    end
    if (corrected_0) begin                       // IsolationController.java:212
      entrySubsystem = 2'd0;                     // IsolationController.java:260
    end
    if (linkLost) begin                          // IsolationController.java:214
      entrySubsystem = cat_0_not_moduleId;       // IsolationController.java:217
    end
    if (request_3_and_severe_3) begin            // IsolationController.java:221
      entrySubsystem = 2'd3;                     // IsolationController.java:260
    end
    if (request_3_and_fatal_3) begin             // IsolationController.java:223
      entrySubsystem = 2'd3;                     // IsolationController.java:260
    end
    if (request_2_and_severe_2) begin            // IsolationController.java:221
      entrySubsystem = 2'd2;                     // IsolationController.java:260
    end
    if (request_2_and_fatal_2) begin             // IsolationController.java:223
      entrySubsystem = 2'd2;                     // IsolationController.java:260
    end
    if (request_1_and_severe_1) begin            // IsolationController.java:221
      entrySubsystem = 2'd1;                     // IsolationController.java:260
    end
    if (request_1_and_fatal_1) begin             // IsolationController.java:223
      entrySubsystem = 2'd1;                     // IsolationController.java:260
    end
    if (request_0_and_severe_0) begin            // IsolationController.java:221
      entrySubsystem = 2'd0;                     // IsolationController.java:260
    end
    if (request_0_and_fatal_0) begin             // IsolationController.java:223
      entrySubsystem = 2'd0;                     // IsolationController.java:260
    end
    if (blame1) begin                            // IsolationController.java:225
      entrySubsystem = 2'd1;                     // IsolationController.java:260
    end
    if (blame0) begin                            // IsolationController.java:226
      entrySubsystem = 2'd0;                     // IsolationController.java:260
    end
    if (toOffline_3) begin                       // IsolationController.java:229
      entrySubsystem = 2'd3;                     // IsolationController.java:260
    end
    if (toOffline_2) begin                       // IsolationController.java:229
      entrySubsystem = 2'd2;                     // IsolationController.java:260
    end
    if (toOffline_1) begin                       // IsolationController.java:229
      entrySubsystem = 2'd1;                     // IsolationController.java:260
    end
    if (toOffline_0) begin                       // IsolationController.java:229
      entrySubsystem = 2'd0;                     // IsolationController.java:260
    end
    if (stopNow_and_not_failStop_2) begin        // IsolationController.java:231
      entrySubsystem = 2'd0;                     // IsolationController.java:260
    end
  end
  always @(posedge clk) begin                    // IsolationController.java:232
    unnamed_reg <= entryValid;                   // IsolationController.java:232
  end
  always @(posedge clk) begin                    // IsolationController.java:233
    unnamed_reg_1 <= entryEvent;                 // IsolationController.java:233
  end
  always @(posedge clk) begin                    // IsolationController.java:234
    unnamed_reg_2 <= entrySubsystem;             // IsolationController.java:234
  end
  always @(*) begin                              // IsolationController.java:236
    if (failStop) begin                          // IsolationController.java:237
      modeNow = 3'd4;                            // IsolationController.java:237
    end else if (deciding) begin                 // IsolationController.java:238
      modeNow = 3'd1;                            // IsolationController.java:238
    end else if (bothCpusOnline) begin           // IsolationController.java:239
      modeNow = 3'd0;                            // IsolationController.java:239
    end else if (online_0) begin                 // IsolationController.java:240
      modeNow = 3'd2;                            // IsolationController.java:240
    end else if (online_1) begin                 // IsolationController.java:241
      modeNow = 3'd3;                            // IsolationController.java:241
    end else begin
      modeNow = 3'd4;                            // IsolationController.java:242
    end
  end
  LeakyBucket buckets_0 (                        // IsolationController.java:124
    .hit        (buckets_0_hit),
    .clear      (buckets_0_clear),
    .capacity   (buckets_0_capacity),
    .period     (buckets_0_period),
    .level      (buckets_0_level),
    .nearlyFull (buckets_0_nearlyFull),
    .clk        (buckets_0_clk),
    .rst        (buckets_0_rst)
  );
  LeakyBucket buckets_1 (                        // IsolationController.java:124
    .hit        (buckets_1_hit),
    .clear      (buckets_1_clear),
    .capacity   (buckets_1_capacity),
    .period     (buckets_1_period),
    .level      (buckets_1_level),
    .nearlyFull (buckets_1_nearlyFull),
    .clk        (buckets_1_clk),
    .rst        (buckets_1_rst)
  );
  LeakyBucket buckets_2 (                        // IsolationController.java:124
    .hit        (buckets_2_hit),
    .clear      (buckets_2_clear),
    .capacity   (buckets_2_capacity),
    .period     (buckets_2_period),
    .level      (buckets_2_level),
    .nearlyFull (buckets_2_nearlyFull),
    .clk        (buckets_2_clk),
    .rst        (buckets_2_rst)
  );
  LeakyBucket buckets_3 (                        // IsolationController.java:124
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
