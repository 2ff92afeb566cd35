// OutboundDispatch: generated from dev.gemini.lockstep.OutboundDispatch by hdl-dsl. Do not edit; run `make rtl`.
module OutboundDispatch (                        // OutboundDispatch.java:52
  input  wire headValid,                         // OutboundDispatch.java:24
  input  wire headMatched,                       // OutboundDispatch.java:25
  input  wire headSuspect,                       // OutboundDispatch.java:26
  input  wire culpritKnown,                      // OutboundDispatch.java:27
  input  wire head0_valid,                       // OutboundDispatch.java:28
  input  wire [2:0] head0_kind,                  // OutboundDispatch.java:28
  input  wire [4:0] head0_tag,                   // OutboundDispatch.java:28
  input  wire [47:0] head0_address,              // OutboundDispatch.java:28
  input  wire [7:0] head0_byteEnables,           // OutboundDispatch.java:28
  input  wire [63:0] head0_data,                 // OutboundDispatch.java:28
  input  wire head1_valid,                       // OutboundDispatch.java:29
  input  wire [2:0] head1_kind,                  // OutboundDispatch.java:29
  input  wire [4:0] head1_tag,                   // OutboundDispatch.java:29
  input  wire [47:0] head1_address,              // OutboundDispatch.java:29
  input  wire [7:0] head1_byteEnables,           // OutboundDispatch.java:29
  input  wire [63:0] head1_data,                 // OutboundDispatch.java:29
  input  wire [2:0] mode,                        // OutboundDispatch.java:30
  input  wire [1:0] ioOnline,                    // OutboundDispatch.java:32
  input  wire [1:0] ioCreditReturn,              // OutboundDispatch.java:33
  input  wire [1:0] ioReturned,                  // OutboundDispatch.java:34
  input  wire moduleId,                          // OutboundDispatch.java:35
  output wire pop,                               // OutboundDispatch.java:37
  output wire popped0,                           // OutboundDispatch.java:39
  output wire popped1,                           // OutboundDispatch.java:40
  output wire toIo_valid,                        // OutboundDispatch.java:42
  output wire [2:0] toIo_kind,                   // OutboundDispatch.java:42
  output wire [4:0] toIo_tag,                    // OutboundDispatch.java:42
  output wire [47:0] toIo_address,               // OutboundDispatch.java:42
  output wire [7:0] toIo_byteEnables,            // OutboundDispatch.java:42
  output wire [63:0] toIo_data,                  // OutboundDispatch.java:42
  output wire issued,                            // OutboundDispatch.java:44
  output wire [4:0] issuedTag,                   // OutboundDispatch.java:45
  output wire issuedTarget,                      // OutboundDispatch.java:46
  output wire issuedDiscarded,                   // OutboundDispatch.java:48
  output wire headMismatch,                      // OutboundDispatch.java:50
  input  wire clk,                               // OutboundDispatch.java:52
  input  wire rst                                // OutboundDispatch.java:52
);
  wire duplex = mode == 3'd0;                    // OutboundDispatch.java:53
  wire mode_eq_2 = mode == 3'd2;                 // OutboundDispatch.java:54
  wire mode_eq_3 = mode == 3'd3;                 // OutboundDispatch.java:54
  wire simplex = mode_eq_2 | mode_eq_3;          // OutboundDispatch.java:54
  wire fromM1 = mode == 3'd3;                    // OutboundDispatch.java:55
  wire chosen_valid = fromM1 ? head1_valid : head0_valid; // OutboundDispatch.java:56
  wire [2:0] chosen_kind = fromM1 ? head1_kind : head0_kind; // OutboundDispatch.java:57
  wire [4:0] chosen_tag = fromM1 ? head1_tag : head0_tag; // OutboundDispatch.java:57
  wire [47:0] chosen_address = fromM1 ? head1_address : head0_address; // OutboundDispatch.java:58
  wire [7:0] chosen_byteEnables = fromM1 ? head1_byteEnables : head0_byteEnables; // OutboundDispatch.java:58
  wire [63:0] chosen_data = fromM1 ? head1_data : head0_data; // OutboundDispatch.java:59
  reg  [2:0] credits0;                           // OutboundDispatch.java:61
  reg  [2:0] credits1;                           // OutboundDispatch.java:62
  wire target = chosen_address[47];              // Transaction.java:33
  wire target_cast = target;                     // OutboundDispatch.java:64
  /* verilator lint_off UNUSEDSIGNAL */
  wire [1:0] ioOnline_dshr_target_cast = ioOnline >> target_cast; // OutboundDispatch.java:64
  /* verilator lint_on UNUSEDSIGNAL */
  wire targetOnline = ioOnline_dshr_target_cast[0]; // OutboundDispatch.java:64
  wire credits1_ne_0 = credits1 != 3'd0;         // OutboundDispatch.java:65
  wire credits0_ne_0 = credits0 != 3'd0;         // OutboundDispatch.java:65
  wire haveCredit = target ? credits1_ne_0 : credits0_ne_0; // OutboundDispatch.java:65
  wire duplex_and_headMatched = duplex & headMatched; // OutboundDispatch.java:67
  wire duplex_and_headMatched_or_simplex = duplex_and_headMatched | simplex; // OutboundDispatch.java:67
  wire mayGo = headValid & duplex_and_headMatched_or_simplex; // OutboundDispatch.java:67
  wire not_culpritKnown = ~culpritKnown;         // OutboundDispatch.java:68
  wire discard = headSuspect & not_culpritKnown; // OutboundDispatch.java:68
  wire chosen_valid_and_targetOnline = chosen_valid & targetOnline; // OutboundDispatch.java:69
  wire not_discard = ~discard;                   // OutboundDispatch.java:69
  wire needsIo = chosen_valid_and_targetOnline & not_discard; // OutboundDispatch.java:69
  wire not_needsIo = ~needsIo;                   // OutboundDispatch.java:70
  wire not_needsIo_or_haveCredit = not_needsIo | haveCredit; // OutboundDispatch.java:70
  wire go = mayGo & not_needsIo_or_haveCredit;   // OutboundDispatch.java:70
  wire toDevice = go & needsIo;                  // OutboundDispatch.java:71
  wire not_target = ~target;                     // OutboundDispatch.java:73
  wire take0 = toDevice & not_target;            // OutboundDispatch.java:73
  wire take1 = toDevice & target;                // OutboundDispatch.java:74
  wire ioReturned_0 = ioReturned[0];             // OutboundDispatch.java:75
  wire ioCreditReturn_0 = ioCreditReturn[0];     // OutboundDispatch.java:76
  wire ioCreditReturn_0_cast = ioCreditReturn_0; // OutboundDispatch.java:76
  wire [2:0] ioCreditReturn_0_cast_ext = {2'd0, ioCreditReturn_0_cast}; // OutboundDispatch.java:76
  wire [2:0] credits0_add_ioCreditReturn_0_cast_ext = credits0 + ioCreditReturn_0_cast_ext; // OutboundDispatch.java:76
  wire take0_cast = take0;                       // OutboundDispatch.java:76
  wire [2:0] take0_cast_ext = {2'd0, take0_cast}; // OutboundDispatch.java:76
  wire [2:0] credits0_add_ioCreditReturn_0_cast_ext_1 = credits0_add_ioCreditReturn_0_cast_ext - take0_cast_ext; // OutboundDispatch.java:76
  wire [2:0] mux_ioReturned_0 = ioReturned_0 ? 3'd4 : credits0_add_ioCreditReturn_0_cast_ext_1; // OutboundDispatch.java:75
  wire ioReturned_1 = ioReturned[1];             // OutboundDispatch.java:77
  wire ioCreditReturn_1 = ioCreditReturn[1];     // OutboundDispatch.java:78
  wire ioCreditReturn_1_cast = ioCreditReturn_1; // OutboundDispatch.java:78
  wire [2:0] ioCreditReturn_1_cast_ext = {2'd0, ioCreditReturn_1_cast}; // OutboundDispatch.java:78
  wire [2:0] credits1_add_ioCreditReturn_1_cast_ext = credits1 + ioCreditReturn_1_cast_ext; // OutboundDispatch.java:78
  wire take1_cast = take1;                       // OutboundDispatch.java:78
  wire [2:0] take1_cast_ext = {2'd0, take1_cast}; // OutboundDispatch.java:78
  wire [2:0] credits1_add_ioCreditReturn_1_cast_ext_1 = credits1_add_ioCreditReturn_1_cast_ext - take1_cast_ext; // OutboundDispatch.java:78
  wire [2:0] mux_ioReturned_1 = ioReturned_1 ? 3'd4 : credits1_add_ioCreditReturn_1_cast_ext_1; // OutboundDispatch.java:77
  wire go_and_head0_valid = go & head0_valid;    // OutboundDispatch.java:81
  wire go_and_head1_valid = go & head1_valid;    // OutboundDispatch.java:82
  wire target_eq_moduleId = target == moduleId;  // OutboundDispatch.java:83
  wire toDevice_and_target_eq_moduleId = toDevice & target_eq_moduleId; // OutboundDispatch.java:83
  wire go_and_chosen_valid = go & chosen_valid;  // OutboundDispatch.java:85
  wire chosen_kind_ne_1 = chosen_kind != 3'd1;   // Transaction.java:38
  wire go_and_chosen_valid_and_chosen_kind_ne_1 = go_and_chosen_valid & chosen_kind_ne_1; // OutboundDispatch.java:85
  wire headValid_and_duplex = headValid & duplex; // OutboundDispatch.java:89
  wire not_headMatched = ~headMatched;           // OutboundDispatch.java:89
  wire headValid_and_duplex_and_not_headMatched = headValid_and_duplex & not_headMatched; // OutboundDispatch.java:89
  assign pop = go;                               // OutboundDispatch.java:80
  assign popped0 = go_and_head0_valid;           // OutboundDispatch.java:81
  assign popped1 = go_and_head1_valid;           // OutboundDispatch.java:82
  assign toIo_valid = toDevice_and_target_eq_moduleId; // OutboundDispatch.java:83
  assign toIo_kind = chosen_kind;                // OutboundDispatch.java:83
  assign toIo_tag = chosen_tag;                  // OutboundDispatch.java:83
  assign toIo_address = chosen_address;          // OutboundDispatch.java:83
  assign toIo_byteEnables = chosen_byteEnables;  // OutboundDispatch.java:83
  assign toIo_data = chosen_data;                // OutboundDispatch.java:83
  assign issued = go_and_chosen_valid_and_chosen_kind_ne_1; // OutboundDispatch.java:85
  assign issuedTag = chosen_tag;                 // OutboundDispatch.java:86
  assign issuedTarget = target;                  // OutboundDispatch.java:87
  assign issuedDiscarded = discard;              // OutboundDispatch.java:88
  assign headMismatch = headValid_and_duplex_and_not_headMatched; // OutboundDispatch.java:89
  always @(posedge clk) begin                    // OutboundDispatch.java:61
    if (rst) begin
      credits0 <= 3'd4;                          // OutboundDispatch.java:61
    end else begin
      credits0 <= mux_ioReturned_0;              // OutboundDispatch.java:75
    end
  end
  always @(posedge clk) begin                    // OutboundDispatch.java:62
    if (rst) begin
      credits1 <= 3'd4;                          // OutboundDispatch.java:62
    end else begin
      credits1 <= mux_ioReturned_1;              // OutboundDispatch.java:77
    end
  end
endmodule
