// ContainmentResponder: generated from dev.gemini.isolation.ContainmentResponder by hdl-dsl. Do not edit; run `make rtl`.
module ContainmentResponder (                    // ContainmentResponder.java:33
  input  wire issued,                            // ContainmentResponder.java:23
  input  wire [4:0] issuedTag,                   // ContainmentResponder.java:24
  input  wire issuedTarget,                      // ContainmentResponder.java:25
  input  wire issuedDiscarded,                   // ContainmentResponder.java:26
  input  wire replicated_valid,                  // ContainmentResponder.java:27
  input  wire [1:0] replicated_kind,             // ContainmentResponder.java:27
  input  wire [4:0] replicated_tag,              // ContainmentResponder.java:27
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [2:0] replicated_status,           // ContainmentResponder.java:27
  input  wire [47:0] replicated_address,         // ContainmentResponder.java:27
  input  wire [63:0] replicated_data,            // ContainmentResponder.java:27
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire [1:0] ioOnline,                    // ContainmentResponder.java:28
  input  wire [1:0] ioLeft,                      // ContainmentResponder.java:29
  output wire synthesized_valid,                 // ContainmentResponder.java:30
  output wire [1:0] synthesized_kind,            // ContainmentResponder.java:30
  output wire [4:0] synthesized_tag,             // ContainmentResponder.java:30
  output wire [2:0] synthesized_status,          // ContainmentResponder.java:30
  output wire [47:0] synthesized_address,        // ContainmentResponder.java:30
  output wire [63:0] synthesized_data,           // ContainmentResponder.java:30
  output wire [5:0] outstanding,                 // ContainmentResponder.java:31
  input  wire clk,                               // ContainmentResponder.java:33
  input  wire rst                                // ContainmentResponder.java:33
);
  reg  waiting_0;                                // ContainmentResponder.java:38
  reg  target_0;                                 // ContainmentResponder.java:39
  reg  doomed_0;                                 // ContainmentResponder.java:40
  reg  waiting_1;                                // ContainmentResponder.java:38
  reg  target_1;                                 // ContainmentResponder.java:39
  reg  doomed_1;                                 // ContainmentResponder.java:40
  reg  waiting_2;                                // ContainmentResponder.java:38
  reg  target_2;                                 // ContainmentResponder.java:39
  reg  doomed_2;                                 // ContainmentResponder.java:40
  reg  waiting_3;                                // ContainmentResponder.java:38
  reg  target_3;                                 // ContainmentResponder.java:39
  reg  doomed_3;                                 // ContainmentResponder.java:40
  reg  waiting_4;                                // ContainmentResponder.java:38
  reg  target_4;                                 // ContainmentResponder.java:39
  reg  doomed_4;                                 // ContainmentResponder.java:40
  reg  waiting_5;                                // ContainmentResponder.java:38
  reg  target_5;                                 // ContainmentResponder.java:39
  reg  doomed_5;                                 // ContainmentResponder.java:40
  reg  waiting_6;                                // ContainmentResponder.java:38
  reg  target_6;                                 // ContainmentResponder.java:39
  reg  doomed_6;                                 // ContainmentResponder.java:40
  reg  waiting_7;                                // ContainmentResponder.java:38
  reg  target_7;                                 // ContainmentResponder.java:39
  reg  doomed_7;                                 // ContainmentResponder.java:40
  reg  waiting_8;                                // ContainmentResponder.java:38
  reg  target_8;                                 // ContainmentResponder.java:39
  reg  doomed_8;                                 // ContainmentResponder.java:40
  reg  waiting_9;                                // ContainmentResponder.java:38
  reg  target_9;                                 // ContainmentResponder.java:39
  reg  doomed_9;                                 // ContainmentResponder.java:40
  reg  waiting_10;                               // ContainmentResponder.java:38
  reg  target_10;                                // ContainmentResponder.java:39
  reg  doomed_10;                                // ContainmentResponder.java:40
  reg  waiting_11;                               // ContainmentResponder.java:38
  reg  target_11;                                // ContainmentResponder.java:39
  reg  doomed_11;                                // ContainmentResponder.java:40
  reg  waiting_12;                               // ContainmentResponder.java:38
  reg  target_12;                                // ContainmentResponder.java:39
  reg  doomed_12;                                // ContainmentResponder.java:40
  reg  waiting_13;                               // ContainmentResponder.java:38
  reg  target_13;                                // ContainmentResponder.java:39
  reg  doomed_13;                                // ContainmentResponder.java:40
  reg  waiting_14;                               // ContainmentResponder.java:38
  reg  target_14;                                // ContainmentResponder.java:39
  reg  doomed_14;                                // ContainmentResponder.java:40
  reg  waiting_15;                               // ContainmentResponder.java:38
  reg  target_15;                                // ContainmentResponder.java:39
  reg  doomed_15;                                // ContainmentResponder.java:40
  reg  waiting_16;                               // ContainmentResponder.java:38
  reg  target_16;                                // ContainmentResponder.java:39
  reg  doomed_16;                                // ContainmentResponder.java:40
  reg  waiting_17;                               // ContainmentResponder.java:38
  reg  target_17;                                // ContainmentResponder.java:39
  reg  doomed_17;                                // ContainmentResponder.java:40
  reg  waiting_18;                               // ContainmentResponder.java:38
  reg  target_18;                                // ContainmentResponder.java:39
  reg  doomed_18;                                // ContainmentResponder.java:40
  reg  waiting_19;                               // ContainmentResponder.java:38
  reg  target_19;                                // ContainmentResponder.java:39
  reg  doomed_19;                                // ContainmentResponder.java:40
  reg  waiting_20;                               // ContainmentResponder.java:38
  reg  target_20;                                // ContainmentResponder.java:39
  reg  doomed_20;                                // ContainmentResponder.java:40
  reg  waiting_21;                               // ContainmentResponder.java:38
  reg  target_21;                                // ContainmentResponder.java:39
  reg  doomed_21;                                // ContainmentResponder.java:40
  reg  waiting_22;                               // ContainmentResponder.java:38
  reg  target_22;                                // ContainmentResponder.java:39
  reg  doomed_22;                                // ContainmentResponder.java:40
  reg  waiting_23;                               // ContainmentResponder.java:38
  reg  target_23;                                // ContainmentResponder.java:39
  reg  doomed_23;                                // ContainmentResponder.java:40
  reg  waiting_24;                               // ContainmentResponder.java:38
  reg  target_24;                                // ContainmentResponder.java:39
  reg  doomed_24;                                // ContainmentResponder.java:40
  reg  waiting_25;                               // ContainmentResponder.java:38
  reg  target_25;                                // ContainmentResponder.java:39
  reg  doomed_25;                                // ContainmentResponder.java:40
  reg  waiting_26;                               // ContainmentResponder.java:38
  reg  target_26;                                // ContainmentResponder.java:39
  reg  doomed_26;                                // ContainmentResponder.java:40
  reg  waiting_27;                               // ContainmentResponder.java:38
  reg  target_27;                                // ContainmentResponder.java:39
  reg  doomed_27;                                // ContainmentResponder.java:40
  reg  waiting_28;                               // ContainmentResponder.java:38
  reg  target_28;                                // ContainmentResponder.java:39
  reg  doomed_28;                                // ContainmentResponder.java:40
  reg  waiting_29;                               // ContainmentResponder.java:38
  reg  target_29;                                // ContainmentResponder.java:39
  reg  doomed_29;                                // ContainmentResponder.java:40
  reg  waiting_30;                               // ContainmentResponder.java:38
  reg  target_30;                                // ContainmentResponder.java:39
  reg  doomed_30;                                // ContainmentResponder.java:40
  reg  waiting_31;                               // ContainmentResponder.java:38
  reg  target_31;                                // ContainmentResponder.java:39
  reg  doomed_31;                                // ContainmentResponder.java:40
  reg  [1:0] hotplugPending;                     // ContainmentResponder.java:42
  wire slotFree = ~replicated_valid;             // ContainmentResponder.java:44
  wire replicated_kind_eq_0 = replicated_kind == 2'd0; // ContainmentResponder.java:45
  wire completed = replicated_valid & replicated_kind_eq_0; // ContainmentResponder.java:45
  wire ioOnline_1 = ioOnline[1];                 // ContainmentResponder.java:51
  wire ioOnline_0 = ioOnline[0];                 // ContainmentResponder.java:51
  wire mux_target_31 = target_31 ? ioOnline_1 : ioOnline_0; // ContainmentResponder.java:51
  wire not_mux_target_31 = ~mux_target_31;       // ContainmentResponder.java:51
  wire doomed_31_or_not_mux_target_31 = doomed_31 | not_mux_target_31; // ContainmentResponder.java:51
  wire orphan = waiting_31 & doomed_31_or_not_mux_target_31; // ContainmentResponder.java:51
  wire found = orphan | 1'd0;                    // ContainmentResponder.java:52
  wire [4:0] foundTag = orphan ? 5'd31 : 5'd0;   // ContainmentResponder.java:53
  wire ioOnline_1_1 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_1 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_30 = target_30 ? ioOnline_1_1 : ioOnline_0_1; // ContainmentResponder.java:51
  wire not_mux_target_30 = ~mux_target_30;       // ContainmentResponder.java:51
  wire doomed_30_or_not_mux_target_30 = doomed_30 | not_mux_target_30; // ContainmentResponder.java:51
  wire orphan_1 = waiting_30 & doomed_30_or_not_mux_target_30; // ContainmentResponder.java:51
  wire found_1 = orphan_1 | found;               // ContainmentResponder.java:52
  wire [4:0] foundTag_1 = orphan_1 ? 5'd30 : foundTag; // ContainmentResponder.java:53
  wire ioOnline_1_2 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_2 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_29 = target_29 ? ioOnline_1_2 : ioOnline_0_2; // ContainmentResponder.java:51
  wire not_mux_target_29 = ~mux_target_29;       // ContainmentResponder.java:51
  wire doomed_29_or_not_mux_target_29 = doomed_29 | not_mux_target_29; // ContainmentResponder.java:51
  wire orphan_2 = waiting_29 & doomed_29_or_not_mux_target_29; // ContainmentResponder.java:51
  wire found_2 = orphan_2 | found_1;             // ContainmentResponder.java:52
  wire [4:0] foundTag_2 = orphan_2 ? 5'd29 : foundTag_1; // ContainmentResponder.java:53
  wire ioOnline_1_3 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_3 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_28 = target_28 ? ioOnline_1_3 : ioOnline_0_3; // ContainmentResponder.java:51
  wire not_mux_target_28 = ~mux_target_28;       // ContainmentResponder.java:51
  wire doomed_28_or_not_mux_target_28 = doomed_28 | not_mux_target_28; // ContainmentResponder.java:51
  wire orphan_3 = waiting_28 & doomed_28_or_not_mux_target_28; // ContainmentResponder.java:51
  wire found_3 = orphan_3 | found_2;             // ContainmentResponder.java:52
  wire [4:0] foundTag_3 = orphan_3 ? 5'd28 : foundTag_2; // ContainmentResponder.java:53
  wire ioOnline_1_4 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_4 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_27 = target_27 ? ioOnline_1_4 : ioOnline_0_4; // ContainmentResponder.java:51
  wire not_mux_target_27 = ~mux_target_27;       // ContainmentResponder.java:51
  wire doomed_27_or_not_mux_target_27 = doomed_27 | not_mux_target_27; // ContainmentResponder.java:51
  wire orphan_4 = waiting_27 & doomed_27_or_not_mux_target_27; // ContainmentResponder.java:51
  wire found_4 = orphan_4 | found_3;             // ContainmentResponder.java:52
  wire [4:0] foundTag_4 = orphan_4 ? 5'd27 : foundTag_3; // ContainmentResponder.java:53
  wire ioOnline_1_5 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_5 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_26 = target_26 ? ioOnline_1_5 : ioOnline_0_5; // ContainmentResponder.java:51
  wire not_mux_target_26 = ~mux_target_26;       // ContainmentResponder.java:51
  wire doomed_26_or_not_mux_target_26 = doomed_26 | not_mux_target_26; // ContainmentResponder.java:51
  wire orphan_5 = waiting_26 & doomed_26_or_not_mux_target_26; // ContainmentResponder.java:51
  wire found_5 = orphan_5 | found_4;             // ContainmentResponder.java:52
  wire [4:0] foundTag_5 = orphan_5 ? 5'd26 : foundTag_4; // ContainmentResponder.java:53
  wire ioOnline_1_6 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_6 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_25 = target_25 ? ioOnline_1_6 : ioOnline_0_6; // ContainmentResponder.java:51
  wire not_mux_target_25 = ~mux_target_25;       // ContainmentResponder.java:51
  wire doomed_25_or_not_mux_target_25 = doomed_25 | not_mux_target_25; // ContainmentResponder.java:51
  wire orphan_6 = waiting_25 & doomed_25_or_not_mux_target_25; // ContainmentResponder.java:51
  wire found_6 = orphan_6 | found_5;             // ContainmentResponder.java:52
  wire [4:0] foundTag_6 = orphan_6 ? 5'd25 : foundTag_5; // ContainmentResponder.java:53
  wire ioOnline_1_7 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_7 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_24 = target_24 ? ioOnline_1_7 : ioOnline_0_7; // ContainmentResponder.java:51
  wire not_mux_target_24 = ~mux_target_24;       // ContainmentResponder.java:51
  wire doomed_24_or_not_mux_target_24 = doomed_24 | not_mux_target_24; // ContainmentResponder.java:51
  wire orphan_7 = waiting_24 & doomed_24_or_not_mux_target_24; // ContainmentResponder.java:51
  wire found_7 = orphan_7 | found_6;             // ContainmentResponder.java:52
  wire [4:0] foundTag_7 = orphan_7 ? 5'd24 : foundTag_6; // ContainmentResponder.java:53
  wire ioOnline_1_8 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_8 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_23 = target_23 ? ioOnline_1_8 : ioOnline_0_8; // ContainmentResponder.java:51
  wire not_mux_target_23 = ~mux_target_23;       // ContainmentResponder.java:51
  wire doomed_23_or_not_mux_target_23 = doomed_23 | not_mux_target_23; // ContainmentResponder.java:51
  wire orphan_8 = waiting_23 & doomed_23_or_not_mux_target_23; // ContainmentResponder.java:51
  wire found_8 = orphan_8 | found_7;             // ContainmentResponder.java:52
  wire [4:0] foundTag_8 = orphan_8 ? 5'd23 : foundTag_7; // ContainmentResponder.java:53
  wire ioOnline_1_9 = ioOnline[1];               // ContainmentResponder.java:51
  wire ioOnline_0_9 = ioOnline[0];               // ContainmentResponder.java:51
  wire mux_target_22 = target_22 ? ioOnline_1_9 : ioOnline_0_9; // ContainmentResponder.java:51
  wire not_mux_target_22 = ~mux_target_22;       // ContainmentResponder.java:51
  wire doomed_22_or_not_mux_target_22 = doomed_22 | not_mux_target_22; // ContainmentResponder.java:51
  wire orphan_9 = waiting_22 & doomed_22_or_not_mux_target_22; // ContainmentResponder.java:51
  wire found_9 = orphan_9 | found_8;             // ContainmentResponder.java:52
  wire [4:0] foundTag_9 = orphan_9 ? 5'd22 : foundTag_8; // ContainmentResponder.java:53
  wire ioOnline_1_10 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_10 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_21 = target_21 ? ioOnline_1_10 : ioOnline_0_10; // ContainmentResponder.java:51
  wire not_mux_target_21 = ~mux_target_21;       // ContainmentResponder.java:51
  wire doomed_21_or_not_mux_target_21 = doomed_21 | not_mux_target_21; // ContainmentResponder.java:51
  wire orphan_10 = waiting_21 & doomed_21_or_not_mux_target_21; // ContainmentResponder.java:51
  wire found_10 = orphan_10 | found_9;           // ContainmentResponder.java:52
  wire [4:0] foundTag_10 = orphan_10 ? 5'd21 : foundTag_9; // ContainmentResponder.java:53
  wire ioOnline_1_11 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_11 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_20 = target_20 ? ioOnline_1_11 : ioOnline_0_11; // ContainmentResponder.java:51
  wire not_mux_target_20 = ~mux_target_20;       // ContainmentResponder.java:51
  wire doomed_20_or_not_mux_target_20 = doomed_20 | not_mux_target_20; // ContainmentResponder.java:51
  wire orphan_11 = waiting_20 & doomed_20_or_not_mux_target_20; // ContainmentResponder.java:51
  wire found_11 = orphan_11 | found_10;          // ContainmentResponder.java:52
  wire [4:0] foundTag_11 = orphan_11 ? 5'd20 : foundTag_10; // ContainmentResponder.java:53
  wire ioOnline_1_12 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_12 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_19 = target_19 ? ioOnline_1_12 : ioOnline_0_12; // ContainmentResponder.java:51
  wire not_mux_target_19 = ~mux_target_19;       // ContainmentResponder.java:51
  wire doomed_19_or_not_mux_target_19 = doomed_19 | not_mux_target_19; // ContainmentResponder.java:51
  wire orphan_12 = waiting_19 & doomed_19_or_not_mux_target_19; // ContainmentResponder.java:51
  wire found_12 = orphan_12 | found_11;          // ContainmentResponder.java:52
  wire [4:0] foundTag_12 = orphan_12 ? 5'd19 : foundTag_11; // ContainmentResponder.java:53
  wire ioOnline_1_13 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_13 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_18 = target_18 ? ioOnline_1_13 : ioOnline_0_13; // ContainmentResponder.java:51
  wire not_mux_target_18 = ~mux_target_18;       // ContainmentResponder.java:51
  wire doomed_18_or_not_mux_target_18 = doomed_18 | not_mux_target_18; // ContainmentResponder.java:51
  wire orphan_13 = waiting_18 & doomed_18_or_not_mux_target_18; // ContainmentResponder.java:51
  wire found_13 = orphan_13 | found_12;          // ContainmentResponder.java:52
  wire [4:0] foundTag_13 = orphan_13 ? 5'd18 : foundTag_12; // ContainmentResponder.java:53
  wire ioOnline_1_14 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_14 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_17 = target_17 ? ioOnline_1_14 : ioOnline_0_14; // ContainmentResponder.java:51
  wire not_mux_target_17 = ~mux_target_17;       // ContainmentResponder.java:51
  wire doomed_17_or_not_mux_target_17 = doomed_17 | not_mux_target_17; // ContainmentResponder.java:51
  wire orphan_14 = waiting_17 & doomed_17_or_not_mux_target_17; // ContainmentResponder.java:51
  wire found_14 = orphan_14 | found_13;          // ContainmentResponder.java:52
  wire [4:0] foundTag_14 = orphan_14 ? 5'd17 : foundTag_13; // ContainmentResponder.java:53
  wire ioOnline_1_15 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_15 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_16 = target_16 ? ioOnline_1_15 : ioOnline_0_15; // ContainmentResponder.java:51
  wire not_mux_target_16 = ~mux_target_16;       // ContainmentResponder.java:51
  wire doomed_16_or_not_mux_target_16 = doomed_16 | not_mux_target_16; // ContainmentResponder.java:51
  wire orphan_15 = waiting_16 & doomed_16_or_not_mux_target_16; // ContainmentResponder.java:51
  wire found_15 = orphan_15 | found_14;          // ContainmentResponder.java:52
  wire [4:0] foundTag_15 = orphan_15 ? 5'd16 : foundTag_14; // ContainmentResponder.java:53
  wire ioOnline_1_16 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_16 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_15 = target_15 ? ioOnline_1_16 : ioOnline_0_16; // ContainmentResponder.java:51
  wire not_mux_target_15 = ~mux_target_15;       // ContainmentResponder.java:51
  wire doomed_15_or_not_mux_target_15 = doomed_15 | not_mux_target_15; // ContainmentResponder.java:51
  wire orphan_16 = waiting_15 & doomed_15_or_not_mux_target_15; // ContainmentResponder.java:51
  wire found_16 = orphan_16 | found_15;          // ContainmentResponder.java:52
  wire [4:0] foundTag_16 = orphan_16 ? 5'd15 : foundTag_15; // ContainmentResponder.java:53
  wire ioOnline_1_17 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_17 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_14 = target_14 ? ioOnline_1_17 : ioOnline_0_17; // ContainmentResponder.java:51
  wire not_mux_target_14 = ~mux_target_14;       // ContainmentResponder.java:51
  wire doomed_14_or_not_mux_target_14 = doomed_14 | not_mux_target_14; // ContainmentResponder.java:51
  wire orphan_17 = waiting_14 & doomed_14_or_not_mux_target_14; // ContainmentResponder.java:51
  wire found_17 = orphan_17 | found_16;          // ContainmentResponder.java:52
  wire [4:0] foundTag_17 = orphan_17 ? 5'd14 : foundTag_16; // ContainmentResponder.java:53
  wire ioOnline_1_18 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_18 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_13 = target_13 ? ioOnline_1_18 : ioOnline_0_18; // ContainmentResponder.java:51
  wire not_mux_target_13 = ~mux_target_13;       // ContainmentResponder.java:51
  wire doomed_13_or_not_mux_target_13 = doomed_13 | not_mux_target_13; // ContainmentResponder.java:51
  wire orphan_18 = waiting_13 & doomed_13_or_not_mux_target_13; // ContainmentResponder.java:51
  wire found_18 = orphan_18 | found_17;          // ContainmentResponder.java:52
  wire [4:0] foundTag_18 = orphan_18 ? 5'd13 : foundTag_17; // ContainmentResponder.java:53
  wire ioOnline_1_19 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_19 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_12 = target_12 ? ioOnline_1_19 : ioOnline_0_19; // ContainmentResponder.java:51
  wire not_mux_target_12 = ~mux_target_12;       // ContainmentResponder.java:51
  wire doomed_12_or_not_mux_target_12 = doomed_12 | not_mux_target_12; // ContainmentResponder.java:51
  wire orphan_19 = waiting_12 & doomed_12_or_not_mux_target_12; // ContainmentResponder.java:51
  wire found_19 = orphan_19 | found_18;          // ContainmentResponder.java:52
  wire [4:0] foundTag_19 = orphan_19 ? 5'd12 : foundTag_18; // ContainmentResponder.java:53
  wire ioOnline_1_20 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_20 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_11 = target_11 ? ioOnline_1_20 : ioOnline_0_20; // ContainmentResponder.java:51
  wire not_mux_target_11 = ~mux_target_11;       // ContainmentResponder.java:51
  wire doomed_11_or_not_mux_target_11 = doomed_11 | not_mux_target_11; // ContainmentResponder.java:51
  wire orphan_20 = waiting_11 & doomed_11_or_not_mux_target_11; // ContainmentResponder.java:51
  wire found_20 = orphan_20 | found_19;          // ContainmentResponder.java:52
  wire [4:0] foundTag_20 = orphan_20 ? 5'd11 : foundTag_19; // ContainmentResponder.java:53
  wire ioOnline_1_21 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_21 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_10 = target_10 ? ioOnline_1_21 : ioOnline_0_21; // ContainmentResponder.java:51
  wire not_mux_target_10 = ~mux_target_10;       // ContainmentResponder.java:51
  wire doomed_10_or_not_mux_target_10 = doomed_10 | not_mux_target_10; // ContainmentResponder.java:51
  wire orphan_21 = waiting_10 & doomed_10_or_not_mux_target_10; // ContainmentResponder.java:51
  wire found_21 = orphan_21 | found_20;          // ContainmentResponder.java:52
  wire [4:0] foundTag_21 = orphan_21 ? 5'd10 : foundTag_20; // ContainmentResponder.java:53
  wire ioOnline_1_22 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_22 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_9 = target_9 ? ioOnline_1_22 : ioOnline_0_22; // ContainmentResponder.java:51
  wire not_mux_target_9 = ~mux_target_9;         // ContainmentResponder.java:51
  wire doomed_9_or_not_mux_target_9 = doomed_9 | not_mux_target_9; // ContainmentResponder.java:51
  wire orphan_22 = waiting_9 & doomed_9_or_not_mux_target_9; // ContainmentResponder.java:51
  wire found_22 = orphan_22 | found_21;          // ContainmentResponder.java:52
  wire [4:0] foundTag_22 = orphan_22 ? 5'd9 : foundTag_21; // ContainmentResponder.java:53
  wire ioOnline_1_23 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_23 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_8 = target_8 ? ioOnline_1_23 : ioOnline_0_23; // ContainmentResponder.java:51
  wire not_mux_target_8 = ~mux_target_8;         // ContainmentResponder.java:51
  wire doomed_8_or_not_mux_target_8 = doomed_8 | not_mux_target_8; // ContainmentResponder.java:51
  wire orphan_23 = waiting_8 & doomed_8_or_not_mux_target_8; // ContainmentResponder.java:51
  wire found_23 = orphan_23 | found_22;          // ContainmentResponder.java:52
  wire [4:0] foundTag_23 = orphan_23 ? 5'd8 : foundTag_22; // ContainmentResponder.java:53
  wire ioOnline_1_24 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_24 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_7 = target_7 ? ioOnline_1_24 : ioOnline_0_24; // ContainmentResponder.java:51
  wire not_mux_target_7 = ~mux_target_7;         // ContainmentResponder.java:51
  wire doomed_7_or_not_mux_target_7 = doomed_7 | not_mux_target_7; // ContainmentResponder.java:51
  wire orphan_24 = waiting_7 & doomed_7_or_not_mux_target_7; // ContainmentResponder.java:51
  wire found_24 = orphan_24 | found_23;          // ContainmentResponder.java:52
  wire [4:0] foundTag_24 = orphan_24 ? 5'd7 : foundTag_23; // ContainmentResponder.java:53
  wire ioOnline_1_25 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_25 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_6 = target_6 ? ioOnline_1_25 : ioOnline_0_25; // ContainmentResponder.java:51
  wire not_mux_target_6 = ~mux_target_6;         // ContainmentResponder.java:51
  wire doomed_6_or_not_mux_target_6 = doomed_6 | not_mux_target_6; // ContainmentResponder.java:51
  wire orphan_25 = waiting_6 & doomed_6_or_not_mux_target_6; // ContainmentResponder.java:51
  wire found_25 = orphan_25 | found_24;          // ContainmentResponder.java:52
  wire [4:0] foundTag_25 = orphan_25 ? 5'd6 : foundTag_24; // ContainmentResponder.java:53
  wire ioOnline_1_26 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_26 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_5 = target_5 ? ioOnline_1_26 : ioOnline_0_26; // ContainmentResponder.java:51
  wire not_mux_target_5 = ~mux_target_5;         // ContainmentResponder.java:51
  wire doomed_5_or_not_mux_target_5 = doomed_5 | not_mux_target_5; // ContainmentResponder.java:51
  wire orphan_26 = waiting_5 & doomed_5_or_not_mux_target_5; // ContainmentResponder.java:51
  wire found_26 = orphan_26 | found_25;          // ContainmentResponder.java:52
  wire [4:0] foundTag_26 = orphan_26 ? 5'd5 : foundTag_25; // ContainmentResponder.java:53
  wire ioOnline_1_27 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_27 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_4 = target_4 ? ioOnline_1_27 : ioOnline_0_27; // ContainmentResponder.java:51
  wire not_mux_target_4 = ~mux_target_4;         // ContainmentResponder.java:51
  wire doomed_4_or_not_mux_target_4 = doomed_4 | not_mux_target_4; // ContainmentResponder.java:51
  wire orphan_27 = waiting_4 & doomed_4_or_not_mux_target_4; // ContainmentResponder.java:51
  wire found_27 = orphan_27 | found_26;          // ContainmentResponder.java:52
  wire [4:0] foundTag_27 = orphan_27 ? 5'd4 : foundTag_26; // ContainmentResponder.java:53
  wire ioOnline_1_28 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_28 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_3 = target_3 ? ioOnline_1_28 : ioOnline_0_28; // ContainmentResponder.java:51
  wire not_mux_target_3 = ~mux_target_3;         // ContainmentResponder.java:51
  wire doomed_3_or_not_mux_target_3 = doomed_3 | not_mux_target_3; // ContainmentResponder.java:51
  wire orphan_28 = waiting_3 & doomed_3_or_not_mux_target_3; // ContainmentResponder.java:51
  wire found_28 = orphan_28 | found_27;          // ContainmentResponder.java:52
  wire [4:0] foundTag_28 = orphan_28 ? 5'd3 : foundTag_27; // ContainmentResponder.java:53
  wire ioOnline_1_29 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_29 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_2 = target_2 ? ioOnline_1_29 : ioOnline_0_29; // ContainmentResponder.java:51
  wire not_mux_target_2 = ~mux_target_2;         // ContainmentResponder.java:51
  wire doomed_2_or_not_mux_target_2 = doomed_2 | not_mux_target_2; // ContainmentResponder.java:51
  wire orphan_29 = waiting_2 & doomed_2_or_not_mux_target_2; // ContainmentResponder.java:51
  wire found_29 = orphan_29 | found_28;          // ContainmentResponder.java:52
  wire [4:0] foundTag_29 = orphan_29 ? 5'd2 : foundTag_28; // ContainmentResponder.java:53
  wire ioOnline_1_30 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_30 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_1 = target_1 ? ioOnline_1_30 : ioOnline_0_30; // ContainmentResponder.java:51
  wire not_mux_target_1 = ~mux_target_1;         // ContainmentResponder.java:51
  wire doomed_1_or_not_mux_target_1 = doomed_1 | not_mux_target_1; // ContainmentResponder.java:51
  wire orphan_30 = waiting_1 & doomed_1_or_not_mux_target_1; // ContainmentResponder.java:51
  wire found_30 = orphan_30 | found_29;          // ContainmentResponder.java:52
  wire [4:0] foundTag_30 = orphan_30 ? 5'd1 : foundTag_29; // ContainmentResponder.java:53
  wire ioOnline_1_31 = ioOnline[1];              // ContainmentResponder.java:51
  wire ioOnline_0_31 = ioOnline[0];              // ContainmentResponder.java:51
  wire mux_target_0 = target_0 ? ioOnline_1_31 : ioOnline_0_31; // ContainmentResponder.java:51
  wire not_mux_target_0 = ~mux_target_0;         // ContainmentResponder.java:51
  wire doomed_0_or_not_mux_target_0 = doomed_0 | not_mux_target_0; // ContainmentResponder.java:51
  wire orphan_31 = waiting_0 & doomed_0_or_not_mux_target_0; // ContainmentResponder.java:51
  wire found_31 = orphan_31 | found_30;          // ContainmentResponder.java:52
  wire [4:0] foundTag_31 = orphan_31 ? 5'd0 : foundTag_30; // ContainmentResponder.java:53
  wire answer = slotFree & found_31;             // ContainmentResponder.java:55
  wire not_found_31 = ~found_31;                 // ContainmentResponder.java:56
  wire slotFree_and_not_found_31 = slotFree & not_found_31; // ContainmentResponder.java:56
  wire hotplugPending_ne_0 = hotplugPending != 2'd0; // ContainmentResponder.java:56
  wire announce = slotFree_and_not_found_31 & hotplugPending_ne_0; // ContainmentResponder.java:56
  wire hotplugPending_0 = hotplugPending[0];     // ContainmentResponder.java:57
  wire slot1 = ~hotplugPending_0;                // ContainmentResponder.java:57
  wire replicated_tag_eq_0 = replicated_tag == 5'd0; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_0 = completed & replicated_tag_eq_0; // ContainmentResponder.java:62
  wire foundTag_31_eq_0 = foundTag_31 == 5'd0;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_0 = answer & foundTag_31_eq_0; // ContainmentResponder.java:62
  wire done = completed_and_replicated_tag_eq_0 | answer_and_foundTag_31_eq_0; // ContainmentResponder.java:62
  wire issuedTag_eq_0 = issuedTag == 5'd0;       // ContainmentResponder.java:63
  wire start = issued & issuedTag_eq_0;          // ContainmentResponder.java:63
  wire waiting_0_cast = waiting_0;               // ContainmentResponder.java:70
  wire [5:0] waiting_0_cast_ext = {5'd0, waiting_0_cast}; // ContainmentResponder.java:70
  wire [5:0] count = 6'd0 + waiting_0_cast_ext;  // ContainmentResponder.java:70
  wire replicated_tag_eq_1 = replicated_tag == 5'd1; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_1 = completed & replicated_tag_eq_1; // ContainmentResponder.java:62
  wire foundTag_31_eq_1 = foundTag_31 == 5'd1;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_1 = answer & foundTag_31_eq_1; // ContainmentResponder.java:62
  wire done_1 = completed_and_replicated_tag_eq_1 | answer_and_foundTag_31_eq_1; // ContainmentResponder.java:62
  wire issuedTag_eq_1 = issuedTag == 5'd1;       // ContainmentResponder.java:63
  wire start_1 = issued & issuedTag_eq_1;        // ContainmentResponder.java:63
  wire waiting_1_cast = waiting_1;               // ContainmentResponder.java:70
  wire [5:0] waiting_1_cast_ext = {5'd0, waiting_1_cast}; // ContainmentResponder.java:70
  wire [5:0] count_1 = count + waiting_1_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_2 = replicated_tag == 5'd2; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_2 = completed & replicated_tag_eq_2; // ContainmentResponder.java:62
  wire foundTag_31_eq_2 = foundTag_31 == 5'd2;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_2 = answer & foundTag_31_eq_2; // ContainmentResponder.java:62
  wire done_2 = completed_and_replicated_tag_eq_2 | answer_and_foundTag_31_eq_2; // ContainmentResponder.java:62
  wire issuedTag_eq_2 = issuedTag == 5'd2;       // ContainmentResponder.java:63
  wire start_2 = issued & issuedTag_eq_2;        // ContainmentResponder.java:63
  wire waiting_2_cast = waiting_2;               // ContainmentResponder.java:70
  wire [5:0] waiting_2_cast_ext = {5'd0, waiting_2_cast}; // ContainmentResponder.java:70
  wire [5:0] count_2 = count_1 + waiting_2_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_3 = replicated_tag == 5'd3; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_3 = completed & replicated_tag_eq_3; // ContainmentResponder.java:62
  wire foundTag_31_eq_3 = foundTag_31 == 5'd3;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_3 = answer & foundTag_31_eq_3; // ContainmentResponder.java:62
  wire done_3 = completed_and_replicated_tag_eq_3 | answer_and_foundTag_31_eq_3; // ContainmentResponder.java:62
  wire issuedTag_eq_3 = issuedTag == 5'd3;       // ContainmentResponder.java:63
  wire start_3 = issued & issuedTag_eq_3;        // ContainmentResponder.java:63
  wire waiting_3_cast = waiting_3;               // ContainmentResponder.java:70
  wire [5:0] waiting_3_cast_ext = {5'd0, waiting_3_cast}; // ContainmentResponder.java:70
  wire [5:0] count_3 = count_2 + waiting_3_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_4 = replicated_tag == 5'd4; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_4 = completed & replicated_tag_eq_4; // ContainmentResponder.java:62
  wire foundTag_31_eq_4 = foundTag_31 == 5'd4;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_4 = answer & foundTag_31_eq_4; // ContainmentResponder.java:62
  wire done_4 = completed_and_replicated_tag_eq_4 | answer_and_foundTag_31_eq_4; // ContainmentResponder.java:62
  wire issuedTag_eq_4 = issuedTag == 5'd4;       // ContainmentResponder.java:63
  wire start_4 = issued & issuedTag_eq_4;        // ContainmentResponder.java:63
  wire waiting_4_cast = waiting_4;               // ContainmentResponder.java:70
  wire [5:0] waiting_4_cast_ext = {5'd0, waiting_4_cast}; // ContainmentResponder.java:70
  wire [5:0] count_4 = count_3 + waiting_4_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_5 = replicated_tag == 5'd5; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_5 = completed & replicated_tag_eq_5; // ContainmentResponder.java:62
  wire foundTag_31_eq_5 = foundTag_31 == 5'd5;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_5 = answer & foundTag_31_eq_5; // ContainmentResponder.java:62
  wire done_5 = completed_and_replicated_tag_eq_5 | answer_and_foundTag_31_eq_5; // ContainmentResponder.java:62
  wire issuedTag_eq_5 = issuedTag == 5'd5;       // ContainmentResponder.java:63
  wire start_5 = issued & issuedTag_eq_5;        // ContainmentResponder.java:63
  wire waiting_5_cast = waiting_5;               // ContainmentResponder.java:70
  wire [5:0] waiting_5_cast_ext = {5'd0, waiting_5_cast}; // ContainmentResponder.java:70
  wire [5:0] count_5 = count_4 + waiting_5_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_6 = replicated_tag == 5'd6; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_6 = completed & replicated_tag_eq_6; // ContainmentResponder.java:62
  wire foundTag_31_eq_6 = foundTag_31 == 5'd6;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_6 = answer & foundTag_31_eq_6; // ContainmentResponder.java:62
  wire done_6 = completed_and_replicated_tag_eq_6 | answer_and_foundTag_31_eq_6; // ContainmentResponder.java:62
  wire issuedTag_eq_6 = issuedTag == 5'd6;       // ContainmentResponder.java:63
  wire start_6 = issued & issuedTag_eq_6;        // ContainmentResponder.java:63
  wire waiting_6_cast = waiting_6;               // ContainmentResponder.java:70
  wire [5:0] waiting_6_cast_ext = {5'd0, waiting_6_cast}; // ContainmentResponder.java:70
  wire [5:0] count_6 = count_5 + waiting_6_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_7 = replicated_tag == 5'd7; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_7 = completed & replicated_tag_eq_7; // ContainmentResponder.java:62
  wire foundTag_31_eq_7 = foundTag_31 == 5'd7;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_7 = answer & foundTag_31_eq_7; // ContainmentResponder.java:62
  wire done_7 = completed_and_replicated_tag_eq_7 | answer_and_foundTag_31_eq_7; // ContainmentResponder.java:62
  wire issuedTag_eq_7 = issuedTag == 5'd7;       // ContainmentResponder.java:63
  wire start_7 = issued & issuedTag_eq_7;        // ContainmentResponder.java:63
  wire waiting_7_cast = waiting_7;               // ContainmentResponder.java:70
  wire [5:0] waiting_7_cast_ext = {5'd0, waiting_7_cast}; // ContainmentResponder.java:70
  wire [5:0] count_7 = count_6 + waiting_7_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_8 = replicated_tag == 5'd8; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_8 = completed & replicated_tag_eq_8; // ContainmentResponder.java:62
  wire foundTag_31_eq_8 = foundTag_31 == 5'd8;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_8 = answer & foundTag_31_eq_8; // ContainmentResponder.java:62
  wire done_8 = completed_and_replicated_tag_eq_8 | answer_and_foundTag_31_eq_8; // ContainmentResponder.java:62
  wire issuedTag_eq_8 = issuedTag == 5'd8;       // ContainmentResponder.java:63
  wire start_8 = issued & issuedTag_eq_8;        // ContainmentResponder.java:63
  wire waiting_8_cast = waiting_8;               // ContainmentResponder.java:70
  wire [5:0] waiting_8_cast_ext = {5'd0, waiting_8_cast}; // ContainmentResponder.java:70
  wire [5:0] count_8 = count_7 + waiting_8_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_9 = replicated_tag == 5'd9; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_9 = completed & replicated_tag_eq_9; // ContainmentResponder.java:62
  wire foundTag_31_eq_9 = foundTag_31 == 5'd9;   // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_9 = answer & foundTag_31_eq_9; // ContainmentResponder.java:62
  wire done_9 = completed_and_replicated_tag_eq_9 | answer_and_foundTag_31_eq_9; // ContainmentResponder.java:62
  wire issuedTag_eq_9 = issuedTag == 5'd9;       // ContainmentResponder.java:63
  wire start_9 = issued & issuedTag_eq_9;        // ContainmentResponder.java:63
  wire waiting_9_cast = waiting_9;               // ContainmentResponder.java:70
  wire [5:0] waiting_9_cast_ext = {5'd0, waiting_9_cast}; // ContainmentResponder.java:70
  wire [5:0] count_9 = count_8 + waiting_9_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_10 = replicated_tag == 5'd10; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_10 = completed & replicated_tag_eq_10; // ContainmentResponder.java:62
  wire foundTag_31_eq_10 = foundTag_31 == 5'd10; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_10 = answer & foundTag_31_eq_10; // ContainmentResponder.java:62
  wire done_10 = completed_and_replicated_tag_eq_10 | answer_and_foundTag_31_eq_10; // ContainmentResponder.java:62
  wire issuedTag_eq_10 = issuedTag == 5'd10;     // ContainmentResponder.java:63
  wire start_10 = issued & issuedTag_eq_10;      // ContainmentResponder.java:63
  wire waiting_10_cast = waiting_10;             // ContainmentResponder.java:70
  wire [5:0] waiting_10_cast_ext = {5'd0, waiting_10_cast}; // ContainmentResponder.java:70
  wire [5:0] count_10 = count_9 + waiting_10_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_11 = replicated_tag == 5'd11; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_11 = completed & replicated_tag_eq_11; // ContainmentResponder.java:62
  wire foundTag_31_eq_11 = foundTag_31 == 5'd11; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_11 = answer & foundTag_31_eq_11; // ContainmentResponder.java:62
  wire done_11 = completed_and_replicated_tag_eq_11 | answer_and_foundTag_31_eq_11; // ContainmentResponder.java:62
  wire issuedTag_eq_11 = issuedTag == 5'd11;     // ContainmentResponder.java:63
  wire start_11 = issued & issuedTag_eq_11;      // ContainmentResponder.java:63
  wire waiting_11_cast = waiting_11;             // ContainmentResponder.java:70
  wire [5:0] waiting_11_cast_ext = {5'd0, waiting_11_cast}; // ContainmentResponder.java:70
  wire [5:0] count_11 = count_10 + waiting_11_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_12 = replicated_tag == 5'd12; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_12 = completed & replicated_tag_eq_12; // ContainmentResponder.java:62
  wire foundTag_31_eq_12 = foundTag_31 == 5'd12; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_12 = answer & foundTag_31_eq_12; // ContainmentResponder.java:62
  wire done_12 = completed_and_replicated_tag_eq_12 | answer_and_foundTag_31_eq_12; // ContainmentResponder.java:62
  wire issuedTag_eq_12 = issuedTag == 5'd12;     // ContainmentResponder.java:63
  wire start_12 = issued & issuedTag_eq_12;      // ContainmentResponder.java:63
  wire waiting_12_cast = waiting_12;             // ContainmentResponder.java:70
  wire [5:0] waiting_12_cast_ext = {5'd0, waiting_12_cast}; // ContainmentResponder.java:70
  wire [5:0] count_12 = count_11 + waiting_12_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_13 = replicated_tag == 5'd13; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_13 = completed & replicated_tag_eq_13; // ContainmentResponder.java:62
  wire foundTag_31_eq_13 = foundTag_31 == 5'd13; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_13 = answer & foundTag_31_eq_13; // ContainmentResponder.java:62
  wire done_13 = completed_and_replicated_tag_eq_13 | answer_and_foundTag_31_eq_13; // ContainmentResponder.java:62
  wire issuedTag_eq_13 = issuedTag == 5'd13;     // ContainmentResponder.java:63
  wire start_13 = issued & issuedTag_eq_13;      // ContainmentResponder.java:63
  wire waiting_13_cast = waiting_13;             // ContainmentResponder.java:70
  wire [5:0] waiting_13_cast_ext = {5'd0, waiting_13_cast}; // ContainmentResponder.java:70
  wire [5:0] count_13 = count_12 + waiting_13_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_14 = replicated_tag == 5'd14; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_14 = completed & replicated_tag_eq_14; // ContainmentResponder.java:62
  wire foundTag_31_eq_14 = foundTag_31 == 5'd14; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_14 = answer & foundTag_31_eq_14; // ContainmentResponder.java:62
  wire done_14 = completed_and_replicated_tag_eq_14 | answer_and_foundTag_31_eq_14; // ContainmentResponder.java:62
  wire issuedTag_eq_14 = issuedTag == 5'd14;     // ContainmentResponder.java:63
  wire start_14 = issued & issuedTag_eq_14;      // ContainmentResponder.java:63
  wire waiting_14_cast = waiting_14;             // ContainmentResponder.java:70
  wire [5:0] waiting_14_cast_ext = {5'd0, waiting_14_cast}; // ContainmentResponder.java:70
  wire [5:0] count_14 = count_13 + waiting_14_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_15 = replicated_tag == 5'd15; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_15 = completed & replicated_tag_eq_15; // ContainmentResponder.java:62
  wire foundTag_31_eq_15 = foundTag_31 == 5'd15; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_15 = answer & foundTag_31_eq_15; // ContainmentResponder.java:62
  wire done_15 = completed_and_replicated_tag_eq_15 | answer_and_foundTag_31_eq_15; // ContainmentResponder.java:62
  wire issuedTag_eq_15 = issuedTag == 5'd15;     // ContainmentResponder.java:63
  wire start_15 = issued & issuedTag_eq_15;      // ContainmentResponder.java:63
  wire waiting_15_cast = waiting_15;             // ContainmentResponder.java:70
  wire [5:0] waiting_15_cast_ext = {5'd0, waiting_15_cast}; // ContainmentResponder.java:70
  wire [5:0] count_15 = count_14 + waiting_15_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_16 = replicated_tag == 5'd16; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_16 = completed & replicated_tag_eq_16; // ContainmentResponder.java:62
  wire foundTag_31_eq_16 = foundTag_31 == 5'd16; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_16 = answer & foundTag_31_eq_16; // ContainmentResponder.java:62
  wire done_16 = completed_and_replicated_tag_eq_16 | answer_and_foundTag_31_eq_16; // ContainmentResponder.java:62
  wire issuedTag_eq_16 = issuedTag == 5'd16;     // ContainmentResponder.java:63
  wire start_16 = issued & issuedTag_eq_16;      // ContainmentResponder.java:63
  wire waiting_16_cast = waiting_16;             // ContainmentResponder.java:70
  wire [5:0] waiting_16_cast_ext = {5'd0, waiting_16_cast}; // ContainmentResponder.java:70
  wire [5:0] count_16 = count_15 + waiting_16_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_17 = replicated_tag == 5'd17; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_17 = completed & replicated_tag_eq_17; // ContainmentResponder.java:62
  wire foundTag_31_eq_17 = foundTag_31 == 5'd17; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_17 = answer & foundTag_31_eq_17; // ContainmentResponder.java:62
  wire done_17 = completed_and_replicated_tag_eq_17 | answer_and_foundTag_31_eq_17; // ContainmentResponder.java:62
  wire issuedTag_eq_17 = issuedTag == 5'd17;     // ContainmentResponder.java:63
  wire start_17 = issued & issuedTag_eq_17;      // ContainmentResponder.java:63
  wire waiting_17_cast = waiting_17;             // ContainmentResponder.java:70
  wire [5:0] waiting_17_cast_ext = {5'd0, waiting_17_cast}; // ContainmentResponder.java:70
  wire [5:0] count_17 = count_16 + waiting_17_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_18 = replicated_tag == 5'd18; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_18 = completed & replicated_tag_eq_18; // ContainmentResponder.java:62
  wire foundTag_31_eq_18 = foundTag_31 == 5'd18; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_18 = answer & foundTag_31_eq_18; // ContainmentResponder.java:62
  wire done_18 = completed_and_replicated_tag_eq_18 | answer_and_foundTag_31_eq_18; // ContainmentResponder.java:62
  wire issuedTag_eq_18 = issuedTag == 5'd18;     // ContainmentResponder.java:63
  wire start_18 = issued & issuedTag_eq_18;      // ContainmentResponder.java:63
  wire waiting_18_cast = waiting_18;             // ContainmentResponder.java:70
  wire [5:0] waiting_18_cast_ext = {5'd0, waiting_18_cast}; // ContainmentResponder.java:70
  wire [5:0] count_18 = count_17 + waiting_18_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_19 = replicated_tag == 5'd19; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_19 = completed & replicated_tag_eq_19; // ContainmentResponder.java:62
  wire foundTag_31_eq_19 = foundTag_31 == 5'd19; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_19 = answer & foundTag_31_eq_19; // ContainmentResponder.java:62
  wire done_19 = completed_and_replicated_tag_eq_19 | answer_and_foundTag_31_eq_19; // ContainmentResponder.java:62
  wire issuedTag_eq_19 = issuedTag == 5'd19;     // ContainmentResponder.java:63
  wire start_19 = issued & issuedTag_eq_19;      // ContainmentResponder.java:63
  wire waiting_19_cast = waiting_19;             // ContainmentResponder.java:70
  wire [5:0] waiting_19_cast_ext = {5'd0, waiting_19_cast}; // ContainmentResponder.java:70
  wire [5:0] count_19 = count_18 + waiting_19_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_20 = replicated_tag == 5'd20; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_20 = completed & replicated_tag_eq_20; // ContainmentResponder.java:62
  wire foundTag_31_eq_20 = foundTag_31 == 5'd20; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_20 = answer & foundTag_31_eq_20; // ContainmentResponder.java:62
  wire done_20 = completed_and_replicated_tag_eq_20 | answer_and_foundTag_31_eq_20; // ContainmentResponder.java:62
  wire issuedTag_eq_20 = issuedTag == 5'd20;     // ContainmentResponder.java:63
  wire start_20 = issued & issuedTag_eq_20;      // ContainmentResponder.java:63
  wire waiting_20_cast = waiting_20;             // ContainmentResponder.java:70
  wire [5:0] waiting_20_cast_ext = {5'd0, waiting_20_cast}; // ContainmentResponder.java:70
  wire [5:0] count_20 = count_19 + waiting_20_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_21 = replicated_tag == 5'd21; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_21 = completed & replicated_tag_eq_21; // ContainmentResponder.java:62
  wire foundTag_31_eq_21 = foundTag_31 == 5'd21; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_21 = answer & foundTag_31_eq_21; // ContainmentResponder.java:62
  wire done_21 = completed_and_replicated_tag_eq_21 | answer_and_foundTag_31_eq_21; // ContainmentResponder.java:62
  wire issuedTag_eq_21 = issuedTag == 5'd21;     // ContainmentResponder.java:63
  wire start_21 = issued & issuedTag_eq_21;      // ContainmentResponder.java:63
  wire waiting_21_cast = waiting_21;             // ContainmentResponder.java:70
  wire [5:0] waiting_21_cast_ext = {5'd0, waiting_21_cast}; // ContainmentResponder.java:70
  wire [5:0] count_21 = count_20 + waiting_21_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_22 = replicated_tag == 5'd22; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_22 = completed & replicated_tag_eq_22; // ContainmentResponder.java:62
  wire foundTag_31_eq_22 = foundTag_31 == 5'd22; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_22 = answer & foundTag_31_eq_22; // ContainmentResponder.java:62
  wire done_22 = completed_and_replicated_tag_eq_22 | answer_and_foundTag_31_eq_22; // ContainmentResponder.java:62
  wire issuedTag_eq_22 = issuedTag == 5'd22;     // ContainmentResponder.java:63
  wire start_22 = issued & issuedTag_eq_22;      // ContainmentResponder.java:63
  wire waiting_22_cast = waiting_22;             // ContainmentResponder.java:70
  wire [5:0] waiting_22_cast_ext = {5'd0, waiting_22_cast}; // ContainmentResponder.java:70
  wire [5:0] count_22 = count_21 + waiting_22_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_23 = replicated_tag == 5'd23; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_23 = completed & replicated_tag_eq_23; // ContainmentResponder.java:62
  wire foundTag_31_eq_23 = foundTag_31 == 5'd23; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_23 = answer & foundTag_31_eq_23; // ContainmentResponder.java:62
  wire done_23 = completed_and_replicated_tag_eq_23 | answer_and_foundTag_31_eq_23; // ContainmentResponder.java:62
  wire issuedTag_eq_23 = issuedTag == 5'd23;     // ContainmentResponder.java:63
  wire start_23 = issued & issuedTag_eq_23;      // ContainmentResponder.java:63
  wire waiting_23_cast = waiting_23;             // ContainmentResponder.java:70
  wire [5:0] waiting_23_cast_ext = {5'd0, waiting_23_cast}; // ContainmentResponder.java:70
  wire [5:0] count_23 = count_22 + waiting_23_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_24 = replicated_tag == 5'd24; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_24 = completed & replicated_tag_eq_24; // ContainmentResponder.java:62
  wire foundTag_31_eq_24 = foundTag_31 == 5'd24; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_24 = answer & foundTag_31_eq_24; // ContainmentResponder.java:62
  wire done_24 = completed_and_replicated_tag_eq_24 | answer_and_foundTag_31_eq_24; // ContainmentResponder.java:62
  wire issuedTag_eq_24 = issuedTag == 5'd24;     // ContainmentResponder.java:63
  wire start_24 = issued & issuedTag_eq_24;      // ContainmentResponder.java:63
  wire waiting_24_cast = waiting_24;             // ContainmentResponder.java:70
  wire [5:0] waiting_24_cast_ext = {5'd0, waiting_24_cast}; // ContainmentResponder.java:70
  wire [5:0] count_24 = count_23 + waiting_24_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_25 = replicated_tag == 5'd25; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_25 = completed & replicated_tag_eq_25; // ContainmentResponder.java:62
  wire foundTag_31_eq_25 = foundTag_31 == 5'd25; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_25 = answer & foundTag_31_eq_25; // ContainmentResponder.java:62
  wire done_25 = completed_and_replicated_tag_eq_25 | answer_and_foundTag_31_eq_25; // ContainmentResponder.java:62
  wire issuedTag_eq_25 = issuedTag == 5'd25;     // ContainmentResponder.java:63
  wire start_25 = issued & issuedTag_eq_25;      // ContainmentResponder.java:63
  wire waiting_25_cast = waiting_25;             // ContainmentResponder.java:70
  wire [5:0] waiting_25_cast_ext = {5'd0, waiting_25_cast}; // ContainmentResponder.java:70
  wire [5:0] count_25 = count_24 + waiting_25_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_26 = replicated_tag == 5'd26; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_26 = completed & replicated_tag_eq_26; // ContainmentResponder.java:62
  wire foundTag_31_eq_26 = foundTag_31 == 5'd26; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_26 = answer & foundTag_31_eq_26; // ContainmentResponder.java:62
  wire done_26 = completed_and_replicated_tag_eq_26 | answer_and_foundTag_31_eq_26; // ContainmentResponder.java:62
  wire issuedTag_eq_26 = issuedTag == 5'd26;     // ContainmentResponder.java:63
  wire start_26 = issued & issuedTag_eq_26;      // ContainmentResponder.java:63
  wire waiting_26_cast = waiting_26;             // ContainmentResponder.java:70
  wire [5:0] waiting_26_cast_ext = {5'd0, waiting_26_cast}; // ContainmentResponder.java:70
  wire [5:0] count_26 = count_25 + waiting_26_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_27 = replicated_tag == 5'd27; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_27 = completed & replicated_tag_eq_27; // ContainmentResponder.java:62
  wire foundTag_31_eq_27 = foundTag_31 == 5'd27; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_27 = answer & foundTag_31_eq_27; // ContainmentResponder.java:62
  wire done_27 = completed_and_replicated_tag_eq_27 | answer_and_foundTag_31_eq_27; // ContainmentResponder.java:62
  wire issuedTag_eq_27 = issuedTag == 5'd27;     // ContainmentResponder.java:63
  wire start_27 = issued & issuedTag_eq_27;      // ContainmentResponder.java:63
  wire waiting_27_cast = waiting_27;             // ContainmentResponder.java:70
  wire [5:0] waiting_27_cast_ext = {5'd0, waiting_27_cast}; // ContainmentResponder.java:70
  wire [5:0] count_27 = count_26 + waiting_27_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_28 = replicated_tag == 5'd28; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_28 = completed & replicated_tag_eq_28; // ContainmentResponder.java:62
  wire foundTag_31_eq_28 = foundTag_31 == 5'd28; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_28 = answer & foundTag_31_eq_28; // ContainmentResponder.java:62
  wire done_28 = completed_and_replicated_tag_eq_28 | answer_and_foundTag_31_eq_28; // ContainmentResponder.java:62
  wire issuedTag_eq_28 = issuedTag == 5'd28;     // ContainmentResponder.java:63
  wire start_28 = issued & issuedTag_eq_28;      // ContainmentResponder.java:63
  wire waiting_28_cast = waiting_28;             // ContainmentResponder.java:70
  wire [5:0] waiting_28_cast_ext = {5'd0, waiting_28_cast}; // ContainmentResponder.java:70
  wire [5:0] count_28 = count_27 + waiting_28_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_29 = replicated_tag == 5'd29; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_29 = completed & replicated_tag_eq_29; // ContainmentResponder.java:62
  wire foundTag_31_eq_29 = foundTag_31 == 5'd29; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_29 = answer & foundTag_31_eq_29; // ContainmentResponder.java:62
  wire done_29 = completed_and_replicated_tag_eq_29 | answer_and_foundTag_31_eq_29; // ContainmentResponder.java:62
  wire issuedTag_eq_29 = issuedTag == 5'd29;     // ContainmentResponder.java:63
  wire start_29 = issued & issuedTag_eq_29;      // ContainmentResponder.java:63
  wire waiting_29_cast = waiting_29;             // ContainmentResponder.java:70
  wire [5:0] waiting_29_cast_ext = {5'd0, waiting_29_cast}; // ContainmentResponder.java:70
  wire [5:0] count_29 = count_28 + waiting_29_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_30 = replicated_tag == 5'd30; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_30 = completed & replicated_tag_eq_30; // ContainmentResponder.java:62
  wire foundTag_31_eq_30 = foundTag_31 == 5'd30; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_30 = answer & foundTag_31_eq_30; // ContainmentResponder.java:62
  wire done_30 = completed_and_replicated_tag_eq_30 | answer_and_foundTag_31_eq_30; // ContainmentResponder.java:62
  wire issuedTag_eq_30 = issuedTag == 5'd30;     // ContainmentResponder.java:63
  wire start_30 = issued & issuedTag_eq_30;      // ContainmentResponder.java:63
  wire waiting_30_cast = waiting_30;             // ContainmentResponder.java:70
  wire [5:0] waiting_30_cast_ext = {5'd0, waiting_30_cast}; // ContainmentResponder.java:70
  wire [5:0] count_30 = count_29 + waiting_30_cast_ext; // ContainmentResponder.java:70
  wire replicated_tag_eq_31 = replicated_tag == 5'd31; // ContainmentResponder.java:62
  wire completed_and_replicated_tag_eq_31 = completed & replicated_tag_eq_31; // ContainmentResponder.java:62
  wire foundTag_31_eq_31 = foundTag_31 == 5'd31; // ContainmentResponder.java:62
  wire answer_and_foundTag_31_eq_31 = answer & foundTag_31_eq_31; // ContainmentResponder.java:62
  wire done_31 = completed_and_replicated_tag_eq_31 | answer_and_foundTag_31_eq_31; // ContainmentResponder.java:62
  wire issuedTag_eq_31 = issuedTag == 5'd31;     // ContainmentResponder.java:63
  wire start_31 = issued & issuedTag_eq_31;      // ContainmentResponder.java:63
  wire waiting_31_cast = waiting_31;             // ContainmentResponder.java:70
  wire [5:0] waiting_31_cast_ext = {5'd0, waiting_31_cast}; // ContainmentResponder.java:70
  wire [5:0] count_31 = count_30 + waiting_31_cast_ext; // ContainmentResponder.java:70
  wire [1:0] mux_slot1 = slot1 ? 2'd2 : 2'd1;    // ContainmentResponder.java:72
  wire [1:0] cleared = announce ? mux_slot1 : 2'd0; // ContainmentResponder.java:72
  wire [1:0] not_cleared = ~cleared;             // ContainmentResponder.java:73
  wire [1:0] hotplugPending_and_not_cleared = hotplugPending & not_cleared; // ContainmentResponder.java:73
  wire [1:0] hotplugPending_and_not_cleared_or_ioLeft = hotplugPending_and_not_cleared | ioLeft; // ContainmentResponder.java:73
  wire [63:0] hotplugData = {32'd0, 16'd264, 7'd0, slot1, 8'd254}; // ContainmentResponder.java:76
  wire answer_or_announce = answer | announce;   // ContainmentResponder.java:77
  wire [1:0] mux_answer = answer ? 2'd0 : 2'd1;  // ContainmentResponder.java:78
  wire [4:0] mux_answer_1 = answer ? foundTag_31 : 5'd0; // ContainmentResponder.java:80
  wire [2:0] mux_answer_2 = answer ? 3'd1 : 3'd0; // ContainmentResponder.java:81
  wire [63:0] not_0 = ~64'd0;                    // ContainmentResponder.java:84
  wire [63:0] mux_answer_3 = answer ? not_0 : hotplugData; // ContainmentResponder.java:84
  assign synthesized_valid = answer_or_announce; // ContainmentResponder.java:77
  assign synthesized_kind = mux_answer;          // ContainmentResponder.java:77
  assign synthesized_tag = mux_answer_1;         // ContainmentResponder.java:77
  assign synthesized_status = mux_answer_2;      // ContainmentResponder.java:77
  assign synthesized_address = 48'd0;            // ContainmentResponder.java:77
  assign synthesized_data = mux_answer_3;        // ContainmentResponder.java:77
  assign outstanding = count_31;                 // ContainmentResponder.java:85
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_0 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done) begin                            // ContainmentResponder.java:64
        waiting_0 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start) begin                           // ContainmentResponder.java:65
        waiting_0 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start) begin                             // ContainmentResponder.java:65
      target_0 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start) begin                             // ContainmentResponder.java:65
      doomed_0 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_1 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_1) begin                          // ContainmentResponder.java:64
        waiting_1 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_1) begin                         // ContainmentResponder.java:65
        waiting_1 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_1) begin                           // ContainmentResponder.java:65
      target_1 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_1) begin                           // ContainmentResponder.java:65
      doomed_1 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_2 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_2) begin                          // ContainmentResponder.java:64
        waiting_2 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_2) begin                         // ContainmentResponder.java:65
        waiting_2 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_2) begin                           // ContainmentResponder.java:65
      target_2 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_2) begin                           // ContainmentResponder.java:65
      doomed_2 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_3 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_3) begin                          // ContainmentResponder.java:64
        waiting_3 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_3) begin                         // ContainmentResponder.java:65
        waiting_3 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_3) begin                           // ContainmentResponder.java:65
      target_3 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_3) begin                           // ContainmentResponder.java:65
      doomed_3 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_4 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_4) begin                          // ContainmentResponder.java:64
        waiting_4 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_4) begin                         // ContainmentResponder.java:65
        waiting_4 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_4) begin                           // ContainmentResponder.java:65
      target_4 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_4) begin                           // ContainmentResponder.java:65
      doomed_4 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_5 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_5) begin                          // ContainmentResponder.java:64
        waiting_5 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_5) begin                         // ContainmentResponder.java:65
        waiting_5 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_5) begin                           // ContainmentResponder.java:65
      target_5 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_5) begin                           // ContainmentResponder.java:65
      doomed_5 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_6 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_6) begin                          // ContainmentResponder.java:64
        waiting_6 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_6) begin                         // ContainmentResponder.java:65
        waiting_6 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_6) begin                           // ContainmentResponder.java:65
      target_6 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_6) begin                           // ContainmentResponder.java:65
      doomed_6 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_7 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_7) begin                          // ContainmentResponder.java:64
        waiting_7 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_7) begin                         // ContainmentResponder.java:65
        waiting_7 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_7) begin                           // ContainmentResponder.java:65
      target_7 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_7) begin                           // ContainmentResponder.java:65
      doomed_7 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_8 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_8) begin                          // ContainmentResponder.java:64
        waiting_8 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_8) begin                         // ContainmentResponder.java:65
        waiting_8 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_8) begin                           // ContainmentResponder.java:65
      target_8 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_8) begin                           // ContainmentResponder.java:65
      doomed_8 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_9 <= 1'd0;                         // ContainmentResponder.java:38
    end else begin
      if (done_9) begin                          // ContainmentResponder.java:64
        waiting_9 <= 1'd0;                       // ContainmentResponder.java:64
      end
      if (start_9) begin                         // ContainmentResponder.java:65
        waiting_9 <= 1'd1;                       // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_9) begin                           // ContainmentResponder.java:65
      target_9 <= issuedTarget;                  // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_9) begin                           // ContainmentResponder.java:65
      doomed_9 <= issuedDiscarded;               // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_10 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_10) begin                         // ContainmentResponder.java:64
        waiting_10 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_10) begin                        // ContainmentResponder.java:65
        waiting_10 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_10) begin                          // ContainmentResponder.java:65
      target_10 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_10) begin                          // ContainmentResponder.java:65
      doomed_10 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_11 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_11) begin                         // ContainmentResponder.java:64
        waiting_11 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_11) begin                        // ContainmentResponder.java:65
        waiting_11 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_11) begin                          // ContainmentResponder.java:65
      target_11 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_11) begin                          // ContainmentResponder.java:65
      doomed_11 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_12 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_12) begin                         // ContainmentResponder.java:64
        waiting_12 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_12) begin                        // ContainmentResponder.java:65
        waiting_12 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_12) begin                          // ContainmentResponder.java:65
      target_12 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_12) begin                          // ContainmentResponder.java:65
      doomed_12 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_13 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_13) begin                         // ContainmentResponder.java:64
        waiting_13 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_13) begin                        // ContainmentResponder.java:65
        waiting_13 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_13) begin                          // ContainmentResponder.java:65
      target_13 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_13) begin                          // ContainmentResponder.java:65
      doomed_13 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_14 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_14) begin                         // ContainmentResponder.java:64
        waiting_14 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_14) begin                        // ContainmentResponder.java:65
        waiting_14 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_14) begin                          // ContainmentResponder.java:65
      target_14 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_14) begin                          // ContainmentResponder.java:65
      doomed_14 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_15 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_15) begin                         // ContainmentResponder.java:64
        waiting_15 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_15) begin                        // ContainmentResponder.java:65
        waiting_15 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_15) begin                          // ContainmentResponder.java:65
      target_15 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_15) begin                          // ContainmentResponder.java:65
      doomed_15 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_16 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_16) begin                         // ContainmentResponder.java:64
        waiting_16 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_16) begin                        // ContainmentResponder.java:65
        waiting_16 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_16) begin                          // ContainmentResponder.java:65
      target_16 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_16) begin                          // ContainmentResponder.java:65
      doomed_16 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_17 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_17) begin                         // ContainmentResponder.java:64
        waiting_17 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_17) begin                        // ContainmentResponder.java:65
        waiting_17 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_17) begin                          // ContainmentResponder.java:65
      target_17 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_17) begin                          // ContainmentResponder.java:65
      doomed_17 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_18 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_18) begin                         // ContainmentResponder.java:64
        waiting_18 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_18) begin                        // ContainmentResponder.java:65
        waiting_18 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_18) begin                          // ContainmentResponder.java:65
      target_18 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_18) begin                          // ContainmentResponder.java:65
      doomed_18 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_19 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_19) begin                         // ContainmentResponder.java:64
        waiting_19 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_19) begin                        // ContainmentResponder.java:65
        waiting_19 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_19) begin                          // ContainmentResponder.java:65
      target_19 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_19) begin                          // ContainmentResponder.java:65
      doomed_19 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_20 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_20) begin                         // ContainmentResponder.java:64
        waiting_20 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_20) begin                        // ContainmentResponder.java:65
        waiting_20 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_20) begin                          // ContainmentResponder.java:65
      target_20 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_20) begin                          // ContainmentResponder.java:65
      doomed_20 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_21 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_21) begin                         // ContainmentResponder.java:64
        waiting_21 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_21) begin                        // ContainmentResponder.java:65
        waiting_21 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_21) begin                          // ContainmentResponder.java:65
      target_21 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_21) begin                          // ContainmentResponder.java:65
      doomed_21 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_22 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_22) begin                         // ContainmentResponder.java:64
        waiting_22 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_22) begin                        // ContainmentResponder.java:65
        waiting_22 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_22) begin                          // ContainmentResponder.java:65
      target_22 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_22) begin                          // ContainmentResponder.java:65
      doomed_22 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_23 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_23) begin                         // ContainmentResponder.java:64
        waiting_23 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_23) begin                        // ContainmentResponder.java:65
        waiting_23 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_23) begin                          // ContainmentResponder.java:65
      target_23 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_23) begin                          // ContainmentResponder.java:65
      doomed_23 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_24 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_24) begin                         // ContainmentResponder.java:64
        waiting_24 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_24) begin                        // ContainmentResponder.java:65
        waiting_24 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_24) begin                          // ContainmentResponder.java:65
      target_24 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_24) begin                          // ContainmentResponder.java:65
      doomed_24 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_25 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_25) begin                         // ContainmentResponder.java:64
        waiting_25 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_25) begin                        // ContainmentResponder.java:65
        waiting_25 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_25) begin                          // ContainmentResponder.java:65
      target_25 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_25) begin                          // ContainmentResponder.java:65
      doomed_25 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_26 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_26) begin                         // ContainmentResponder.java:64
        waiting_26 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_26) begin                        // ContainmentResponder.java:65
        waiting_26 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_26) begin                          // ContainmentResponder.java:65
      target_26 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_26) begin                          // ContainmentResponder.java:65
      doomed_26 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_27 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_27) begin                         // ContainmentResponder.java:64
        waiting_27 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_27) begin                        // ContainmentResponder.java:65
        waiting_27 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_27) begin                          // ContainmentResponder.java:65
      target_27 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_27) begin                          // ContainmentResponder.java:65
      doomed_27 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_28 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_28) begin                         // ContainmentResponder.java:64
        waiting_28 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_28) begin                        // ContainmentResponder.java:65
        waiting_28 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_28) begin                          // ContainmentResponder.java:65
      target_28 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_28) begin                          // ContainmentResponder.java:65
      doomed_28 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_29 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_29) begin                         // ContainmentResponder.java:64
        waiting_29 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_29) begin                        // ContainmentResponder.java:65
        waiting_29 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_29) begin                          // ContainmentResponder.java:65
      target_29 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_29) begin                          // ContainmentResponder.java:65
      doomed_29 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_30 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_30) begin                         // ContainmentResponder.java:64
        waiting_30 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_30) begin                        // ContainmentResponder.java:65
        waiting_30 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_30) begin                          // ContainmentResponder.java:65
      target_30 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_30) begin                          // ContainmentResponder.java:65
      doomed_30 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:38
    if (rst) begin
      waiting_31 <= 1'd0;                        // ContainmentResponder.java:38
    end else begin
      if (done_31) begin                         // ContainmentResponder.java:64
        waiting_31 <= 1'd0;                      // ContainmentResponder.java:64
      end
      if (start_31) begin                        // ContainmentResponder.java:65
        waiting_31 <= 1'd1;                      // ContainmentResponder.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:39
    if (start_31) begin                          // ContainmentResponder.java:65
      target_31 <= issuedTarget;                 // ContainmentResponder.java:67
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:40
    if (start_31) begin                          // ContainmentResponder.java:65
      doomed_31 <= issuedDiscarded;              // ContainmentResponder.java:68
    end
  end
  always @(posedge clk) begin                    // ContainmentResponder.java:42
    if (rst) begin
      hotplugPending <= 2'd0;                    // ContainmentResponder.java:42
    end else begin
      hotplugPending <= hotplugPending_and_not_cleared_or_ioLeft; // ContainmentResponder.java:73
    end
  end
endmodule
