// OutboundDispatch: generated from dev.gemini.lockstep.OutboundDispatch by hdl-dsl. Do not edit; run `make rtl`.
module OutboundDispatch (                        // OutboundDispatch.java:46
  input  wire headValid,                         // OutboundDispatch.java:22
  input  wire headMatched,                       // OutboundDispatch.java:23
  input  wire head0_valid,                       // OutboundDispatch.java:24
  input  wire [2:0] head0_kind,                  // OutboundDispatch.java:24
  input  wire [4:0] head0_tag,                   // OutboundDispatch.java:24
  input  wire [47:0] head0_address,              // OutboundDispatch.java:24
  input  wire [7:0] head0_byteEnables,           // OutboundDispatch.java:24
  input  wire [63:0] head0_data,                 // OutboundDispatch.java:24
  input  wire head1_valid,                       // OutboundDispatch.java:25
  input  wire [2:0] head1_kind,                  // OutboundDispatch.java:25
  input  wire [4:0] head1_tag,                   // OutboundDispatch.java:25
  input  wire [47:0] head1_address,              // OutboundDispatch.java:25
  input  wire [7:0] head1_byteEnables,           // OutboundDispatch.java:25
  input  wire [63:0] head1_data,                 // OutboundDispatch.java:25
  input  wire [2:0] mode,                        // OutboundDispatch.java:26
  input  wire [1:0] ioOnline,                    // OutboundDispatch.java:28
  input  wire [1:0] ioCreditReturn,              // OutboundDispatch.java:29
  input  wire [1:0] ioReturned,                  // OutboundDispatch.java:30
  input  wire moduleId,                          // OutboundDispatch.java:31
  output wire pop,                               // OutboundDispatch.java:33
  output wire popped0,                           // OutboundDispatch.java:35
  output wire popped1,                           // OutboundDispatch.java:36
  output wire toIo_valid,                        // OutboundDispatch.java:38
  output wire [2:0] toIo_kind,                   // OutboundDispatch.java:38
  output wire [4:0] toIo_tag,                    // OutboundDispatch.java:38
  output wire [47:0] toIo_address,               // OutboundDispatch.java:38
  output wire [7:0] toIo_byteEnables,            // OutboundDispatch.java:38
  output wire [63:0] toIo_data,                  // OutboundDispatch.java:38
  output wire issued,                            // OutboundDispatch.java:40
  output wire [4:0] issuedTag,                   // OutboundDispatch.java:41
  output wire issuedTarget,                      // OutboundDispatch.java:42
  output wire headMismatch,                      // OutboundDispatch.java:44
  input  wire clk,                               // OutboundDispatch.java:46
  input  wire rst                                // OutboundDispatch.java:46
);
  wire duplex = mode == 3'd0;                    // OutboundDispatch.java:47
  wire mode_eq_2 = mode == 3'd2;                 // OutboundDispatch.java:48
  wire mode_eq_3 = mode == 3'd3;                 // OutboundDispatch.java:48
  wire simplex = mode_eq_2 | mode_eq_3;          // OutboundDispatch.java:48
  wire fromM1 = mode == 3'd3;                    // OutboundDispatch.java:49
  wire chosen_valid = fromM1 ? head1_valid : head0_valid; // OutboundDispatch.java:50
  wire [2:0] chosen_kind = fromM1 ? head1_kind : head0_kind; // OutboundDispatch.java:51
  wire [4:0] chosen_tag = fromM1 ? head1_tag : head0_tag; // OutboundDispatch.java:51
  wire [47:0] chosen_address = fromM1 ? head1_address : head0_address; // OutboundDispatch.java:52
  wire [7:0] chosen_byteEnables = fromM1 ? head1_byteEnables : head0_byteEnables; // OutboundDispatch.java:52
  wire [63:0] chosen_data = fromM1 ? head1_data : head0_data; // OutboundDispatch.java:53
  reg  [2:0] credits0;                           // OutboundDispatch.java:55
  reg  [2:0] credits1;                           // OutboundDispatch.java:56
  wire target = chosen_address[47];              // Transaction.java:33
  wire target_cast = target;                     // OutboundDispatch.java:58
  /* verilator lint_off UNUSEDSIGNAL */
  wire [1:0] ioOnline_dshr_target_cast = ioOnline >> target_cast; // OutboundDispatch.java:58
  /* verilator lint_on UNUSEDSIGNAL */
  wire targetOnline = ioOnline_dshr_target_cast[0]; // OutboundDispatch.java:58
  wire credits1_ne_0 = credits1 != 3'd0;         // OutboundDispatch.java:59
  wire credits0_ne_0 = credits0 != 3'd0;         // OutboundDispatch.java:59
  wire haveCredit = target ? credits1_ne_0 : credits0_ne_0; // OutboundDispatch.java:59
  wire duplex_and_headMatched = duplex & headMatched; // OutboundDispatch.java:61
  wire duplex_and_headMatched_or_simplex = duplex_and_headMatched | simplex; // OutboundDispatch.java:61
  wire mayGo = headValid & duplex_and_headMatched_or_simplex; // OutboundDispatch.java:61
  wire needsIo = chosen_valid & targetOnline;    // OutboundDispatch.java:62
  wire not_needsIo = ~needsIo;                   // OutboundDispatch.java:63
  wire not_needsIo_or_haveCredit = not_needsIo | haveCredit; // OutboundDispatch.java:63
  wire go = mayGo & not_needsIo_or_haveCredit;   // OutboundDispatch.java:63
  wire toDevice = go & needsIo;                  // OutboundDispatch.java:64
  wire not_target = ~target;                     // OutboundDispatch.java:66
  wire take0 = toDevice & not_target;            // OutboundDispatch.java:66
  wire take1 = toDevice & target;                // OutboundDispatch.java:67
  wire ioReturned_0 = ioReturned[0];             // OutboundDispatch.java:68
  wire ioCreditReturn_0 = ioCreditReturn[0];     // OutboundDispatch.java:69
  wire ioCreditReturn_0_cast = ioCreditReturn_0; // OutboundDispatch.java:69
  wire [2:0] ioCreditReturn_0_cast_ext = {2'd0, ioCreditReturn_0_cast}; // OutboundDispatch.java:69
  wire [2:0] credits0_add_ioCreditReturn_0_cast_ext = credits0 + ioCreditReturn_0_cast_ext; // OutboundDispatch.java:69
  wire take0_cast = take0;                       // OutboundDispatch.java:69
  wire [2:0] take0_cast_ext = {2'd0, take0_cast}; // OutboundDispatch.java:69
  wire [2:0] credits0_add_ioCreditReturn_0_cast_ext_1 = credits0_add_ioCreditReturn_0_cast_ext - take0_cast_ext; // OutboundDispatch.java:69
  wire [2:0] mux_ioReturned_0 = ioReturned_0 ? 3'd4 : credits0_add_ioCreditReturn_0_cast_ext_1; // OutboundDispatch.java:68
  wire ioReturned_1 = ioReturned[1];             // OutboundDispatch.java:70
  wire ioCreditReturn_1 = ioCreditReturn[1];     // OutboundDispatch.java:71
  wire ioCreditReturn_1_cast = ioCreditReturn_1; // OutboundDispatch.java:71
  wire [2:0] ioCreditReturn_1_cast_ext = {2'd0, ioCreditReturn_1_cast}; // OutboundDispatch.java:71
  wire [2:0] credits1_add_ioCreditReturn_1_cast_ext = credits1 + ioCreditReturn_1_cast_ext; // OutboundDispatch.java:71
  wire take1_cast = take1;                       // OutboundDispatch.java:71
  wire [2:0] take1_cast_ext = {2'd0, take1_cast}; // OutboundDispatch.java:71
  wire [2:0] credits1_add_ioCreditReturn_1_cast_ext_1 = credits1_add_ioCreditReturn_1_cast_ext - take1_cast_ext; // OutboundDispatch.java:71
  wire [2:0] mux_ioReturned_1 = ioReturned_1 ? 3'd4 : credits1_add_ioCreditReturn_1_cast_ext_1; // OutboundDispatch.java:70
  wire go_and_head0_valid = go & head0_valid;    // OutboundDispatch.java:74
  wire go_and_head1_valid = go & head1_valid;    // OutboundDispatch.java:75
  wire target_eq_moduleId = target == moduleId;  // OutboundDispatch.java:76
  wire toDevice_and_target_eq_moduleId = toDevice & target_eq_moduleId; // OutboundDispatch.java:76
  wire go_and_chosen_valid = go & chosen_valid;  // OutboundDispatch.java:78
  wire chosen_kind_ne_1 = chosen_kind != 3'd1;   // Transaction.java:38
  wire go_and_chosen_valid_and_chosen_kind_ne_1 = go_and_chosen_valid & chosen_kind_ne_1; // OutboundDispatch.java:78
  wire headValid_and_duplex = headValid & duplex; // OutboundDispatch.java:81
  wire not_headMatched = ~headMatched;           // OutboundDispatch.java:81
  wire headValid_and_duplex_and_not_headMatched = headValid_and_duplex & not_headMatched; // OutboundDispatch.java:81
  assign pop = go;                               // OutboundDispatch.java:73
  assign popped0 = go_and_head0_valid;           // OutboundDispatch.java:74
  assign popped1 = go_and_head1_valid;           // OutboundDispatch.java:75
  assign toIo_valid = toDevice_and_target_eq_moduleId; // OutboundDispatch.java:76
  assign toIo_kind = chosen_kind;                // OutboundDispatch.java:76
  assign toIo_tag = chosen_tag;                  // OutboundDispatch.java:76
  assign toIo_address = chosen_address;          // OutboundDispatch.java:76
  assign toIo_byteEnables = chosen_byteEnables;  // OutboundDispatch.java:76
  assign toIo_data = chosen_data;                // OutboundDispatch.java:76
  assign issued = go_and_chosen_valid_and_chosen_kind_ne_1; // OutboundDispatch.java:78
  assign issuedTag = chosen_tag;                 // OutboundDispatch.java:79
  assign issuedTarget = target;                  // OutboundDispatch.java:80
  assign headMismatch = headValid_and_duplex_and_not_headMatched; // OutboundDispatch.java:81
  always @(posedge clk) begin                    // OutboundDispatch.java:55
    if (rst) begin
      credits0 <= 3'd4;                          // OutboundDispatch.java:55
    end else begin
      credits0 <= mux_ioReturned_0;              // OutboundDispatch.java:68
    end
  end
  always @(posedge clk) begin                    // OutboundDispatch.java:56
    if (rst) begin
      credits1 <= 3'd4;                          // OutboundDispatch.java:56
    end else begin
      credits1 <= mux_ioReturned_1;              // OutboundDispatch.java:70
    end
  end
endmodule
