// OutboundCompare: generated from dev.gemini.lockstep.OutboundCompare by hdl-dsl. Do not edit; run `make rtl`.
module OutboundCompare (                         // OutboundCompare.java:47
  input  wire m0_valid,                          // OutboundCompare.java:21
  input  wire [2:0] m0_kind,                     // OutboundCompare.java:21
  input  wire [4:0] m0_tag,                      // OutboundCompare.java:21
  input  wire [47:0] m0_address,                 // OutboundCompare.java:21
  input  wire [7:0] m0_byteEnables,              // OutboundCompare.java:21
  input  wire [63:0] m0_data,                    // OutboundCompare.java:21
  input  wire m1_valid,                          // OutboundCompare.java:22
  input  wire [2:0] m1_kind,                     // OutboundCompare.java:22
  input  wire [4:0] m1_tag,                      // OutboundCompare.java:22
  input  wire [47:0] m1_address,                 // OutboundCompare.java:22
  input  wire [7:0] m1_byteEnables,              // OutboundCompare.java:22
  input  wire [63:0] m1_data,                    // OutboundCompare.java:22
  input  wire active,                            // OutboundCompare.java:24
  input  wire pop,                               // OutboundCompare.java:25
  input  wire clearRecord,                       // OutboundCompare.java:26
  input  wire [31:0] cycle,                      // OutboundCompare.java:27
  output wire headValid,                         // OutboundCompare.java:29
  output wire headMatched,                       // OutboundCompare.java:30
  output wire headSuspect,                       // OutboundCompare.java:32
  output wire head0_valid,                       // OutboundCompare.java:33
  output wire [2:0] head0_kind,                  // OutboundCompare.java:33
  output wire [4:0] head0_tag,                   // OutboundCompare.java:33
  output wire [47:0] head0_address,              // OutboundCompare.java:33
  output wire [7:0] head0_byteEnables,           // OutboundCompare.java:33
  output wire [63:0] head0_data,                 // OutboundCompare.java:33
  output wire head1_valid,                       // OutboundCompare.java:34
  output wire [2:0] head1_kind,                  // OutboundCompare.java:34
  output wire [4:0] head1_tag,                   // OutboundCompare.java:34
  output wire [47:0] head1_address,              // OutboundCompare.java:34
  output wire [7:0] head1_byteEnables,           // OutboundCompare.java:34
  output wire [63:0] head1_data,                 // OutboundCompare.java:34
  output wire mismatch,                          // OutboundCompare.java:36
  input  wire clk,                               // OutboundCompare.java:47
  input  wire rst,                               // OutboundCompare.java:47
  output wire [31:0] compared,                   // OutboundCompare.java:37
  output wire [31:0] mismatches,                 // OutboundCompare.java:38
  output wire recorded,                          // OutboundCompare.java:40
  output wire [31:0] recordCycle,                // OutboundCompare.java:41
  output wire [5:0] recordFields,                // OutboundCompare.java:42
  output wire [63:0] recordSyndrome,             // OutboundCompare.java:43
  output wire [63:0] recordValue0,               // OutboundCompare.java:44
  output wire [63:0] recordValue1                // OutboundCompare.java:45
);
  reg  [31:0] compared_reg;                      // OutboundCompare.java:37
  reg  [31:0] mismatches_reg;                    // OutboundCompare.java:38
  reg  recorded_reg;                             // OutboundCompare.java:40
  reg  [31:0] recordCycle_reg;                   // OutboundCompare.java:41
  reg  [5:0] recordFields_reg;                   // OutboundCompare.java:42
  reg  [63:0] recordSyndrome_reg;                // OutboundCompare.java:43
  reg  [63:0] recordValue0_reg;                  // OutboundCompare.java:44
  reg  [63:0] recordValue1_reg;                  // OutboundCompare.java:45
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
  wire comparator_clk;                           // OutboundCompare.java:48
  wire comparator_rst;                           // OutboundCompare.java:48
  wire comparator_mismatch;                      // OutboundCompare.java:48
  wire [5:0] comparator_fields;                  // OutboundCompare.java:48
  wire [63:0] comparator_syndrome;               // OutboundCompare.java:48
  wire [63:0] comparator_value0;                 // OutboundCompare.java:48
  wire [63:0] comparator_value1;                 // OutboundCompare.java:48
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
  wire [128:0] cat_m0_valid_m0_kind_m0_tag_m0_address = {m0_valid, m0_kind, m0_tag, m0_address, m0_byteEnables, m0_data}; // OutboundCompare.java:56
  wire [128:0] cat_m1_valid_m1_kind_m1_tag_m1_address = {m1_valid, m1_kind, m1_tag, m1_address, m1_byteEnables, m1_data}; // OutboundCompare.java:56
  wire [259:0] cat_active_and_not_comparator_match = {active_and_not_comparator_match, comparator_match, cat_m0_valid_m0_kind_m0_tag_m0_address, cat_m1_valid_m1_kind_m1_tag_m1_address}; // OutboundCompare.java:56
  wire pairs_head_259 = pairs_head[259];         // OutboundCompare.java:63
  wire pairs_head_258 = pairs_head[258];         // OutboundCompare.java:64
  wire [128:0] pairs_head_257_129 = pairs_head[257:129]; // OutboundCompare.java:65
  wire pairs_head_257_129_128 = pairs_head_257_129[128]; // OutboundCompare.java:65
  wire [2:0] pairs_head_257_129_127_125 = pairs_head_257_129[127:125]; // OutboundCompare.java:65
  wire [4:0] pairs_head_257_129_124_120 = pairs_head_257_129[124:120]; // OutboundCompare.java:65
  wire [47:0] pairs_head_257_129_119_72 = pairs_head_257_129[119:72]; // OutboundCompare.java:65
  wire [7:0] pairs_head_257_129_71_64 = pairs_head_257_129[71:64]; // OutboundCompare.java:65
  wire [63:0] pairs_head_257_129_63_0 = pairs_head_257_129[63:0]; // OutboundCompare.java:65
  wire [128:0] pairs_head_128_0 = pairs_head[128:0]; // OutboundCompare.java:66
  wire pairs_head_128_0_128 = pairs_head_128_0[128]; // OutboundCompare.java:66
  wire [2:0] pairs_head_128_0_127_125 = pairs_head_128_0[127:125]; // OutboundCompare.java:66
  wire [4:0] pairs_head_128_0_124_120 = pairs_head_128_0[124:120]; // OutboundCompare.java:66
  wire [47:0] pairs_head_128_0_119_72 = pairs_head_128_0[119:72]; // OutboundCompare.java:66
  wire [7:0] pairs_head_128_0_71_64 = pairs_head_128_0[71:64]; // OutboundCompare.java:66
  wire [63:0] pairs_head_128_0_63_0 = pairs_head_128_0[63:0]; // OutboundCompare.java:66
  wire m0_valid_or_m1_valid_1 = m0_valid | m1_valid; // OutboundCompare.java:68
  wire active_and_m0_valid_or_m1_valid_1 = active & m0_valid_or_m1_valid_1; // OutboundCompare.java:68
  wire [31:0] compared_reg_add_1 = compared_reg + 32'd1; // OutboundCompare.java:68
  wire [31:0] mismatches_reg_add_1 = mismatches_reg + 32'd1; // OutboundCompare.java:69
  wire not_recorded_reg = ~recorded_reg;         // OutboundCompare.java:70
  wire comparator_mismatch_and_not_recorded_reg = comparator_mismatch & not_recorded_reg; // OutboundCompare.java:70
  assign headValid = pairs_headValid;            // OutboundCompare.java:62
  assign headMatched = pairs_head_258;           // OutboundCompare.java:64
  assign headSuspect = pairs_head_259;           // OutboundCompare.java:63
  assign head0_valid = pairs_head_257_129_128;   // OutboundCompare.java:65
  assign head0_kind = pairs_head_257_129_127_125; // OutboundCompare.java:65
  assign head0_tag = pairs_head_257_129_124_120; // OutboundCompare.java:65
  assign head0_address = pairs_head_257_129_119_72; // OutboundCompare.java:65
  assign head0_byteEnables = pairs_head_257_129_71_64; // OutboundCompare.java:65
  assign head0_data = pairs_head_257_129_63_0;   // OutboundCompare.java:65
  assign head1_valid = pairs_head_128_0_128;     // OutboundCompare.java:66
  assign head1_kind = pairs_head_128_0_127_125;  // OutboundCompare.java:66
  assign head1_tag = pairs_head_128_0_124_120;   // OutboundCompare.java:66
  assign head1_address = pairs_head_128_0_119_72; // OutboundCompare.java:66
  assign head1_byteEnables = pairs_head_128_0_71_64; // OutboundCompare.java:66
  assign head1_data = pairs_head_128_0_63_0;     // OutboundCompare.java:66
  assign mismatch = comparator_mismatch;         // OutboundCompare.java:78
  always @(posedge clk) begin                    // OutboundCompare.java:37
    if (rst) begin
      compared_reg <= 32'd0;                     // OutboundCompare.java:37
    end else begin
      if (active_and_m0_valid_or_m1_valid_1) begin // OutboundCompare.java:68
        compared_reg <= compared_reg_add_1;      // OutboundCompare.java:68
      end
    end
  end
  assign compared = compared_reg;                // OutboundCompare.java:37
  always @(posedge clk) begin                    // OutboundCompare.java:38
    if (rst) begin
      mismatches_reg <= 32'd0;                   // OutboundCompare.java:38
    end else begin
      if (comparator_mismatch) begin             // OutboundCompare.java:69
        mismatches_reg <= mismatches_reg_add_1;  // OutboundCompare.java:69
      end
    end
  end
  assign mismatches = mismatches_reg;            // OutboundCompare.java:38
  always @(posedge clk) begin                    // OutboundCompare.java:40
    if (rst) begin
      recorded_reg <= 1'd0;                      // OutboundCompare.java:40
    end else begin
      if (comparator_mismatch_and_not_recorded_reg) begin // OutboundCompare.java:70
        recorded_reg <= 1'd1;                    // OutboundCompare.java:71
      end else if (clearRecord) begin            // OutboundCompare.java:77
        recorded_reg <= 1'd0;                    // OutboundCompare.java:77
      end
    end
  end
  assign recorded = recorded_reg;                // OutboundCompare.java:40
  always @(posedge clk) begin                    // OutboundCompare.java:41
    if (rst) begin
      recordCycle_reg <= 32'd0;                  // OutboundCompare.java:41
    end else begin
      if (comparator_mismatch_and_not_recorded_reg) begin // OutboundCompare.java:70
        recordCycle_reg <= cycle;                // OutboundCompare.java:72
      end
    end
  end
  assign recordCycle = recordCycle_reg;          // OutboundCompare.java:41
  always @(posedge clk) begin                    // OutboundCompare.java:42
    if (rst) begin
      recordFields_reg <= 6'd0;                  // OutboundCompare.java:42
    end else begin
      if (comparator_mismatch_and_not_recorded_reg) begin // OutboundCompare.java:70
        recordFields_reg <= comparator_fields;   // OutboundCompare.java:73
      end
    end
  end
  assign recordFields = recordFields_reg;        // OutboundCompare.java:42
  always @(posedge clk) begin                    // OutboundCompare.java:43
    if (rst) begin
      recordSyndrome_reg <= 64'd0;               // OutboundCompare.java:43
    end else begin
      if (comparator_mismatch_and_not_recorded_reg) begin // OutboundCompare.java:70
        recordSyndrome_reg <= comparator_syndrome; // OutboundCompare.java:74
      end
    end
  end
  assign recordSyndrome = recordSyndrome_reg;    // OutboundCompare.java:43
  always @(posedge clk) begin                    // OutboundCompare.java:44
    if (rst) begin
      recordValue0_reg <= 64'd0;                 // OutboundCompare.java:44
    end else begin
      if (comparator_mismatch_and_not_recorded_reg) begin // OutboundCompare.java:70
        recordValue0_reg <= comparator_value0;   // OutboundCompare.java:75
      end
    end
  end
  assign recordValue0 = recordValue0_reg;        // OutboundCompare.java:44
  always @(posedge clk) begin                    // OutboundCompare.java:45
    if (rst) begin
      recordValue1_reg <= 64'd0;                 // OutboundCompare.java:45
    end else begin
      if (comparator_mismatch_and_not_recorded_reg) begin // OutboundCompare.java:70
        recordValue1_reg <= comparator_value1;   // OutboundCompare.java:76
      end
    end
  end
  assign recordValue1 = recordValue1_reg;        // OutboundCompare.java:45
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
    .clk            (comparator_clk),
    .rst            (comparator_rst),
    .mismatch       (comparator_mismatch),
    .fields         (comparator_fields),
    .syndrome       (comparator_syndrome),
    .value0         (comparator_value0),
    .value1         (comparator_value1)
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
