// DataMover_w9_p8_f4: generated from dev.gemini.datamover.DataMover by hdl-dsl. Do not edit; run `make rtl`.
module DataMover_w9_p8_f4 (                      // DataMover.java:130
  input  wire snoopValid,                        // DataMover.java:80
  output wire readValid,                         // DataMover.java:83
  input  wire [63:0] readData,                   // DataMover.java:85
  input  wire readError,                         // DataMover.java:87
  input  wire clk,                               // DataMover.java:130
  input  wire rst,                               // DataMover.java:130
  output wire writeValid,                        // DataMover.java:88
  output wire [63:0] writeData,                  // DataMover.java:90
  input  wire linkUp,                            // DataMover.java:94
  input  wire commandValid,                      // DataMover.java:96
  input  wire [2:0] command,                     // DataMover.java:97
  input  wire receiveEnable,                     // DataMover.java:99
  output wire cpuStop,                           // DataMover.java:101
  output wire ioHold,                            // DataMover.java:102
  input  wire ioQuiet,                           // DataMover.java:104
  input  wire cpuQuiesced,                       // DataMover.java:105
  output wire resetRequest,                      // DataMover.java:106
  input  wire resetDone,                         // DataMover.java:107
  output wire [2:0] phase,                       // DataMover.java:109
  output wire passRunning,                       // DataMover.java:110
  output wire passDone,                          // DataMover.java:112
  output wire failed,                            // DataMover.java:113
  output wire [1:0] failCause,                   // DataMover.java:114
  output wire [15:0] passes,                     // DataMover.java:116
  output wire [15:0] lastCopied,                 // DataMover.java:117
  output wire [15:0] lastDirtied,                // DataMover.java:118
  output wire [15:0] dirtyPages,                 // DataMover.java:119
  output wire [31:0] blackoutCycles,             // DataMover.java:120
  output wire synced,                            // DataMover.java:122
  output wire refused,                           // DataMover.java:126
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [16:0] snoopAddress,               // DataMover.java:136
  /* verilator lint_on UNUSEDSIGNAL */
  output wire [16:0] readAddress,                // DataMover.java:137
  output wire [16:0] writeAddress,               // DataMover.java:138
  output wire linkOut_valid,                     // DataMover.java:139
  output wire [16:0] linkOut_address,            // DataMover.java:139
  output wire [63:0] linkOut_data,               // DataMover.java:139
  output wire [7:0] linkOut_check,               // DataMover.java:139
  output wire linkOut_ack,                       // DataMover.java:139
  output wire linkOut_nack,                      // DataMover.java:139
  input  wire linkIn_valid,                      // DataMover.java:140
  input  wire [16:0] linkIn_address,             // DataMover.java:140
  input  wire [63:0] linkIn_data,                // DataMover.java:140
  input  wire [7:0] linkIn_check,                // DataMover.java:140
  input  wire linkIn_ack,                        // DataMover.java:140
  input  wire linkIn_nack,                       // DataMover.java:140
  output wire [16:0] failAddress,                // DataMover.java:141
  output wire [7:0] copyPage                     // DataMover.java:142
);
  /* verilator lint_off UNUSEDPARAM */
  localparam [2:0] Phase_IDLE = 3'd0;            // DataMover.java:109
  localparam [2:0] Phase_HOLDING = 3'd1;         // DataMover.java:109
  localparam [2:0] Phase_STOPPING = 3'd2;        // DataMover.java:109
  localparam [2:0] Phase_FINAL_COPY = 3'd3;      // DataMover.java:109
  localparam [2:0] Phase_RESETTING = 3'd4;       // DataMover.java:109
  /* verilator lint_on UNUSEDPARAM */
  reg  writeValid_reg;                           // DataMover.java:88
  reg  [63:0] writeData_reg;                     // DataMover.java:90
  reg  [2:0] phase_reg;                          // DataMover.java:109
  reg  failed_reg;                               // DataMover.java:113
  reg  [1:0] failCause_reg;                      // DataMover.java:114
  reg  [15:0] passes_reg;                        // DataMover.java:116
  reg  [15:0] lastCopied_reg;                    // DataMover.java:117
  reg  [15:0] lastDirtied_reg;                   // DataMover.java:118
  reg  [31:0] blackoutCycles_reg;                // DataMover.java:120
  reg  synced_reg;                               // DataMover.java:122
  reg  refused_reg;                              // DataMover.java:126
  wire bitmap_markValid;                         // DataMover.java:144
  wire bitmap_markFresh;                         // DataMover.java:144
  wire bitmap_retryValid_0;                      // DataMover.java:144
  wire bitmap_retryValid_1;                      // DataMover.java:144
  wire bitmap_retryValid_2;                      // DataMover.java:144
  wire bitmap_clearValid;                        // DataMover.java:144
  wire bitmap_setAll;                            // DataMover.java:144
  wire bitmap_found;                             // DataMover.java:144
  wire [7:0] bitmap_markPage;                    // DataMover.java:144
  wire [7:0] bitmap_retryPage_0;                 // DataMover.java:144
  wire [7:0] bitmap_retryPage_1;                 // DataMover.java:144
  wire [7:0] bitmap_retryPage_2;                 // DataMover.java:144
  wire [7:0] bitmap_clearPage;                   // DataMover.java:144
  wire [8:0] bitmap_from;                        // DataMover.java:144
  wire [7:0] bitmap_foundPage;                   // DataMover.java:144
  wire [8:0] bitmap_dirtyPages;                  // DataMover.java:144
  wire bitmap_clk;                               // DataMover.java:144
  wire bitmap_rst;                               // DataMover.java:144
  wire inflight_push;                            // DataMover.java:145
  wire inflight_pop;                             // DataMover.java:145
  wire inflight_flush;                           // DataMover.java:145
  wire inflight_headValid;                       // DataMover.java:145
  wire [16:0] inflight_pushData;                 // DataMover.java:145
  wire [16:0] inflight_head;                     // DataMover.java:145
  wire [4:0] inflight_count;                     // DataMover.java:145
  wire inflight_clk;                             // DataMover.java:145
  wire inflight_rst;                             // DataMover.java:145
  reg  passActive;                               // DataMover.java:148
  reg  copying;                                  // DataMover.java:149
  reg  [7:0] page;                               // DataMover.java:150
  reg  [8:0] word;                               // DataMover.java:151
  reg  [8:0] scanFrom;                           // DataMover.java:152
  reg  readPending;                              // DataMover.java:153
  reg  [16:0] readPendingAddress;                // DataMover.java:154
  reg  [15:0] passCopied;                        // DataMover.java:155
  reg  [15:0] passDirtied;                       // DataMover.java:156
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
  wire idle = phase_reg == Phase_IDLE;           // DataMover.java:168
  wire command_eq_1 = command == 3'd1;           // DataMover.java:169
  wire commandValid_and_command_eq_1 = commandValid & command_eq_1; // DataMover.java:169
  wire not_busy = ~busy;                         // DataMover.java:169
  wire commandValid_and_command_eq_1_and_not = commandValid_and_command_eq_1 & not_busy; // DataMover.java:169
  wire copyAll = commandValid_and_command_eq_1_and_not & idle; // DataMover.java:169
  wire command_eq_2 = command == 3'd2;           // DataMover.java:170
  wire commandValid_and_command_eq_2 = commandValid & command_eq_2; // DataMover.java:170
  wire not_busy_1 = ~busy;                       // DataMover.java:170
  wire commandValid_and_command_eq_2_and_not = commandValid_and_command_eq_2 & not_busy_1; // DataMover.java:170
  wire phase_reg_eq_FINAL_COPY = phase_reg == Phase_FINAL_COPY; // DataMover.java:171
  wire idle_or_phase_reg_eq_FINAL_COPY = idle | phase_reg_eq_FINAL_COPY; // DataMover.java:171
  wire copyDirty = commandValid_and_command_eq_2_and_not & idle_or_phase_reg_eq_FINAL_COPY; // DataMover.java:171
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
  wire phase_reg_eq_STOPPING = phase_reg == Phase_STOPPING; // DataMover.java:175
  wire flushed = phase_reg_eq_STOPPING & cpuQuiesced; // DataMover.java:175
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
  reg  [16:0] writeAt;                           // DataMover.java:239
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
  wire not_accept = ~accept;                     // DataMover.java:245
  wire lane_nack = linkIn_valid & not_accept;    // DataMover.java:245
  reg  [91:0] sent;                              // DataMover.java:247
  wire [91:0] cat_send_readPendingAddress_readData = {send, readPendingAddress, readData, check_21, accept, lane_nack}; // DataMover.java:248
  wire sent_91 = sent[91];                       // DataMover.java:249
  wire [16:0] sent_90_74 = sent[90:74];          // DataMover.java:249
  wire [63:0] sent_73_10 = sent[73:10];          // DataMover.java:249
  wire [7:0] sent_9_2 = sent[9:2];               // DataMover.java:249
  wire sent_1 = sent[1];                         // DataMover.java:249
  wire sent_0 = sent[0];                         // DataMover.java:249
  reg  [16:0] failedAt;                          // DataMover.java:252
  wire not_failed_reg = ~failed_reg;             // DataMover.java:256
  wire error_and_not_failed_reg = error & not_failed_reg; // DataMover.java:256
  wire [1:0] mux_readFailed = readFailed ? 2'd2 : 2'd1; // DataMover.java:258
  wire [1:0] mux_lost = lost ? 2'd3 : mux_readFailed; // DataMover.java:258
  wire [16:0] mux_refusedWord = refusedWord ? inflight_head : 17'd0; // DataMover.java:260
  wire [16:0] mux_readFailed_1 = readFailed ? readPendingAddress : mux_refusedWord; // DataMover.java:260
  reg  wasBusy;                                  // DataMover.java:264
  wire not_busy_3 = ~busy;                       // DataMover.java:266
  wire ended = wasBusy & not_busy_3;             // DataMover.java:266
  wire [15:0] passes_reg_add_1 = passes_reg + 16'd1; // DataMover.java:268
  wire not_idle = ~idle;                         // DataMover.java:274
  wire [31:0] blackoutCount_add_1 = blackoutCount + 32'd1; // DataMover.java:274
  wire not_linkUp_1 = ~linkUp;                   // DataMover.java:275
  wire not_idle_1 = ~idle;                       // DataMover.java:275
  wire not_linkUp_1_and_not_idle_1 = not_linkUp_1 & not_idle_1; // DataMover.java:275
  wire phase_reg_eq_RESETTING = phase_reg == Phase_RESETTING; // DataMover.java:275
  wire not_phase_reg_eq_RESETTING = ~phase_reg_eq_RESETTING; // DataMover.java:275
  wire abandoned = not_linkUp_1_and_not_idle_1 & not_phase_reg_eq_RESETTING; // DataMover.java:275
  wire cancel_or_abandoned = cancel | abandoned; // DataMover.java:276
  wire phase_reg_eq_HOLDING = phase_reg == Phase_HOLDING; // DataMover.java:281
  wire phase_reg_eq_HOLDING_and_ioQuiet = phase_reg_eq_HOLDING & ioQuiet; // DataMover.java:281
  wire phase_reg_eq_FINAL_COPY_1 = phase_reg == Phase_FINAL_COPY; // DataMover.java:283
  wire phase_reg_eq_FINAL_COPY_1_and_ended = phase_reg_eq_FINAL_COPY_1 & ended; // DataMover.java:283
  wire not_failed_reg_1 = ~failed_reg;           // DataMover.java:283
  wire phase_reg_eq_FINAL_COPY_1_and_ended_and = phase_reg_eq_FINAL_COPY_1_and_ended & not_failed_reg_1; // DataMover.java:283
  wire not_error = ~error;                       // DataMover.java:283
  wire phase_reg_eq_FINAL_COPY_1_and_ended_and_1 = phase_reg_eq_FINAL_COPY_1_and_ended_and & not_error; // DataMover.java:283
  wire phase_reg_eq_RESETTING_1 = phase_reg == Phase_RESETTING; // DataMover.java:285
  wire phase_reg_eq_RESETTING_1_and_resetDone = phase_reg_eq_RESETTING_1 & resetDone; // DataMover.java:285
  wire phase_reg_eq_RESETTING_2 = phase_reg == Phase_RESETTING; // DataMover.java:290
  wire phase_reg_eq_RESETTING_2_and_resetDone = phase_reg_eq_RESETTING_2 & resetDone; // DataMover.java:290
  wire not_idle_2 = ~idle;                       // DataMover.java:298
  wire phase_reg_eq_HOLDING_1 = phase_reg == Phase_HOLDING; // DataMover.java:298
  wire not_phase_reg_eq_HOLDING_1 = ~phase_reg_eq_HOLDING_1; // DataMover.java:298
  wire not_idle_2_and_not_phase_reg_eq_HOLDING = not_idle_2 & not_phase_reg_eq_HOLDING_1; // DataMover.java:298
  wire not_idle_3 = ~idle;                       // DataMover.java:299
  wire phase_reg_eq_RESETTING_3 = phase_reg == Phase_RESETTING; // DataMover.java:300
  wire [15:0] bitmap_dirtyPages_ext = {7'd0, bitmap_dirtyPages}; // DataMover.java:304
  assign readValid = issue;                      // DataMover.java:295
  always @(posedge clk) begin                    // DataMover.java:88
    if (rst) begin
      writeValid_reg <= 1'd0;                    // DataMover.java:88
    end else begin
      writeValid_reg <= accept;                  // DataMover.java:240
    end
  end
  assign writeValid = writeValid_reg;            // DataMover.java:88
  always @(posedge clk) begin                    // DataMover.java:90
    if (rst) begin
      writeData_reg <= 64'd0;                    // DataMover.java:90
    end else begin
      writeData_reg <= linkIn_data;              // DataMover.java:242
    end
  end
  assign writeData = writeData_reg;              // DataMover.java:90
  assign cpuStop = not_idle_2_and_not_phase_reg_eq_HOLDING; // DataMover.java:298
  assign ioHold = not_idle_3;                    // DataMover.java:299
  assign resetRequest = phase_reg_eq_RESETTING_3; // DataMover.java:300
  always @(posedge clk) begin                    // DataMover.java:109
    if (rst) begin
      phase_reg <= Phase_IDLE;                   // DataMover.java:109
    end else begin
      if (cancel_or_abandoned) begin             // DataMover.java:276
        phase_reg <= Phase_IDLE;                 // DataMover.java:276
      end else if (startBlackout) begin          // DataMover.java:277
        phase_reg <= Phase_HOLDING;              // DataMover.java:278
      end else if (phase_reg_eq_HOLDING_and_ioQuiet) begin // DataMover.java:281
        phase_reg <= Phase_STOPPING;             // DataMover.java:281
      end else if (flushed) begin                // DataMover.java:282
        phase_reg <= Phase_FINAL_COPY;           // DataMover.java:282
      end else if (phase_reg_eq_FINAL_COPY_1_and_ended_and_1) begin // DataMover.java:283
        phase_reg <= Phase_RESETTING;            // DataMover.java:284
      end else if (phase_reg_eq_RESETTING_1_and_resetDone) begin // DataMover.java:285
        phase_reg <= Phase_IDLE;                 // DataMover.java:286
      end
    end
  end
  assign phase = phase_reg;                      // DataMover.java:109
  assign passRunning = busy;                     // DataMover.java:301
  assign passDone = ended;                       // DataMover.java:302
  always @(posedge clk) begin                    // DataMover.java:113
    if (rst) begin
      failed_reg <= 1'd0;                        // DataMover.java:113
    end else begin
      if (startPass) begin                       // DataMover.java:253
        failed_reg <= 1'd0;                      // DataMover.java:254
      end else if (error_and_not_failed_reg) begin // DataMover.java:256
        failed_reg <= 1'd1;                      // DataMover.java:257
      end
    end
  end
  assign failed = failed_reg;                    // DataMover.java:113
  always @(posedge clk) begin                    // DataMover.java:114
    if (rst) begin
      failCause_reg <= 2'd0;                     // DataMover.java:114
    end else begin
      if (startPass) begin                       // DataMover.java:253
        failCause_reg <= 2'd0;                   // DataMover.java:255
      end else if (error_and_not_failed_reg) begin // DataMover.java:256
        failCause_reg <= mux_lost;               // DataMover.java:258
      end
    end
  end
  assign failCause = failCause_reg;              // DataMover.java:114
  always @(posedge clk) begin                    // DataMover.java:116
    if (rst) begin
      passes_reg <= 16'd0;                       // DataMover.java:116
    end else begin
      if (ended) begin                           // DataMover.java:267
        passes_reg <= passes_reg_add_1;          // DataMover.java:268
      end
    end
  end
  assign passes = passes_reg;                    // DataMover.java:116
  always @(posedge clk) begin                    // DataMover.java:117
    if (rst) begin
      lastCopied_reg <= 16'd0;                   // DataMover.java:117
    end else begin
      if (ended) begin                           // DataMover.java:267
        lastCopied_reg <= passCopied;            // DataMover.java:269
      end
    end
  end
  assign lastCopied = lastCopied_reg;            // DataMover.java:117
  always @(posedge clk) begin                    // DataMover.java:118
    if (rst) begin
      lastDirtied_reg <= 16'd0;                  // DataMover.java:118
    end else begin
      if (ended) begin                           // DataMover.java:267
        lastDirtied_reg <= passDirtied;          // DataMover.java:270
      end
    end
  end
  assign lastDirtied = lastDirtied_reg;          // DataMover.java:118
  assign dirtyPages = bitmap_dirtyPages_ext;     // DataMover.java:304
  always @(posedge clk) begin                    // DataMover.java:120
    if (rst) begin
      blackoutCycles_reg <= 32'd0;               // DataMover.java:120
    end else begin
      if (cancel_or_abandoned) begin             // DataMover.java:276
      end else if (startBlackout) begin          // DataMover.java:277
      end else if (phase_reg_eq_HOLDING_and_ioQuiet) begin // DataMover.java:281
      end else if (flushed) begin                // DataMover.java:282
      end else if (phase_reg_eq_FINAL_COPY_1_and_ended_and_1) begin // DataMover.java:283
      end else if (phase_reg_eq_RESETTING_1_and_resetDone) begin // DataMover.java:285
        blackoutCycles_reg <= blackoutCount;     // DataMover.java:287
      end
    end
  end
  assign blackoutCycles = blackoutCycles_reg;    // DataMover.java:120
  always @(posedge clk) begin                    // DataMover.java:122
    if (rst) begin
      synced_reg <= 1'd0;                        // DataMover.java:122
    end else begin
      if (copyAll) begin                         // DataMover.java:289
        synced_reg <= 1'd0;                      // DataMover.java:289
      end else if (phase_reg_eq_RESETTING_2_and_resetDone) begin // DataMover.java:290
        synced_reg <= 1'd1;                      // DataMover.java:290
      end
    end
  end
  assign synced = synced_reg;                    // DataMover.java:122
  always @(posedge clk) begin                    // DataMover.java:126
    if (rst) begin
      refused_reg <= 1'd0;                       // DataMover.java:126
    end else begin
      if (accepted) begin                        // DataMover.java:291
        refused_reg <= 1'd0;                     // DataMover.java:291
      end else if (commandValid) begin           // DataMover.java:292
        refused_reg <= 1'd1;                     // DataMover.java:292
      end
    end
  end
  assign refused = refused_reg;                  // DataMover.java:126
  assign readAddress = issueAddress;             // DataMover.java:296
  assign writeAddress = writeAt;                 // DataMover.java:297
  assign linkOut_valid = sent_91;                // DataMover.java:249
  assign linkOut_address = sent_90_74;           // DataMover.java:249
  assign linkOut_data = sent_73_10;              // DataMover.java:249
  assign linkOut_check = sent_9_2;               // DataMover.java:249
  assign linkOut_ack = sent_1;                   // DataMover.java:249
  assign linkOut_nack = sent_0;                  // DataMover.java:249
  assign failAddress = failedAt;                 // DataMover.java:303
  assign copyPage = page;                        // DataMover.java:305
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
  assign bitmap_clk = clk;                       // DataMover.java:144
  assign bitmap_rst = rst;                       // DataMover.java:144
  assign inflight_push = send;                   // DataMover.java:231
  assign inflight_pop = answered_and_not_lost_1; // DataMover.java:233
  assign inflight_flush = lost;                  // DataMover.java:234
  assign inflight_pushData = readPendingAddress; // DataMover.java:232
  assign inflight_clk = clk;                     // DataMover.java:145
  assign inflight_rst = rst;                     // DataMover.java:145
  always @(posedge clk) begin                    // DataMover.java:148
    if (rst) begin
      passActive <= 1'd0;                        // DataMover.java:148
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
  always @(posedge clk) begin                    // DataMover.java:149
    if (rst) begin
      copying <= 1'd0;                           // DataMover.java:149
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
  always @(posedge clk) begin                    // DataMover.java:150
    if (rst) begin
      page <= 8'd0;                              // DataMover.java:150
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
  always @(posedge clk) begin                    // DataMover.java:151
    if (rst) begin
      word <= 9'd0;                              // DataMover.java:151
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
  always @(posedge clk) begin                    // DataMover.java:152
    if (rst) begin
      scanFrom <= 9'd0;                          // DataMover.java:152
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
  always @(posedge clk) begin                    // DataMover.java:153
    if (rst) begin
      readPending <= 1'd0;                       // DataMover.java:153
    end else begin
      readPending <= issue;                      // DataMover.java:226
    end
  end
  always @(posedge clk) begin                    // DataMover.java:154
    if (rst) begin
      readPendingAddress <= 17'd0;               // DataMover.java:154
    end else begin
      readPendingAddress <= issueAddress;        // DataMover.java:227
    end
  end
  always @(posedge clk) begin                    // DataMover.java:155
    if (rst) begin
      passCopied <= 16'd0;                       // DataMover.java:155
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
  always @(posedge clk) begin                    // DataMover.java:156
    if (rst) begin
      passDirtied <= 16'd0;                      // DataMover.java:156
    end else begin
      if (startPass) begin                       // DataMover.java:202
        passDirtied <= 16'd0;                    // DataMover.java:207
      end
      if (snoopValid_and_bitmap_markFresh_and_not) begin // DataMover.java:223
        passDirtied <= passDirtied_add_1;        // DataMover.java:223
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:157
    if (rst) begin
      blackoutCount <= 32'd0;                    // DataMover.java:157
    end else begin
      if (not_idle) begin                        // DataMover.java:274
        blackoutCount <= blackoutCount_add_1;    // DataMover.java:274
      end
      if (cancel_or_abandoned) begin             // DataMover.java:276
      end else if (startBlackout) begin          // DataMover.java:277
        blackoutCount <= 32'd1;                  // DataMover.java:279
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:239
    if (rst) begin
      writeAt <= 17'd0;                          // DataMover.java:239
    end else begin
      writeAt <= linkIn_address;                 // DataMover.java:241
    end
  end
  always @(posedge clk) begin                    // DataMover.java:247
    if (rst) begin
      sent <= 92'd0;                             // DataMover.java:247
    end else begin
      sent <= cat_send_readPendingAddress_readData; // DataMover.java:248
    end
  end
  always @(posedge clk) begin                    // DataMover.java:252
    if (rst) begin
      failedAt <= 17'd0;                         // DataMover.java:252
    end else begin
      if (startPass) begin                       // DataMover.java:253
      end else if (error_and_not_failed_reg) begin // DataMover.java:256
        failedAt <= mux_readFailed_1;            // DataMover.java:260
      end
    end
  end
  always @(posedge clk) begin                    // DataMover.java:264
    if (rst) begin
      wasBusy <= 1'd0;                           // DataMover.java:264
    end else begin
      wasBusy <= busy;                           // DataMover.java:265
    end
  end
  DirtyBitmap_p8 bitmap (                        // DataMover.java:144
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
  SyncFifo_w17_d16 inflight (                    // DataMover.java:145
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
