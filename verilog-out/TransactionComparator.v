// TransactionComparator: generated from dev.gemini.lockstep.TransactionComparator by hdl-dsl. Do not edit; run `make rtl`.
module TransactionComparator (                   // TransactionComparator.java:25
  input  wire local_valid,                       // TransactionComparator.java:16
  input  wire [2:0] local_kind,                  // TransactionComparator.java:16
  input  wire [7:0] local_tag,                   // TransactionComparator.java:16
  input  wire [47:0] local_address,              // TransactionComparator.java:16
  input  wire [7:0] local_byteEnables,           // TransactionComparator.java:16
  input  wire [63:0] local_data,                 // TransactionComparator.java:16
  input  wire partner_valid,                     // TransactionComparator.java:17
  input  wire [2:0] partner_kind,                // TransactionComparator.java:17
  input  wire [7:0] partner_tag,                 // TransactionComparator.java:17
  input  wire [47:0] partner_address,            // TransactionComparator.java:17
  input  wire [7:0] partner_byteEnables,         // TransactionComparator.java:17
  input  wire [63:0] partner_data,               // TransactionComparator.java:17
  output wire mismatch,                          // TransactionComparator.java:19
  output wire [5:0] fields,                      // TransactionComparator.java:21
  output wire [63:0] syndrome,                   // TransactionComparator.java:23
  input  wire clk                                // TransactionComparator.java:25
);
  wire validDiffers = local_valid != partner_valid; // TransactionComparator.java:26
  wire compared = local_valid & partner_valid;   // TransactionComparator.java:27
  wire [63:0] dataSyndrome = local_data ^ partner_data; // TransactionComparator.java:28
  wire or_reduce_dataSyndrome = |dataSyndrome;   // TransactionComparator.java:30
  wire compared_and_or_reduce_dataSyndrome = compared & or_reduce_dataSyndrome; // TransactionComparator.java:30
  wire local_byteEnables_ne_partner_byteEnables = local_byteEnables != partner_byteEnables; // TransactionComparator.java:31
  wire compared_and_local_byteEnables_ne = compared & local_byteEnables_ne_partner_byteEnables; // TransactionComparator.java:31
  wire local_address_ne_partner_address = local_address != partner_address; // TransactionComparator.java:32
  wire compared_and_local_address_ne_partner = compared & local_address_ne_partner_address; // TransactionComparator.java:32
  wire local_tag_ne_partner_tag = local_tag != partner_tag; // TransactionComparator.java:33
  wire compared_and_local_tag_ne_partner_tag = compared & local_tag_ne_partner_tag; // TransactionComparator.java:33
  wire local_kind_ne_partner_kind = local_kind != partner_kind; // TransactionComparator.java:34
  wire compared_and_local_kind_ne_partner_kind = compared & local_kind_ne_partner_kind; // TransactionComparator.java:34
  wire [5:0] differing = {compared_and_or_reduce_dataSyndrome, compared_and_local_byteEnables_ne, compared_and_local_address_ne_partner, compared_and_local_tag_ne_partner_tag, compared_and_local_kind_ne_partner_kind, validDiffers}; // TransactionComparator.java:29
  reg  [5:0] fieldsSeen;                         // TransactionComparator.java:37
  wire [63:0] mux_compared = compared ? dataSyndrome : 64'd0; // TransactionComparator.java:38
  reg  [63:0] syndromeSeen;                      // TransactionComparator.java:38
  wire or_reduce_fieldsSeen = |fieldsSeen;       // TransactionComparator.java:39
  assign mismatch = or_reduce_fieldsSeen;        // TransactionComparator.java:39
  assign fields = fieldsSeen;                    // TransactionComparator.java:40
  assign syndrome = syndromeSeen;                // TransactionComparator.java:41
  always @(posedge clk) begin                    // TransactionComparator.java:37
    fieldsSeen <= differing;                     // TransactionComparator.java:37
  end
  always @(posedge clk) begin                    // TransactionComparator.java:38
    syndromeSeen <= mux_compared;                // TransactionComparator.java:38
  end
endmodule
