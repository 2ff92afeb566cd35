// DelayLine_w313_s2: generated from dev.gemini.common.DelayLine by hdl-dsl. Do not edit; run `make rtl`.
module DelayLine_w313_s2 (                       // DelayLine.java:15
  input  wire [312:0] in,                        // DelayLine.java:18
  output wire [312:0] out,                       // DelayLine.java:19
  input  wire clk,                               // DelayLine.java:15
  input  wire rst                                // DelayLine.java:15
);
  reg  [312:0] stage;                            // DelayLine.java:22
  reg  [312:0] stage_1;                          // DelayLine.java:22
  assign out = stage_1;                          // DelayLine.java:26
  always @(posedge clk) begin                    // DelayLine.java:22
    if (rst) begin
      stage <= 313'd0;                           // DelayLine.java:22
    end else begin
      stage <= in;                               // DelayLine.java:23
    end
  end
  always @(posedge clk) begin                    // DelayLine.java:22
    if (rst) begin
      stage_1 <= 313'd0;                         // DelayLine.java:22
    end else begin
      stage_1 <= stage;                          // DelayLine.java:23
    end
  end
endmodule
