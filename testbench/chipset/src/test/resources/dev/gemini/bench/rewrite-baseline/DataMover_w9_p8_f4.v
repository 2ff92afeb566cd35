// DataMover_w9_p8_f4: generated from dev.gemini.datamover.DataMover by hdl-dsl. Do not edit; run `make rtl`.
module DataMover_w9_p8_f4 (                      // DataMover.java:129
  input  wire snoopValid,                        // DataMover.java:79
  output wire readValid,                         // DataMover.java:82
  input  wire [63:0] readData,                   // DataMover.java:84
  input  wire readError,                         // DataMover.java:86
  output wire writeValid,                        // DataMover.java:87
  output wire [63:0] writeData,                  // DataMover.java:89
  input  wire linkUp,                            // DataMover.java:93
  input  wire commandValid,                      // DataMover.java:95
  input  wire [2:0] command,                     // DataMover.java:96
  input  wire receiveEnable,                     // DataMover.java:98
  output wire cpuStop,                           // DataMover.java:100
  output wire ioHold,                            // DataMover.java:101
  input  wire ioQuiet,                           // DataMover.java:103
  input  wire cpuQuiesced,                       // DataMover.java:104
  output wire resetRequest,                      // DataMover.java:105
  input  wire resetDone,                         // DataMover.java:106
  output wire [2:0] phase,                       // DataMover.java:108
  output wire passRunning,                       // DataMover.java:109
  output wire passDone,                          // DataMover.java:111
  output wire failed,                            // DataMover.java:112
  output wire [1:0] failCause,                   // DataMover.java:113
  output wire [15:0] passes,                     // DataMover.java:115
  output wire [15:0] lastCopied,                 // DataMover.java:116
  output wire [15:0] lastDirtied,                // DataMover.java:117
  output wire [15:0] dirtyPages,                 // DataMover.java:118
  output wire [31:0] blackoutCycles,             // DataMover.java:119
  output wire synced,                            // DataMover.java:121
  output wire refused,                           // DataMover.java:125
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [16:0] snoopAddress,               // DataMover.java:135
  /* verilator lint_on UNUSEDSIGNAL */
  output wire [16:0] readAddress,                // DataMover.java:136
  output wire [16:0] writeAddress,               // DataMover.java:137
  output wire linkOut_valid,                     // DataMover.java:138
  output wire [16:0] linkOut_address,            // DataMover.java:138
  output wire [63:0] linkOut_data,               // DataMover.java:138
  output wire [7:0] linkOut_check,               // DataMover.java:138
  output wire linkOut_ack,                       // DataMover.java:138
  output wire linkOut_nack,                      // DataMover.java:138
  input  wire linkIn_valid,                      // DataMover.java:139
  input  wire [16:0] linkIn_address,             // DataMover.java:139
  input  wire [63:0] linkIn_data,                // DataMover.java:139
  input  wire [7:0] linkIn_check,                // DataMover.java:139
  input  wire linkIn_ack,                        // DataMover.java:139
  input  wire linkIn_nack,                       // DataMover.java:139
  output wire [16:0] failAddress,                // DataMover.java:140
  output wire [7:0] copyPage,                    // DataMover.java:141
  input  wire clk,                               // DataMover.java:129
  input  wire rst                                // DataMover.java:129
);
  /* verilator lint_off UNUSEDPARAM */
  localparam [2:0] Phase_IDLE = 3'd0;            // DataMover.java:156
  localparam [2:0] Phase_HOLDING = 3'd1;         // DataMover.java:156
  localparam [2:0] Phase_STOPPING = 3'd2;        // DataMover.java:156
  localparam [2:0] Phase_FINAL_COPY = 3'd3;      // DataMover.java:156
  localparam [2:0] Phase_RESETTING = 3'd4;       // DataMover.java:156
  /* verilator lint_on UNUSEDPARAM */
  wire bitmap_markValid;                         // DataMover.java:143
  wire bitmap_markFresh;                         // DataMover.java:143
  wire bitmap_retryValid_0;                      // DataMover.java:143
  wire bitmap_retryValid_1;                      // DataMover.java:143
  wire bitmap_retryValid_2;                      // DataMover.java:143
  wire bitmap_clearValid;                        // DataMover.java:143
  wire bitmap_setAll;                            // DataMover.java:143
  wire bitmap_found;                             // DataMover.java:143
  wire [7:0] bitmap_markPage;                    // DataMover.java:143
  wire [7:0] bitmap_retryPage_0;                 // DataMover.java:143
  wire [7:0] bitmap_retryPage_1;                 // DataMover.java:143
  wire [7:0] bitmap_retryPage_2;                 // DataMover.java:143
  wire [7:0] bitmap_clearPage;                   // DataMover.java:143
  wire [8:0] bitmap_from;                        // DataMover.java:143
  wire [7:0] bitmap_foundPage;                   // DataMover.java:143
  wire [8:0] bitmap_dirtyPages;                  // DataMover.java:143
  wire bitmap_clk;                               // DataMover.java:143
  wire bitmap_rst;                               // DataMover.java:143
  wire inflight_push;                            // DataMover.java:144
  wire inflight_pop;                             // DataMover.java:144
  wire inflight_flush;                           // DataMover.java:144
  wire inflight_headValid;                       // DataMover.java:144
  wire [16:0] inflight_pushData;                 // DataMover.java:144
  wire [16:0] inflight_head;                     // DataMover.java:144
  wire [4:0] inflight_count;                     // DataMover.java:144
  wire inflight_clk;                             // DataMover.java:144
  wire inflight_rst;                             // DataMover.java:144
  reg  passActive;                               // DataMover.java:147
  reg  copying;                                  // DataMover.java:148
  reg  [7:0] page;                               // DataMover.java:149
  reg  [8:0] word;                               // DataMover.java:150
  reg  [8:0] scanFrom;                           // DataMover.java:151
  reg  readPending;                              // DataMover.java:152
  reg  [16:0] readPendingAddress;                // DataMover.java:153
  reg  [15:0] passCopied;                        // DataMover.java:154
  reg  [15:0] passDirtied;                       // DataMover.java:155
  reg  [2:0] blackout;                           // DataMover.java:156
  reg  [31:0] blackoutCount;                     // DataMover.java:157
  wire readFailed = readPending & readError;     // DataMover.java:160
  wire linkIn_ack_or_linkIn_nack = linkIn_ack | linkIn_nack; // DataMover.java:161
  wire answered = linkIn_ack_or_linkIn_nack & inflight_headValid; // DataMover.java:161
  wire refusedWord = linkIn_nack & inflight_headValid; // DataMover.java:162
  wire passActive_or_readPending = passActive | readPending; // DataMover.java:163
  wire busy = passActive_or_readPending | inflight_headValid; // DataMover.java:163
  wire not_linkUp = ~linkUp;                     // DataMover.java:164
  wire lost = not_linkUp & busy;                 // DataMover.java:164
  wire readFailed_or_refusedWord = readFailed | refusedWord; // DataMover.java:165
  wire error = readFailed_or_refusedWord | lost; // DataMover.java:165
  wire idle = blackout == Phase_IDLE;            // DataMover.java:168
  wire command_eq_1 = command == 3'd1;           // DataMover.java:169
  wire commandValid_and_command_eq_1 = commandValid & command_eq_1; // DataMover.java:169
  wire not_busy = ~busy;                         // DataMover.java:169
  wire commandValid_and_command_eq_1_and_not = commandValid_and_command_eq_1 & not_busy; // DataMover.java:169
  wire copyAll = commandValid_and_command_eq_1_and_not & idle; // DataMover.java:169
  wire command_eq_2 = command == 3'd2;           // DataMover.java:170
  wire commandValid_and_command_eq_2 = commandValid & command_eq_2; // DataMover.java:170
  wire not_busy_1 = ~busy;                       // DataMover.java:170
  wire commandValid_and_command_eq_2_and_not = commandValid_and_command_eq_2 & not_busy_1; // DataMover.java:170
  wire blackout_eq_FINAL_COPY = blackout == Phase_FINAL_COPY; // DataMover.java:171
  wire idle_or_blackout_eq_FINAL_COPY = idle | blackout_eq_FINAL_COPY; // DataMover.java:171
  wire copyDirty = commandValid_and_command_eq_2_and_not & idle_or_blackout_eq_FINAL_COPY; // DataMover.java:171
  wire command_eq_3 = command == 3'd3;           // DataMover.java:172
  wire commandValid_and_command_eq_3 = commandValid & command_eq_3; // DataMover.java:172
  wire not_busy_2 = ~busy;                       // DataMover.java:172
  wire commandValid_and_command_eq_3_and_not = commandValid_and_command_eq_3 & not_busy_2; // DataMover.java:172
  wire startBlackout = commandValid_and_command_eq_3_and_not & idle; // DataMover.java:172
  wire command_eq_4 = command == 3'd4;           // DataMover.java:173
  wire cancel = commandValid & command_eq_4;     // DataMover.java:173
  wire copyAll_or_copyDirty = copyAll | copyDirty; // DataMover.java:174
  wire copyAll_or_copyDirty_or_startBlackout = copyAll_or_copyDirty | startBlackout; // DataMover.java:174
  wire accepted = copyAll_or_copyDirty_or_startBlackout | cancel; // DataMover.java:174
  wire blackout_eq_STOPPING = blackout == Phase_STOPPING; // DataMover.java:175
  wire flushed = blackout_eq_STOPPING & cpuQuiesced; // DataMover.java:175
  wire copyAll_or_copyDirty_1 = copyAll | copyDirty; // DataMover.java:176
  wire startPass = copyAll_or_copyDirty_1 | flushed; // DataMover.java:176
  wire error_or_cancel = error | cancel;         // DataMover.java:177
  wire stopPass = passActive & error_or_cancel;  // DataMover.java:177
  wire readPending_cast = readPending;           // DataMover.java:180
  wire [4:0] readPending_cast_ext = {4'd0, readPending_cast}; // DataMover.java:180
  wire [4:0] outstanding = inflight_count + readPending_cast_ext; // DataMover.java:180
  wire room = outstanding < 5'd16;               // DataMover.java:181
  wire copying_and_room = copying & room;        // DataMover.java:182
  wire not_stopPass = ~stopPass;                 // DataMover.java:182
  wire issue = copying_and_room & not_stopPass;  // DataMover.java:182
  wire lastWord = word == 9'd511;                // DataMover.java:183
  wire not_stopPass_1 = ~stopPass;               // DataMover.java:184
  wire passActive_and_not_stopPass_1 = passActive & not_stopPass_1; // DataMover.java:184
  wire not_copying = ~copying;                   // DataMover.java:184
  wire issue_and_lastWord = issue & lastWord;    // DataMover.java:184
  wire not_copying_or_issue_and_lastWord = not_copying | issue_and_lastWord; // DataMover.java:184
  wire choosing = passActive_and_not_stopPass_1 & not_copying_or_issue_and_lastWord; // DataMover.java:184
  wire chosen = choosing & bitmap_found;         // DataMover.java:185
  wire [7:0] snoopAddress_16_9 = snoopAddress[16:9]; // DataMover.java:191
  wire stopPass_and_copying = stopPass & copying; // DataMover.java:194
  wire [7:0] readPendingAddress_16_9 = readPendingAddress[16:9]; // DataMover.java:197
  wire [7:0] inflight_head_16_9 = inflight_head[16:9]; // DataMover.java:199
  wire copyAll_or_lost = copyAll | lost;         // DataMover.java:200
  wire [8:0] bitmap_foundPage_ext = {1'd0, bitmap_foundPage}; // DataMover.java:216
  wire [8:0] bitmap_foundPage_ext_add_1 = bitmap_foundPage_ext + 9'd1; // DataMover.java:216
  wire [15:0] passCopied_add_1 = passCopied + 16'd1; // DataMover.java:217
  wire [8:0] word_add_1 = word + 9'd1;           // DataMover.java:222
  wire snoopValid_and_bitmap_markFresh = snoopValid & bitmap_markFresh; // DataMover.java:223
  wire not_startPass = ~startPass;               // DataMover.java:223
  wire snoopValid_and_bitmap_markFresh_and_not = snoopValid_and_bitmap_markFresh & not_startPass; // DataMover.java:223
  wire [15:0] passDirtied_add_1 = passDirtied + 16'd1; // DataMover.java:223
  wire [16:0] issueAddress = {page, word};       // DataMover.java:225
  wire not_readError = ~readError;               // DataMover.java:230
  wire readPending_and_not_readError = readPending & not_readError; // DataMover.java:230
  wire not_lost = ~lost;                         // DataMover.java:230
  wire send = readPending_and_not_readError & not_lost; // DataMover.java:230
  wire not_lost_1 = ~lost;                       // DataMover.java:233
  wire answered_and_not_lost_1 = answered & not_lost_1; // DataMover.java:233
  wire [80:0] all = {linkIn_address, linkIn_data}; // CopyLane.java:31
  wire [87:0] bits = {7'd0, all};                // CopyLane.java:33
  wire [7:0] check = bits[7:0];                  // CopyLane.java:34
  wire [7:0] bits_15_8 = bits[15:8];             // CopyLane.java:36
  wire [7:0] check_1 = check ^ bits_15_8;        // CopyLane.java:36
  wire [7:0] bits_23_16 = bits[23:16];           // CopyLane.java:36
  wire [7:0] check_2 = check_1 ^ bits_23_16;     // CopyLane.java:36
  wire [7:0] bits_31_24 = bits[31:24];           // CopyLane.java:36
  wire [7:0] check_3 = check_2 ^ bits_31_24;     // CopyLane.java:36
  wire [7:0] bits_39_32 = bits[39:32];           // CopyLane.java:36
  wire [7:0] check_4 = check_3 ^ bits_39_32;     // CopyLane.java:36
  wire [7:0] bits_47_40 = bits[47:40];           // CopyLane.java:36
  wire [7:0] check_5 = check_4 ^ bits_47_40;     // CopyLane.java:36
  wire [7:0] bits_55_48 = bits[55:48];           // CopyLane.java:36
  wire [7:0] check_6 = check_5 ^ bits_55_48;     // CopyLane.java:36
  wire [7:0] bits_63_56 = bits[63:56];           // CopyLane.java:36
  wire [7:0] check_7 = check_6 ^ bits_63_56;     // CopyLane.java:36
  wire [7:0] bits_71_64 = bits[71:64];           // CopyLane.java:36
  wire [7:0] check_8 = check_7 ^ bits_71_64;     // CopyLane.java:36
  wire [7:0] bits_79_72 = bits[79:72];           // CopyLane.java:36
  wire [7:0] check_9 = check_8 ^ bits_79_72;     // CopyLane.java:36
  wire [7:0] bits_87_80 = bits[87:80];           // CopyLane.java:36
  wire [7:0] check_10 = check_9 ^ bits_87_80;    // CopyLane.java:36
  wire intact = check_10 == linkIn_check;        // DataMover.java:237
  wire linkIn_valid_and_receiveEnable = linkIn_valid & receiveEnable; // DataMover.java:238
  wire accept = linkIn_valid_and_receiveEnable & intact; // DataMover.java:238
  reg  writeNow;                                 // DataMover.java:239
  reg  [16:0] writeAt;                           // DataMover.java:240
  reg  [63:0] writeWord;                         // DataMover.java:241
  wire [80:0] all_1 = {readPendingAddress, readData}; // CopyLane.java:31
  wire [87:0] bits_1 = {7'd0, all_1};            // CopyLane.java:33
  wire [7:0] check_11 = bits_1[7:0];             // CopyLane.java:34
  wire [7:0] bits_1_15_8 = bits_1[15:8];         // CopyLane.java:36
  wire [7:0] check_12 = check_11 ^ bits_1_15_8;  // CopyLane.java:36
  wire [7:0] bits_1_23_16 = bits_1[23:16];       // CopyLane.java:36
  wire [7:0] check_13 = check_12 ^ bits_1_23_16; // CopyLane.java:36
  wire [7:0] bits_1_31_24 = bits_1[31:24];       // CopyLane.java:36
  wire [7:0] check_14 = check_13 ^ bits_1_31_24; // CopyLane.java:36
  wire [7:0] bits_1_39_32 = bits_1[39:32];       // CopyLane.java:36
  wire [7:0] check_15 = check_14 ^ bits_1_39_32; // CopyLane.java:36
  wire [7:0] bits_1_47_40 = bits_1[47:40];       // CopyLane.java:36
  wire [7:0] check_16 = check_15 ^ bits_1_47_40; // CopyLane.java:36
  wire [7:0] bits_1_55_48 = bits_1[55:48];       // CopyLane.java:36
  wire [7:0] check_17 = check_16 ^ bits_1_55_48; // CopyLane.java:36
  wire [7:0] bits_1_63_56 = bits_1[63:56];       // CopyLane.java:36
  wire [7:0] check_18 = check_17 ^ bits_1_63_56; // CopyLane.java:36
  wire [7:0] bits_1_71_64 = bits_1[71:64];       // CopyLane.java:36
  wire [7:0] check_19 = check_18 ^ bits_1_71_64; // CopyLane.java:36
  wire [7:0] bits_1_79_72 = bits_1[79:72];       // CopyLane.java:36
  wire [7:0] check_20 = check_19 ^ bits_1_79_72; // CopyLane.java:36
  wire [7:0] bits_1_87_80 = bits_1[87:80];       // CopyLane.java:36
  wire [7:0] check_21 = check_20 ^ bits_1_87_80; // CopyLane.java:36
  wire not_accept = ~accept;                     // DataMover.java:247
  wire lane_nack = linkIn_valid & not_accept;    // DataMover.java:247
  reg  [91:0] sent;                              // DataMover.java:249
  wire [91:0] cat_send_readPendingAddress_readData = {send, readPendingAddress, readData, check_21, accept, lane_nack}; // Packing.java:31
  wire values_0 = sent[91];                      // Packing.java:47
  wire [16:0] values_1 = sent[90:74];            // Packing.java:52
  wire [63:0] values_2 = sent[73:10];            // Packing.java:52
  wire [7:0] values_3 = sent[9:2];               // Packing.java:52
  wire values_4 = sent[1];                       // Packing.java:47
  wire values_5 = sent[0];                       // Packing.java:47
  reg  failedNow;                                // DataMover.java:254
  reg  [1:0] cause;                              // DataMover.java:255
  reg  [16:0] failedAt;                          // DataMover.java:256
  wire not_failedNow = ~failedNow;               // DataMover.java:260
  wire error_and_not_failedNow = error & not_failedNow; // DataMover.java:260
  wire [1:0] mux_readFailed = readFailed ? 2'd2 : 2'd1; // DataMover.java:262
  wire [1:0] mux_lost = lost ? 2'd3 : mux_readFailed; // DataMover.java:262
  wire [16:0] mux_refusedWord = refusedWord ? inflight_head : 17'd0; // DataMover.java:264
  wire [16:0] mux_readFailed_1 = readFailed ? readPendingAddress : mux_refusedWord; // DataMover.java:264
  reg  wasBusy;                                  // DataMover.java:268
  wire not_busy_3 = ~busy;                       // DataMover.java:270
  wire ended = wasBusy & not_busy_3;             // DataMover.java:270
  reg  [15:0] passCount;                         // DataMover.java:271
  reg  [15:0] copiedLatch;                       // DataMover.java:272
  reg  [15:0] dirtiedLatch;                      // DataMover.java:273
  wire [15:0] passCount_add_1 = passCount + 16'd1; // DataMover.java:275
  reg  syncedNow;                                // DataMover.java:281
  reg  [31:0] blackoutLatch;                     // DataMover.java:282
  wire not_idle = ~idle;                         // DataMover.java:283
  wire [31:0] blackoutCount_add_1 = blackoutCount + 32'd1; // DataMover.java:283
  wire blackout_eq_HOLDING = blackout == Phase_HOLDING; // DataMover.java:289
  wire blackout_eq_HOLDING_and_ioQuiet = blackout_eq_HOLDING & ioQuiet; // DataMover.java:289
  wire blackout_eq_FINAL_COPY_1 = blackout == Phase_FINAL_COPY; // DataMover.java:291
  wire blackout_eq_FINAL_COPY_1_and_ended = blackout_eq_FINAL_COPY_1 & ended; // DataMover.java:291
  wire not_failedNow_1 = ~failedNow;             // DataMover.java:291
  wire blackout_eq_FINAL_COPY_1_and_ended_and = blackout_eq_FINAL_COPY_1_and_ended & not_failedNow_1; // DataMover.java:291
  wire not_error = ~error;                       // DataMover.java:291
  wire blackout_eq_FINAL_COPY_1_and_ended_and_1 = blackout_eq_FINAL_COPY_1_and_ended_and & not_error; // DataMover.java:291
  wire blackout_eq_RESETTING = blackout == Phase_RESETTING; // DataMover.java:293
  wire blackout_eq_RESETTING_and_resetDone = blackout_eq_RESETTING & resetDone; // DataMover.java:293
  wire blackout_eq_RESETTING_1 = blackout == Phase_RESETTING; // DataMover.java:298
  wire blackout_eq_RESETTING_1_and_resetDone = blackout_eq_RESETTING_1 & resetDone; // DataMover.java:298
  reg  refusedNow;                               // DataMover.java:300
  wire not_idle_1 = ~idle;                       // DataMover.java:310
  wire blackout_eq_HOLDING_1 = blackout == Phase_HOLDING; // DataMover.java:310
  wire not_blackout_eq_HOLDING_1 = ~blackout_eq_HOLDING_1; // DataMover.java:310
  wire not_idle_1_and_not_blackout_eq_HOLDING_1 = not_idle_1 & not_blackout_eq_HOLDING_1; // DataMover.java:310
  wire not_idle_2 = ~idle;                       // DataMover.java:311
  wire blackout_eq_RESETTING_2 = blackout == Phase_RESETTING; // DataMover.java:312
  wire [15:0] bitmap_dirtyPages_ext = {7'd0, bitmap_dirtyPages}; // DataMover.java:322
  assign readValid = issue;                      // DataMover.java:305
  assign writeValid = writeNow;                  // DataMover.java:307
  assign writeData = writeWord;                  // DataMover.java:309
  assign cpuStop = not_idle_1_and_not_blackout_eq_HOLDING_1; // DataMover.java:310
  assign ioHold = not_idle_2;                    // DataMover.java:311
  assign resetRequest = blackout_eq_RESETTING_2; // DataMover.java:312
  assign phase = blackout;                       // DataMover.java:313
  assign passRunning = busy;                     // DataMover.java:314
  assign passDone = ended;                       // DataMover.java:315
  assign failed = failedNow;                     // DataMover.java:316
  assign failCause = cause;                      // DataMover.java:317
  assign passes = passCount;                     // DataMover.java:319
  assign lastCopied = copiedLatch;               // DataMover.java:320
  assign lastDirtied = dirtiedLatch;             // DataMover.java:321
  assign dirtyPages = bitmap_dirtyPages_ext;     // DataMover.java:322
  assign blackoutCycles = blackoutLatch;         // DataMover.java:323
  assign synced = syncedNow;                     // DataMover.java:324
  assign refused = refusedNow;                   // DataMover.java:326
  assign readAddress = issueAddress;             // DataMover.java:306
  assign writeAddress = writeAt;                 // DataMover.java:308
  assign linkOut_valid = values_0;               // DataMover.java:251
  assign linkOut_address = values_1;             // DataMover.java:251
  assign linkOut_data = values_2;                // DataMover.java:251
  assign linkOut_check = values_3;               // DataMover.java:251
  assign linkOut_ack = values_4;                 // DataMover.java:251
  assign linkOut_nack = values_5;                // DataMover.java:251
  assign failAddress = failedAt;                 // DataMover.java:318
  assign copyPage = page;                        // DataMover.java:325
  assign bitmap_markValid = snoopValid;          // DataMover.java:190
  assign bitmap_retryValid_0 = stopPass_and_copying; // DataMover.java:194
  assign bitmap_retryValid_1 = readFailed;       // DataMover.java:196
  assign bitmap_retryValid_2 = refusedWord;      // DataMover.java:198
  assign bitmap_clearValid = chosen;             // DataMover.java:188
  assign bitmap_setAll = copyAll_or_lost;        // DataMover.java:200
  assign bitmap_markPage = snoopAddress_16_9;    // DataMover.java:191
  assign bitmap_retryPage_0 = page;              // DataMover.java:195
  assign bitmap_retryPage_1 = readPendingAddress_16_9; // DataMover.java:197
  assign bitmap_retryPage_2 = inflight_head_16_9; // DataMover.java:199
  assign bitmap_clearPage = bitmap_foundPage;    // DataMover.java:189
  assign bitmap_from = scanFrom;                 // DataMover.java:187
  assign bitmap_clk = clk;                       // DataMover.java:143
  assign bitmap_rst = rst;                       // DataMover.java:143
  assign inflight_push = send;                   // DataMover.java:231
  assign inflight_pop = answered_and_not_lost_1; // DataMover.java:233
  assign inflight_flush = lost;                  // DataMover.java:234
  assign inflight_pushData = readPendingAddress; // DataMover.java:232
  assign inflight_clk = clk;                     // DataMover.java:144
  assign inflight_rst = rst;                     // DataMover.java:144
  always @(posedge clk) begin                    // DataMover.java:147
    if (rst) begin
      passActive <= 1'd0;                        // DataMover.java:147
    end else begin
      if (startPass) begin                       // DataMover.java:202
        passActive <= 1'd1;                      // DataMover.java:203
      end else if (stopPass) begin               // DataMover.java:208
        passActive <= 1'd0;                      // DataMover.java:209
      end else if (choosing) begin               // DataMover.java:211
        if (chosen) begin                        // DataMover.java:212
        end else begin
          passActive <= 1'd0;                    // DataMover.java:219
        end
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:148
    if (rst) begin
      copying <= 1'd0;                           // DataMover.java:148
    end else begin
      if (startPass) begin                       // DataMover.java:202
        copying <= 1'd0;                         // DataMover.java:204
      end else if (stopPass) begin               // DataMover.java:208
        copying <= 1'd0;                         // DataMover.java:210
      end else if (choosing) begin               // DataMover.java:211
        if (chosen) begin                        // DataMover.java:212
          copying <= 1'd1;                       // DataMover.java:215
        end else begin
          copying <= 1'd0;                       // DataMover.java:220
        end
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:149
    if (rst) begin
      page <= 8'd0;                              // DataMover.java:149
    end else begin
      if (startPass) begin                       // DataMover.java:202
      end else if (stopPass) begin               // DataMover.java:208
      end else if (choosing) begin               // DataMover.java:211
        if (chosen) begin                        // DataMover.java:212
          page <= bitmap_foundPage;              // DataMover.java:213
        end
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:150
    if (rst) begin
      word <= 9'd0;                              // DataMover.java:150
    end else begin
      if (startPass) begin                       // DataMover.java:202
      end else if (stopPass) begin               // DataMover.java:208
      end else if (choosing) begin               // DataMover.java:211
        if (chosen) begin                        // DataMover.java:212
          word <= 9'd0;                          // DataMover.java:214
        end
      end else if (issue) begin                  // DataMover.java:222
        word <= word_add_1;                      // DataMover.java:222
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:151
    if (rst) begin
      scanFrom <= 9'd0;                          // DataMover.java:151
    end else begin
      if (startPass) begin                       // DataMover.java:202
        scanFrom <= 9'd0;                        // DataMover.java:205
      end else if (stopPass) begin               // DataMover.java:208
      end else if (choosing) begin               // DataMover.java:211
        if (chosen) begin                        // DataMover.java:212
          scanFrom <= bitmap_foundPage_ext_add_1; // DataMover.java:216
        end
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:152
    if (rst) begin
      readPending <= 1'd0;                       // DataMover.java:152
    end else begin
      readPending <= issue;                      // DataMover.java:226
    end
  end
  always @(posedge clk) begin                    // DataMover.java:153
    if (rst) begin
      readPendingAddress <= 17'd0;               // DataMover.java:153
    end else begin
      readPendingAddress <= issueAddress;        // DataMover.java:227
    end
  end
  always @(posedge clk) begin                    // DataMover.java:154
    if (rst) begin
      passCopied <= 16'd0;                       // DataMover.java:154
    end else begin
      if (startPass) begin                       // DataMover.java:202
        passCopied <= 16'd0;                     // DataMover.java:206
      end else if (stopPass) begin               // DataMover.java:208
      end else if (choosing) begin               // DataMover.java:211
        if (chosen) begin                        // DataMover.java:212
          passCopied <= passCopied_add_1;        // DataMover.java:217
        end
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:155
    if (rst) begin
      passDirtied <= 16'd0;                      // DataMover.java:155
    end else begin
      if (startPass) begin                       // DataMover.java:202
        passDirtied <= 16'd0;                    // DataMover.java:207
      end
      if (snoopValid_and_bitmap_markFresh_and_not) begin // DataMover.java:223
        passDirtied <= passDirtied_add_1;        // DataMover.java:223
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:156
    if (rst) begin
      blackout <= Phase_IDLE;                    // DataMover.java:156
    end else begin
      if (cancel) begin                          // DataMover.java:284
        blackout <= Phase_IDLE;                  // DataMover.java:284
      end else if (startBlackout) begin          // DataMover.java:285
        blackout <= Phase_HOLDING;               // DataMover.java:286
      end else if (blackout_eq_HOLDING_and_ioQuiet) begin // DataMover.java:289
        blackout <= Phase_STOPPING;              // DataMover.java:289
      end else if (flushed) begin                // DataMover.java:290
        blackout <= Phase_FINAL_COPY;            // DataMover.java:290
      end else if (blackout_eq_FINAL_COPY_1_and_ended_and_1) begin // DataMover.java:291
        blackout <= Phase_RESETTING;             // DataMover.java:292
      end else if (blackout_eq_RESETTING_and_resetDone) begin // DataMover.java:293
        blackout <= Phase_IDLE;                  // DataMover.java:294
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:157
    if (rst) begin
      blackoutCount <= 32'd0;                    // DataMover.java:157
    end else begin
      if (not_idle) begin                        // DataMover.java:283
        blackoutCount <= blackoutCount_add_1;    // DataMover.java:283
      end
      if (cancel) begin                          // DataMover.java:284
      end else if (startBlackout) begin          // DataMover.java:285
        blackoutCount <= 32'd1;                  // DataMover.java:287
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:239
    if (rst) begin
      writeNow <= 1'd0;                          // DataMover.java:239
    end else begin
      writeNow <= accept;                        // DataMover.java:242
    end
  end
  always @(posedge clk) begin                    // DataMover.java:240
    if (rst) begin
      writeAt <= 17'd0;                          // DataMover.java:240
    end else begin
      writeAt <= linkIn_address;                 // DataMover.java:243
    end
  end
  always @(posedge clk) begin                    // DataMover.java:241
    if (rst) begin
      writeWord <= 64'd0;                        // DataMover.java:241
    end else begin
      writeWord <= linkIn_data;                  // DataMover.java:244
    end
  end
  always @(posedge clk) begin                    // DataMover.java:249
    if (rst) begin
      sent <= 92'd0;                             // DataMover.java:249
    end else begin
      sent <= cat_send_readPendingAddress_readData; // DataMover.java:250
    end
  end
  always @(posedge clk) begin                    // DataMover.java:254
    if (rst) begin
      failedNow <= 1'd0;                         // DataMover.java:254
    end else begin
      if (startPass) begin                       // DataMover.java:257
        failedNow <= 1'd0;                       // DataMover.java:258
      end else if (error_and_not_failedNow) begin // DataMover.java:260
        failedNow <= 1'd1;                       // DataMover.java:261
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:255
    if (rst) begin
      cause <= 2'd0;                             // DataMover.java:255
    end else begin
      if (startPass) begin                       // DataMover.java:257
        cause <= 2'd0;                           // DataMover.java:259
      end else if (error_and_not_failedNow) begin // DataMover.java:260
        cause <= mux_lost;                       // DataMover.java:262
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:256
    if (rst) begin
      failedAt <= 17'd0;                         // DataMover.java:256
    end else begin
      if (startPass) begin                       // DataMover.java:257
      end else if (error_and_not_failedNow) begin // DataMover.java:260
        failedAt <= mux_readFailed_1;            // DataMover.java:264
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:268
    if (rst) begin
      wasBusy <= 1'd0;                           // DataMover.java:268
    end else begin
      wasBusy <= busy;                           // DataMover.java:269
    end
  end
  always @(posedge clk) begin                    // DataMover.java:271
    if (rst) begin
      passCount <= 16'd0;                        // DataMover.java:271
    end else begin
      if (ended) begin                           // DataMover.java:274
        passCount <= passCount_add_1;            // DataMover.java:275
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:272
    if (rst) begin
      copiedLatch <= 16'd0;                      // DataMover.java:272
    end else begin
      if (ended) begin                           // DataMover.java:274
        copiedLatch <= passCopied;               // DataMover.java:276
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:273
    if (rst) begin
      dirtiedLatch <= 16'd0;                     // DataMover.java:273
    end else begin
      if (ended) begin                           // DataMover.java:274
        dirtiedLatch <= passDirtied;             // DataMover.java:277
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:281
    if (rst) begin
      syncedNow <= 1'd0;                         // DataMover.java:281
    end else begin
      if (copyAll) begin                         // DataMover.java:297
        syncedNow <= 1'd0;                       // DataMover.java:297
      end else if (blackout_eq_RESETTING_1_and_resetDone) begin // DataMover.java:298
        syncedNow <= 1'd1;                       // DataMover.java:298
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:282
    if (rst) begin
      blackoutLatch <= 32'd0;                    // DataMover.java:282
    end else begin
      if (cancel) begin                          // DataMover.java:284
      end else if (startBlackout) begin          // DataMover.java:285
      end else if (blackout_eq_HOLDING_and_ioQuiet) begin // DataMover.java:289
      end else if (flushed) begin                // DataMover.java:290
      end else if (blackout_eq_FINAL_COPY_1_and_ended_and_1) begin // DataMover.java:291
      end else if (blackout_eq_RESETTING_and_resetDone) begin // DataMover.java:293
        blackoutLatch <= blackoutCount;          // DataMover.java:295
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:300
    if (rst) begin
      refusedNow <= 1'd0;                        // DataMover.java:300
    end else begin
      if (accepted) begin                        // DataMover.java:301
        refusedNow <= 1'd0;                      // DataMover.java:301
      end else if (commandValid) begin           // DataMover.java:302
        refusedNow <= 1'd1;                      // DataMover.java:302
      end
    end
  end
  DirtyBitmap_p8 bitmap (                        // DataMover.java:143
    .markValid    (bitmap_markValid),
    .markFresh    (bitmap_markFresh),
    .retryValid_0 (bitmap_retryValid_0),
    .retryValid_1 (bitmap_retryValid_1),
    .retryValid_2 (bitmap_retryValid_2),
    .clearValid   (bitmap_clearValid),
    .setAll       (bitmap_setAll),
    .found        (bitmap_found),
    .markPage     (bitmap_markPage),
    .retryPage_0  (bitmap_retryPage_0),
    .retryPage_1  (bitmap_retryPage_1),
    .retryPage_2  (bitmap_retryPage_2),
    .clearPage    (bitmap_clearPage),
    .from         (bitmap_from),
    .foundPage    (bitmap_foundPage),
    .dirtyPages   (bitmap_dirtyPages),
    .clk          (bitmap_clk),
    .rst          (bitmap_rst)
  );
  SyncFifo_w17_d16 inflight (                    // DataMover.java:144
    .push      (inflight_push),
    .pop       (inflight_pop),
    .flush     (inflight_flush),
    .headValid (inflight_headValid),
    .pushData  (inflight_pushData),
    .head      (inflight_head),
    .count     (inflight_count),
    .clk       (inflight_clk),
    .rst       (inflight_rst)
  );
endmodule
