// OutboundCompare: generated from dev.gemini.lockstep.OutboundCompare by hdl-dsl. Do not edit; run `make rtl`.
module OutboundCompare (                         // OutboundCompare.java:47
  input  wire m0_valid,                          // OutboundCompare.java:22
  input  wire [2:0] m0_kind,                     // OutboundCompare.java:22
  input  wire [4:0] m0_tag,                      // OutboundCompare.java:22
  input  wire [47:0] m0_address,                 // OutboundCompare.java:22
  input  wire [7:0] m0_byteEnables,              // OutboundCompare.java:22
  input  wire [63:0] m0_data,                    // OutboundCompare.java:22
  input  wire m1_valid,                          // OutboundCompare.java:23
  input  wire [2:0] m1_kind,                     // OutboundCompare.java:23
  input  wire [4:0] m1_tag,                      // OutboundCompare.java:23
  input  wire [47:0] m1_address,                 // OutboundCompare.java:23
  input  wire [7:0] m1_byteEnables,              // OutboundCompare.java:23
  input  wire [63:0] m1_data,                    // OutboundCompare.java:23
  input  wire active,                            // OutboundCompare.java:25
  input  wire pop,                               // OutboundCompare.java:26
  input  wire clearRecord,                       // OutboundCompare.java:27
  input  wire [31:0] cycle,                      // OutboundCompare.java:28
  output wire headValid,                         // OutboundCompare.java:30
  output wire headMatched,                       // OutboundCompare.java:31
  output wire headSuspect,                       // OutboundCompare.java:33
  output wire head0_valid,                       // OutboundCompare.java:34
  output wire [2:0] head0_kind,                  // OutboundCompare.java:34
  output wire [4:0] head0_tag,                   // OutboundCompare.java:34
  output wire [47:0] head0_address,              // OutboundCompare.java:34
  output wire [7:0] head0_byteEnables,           // OutboundCompare.java:34
  output wire [63:0] head0_data,                 // OutboundCompare.java:34
  output wire head1_valid,                       // OutboundCompare.java:35
  output wire [2:0] head1_kind,                  // OutboundCompare.java:35
  output wire [4:0] head1_tag,                   // OutboundCompare.java:35
  output wire [47:0] head1_address,              // OutboundCompare.java:35
  output wire [7:0] head1_byteEnables,           // OutboundCompare.java:35
  output wire [63:0] head1_data,                 // OutboundCompare.java:35
  output wire mismatch,                          // OutboundCompare.java:37
  output wire [31:0] compared,                   // OutboundCompare.java:38
  output wire [31:0] mismatches,                 // OutboundCompare.java:39
  output wire recorded,                          // OutboundCompare.java:40
  output wire [31:0] recordCycle,                // OutboundCompare.java:41
  output wire [5:0] recordFields,                // OutboundCompare.java:42
  output wire [63:0] recordSyndrome,             // OutboundCompare.java:43
  output wire [63:0] recordValue0,               // OutboundCompare.java:44
  output wire [63:0] recordValue1,               // OutboundCompare.java:45
  input  wire clk,                               // OutboundCompare.java:47
  input  wire rst                                // OutboundCompare.java:47
);
  wire comparator_m0_valid;                      // OutboundCompare.java:48
  wire [2:0] comparator_m0_kind;                 // OutboundCompare.java:48
  wire [4:0] comparator_m0_tag;                  // OutboundCompare.java:48
  wire [47:0] comparator_m0_address;             // OutboundCompare.java:48
  wire [7:0] comparator_m0_byteEnables;          // OutboundCompare.java:48
  wire [63:0] comparator_m0_data;                // OutboundCompare.java:48
  wire comparator_m1_valid;                      // OutboundCompare.java:48
  wire [2:0] comparator_m1_kind;                 // OutboundCompare.java:48
  wire [4:0] comparator_m1_tag;                  // OutboundCompare.java:48
  wire [47:0] comparator_m1_address;             // OutboundCompare.java:48
  wire [7:0] comparator_m1_byteEnables;          // OutboundCompare.java:48
  wire [63:0] comparator_m1_data;                // OutboundCompare.java:48
  wire comparator_active;                        // OutboundCompare.java:48
  wire comparator_match;                         // OutboundCompare.java:48
  wire comparator_mismatch;                      // OutboundCompare.java:48
  wire [5:0] comparator_fields;                  // OutboundCompare.java:48
  wire [63:0] comparator_syndrome;               // OutboundCompare.java:48
  wire [63:0] comparator_value0;                 // OutboundCompare.java:48
  wire [63:0] comparator_value1;                 // OutboundCompare.java:48
  wire comparator_clk;                           // OutboundCompare.java:48
  wire comparator_rst;                           // OutboundCompare.java:48
  wire pairs_push;                               // OutboundCompare.java:54
  wire pairs_pop;                                // OutboundCompare.java:54
  wire pairs_flush;                              // OutboundCompare.java:54
  wire pairs_headValid;                          // OutboundCompare.java:54
  wire [259:0] pairs_pushData;                   // OutboundCompare.java:54
  wire [259:0] pairs_head;                       // OutboundCompare.java:54
  /* verilator lint_off UNUSEDSIGNAL */
  wire [3:0] pairs_count;                        // OutboundCompare.java:54
  /* verilator lint_on UNUSEDSIGNAL */
  wire pairs_clk;                                // OutboundCompare.java:54
  wire pairs_rst;                                // OutboundCompare.java:54
  wire m0_valid_or_m1_valid = m0_valid | m1_valid; // OutboundCompare.java:55
  wire not_comparator_match = ~comparator_match; // OutboundCompare.java:56
  wire active_and_not_comparator_match = active & not_comparator_match; // OutboundCompare.java:56
  wire [128:0] cat_m0_valid_m0_kind_m0_tag_m0_address = {m0_valid, m0_kind, m0_tag, m0_address, m0_byteEnables, m0_data}; // Packing.java:31
  wire [128:0] cat_m1_valid_m1_kind_m1_tag_m1_address = {m1_valid, m1_kind, m1_tag, m1_address, m1_byteEnables, m1_data}; // Packing.java:31
  wire [259:0] cat_active_and_not_comparator_match = {active_and_not_comparator_match, comparator_match, cat_m0_valid_m0_kind_m0_tag_m0_address, cat_m1_valid_m1_kind_m1_tag_m1_address}; // OutboundCompare.java:56
  wire pairs_head_259 = pairs_head[259];         // OutboundCompare.java:63
  wire pairs_head_258 = pairs_head[258];         // OutboundCompare.java:64
  wire [128:0] pairs_head_257_129 = pairs_head[257:129]; // OutboundCompare.java:65
  wire values_0 = pairs_head_257_129[128];       // Packing.java:47
  wire [2:0] values_1 = pairs_head_257_129[127:125]; // Packing.java:52
  wire [4:0] values_2 = pairs_head_257_129[124:120]; // Packing.java:52
  wire [47:0] values_3 = pairs_head_257_129[119:72]; // Packing.java:52
  wire [7:0] values_4 = pairs_head_257_129[71:64]; // Packing.java:52
  wire [63:0] values_5 = pairs_head_257_129[63:0]; // Packing.java:52
  wire [128:0] pairs_head_128_0 = pairs_head[128:0]; // OutboundCompare.java:66
  wire values_6 = pairs_head_128_0[128];         // Packing.java:47
  wire [2:0] values_7 = pairs_head_128_0[127:125]; // Packing.java:52
  wire [4:0] values_8 = pairs_head_128_0[124:120]; // Packing.java:52
  wire [47:0] values_9 = pairs_head_128_0[119:72]; // Packing.java:52
  wire [7:0] values_10 = pairs_head_128_0[71:64]; // Packing.java:52
  wire [63:0] values_11 = pairs_head_128_0[63:0]; // Packing.java:52
  reg  [31:0] comparedCount;                     // OutboundCompare.java:68
  reg  [31:0] mismatchCount;                     // OutboundCompare.java:69
  wire m0_valid_or_m1_valid_1 = m0_valid | m1_valid; // OutboundCompare.java:70
  wire active_and_m0_valid_or_m1_valid_1 = active & m0_valid_or_m1_valid_1; // OutboundCompare.java:70
  wire [31:0] comparedCount_add_1 = comparedCount + 32'd1; // OutboundCompare.java:70
  wire [31:0] mismatchCount_add_1 = mismatchCount + 32'd1; // OutboundCompare.java:71
  reg  held;                                     // OutboundCompare.java:73
  reg  [31:0] heldCycle;                         // OutboundCompare.java:74
  reg  [5:0] heldFields;                         // OutboundCompare.java:75
  reg  [63:0] heldSyndrome;                      // OutboundCompare.java:76
  reg  [63:0] heldValue0;                        // OutboundCompare.java:77
  reg  [63:0] heldValue1;                        // OutboundCompare.java:78
  wire not_held = ~held;                         // OutboundCompare.java:79
  wire comparator_mismatch_and_not_held = comparator_mismatch & not_held; // OutboundCompare.java:79
  assign headValid = pairs_headValid;            // OutboundCompare.java:62
  assign headMatched = pairs_head_258;           // OutboundCompare.java:64
  assign headSuspect = pairs_head_259;           // OutboundCompare.java:63
  assign head0_valid = values_0;                 // OutboundCompare.java:65
  assign head0_kind = values_1;                  // OutboundCompare.java:65
  assign head0_tag = values_2;                   // OutboundCompare.java:65
  assign head0_address = values_3;               // OutboundCompare.java:65
  assign head0_byteEnables = values_4;           // OutboundCompare.java:65
  assign head0_data = values_5;                  // OutboundCompare.java:65
  assign head1_valid = values_6;                 // OutboundCompare.java:66
  assign head1_kind = values_7;                  // OutboundCompare.java:66
  assign head1_tag = values_8;                   // OutboundCompare.java:66
  assign head1_address = values_9;               // OutboundCompare.java:66
  assign head1_byteEnables = values_10;          // OutboundCompare.java:66
  assign head1_data = values_11;                 // OutboundCompare.java:66
  assign mismatch = comparator_mismatch;         // OutboundCompare.java:88
  assign compared = comparedCount;               // OutboundCompare.java:89
  assign mismatches = mismatchCount;             // OutboundCompare.java:90
  assign recorded = held;                        // OutboundCompare.java:91
  assign recordCycle = heldCycle;                // OutboundCompare.java:92
  assign recordFields = heldFields;              // OutboundCompare.java:93
  assign recordSyndrome = heldSyndrome;          // OutboundCompare.java:94
  assign recordValue0 = heldValue0;              // OutboundCompare.java:95
  assign recordValue1 = heldValue1;              // OutboundCompare.java:96
  assign comparator_m0_valid = m0_valid;         // OutboundCompare.java:49
  assign comparator_m0_kind = m0_kind;           // OutboundCompare.java:49
  assign comparator_m0_tag = m0_tag;             // OutboundCompare.java:49
  assign comparator_m0_address = m0_address;     // OutboundCompare.java:49
  assign comparator_m0_byteEnables = m0_byteEnables; // OutboundCompare.java:49
  assign comparator_m0_data = m0_data;           // OutboundCompare.java:49
  assign comparator_m1_valid = m1_valid;         // OutboundCompare.java:50
  assign comparator_m1_kind = m1_kind;           // OutboundCompare.java:50
  assign comparator_m1_tag = m1_tag;             // OutboundCompare.java:50
  assign comparator_m1_address = m1_address;     // OutboundCompare.java:50
  assign comparator_m1_byteEnables = m1_byteEnables; // OutboundCompare.java:50
  assign comparator_m1_data = m1_data;           // OutboundCompare.java:50
  assign comparator_active = active;             // OutboundCompare.java:51
  assign comparator_clk = clk;                   // OutboundCompare.java:48
  assign comparator_rst = rst;                   // OutboundCompare.java:48
  assign pairs_push = m0_valid_or_m1_valid;      // OutboundCompare.java:55
  assign pairs_pop = pop;                        // OutboundCompare.java:57
  assign pairs_flush = 1'd0;                     // OutboundCompare.java:58
  assign pairs_pushData = cat_active_and_not_comparator_match; // OutboundCompare.java:56
  assign pairs_clk = clk;                        // OutboundCompare.java:54
  assign pairs_rst = rst;                        // OutboundCompare.java:54
  always @(posedge clk) begin                    // OutboundCompare.java:68
    if (rst) begin
      comparedCount <= 32'd0;                    // OutboundCompare.java:68
    end else begin
      if (active_and_m0_valid_or_m1_valid_1) begin // OutboundCompare.java:70
        comparedCount <= comparedCount_add_1;    // OutboundCompare.java:70
      end
    end
  end
  always @(posedge clk) begin                    // OutboundCompare.java:69
    if (rst) begin
      mismatchCount <= 32'd0;                    // OutboundCompare.java:69
    end else begin
      if (comparator_mismatch) begin             // OutboundCompare.java:71
        mismatchCount <= mismatchCount_add_1;    // OutboundCompare.java:71
      end
    end
  end
  always @(posedge clk) begin                    // OutboundCompare.java:73
    if (rst) begin
      held <= 1'd0;                              // OutboundCompare.java:73
    end else begin
      if (comparator_mismatch_and_not_held) begin // OutboundCompare.java:79
        held <= 1'd1;                            // OutboundCompare.java:80
      end else if (clearRecord) begin            // OutboundCompare.java:86
        held <= 1'd0;                            // OutboundCompare.java:86
      end
    end
  end
  always @(posedge clk) begin                    // OutboundCompare.java:74
    if (rst) begin
      heldCycle <= 32'd0;                        // OutboundCompare.java:74
    end else begin
      if (comparator_mismatch_and_not_held) begin // OutboundCompare.java:79
        heldCycle <= cycle;                      // OutboundCompare.java:81
      end
    end
  end
  always @(posedge clk) begin                    // OutboundCompare.java:75
    if (rst) begin
      heldFields <= 6'd0;                        // OutboundCompare.java:75
    end else begin
      if (comparator_mismatch_and_not_held) begin // OutboundCompare.java:79
        heldFields <= comparator_fields;         // OutboundCompare.java:82
      end
    end
  end
  always @(posedge clk) begin                    // OutboundCompare.java:76
    if (rst) begin
      heldSyndrome <= 64'd0;                     // OutboundCompare.java:76
    end else begin
      if (comparator_mismatch_and_not_held) begin // OutboundCompare.java:79
        heldSyndrome <= comparator_syndrome;     // OutboundCompare.java:83
      end
    end
  end
  always @(posedge clk) begin                    // OutboundCompare.java:77
    if (rst) begin
      heldValue0 <= 64'd0;                       // OutboundCompare.java:77
    end else begin
      if (comparator_mismatch_and_not_held) begin // OutboundCompare.java:79
        heldValue0 <= comparator_value0;         // OutboundCompare.java:84
      end
    end
  end
  always @(posedge clk) begin                    // OutboundCompare.java:78
    if (rst) begin
      heldValue1 <= 64'd0;                       // OutboundCompare.java:78
    end else begin
      if (comparator_mismatch_and_not_held) begin // OutboundCompare.java:79
        heldValue1 <= comparator_value1;         // OutboundCompare.java:85
      end
    end
  end
  TransactionComparator comparator (             // OutboundCompare.java:48
    .m0_valid       (comparator_m0_valid),
    .m0_kind        (comparator_m0_kind),
    .m0_tag         (comparator_m0_tag),
    .m0_address     (comparator_m0_address),
    .m0_byteEnables (comparator_m0_byteEnables),
    .m0_data        (comparator_m0_data),
    .m1_valid       (comparator_m1_valid),
    .m1_kind        (comparator_m1_kind),
    .m1_tag         (comparator_m1_tag),
    .m1_address     (comparator_m1_address),
    .m1_byteEnables (comparator_m1_byteEnables),
    .m1_data        (comparator_m1_data),
    .active         (comparator_active),
    .match          (comparator_match),
    .mismatch       (comparator_mismatch),
    .fields         (comparator_fields),
    .syndrome       (comparator_syndrome),
    .value0         (comparator_value0),
    .value1         (comparator_value1),
    .clk            (comparator_clk),
    .rst            (comparator_rst)
  );
  SyncFifo_w260_d8 pairs (                       // OutboundCompare.java:54
    .push      (pairs_push),
    .pop       (pairs_pop),
    .flush     (pairs_flush),
    .headValid (pairs_headValid),
    .pushData  (pairs_pushData),
    .head      (pairs_head),
    .count     (pairs_count),
    .clk       (pairs_clk),
    .rst       (pairs_rst)
  );
endmodule
