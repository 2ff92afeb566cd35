// IoBridge: generated from dev.gemini.module.IoBridge by hdl-dsl. Do not edit; run `make rtl`.
module IoBridge (                                // IoBridge.java:100
  input  wire reqValid,                          // IoBridge.java:63
  output wire reqReady,                          // IoBridge.java:64
  input  wire reqWrite,                          // IoBridge.java:65
  input  wire [31:0] reqAddress,                 // IoBridge.java:66
  input  wire [31:0] reqData,                    // IoBridge.java:67
  input  wire [3:0] reqMask,                     // IoBridge.java:68
  output wire respValid,                         // IoBridge.java:69
  output wire [31:0] respData,                   // IoBridge.java:70
  output wire respError,                         // IoBridge.java:71
  output wire irq,                               // IoBridge.java:72
  output wire cpuOut_valid,                      // IoBridge.java:75
  output wire [2:0] cpuOut_kind,                 // IoBridge.java:75
  output wire [4:0] cpuOut_tag,                  // IoBridge.java:75
  output wire [47:0] cpuOut_address,             // IoBridge.java:75
  output wire [7:0] cpuOut_byteEnables,          // IoBridge.java:75
  output wire [63:0] cpuOut_data,                // IoBridge.java:75
  input  wire cpuOutReady,                       // IoBridge.java:76
  input  wire cpuIn_valid,                       // IoBridge.java:77
  input  wire [1:0] cpuIn_kind,                  // IoBridge.java:77
  input  wire [4:0] cpuIn_tag,                   // IoBridge.java:77
  input  wire [2:0] cpuIn_status,                // IoBridge.java:77
  input  wire [47:0] cpuIn_address,              // IoBridge.java:77
  input  wire [63:0] cpuIn_data,                 // IoBridge.java:77
  output wire csrValid,                          // IoBridge.java:78
  output wire csrWrite,                          // IoBridge.java:79
  output wire [7:0] csrAddress,                  // IoBridge.java:80
  output wire [31:0] csrData,                    // IoBridge.java:81
  input  wire csrRespValid,                      // IoBridge.java:82
  input  wire [31:0] csrRespData,                // IoBridge.java:83
  input  wire csrRespError,                      // IoBridge.java:84
  input  wire geIrq,                             // IoBridge.java:85
  input  wire cpuStop,                           // IoBridge.java:86
  output wire cpuQuiesced,                       // IoBridge.java:87
  input  wire warmReset,                         // IoBridge.java:89
  input  wire memoryBusy,                        // IoBridge.java:92
  output wire dmaWrite,                          // IoBridge.java:93
  output wire [47:0] dmaAddress,                 // IoBridge.java:94
  output wire [63:0] dmaData,                    // IoBridge.java:95
  output wire fatal,                             // IoBridge.java:98
  input  wire clk,                               // IoBridge.java:100
  input  wire rst                                // IoBridge.java:100
);
  wire [2:0] reqAddress_31_29 = reqAddress[31:29]; // IoBridge.java:101
  wire toIo = reqAddress_31_29 == 3'd2;          // IoBridge.java:101
  wire [15:0] reqAddress_31_16 = reqAddress[31:16]; // IoBridge.java:102
  wire toLocal = reqAddress_31_16 == 16'd4096;   // IoBridge.java:102
  wire [15:0] offset = reqAddress[15:0];         // IoBridge.java:103
  wire [7:0] offset_15_8 = offset[15:8];         // IoBridge.java:104
  wire offset_15_8_eq_0 = offset_15_8 == 8'd0;   // IoBridge.java:104
  wire toGe = toLocal & offset_15_8_eq_0;        // IoBridge.java:104
  wire upper = reqAddress[2];                    // IoBridge.java:105
  reg  waiting;                                  // IoBridge.java:107
  reg  waitingUpper;                             // IoBridge.java:108
  reg  [4:0] tag;                                // IoBridge.java:109
  wire not_waiting = ~waiting;                   // IoBridge.java:110
  wire take = reqValid & not_waiting;            // IoBridge.java:110
  wire take_and_toIo = take & toIo;              // IoBridge.java:115
  wire [2:0] mux_reqWrite = reqWrite ? 3'd1 : 3'd0; // IoBridge.java:116
  wire reqAddress_28 = reqAddress[28];           // IoBridge.java:117
  wire [27:0] reqAddress_27_0 = reqAddress[27:0]; // IoBridge.java:117
  wire [47:0] cat_reqAddress_28_0_reqAddress_27_0 = {reqAddress_28, 19'd0, reqAddress_27_0}; // IoBridge.java:117
  wire [7:0] cat_reqMask_0 = {reqMask, 4'd0};    // IoBridge.java:118
  wire [7:0] cat_0_reqMask = {4'd0, reqMask};    // IoBridge.java:118
  wire [7:0] mux_upper = upper ? cat_reqMask_0 : cat_0_reqMask; // IoBridge.java:118
  wire [63:0] cat_reqData_0 = {reqData, 32'd0};  // IoBridge.java:119
  wire [63:0] cat_0_reqData = {32'd0, reqData};  // IoBridge.java:119
  wire [63:0] mux_upper_1 = upper ? cat_reqData_0 : cat_0_reqData; // IoBridge.java:119
  wire not_waiting_1 = ~waiting;                 // IoBridge.java:120
  wire not_toIo = ~toIo;                         // IoBridge.java:120
  wire not_toIo_or_cpuOutReady = not_toIo | cpuOutReady; // IoBridge.java:120
  wire not_waiting_1_and_not_toIo_or = not_waiting_1 & not_toIo_or_cpuOutReady; // IoBridge.java:120
  wire take_and_toIo_1 = take & toIo;            // IoBridge.java:121
  wire ioTaken = take_and_toIo_1 & cpuOutReady;  // IoBridge.java:121
  wire not_toIo_1 = ~toIo;                       // IoBridge.java:122
  wire localTaken = take & not_toIo_1;           // IoBridge.java:122
  wire localTaken_and_toGe = localTaken & toGe;  // IoBridge.java:125
  wire [7:0] offset_7_0 = offset[7:0];           // IoBridge.java:127
  wire inbound_push;                             // IoBridge.java:132
  wire inbound_pop;                              // IoBridge.java:132
  wire inbound_flush;                            // IoBridge.java:132
  wire inbound_headValid;                        // IoBridge.java:132
  wire [122:0] inbound_pushData;                 // IoBridge.java:132
  wire [122:0] inbound_head;                     // IoBridge.java:132
  wire [4:0] inbound_count;                      // IoBridge.java:132
  wire inbound_clk;                              // IoBridge.java:132
  wire inbound_rst;                              // IoBridge.java:132
  wire interrupts_push;                          // IoBridge.java:133
  wire interrupts_pop;                           // IoBridge.java:133
  wire interrupts_flush;                         // IoBridge.java:133
  wire interrupts_headValid;                     // IoBridge.java:133
  wire [31:0] interrupts_pushData;               // IoBridge.java:133
  wire [31:0] interrupts_head;                   // IoBridge.java:133
  wire [3:0] interrupts_count;                   // IoBridge.java:133
  wire interrupts_clk;                           // IoBridge.java:133
  wire interrupts_rst;                           // IoBridge.java:133
  wire inboundFull = inbound_count == 5'd16;     // IoBridge.java:134
  wire not_inboundFull = ~inboundFull;           // IoBridge.java:135
  wire cpuIn_valid_and_not_inboundFull = cpuIn_valid & not_inboundFull; // IoBridge.java:135
  wire [122:0] cat_cpuIn_valid_cpuIn_kind_cpuIn_tag = {cpuIn_valid, cpuIn_kind, cpuIn_tag, cpuIn_status, cpuIn_address, cpuIn_data}; // IoBridge.java:136
  /* verilator lint_off UNUSEDSIGNAL */
  wire head_valid = inbound_head[122];           // IoBridge.java:138
  /* verilator lint_on UNUSEDSIGNAL */
  wire [1:0] head_kind = inbound_head[121:120];  // IoBridge.java:138
  wire [4:0] head_tag = inbound_head[119:115];   // IoBridge.java:138
  /* verilator lint_off UNUSEDSIGNAL */
  wire [2:0] head_status = inbound_head[114:112]; // IoBridge.java:138
  /* verilator lint_on UNUSEDSIGNAL */
  wire [47:0] head_address = inbound_head[111:64]; // IoBridge.java:138
  wire [63:0] head_data = inbound_head[63:0];    // IoBridge.java:138
  wire headDma = head_kind == 2'd2;              // IoBridge.java:140
  wire head_kind_eq_0 = head_kind == 2'd0;       // IoBridge.java:141
  wire headCompletion = inbound_headValid & head_kind_eq_0; // IoBridge.java:141
  wire head_kind_eq_1 = head_kind == 2'd1;       // IoBridge.java:142
  wire headInterrupt = inbound_headValid & head_kind_eq_1; // IoBridge.java:142
  wire headCompletion_and_waiting = headCompletion & waiting; // IoBridge.java:143
  wire head_tag_eq_tag = head_tag == tag;        // IoBridge.java:143
  wire completes = headCompletion_and_waiting & head_tag_eq_tag; // IoBridge.java:143
  wire not_headDma = ~headDma;                   // IoBridge.java:144
  wire not_memoryBusy = ~memoryBusy;             // IoBridge.java:144
  wire not_headDma_or_not_memoryBusy = not_headDma | not_memoryBusy; // IoBridge.java:144
  wire inbound_headValid_and_not_headDma_or_not = inbound_headValid & not_headDma_or_not_memoryBusy; // IoBridge.java:144
  wire inbound_headValid_and_headDma = inbound_headValid & headDma; // IoBridge.java:145
  wire not_memoryBusy_1 = ~memoryBusy;           // IoBridge.java:145
  wire inbound_headValid_and_headDma_and_not = inbound_headValid_and_headDma & not_memoryBusy_1; // IoBridge.java:145
  wire interruptsFull = interrupts_count == 4'd8; // IoBridge.java:149
  wire not_interruptsFull = ~interruptsFull;     // IoBridge.java:150
  wire headInterrupt_and_not_interruptsFull = headInterrupt & not_interruptsFull; // IoBridge.java:150
  wire [31:0] head_data_31_0 = head_data[31:0];  // IoBridge.java:151
  reg  inboundOverflow;                          // IoBridge.java:155
  reg  irqOverflow;                              // IoBridge.java:156
  reg  strayCompletion;                          // IoBridge.java:157
  reg  quiesced;                                 // IoBridge.java:158
  wire droppedEvent = cpuIn_valid & inboundFull; // IoBridge.java:159
  wire droppedInterrupt = headInterrupt & interruptsFull; // IoBridge.java:160
  wire not_completes = ~completes;               // IoBridge.java:163
  wire headCompletion_and_not_completes = headCompletion & not_completes; // IoBridge.java:163
  wire droppedEvent_or_droppedInterrupt = droppedEvent | droppedInterrupt; // IoBridge.java:164
  wire not_toGe = ~toGe;                         // IoBridge.java:166
  wire bridgeAccess = localTaken & not_toGe;     // IoBridge.java:166
  wire offset_eq_4096 = offset == 16'd4096;      // IoBridge.java:167
  wire atCount = toLocal & offset_eq_4096;       // IoBridge.java:167
  wire offset_eq_4100 = offset == 16'd4100;      // IoBridge.java:168
  wire atPop = toLocal & offset_eq_4100;         // IoBridge.java:168
  wire offset_eq_4104 = offset == 16'd4104;      // IoBridge.java:169
  wire atStatus = toLocal & offset_eq_4104;      // IoBridge.java:169
  wire offset_eq_4108 = offset == 16'd4108;      // IoBridge.java:170
  wire atQuiesce = toLocal & offset_eq_4108;     // IoBridge.java:170
  wire atCount_or_atPop = atCount | atPop;       // IoBridge.java:171
  wire readable = atCount_or_atPop | atStatus;   // IoBridge.java:171
  wire not_reqWrite = ~reqWrite;                 // IoBridge.java:172
  wire bridgeAccess_and_not_reqWrite = bridgeAccess & not_reqWrite; // IoBridge.java:172
  wire bridgeAccess_and_not_reqWrite_and_atPop = bridgeAccess_and_not_reqWrite & atPop; // IoBridge.java:172
  wire bridgeAccess_and_not_reqWrite_and_atPop_1 = bridgeAccess_and_not_reqWrite_and_atPop & interrupts_headValid; // IoBridge.java:172
  wire bridgeAccess_and_reqWrite = bridgeAccess & reqWrite; // IoBridge.java:173
  wire bridgeAccess_and_reqWrite_and_atQuiesce = bridgeAccess_and_reqWrite & atQuiesce; // IoBridge.java:173
  wire reqData_0 = reqData[0];                   // IoBridge.java:173
  wire quiesced_and_cpuStop = quiesced & cpuStop; // IoBridge.java:174
  wire [4:0] cat_strayCompletion_irqOverflow = {strayCompletion, irqOverflow, inboundOverflow, warmReset, cpuStop}; // IoBridge.java:175
  wire [31:0] status = {27'd0, cat_strayCompletion_irqOverflow}; // IoBridge.java:175
  wire [31:0] interrupts_count_ext = {28'd0, interrupts_count}; // IoBridge.java:176
  wire [31:0] mux_interrupts_headValid = interrupts_headValid ? interrupts_head : 32'd0; // IoBridge.java:177
  wire [31:0] mux_atPop = atPop ? mux_interrupts_headValid : status; // IoBridge.java:177
  wire [31:0] localValue = atCount ? interrupts_count_ext : mux_atPop; // IoBridge.java:176
  reg  answer;                                   // IoBridge.java:180
  reg  [31:0] answerData;                        // IoBridge.java:181
  reg  answerError;                              // IoBridge.java:182
  wire ioTaken_and_reqWrite = ioTaken & reqWrite; // IoBridge.java:183
  wire completes_or_ioTaken_and_reqWrite = completes | ioTaken_and_reqWrite; // IoBridge.java:183
  wire completes_or_ioTaken_and_reqWrite_or = completes_or_ioTaken_and_reqWrite | bridgeAccess; // IoBridge.java:183
  wire [31:0] head_data_63_32 = head_data[63:32]; // IoBridge.java:184
  wire [31:0] head_data_31_0_1 = head_data[31:0]; // IoBridge.java:184
  wire [31:0] mux_waitingUpper = waitingUpper ? head_data_63_32 : head_data_31_0_1; // IoBridge.java:184
  wire not_reqWrite_1 = ~reqWrite;               // IoBridge.java:185
  wire bridgeAccess_and_not_reqWrite_1 = bridgeAccess & not_reqWrite_1; // IoBridge.java:185
  wire [31:0] mux_bridgeAccess_and_not_reqWrite_1 = bridgeAccess_and_not_reqWrite_1 ? localValue : 32'd0; // IoBridge.java:185
  wire [31:0] mux_completes = completes ? mux_waitingUpper : mux_bridgeAccess_and_not_reqWrite_1; // IoBridge.java:184
  wire not_atQuiesce = ~atQuiesce;               // IoBridge.java:186
  wire not_readable = ~readable;                 // IoBridge.java:186
  wire mux_reqWrite_1 = reqWrite ? not_atQuiesce : not_readable; // IoBridge.java:186
  wire bridgeAccess_and_mux_reqWrite_1 = bridgeAccess & mux_reqWrite_1; // IoBridge.java:186
  wire not_reqWrite_2 = ~reqWrite;               // IoBridge.java:187
  wire ioTaken_and_not_reqWrite_2 = ioTaken & not_reqWrite_2; // IoBridge.java:187
  wire [4:0] tag_add_1 = tag + 5'd1;             // IoBridge.java:192
  wire answer_or_csrRespValid = answer | csrRespValid; // IoBridge.java:194
  wire [31:0] mux_csrRespValid = csrRespValid ? csrRespData : answerData; // IoBridge.java:195
  wire mux_csrRespValid_1 = csrRespValid ? csrRespError : answerError; // IoBridge.java:196
  wire interrupts_headValid_or_geIrq = interrupts_headValid | geIrq; // IoBridge.java:197
  wire not_quiesced = ~quiesced;                 // IoBridge.java:197
  wire cpuStop_and_not_quiesced = cpuStop & not_quiesced; // IoBridge.java:197
  wire interrupts_headValid_or_geIrq_or_cpuStop = interrupts_headValid_or_geIrq | cpuStop_and_not_quiesced; // IoBridge.java:197
  assign reqReady = not_waiting_1_and_not_toIo_or; // IoBridge.java:120
  assign respValid = answer_or_csrRespValid;     // IoBridge.java:194
  assign respData = mux_csrRespValid;            // IoBridge.java:195
  assign respError = mux_csrRespValid_1;         // IoBridge.java:196
  assign irq = interrupts_headValid_or_geIrq_or_cpuStop; // IoBridge.java:197
  assign cpuOut_valid = take_and_toIo;           // IoBridge.java:115
  assign cpuOut_kind = mux_reqWrite;             // IoBridge.java:115
  assign cpuOut_tag = tag;                       // IoBridge.java:115
  assign cpuOut_address = cat_reqAddress_28_0_reqAddress_27_0; // IoBridge.java:115
  assign cpuOut_byteEnables = mux_upper;         // IoBridge.java:115
  assign cpuOut_data = mux_upper_1;              // IoBridge.java:115
  assign csrValid = localTaken_and_toGe;         // IoBridge.java:125
  assign csrWrite = reqWrite;                    // IoBridge.java:126
  assign csrAddress = offset_7_0;                // IoBridge.java:127
  assign csrData = reqData;                      // IoBridge.java:128
  assign cpuQuiesced = quiesced_and_cpuStop;     // IoBridge.java:174
  assign dmaWrite = inbound_headValid_and_headDma_and_not; // IoBridge.java:145
  assign dmaAddress = head_address;              // IoBridge.java:146
  assign dmaData = head_data;                    // IoBridge.java:147
  assign fatal = droppedEvent_or_droppedInterrupt; // IoBridge.java:164
  always @(posedge clk) begin                    // IoBridge.java:107
    if (rst) begin
      waiting <= 1'd0;                           // IoBridge.java:107
    end else begin
      if (ioTaken_and_not_reqWrite_2) begin      // IoBridge.java:187
        waiting <= 1'd1;                         // IoBridge.java:188
      end else if (completes) begin              // IoBridge.java:190
        waiting <= 1'd0;                         // IoBridge.java:191
      end
    end
  end
  always @(posedge clk) begin                    // IoBridge.java:108
    if (rst) begin
      waitingUpper <= 1'd0;                      // IoBridge.java:108
    end else begin
      if (ioTaken_and_not_reqWrite_2) begin      // IoBridge.java:187
        waitingUpper <= upper;                   // IoBridge.java:189
      end
    end
  end
  always @(posedge clk) begin                    // IoBridge.java:109
    if (rst) begin
      tag <= 5'd0;                               // IoBridge.java:109
    end else begin
      if (ioTaken_and_not_reqWrite_2) begin      // IoBridge.java:187
      end else if (completes) begin              // IoBridge.java:190
        tag <= tag_add_1;                        // IoBridge.java:192
      end
    end
  end
  assign inbound_push = cpuIn_valid_and_not_inboundFull; // IoBridge.java:135
  assign inbound_pop = inbound_headValid_and_not_headDma_or_not; // IoBridge.java:144
  assign inbound_flush = 1'd0;                   // IoBridge.java:137
  assign inbound_pushData = cat_cpuIn_valid_cpuIn_kind_cpuIn_tag; // IoBridge.java:136
  assign inbound_clk = clk;                      // IoBridge.java:132
  assign inbound_rst = rst;                      // IoBridge.java:132
  assign interrupts_push = headInterrupt_and_not_interruptsFull; // IoBridge.java:150
  assign interrupts_pop = bridgeAccess_and_not_reqWrite_and_atPop_1; // IoBridge.java:172
  assign interrupts_flush = 1'd0;                // IoBridge.java:152
  assign interrupts_pushData = head_data_31_0;   // IoBridge.java:151
  assign interrupts_clk = clk;                   // IoBridge.java:133
  assign interrupts_rst = rst;                   // IoBridge.java:133
  always @(posedge clk) begin                    // IoBridge.java:155
    if (rst) begin
      inboundOverflow <= 1'd0;                   // IoBridge.java:155
    end else begin
      if (droppedEvent) begin                    // IoBridge.java:161
        inboundOverflow <= 1'd1;                 // IoBridge.java:161
      end
    end
  end
  always @(posedge clk) begin                    // IoBridge.java:156
    if (rst) begin
      irqOverflow <= 1'd0;                       // IoBridge.java:156
    end else begin
      if (droppedInterrupt) begin                // IoBridge.java:162
        irqOverflow <= 1'd1;                     // IoBridge.java:162
      end
    end
  end
  always @(posedge clk) begin                    // IoBridge.java:157
    if (rst) begin
      strayCompletion <= 1'd0;                   // IoBridge.java:157
    end else begin
      if (headCompletion_and_not_completes) begin // IoBridge.java:163
        strayCompletion <= 1'd1;                 // IoBridge.java:163
      end
    end
  end
  always @(posedge clk) begin                    // IoBridge.java:158
    if (rst) begin
      quiesced <= 1'd0;                          // IoBridge.java:158
    end else begin
      if (bridgeAccess_and_reqWrite_and_atQuiesce) begin // IoBridge.java:173
        quiesced <= reqData_0;                   // IoBridge.java:173
      end
    end
  end
  always @(posedge clk) begin                    // IoBridge.java:180
    if (rst) begin
      answer <= 1'd0;                            // IoBridge.java:180
    end else begin
      answer <= completes_or_ioTaken_and_reqWrite_or; // IoBridge.java:183
    end
  end
  always @(posedge clk) begin                    // IoBridge.java:181
    if (rst) begin
      answerData <= 32'd0;                       // IoBridge.java:181
    end else begin
      answerData <= mux_completes;               // IoBridge.java:184
    end
  end
  always @(posedge clk) begin                    // IoBridge.java:182
    if (rst) begin
      answerError <= 1'd0;                       // IoBridge.java:182
    end else begin
      answerError <= bridgeAccess_and_mux_reqWrite_1; // IoBridge.java:186
    end
  end
  SyncFifo_w123_d16 inbound (                    // IoBridge.java:132
    .push      (inbound_push),
    .pop       (inbound_pop),
    .flush     (inbound_flush),
    .headValid (inbound_headValid),
    .pushData  (inbound_pushData),
    .head      (inbound_head),
    .count     (inbound_count),
    .clk       (inbound_clk),
    .rst       (inbound_rst)
  );
  SyncFifo_w32_d8 interrupts (                   // IoBridge.java:133
    .push      (interrupts_push),
    .pop       (interrupts_pop),
    .flush     (interrupts_flush),
    .headValid (interrupts_headValid),
    .pushData  (interrupts_pushData),
    .head      (interrupts_head),
    .count     (interrupts_count),
    .clk       (interrupts_clk),
    .rst       (interrupts_rst)
  );
endmodule
