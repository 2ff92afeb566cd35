// TransactionComparator: generated from dev.gemini.lockstep.TransactionComparator by hdl-dsl. Do not edit; run `make rtl`.
module TransactionComparator (                   // TransactionComparator.java:33
  input  wire m0_valid,                          // TransactionComparator.java:17
  input  wire [2:0] m0_kind,                     // TransactionComparator.java:17
  input  wire [4:0] m0_tag,                      // TransactionComparator.java:17
  input  wire [47:0] m0_address,                 // TransactionComparator.java:17
  input  wire [7:0] m0_byteEnables,              // TransactionComparator.java:17
  input  wire [63:0] m0_data,                    // TransactionComparator.java:17
  input  wire m1_valid,                          // TransactionComparator.java:18
  input  wire [2:0] m1_kind,                     // TransactionComparator.java:18
  input  wire [4:0] m1_tag,                      // TransactionComparator.java:18
  input  wire [47:0] m1_address,                 // TransactionComparator.java:18
  input  wire [7:0] m1_byteEnables,              // TransactionComparator.java:18
  input  wire [63:0] m1_data,                    // TransactionComparator.java:18
  input  wire active,                            // TransactionComparator.java:20
  output wire match,                             // TransactionComparator.java:22
  output wire mismatch,                          // TransactionComparator.java:24
  output wire [5:0] fields,                      // TransactionComparator.java:26
  output wire [63:0] syndrome,                   // TransactionComparator.java:28
  output wire [63:0] value0,                     // TransactionComparator.java:30
  output wire [63:0] value1,                     // TransactionComparator.java:31
  input  wire clk,                               // TransactionComparator.java:33
  input  wire rst                                // TransactionComparator.java:33
);
  wire compared = m0_valid & m1_valid;           // TransactionComparator.java:34
  wire m0_data_ne_m1_data = m0_data != m1_data;  // TransactionComparator.java:35
  wire dataDiffers = compared & m0_data_ne_m1_data; // TransactionComparator.java:35
  wire m0_address_ne_m1_address = m0_address != m1_address; // TransactionComparator.java:36
  wire addressDiffers = compared & m0_address_ne_m1_address; // TransactionComparator.java:36
  wire m0_byteEnables_ne_m1_byteEnables = m0_byteEnables != m1_byteEnables; // TransactionComparator.java:37
  wire enablesDiffer = compared & m0_byteEnables_ne_m1_byteEnables; // TransactionComparator.java:37
  wire m0_tag_ne_m1_tag = m0_tag != m1_tag;      // TransactionComparator.java:38
  wire tagDiffers = compared & m0_tag_ne_m1_tag; // TransactionComparator.java:38
  wire m0_kind_ne_m1_kind = m0_kind != m1_kind;  // TransactionComparator.java:39
  wire kindDiffers = compared & m0_kind_ne_m1_kind; // TransactionComparator.java:39
  wire validDiffers = m0_valid != m1_valid;      // TransactionComparator.java:40
  wire [5:0] differing = {dataDiffers, enablesDiffer, addressDiffers, tagDiffers, kindDiffers, validDiffers}; // TransactionComparator.java:41
  wire differs = |differing;                     // TransactionComparator.java:42
  wire [63:0] m0_address_ext = {16'd0, m0_address}; // TransactionComparator.java:45
  wire [63:0] m0_byteEnables_ext = {56'd0, m0_byteEnables}; // TransactionComparator.java:46
  wire [63:0] m0_tag_ext = {59'd0, m0_tag};      // TransactionComparator.java:46
  wire [63:0] m0_kind_ext = {61'd0, m0_kind};    // TransactionComparator.java:47
  wire m0_valid_cast = m0_valid;                 // TransactionComparator.java:47
  wire [63:0] m0_valid_cast_ext = {63'd0, m0_valid_cast}; // TransactionComparator.java:47
  wire [63:0] mux_kindDiffers = kindDiffers ? m0_kind_ext : m0_valid_cast_ext; // TransactionComparator.java:47
  wire [63:0] mux_tagDiffers = tagDiffers ? m0_tag_ext : mux_kindDiffers; // TransactionComparator.java:46
  wire [63:0] mux_enablesDiffer = enablesDiffer ? m0_byteEnables_ext : mux_tagDiffers; // TransactionComparator.java:46
  wire [63:0] mux_addressDiffers = addressDiffers ? m0_address_ext : mux_enablesDiffer; // TransactionComparator.java:45
  wire [63:0] first0 = dataDiffers ? m0_data : mux_addressDiffers; // TransactionComparator.java:45
  wire [63:0] m1_address_ext = {16'd0, m1_address}; // TransactionComparator.java:48
  wire [63:0] m1_byteEnables_ext = {56'd0, m1_byteEnables}; // TransactionComparator.java:49
  wire [63:0] m1_tag_ext = {59'd0, m1_tag};      // TransactionComparator.java:49
  wire [63:0] m1_kind_ext = {61'd0, m1_kind};    // TransactionComparator.java:50
  wire m1_valid_cast = m1_valid;                 // TransactionComparator.java:50
  wire [63:0] m1_valid_cast_ext = {63'd0, m1_valid_cast}; // TransactionComparator.java:50
  wire [63:0] mux_kindDiffers_1 = kindDiffers ? m1_kind_ext : m1_valid_cast_ext; // TransactionComparator.java:50
  wire [63:0] mux_tagDiffers_1 = tagDiffers ? m1_tag_ext : mux_kindDiffers_1; // TransactionComparator.java:49
  wire [63:0] mux_enablesDiffer_1 = enablesDiffer ? m1_byteEnables_ext : mux_tagDiffers_1; // TransactionComparator.java:49
  wire [63:0] mux_addressDiffers_1 = addressDiffers ? m1_address_ext : mux_enablesDiffer_1; // TransactionComparator.java:48
  wire [63:0] first1 = dataDiffers ? m1_data : mux_addressDiffers_1; // TransactionComparator.java:48
  wire reported = active & differs;              // TransactionComparator.java:52
  reg  mismatchSeen;                             // TransactionComparator.java:53
  reg  [5:0] fieldsSeen;                         // TransactionComparator.java:55
  reg  [63:0] value0Seen;                        // TransactionComparator.java:56
  reg  [63:0] value1Seen;                        // TransactionComparator.java:57
  wire not_differs = ~differs;                   // TransactionComparator.java:64
  wire [63:0] value0Seen_xor_value1Seen = value0Seen ^ value1Seen; // TransactionComparator.java:67
  assign match = not_differs;                    // TransactionComparator.java:64
  assign mismatch = mismatchSeen;                // TransactionComparator.java:65
  assign fields = fieldsSeen;                    // TransactionComparator.java:66
  assign syndrome = value0Seen_xor_value1Seen;   // TransactionComparator.java:67
  assign value0 = value0Seen;                    // TransactionComparator.java:68
  assign value1 = value1Seen;                    // TransactionComparator.java:69
  always @(posedge clk) begin                    // TransactionComparator.java:53
    if (rst) begin
      mismatchSeen <= 1'd0;                      // TransactionComparator.java:53
    end else begin
      mismatchSeen <= reported;                  // TransactionComparator.java:54
    end
  end
  always @(posedge clk) begin                    // TransactionComparator.java:55
    if (rst) begin
      fieldsSeen <= 6'd0;                        // TransactionComparator.java:55
    end else begin
      if (reported) begin                        // TransactionComparator.java:58
        fieldsSeen <= differing;                 // TransactionComparator.java:59
      end
    end
  end
  always @(posedge clk) begin                    // TransactionComparator.java:56
    if (rst) begin
      value0Seen <= 64'd0;                       // TransactionComparator.java:56
    end else begin
      if (reported) begin                        // TransactionComparator.java:58
        value0Seen <= first0;                    // TransactionComparator.java:60
      end
    end
  end
  always @(posedge clk) begin                    // TransactionComparator.java:57
    if (rst) begin
      value1Seen <= 64'd0;                       // TransactionComparator.java:57
    end else begin
      if (reported) begin                        // TransactionComparator.java:58
        value1Seen <= first1;                    // TransactionComparator.java:61
      end
    end
  end
endmodule
