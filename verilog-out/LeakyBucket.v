// LeakyBucket: generated from dev.gemini.isolation.LeakyBucket by hdl-dsl. Do not edit; run `make rtl`.
module LeakyBucket (                             // LeakyBucket.java:25
  input  wire hit,                               // LeakyBucket.java:17
  input  wire clear,                             // LeakyBucket.java:18
  input  wire [7:0] capacity,                    // LeakyBucket.java:19
  input  wire [31:0] period,                     // LeakyBucket.java:20
  input  wire clk,                               // LeakyBucket.java:25
  input  wire rst,                               // LeakyBucket.java:25
  output wire [7:0] level,                       // LeakyBucket.java:21
  output wire nearlyFull                         // LeakyBucket.java:23
);
  reg  [7:0] level_reg;                          // LeakyBucket.java:21
  reg  [31:0] sinceLeak;                         // LeakyBucket.java:26
  wire level_reg_ne_0 = level_reg != 8'd0;       // LeakyBucket.java:28
  wire [32:0] sinceLeak_add_1 = {1'd0, sinceLeak} + 33'd1; // LeakyBucket.java:28
  wire [32:0] period_ext = {1'd0, period};       // LeakyBucket.java:28
  wire sinceLeak_add_1_ge_period_ext = sinceLeak_add_1 >= period_ext; // LeakyBucket.java:28
  wire leak = level_reg_ne_0 & sinceLeak_add_1_ge_period_ext; // LeakyBucket.java:28
  wire level_reg_eq_0 = level_reg == 8'd0;       // LeakyBucket.java:29
  wire level_reg_eq_0_or_leak = level_reg_eq_0 | leak; // LeakyBucket.java:29
  wire [31:0] sinceLeak_add_1_1 = sinceLeak + 32'd1; // LeakyBucket.java:30
  wire [7:0] level_reg_sub_1 = level_reg - 8'd1; // LeakyBucket.java:31
  wire [7:0] afterLeak = leak ? level_reg_sub_1 : level_reg; // LeakyBucket.java:31
  wire afterLeak_ne_255 = afterLeak != 8'd255;   // LeakyBucket.java:32
  wire hit_and_afterLeak_ne_255 = hit & afterLeak_ne_255; // LeakyBucket.java:32
  wire [7:0] afterLeak_add_1 = afterLeak + 8'd1; // LeakyBucket.java:32
  wire [7:0] afterHit = hit_and_afterLeak_ne_255 ? afterLeak_add_1 : afterLeak; // LeakyBucket.java:32
  wire [7:0] mux_clear = clear ? 8'd0 : afterHit; // LeakyBucket.java:33
  wire [8:0] level_reg_add_1 = {1'd0, level_reg} + 9'd1; // LeakyBucket.java:34
  wire [8:0] capacity_ext = {1'd0, capacity};    // LeakyBucket.java:34
  wire level_reg_add_1_ge_capacity_ext = level_reg_add_1 >= capacity_ext; // LeakyBucket.java:34
  always @(posedge clk) begin                    // LeakyBucket.java:21
    if (rst) begin
      level_reg <= 8'd0;                         // LeakyBucket.java:21
    end else begin
      level_reg <= mux_clear;                    // LeakyBucket.java:33
    end
  end
  assign level = level_reg;                      // LeakyBucket.java:21
  assign nearlyFull = level_reg_add_1_ge_capacity_ext; // LeakyBucket.java:34
  always @(posedge clk) begin                    // LeakyBucket.java:26
    if (rst) begin
      sinceLeak <= 32'd0;                        // LeakyBucket.java:26
    end else begin
      if (level_reg_eq_0_or_leak) begin          // LeakyBucket.java:29
        sinceLeak <= 32'd0;                      // LeakyBucket.java:29
      end else begin
        sinceLeak <= sinceLeak_add_1_1;          // LeakyBucket.java:30
      end
    end
  end
endmodule
