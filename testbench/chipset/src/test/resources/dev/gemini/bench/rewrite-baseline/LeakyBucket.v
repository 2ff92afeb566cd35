// LeakyBucket: generated from dev.gemini.isolation.LeakyBucket by hdl-dsl. Do not edit; run `make rtl`.
module LeakyBucket (                             // LeakyBucket.java:25
  input  wire hit,                               // LeakyBucket.java:17
  input  wire clear,                             // LeakyBucket.java:18
  input  wire [7:0] capacity,                    // LeakyBucket.java:19
  input  wire [31:0] period,                     // LeakyBucket.java:20
  output wire [7:0] level,                       // LeakyBucket.java:21
  output wire nearlyFull,                        // LeakyBucket.java:23
  input  wire clk,                               // LeakyBucket.java:25
  input  wire rst                                // LeakyBucket.java:25
);
  reg  [7:0] errors;                             // LeakyBucket.java:26
  reg  [31:0] sinceLeak;                         // LeakyBucket.java:27
  wire errors_ne_0 = errors != 8'd0;             // LeakyBucket.java:29
  wire [32:0] sinceLeak_add_1 = {1'd0, sinceLeak} + 33'd1; // LeakyBucket.java:29
  wire [32:0] period_ext = {1'd0, period};       // LeakyBucket.java:29
  wire sinceLeak_add_1_ge_period_ext = sinceLeak_add_1 >= period_ext; // LeakyBucket.java:29
  wire leak = errors_ne_0 & sinceLeak_add_1_ge_period_ext; // LeakyBucket.java:29
  wire errors_eq_0 = errors == 8'd0;             // LeakyBucket.java:30
  wire errors_eq_0_or_leak = errors_eq_0 | leak; // LeakyBucket.java:30
  wire [31:0] sinceLeak_add_1_1 = sinceLeak + 32'd1; // LeakyBucket.java:31
  wire [7:0] errors_sub_1 = errors - 8'd1;       // LeakyBucket.java:32
  wire [7:0] afterLeak = leak ? errors_sub_1 : errors; // LeakyBucket.java:32
  wire afterLeak_ne_255 = afterLeak != 8'd255;   // LeakyBucket.java:33
  wire hit_and_afterLeak_ne_255 = hit & afterLeak_ne_255; // LeakyBucket.java:33
  wire [7:0] afterLeak_add_1 = afterLeak + 8'd1; // LeakyBucket.java:33
  wire [7:0] afterHit = hit_and_afterLeak_ne_255 ? afterLeak_add_1 : afterLeak; // LeakyBucket.java:33
  wire [7:0] mux_clear = clear ? 8'd0 : afterHit; // LeakyBucket.java:34
  wire [8:0] errors_add_1 = {1'd0, errors} + 9'd1; // LeakyBucket.java:37
  wire [8:0] capacity_ext = {1'd0, capacity};    // LeakyBucket.java:37
  wire errors_add_1_ge_capacity_ext = errors_add_1 >= capacity_ext; // LeakyBucket.java:37
  assign level = errors;                         // LeakyBucket.java:36
  assign nearlyFull = errors_add_1_ge_capacity_ext; // LeakyBucket.java:37
  always @(posedge clk) begin                    // LeakyBucket.java:26
    if (rst) begin
      errors <= 8'd0;                            // LeakyBucket.java:26
    end else begin
      errors <= mux_clear;                       // LeakyBucket.java:34
    end
  end
  always @(posedge clk) begin                    // LeakyBucket.java:27
    if (rst) begin
      sinceLeak <= 32'd0;                        // LeakyBucket.java:27
    end else begin
      if (errors_eq_0_or_leak) begin             // LeakyBucket.java:30
        sinceLeak <= 32'd0;                      // LeakyBucket.java:30
      end else begin
        sinceLeak <= sinceLeak_add_1_1;          // LeakyBucket.java:31
      end
    end
  end
endmodule
