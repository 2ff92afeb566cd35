// LedDriver: generated from dev.gemini.isolation.LedDriver by hdl-dsl. Do not edit; run `make rtl`.
module LedDriver (                               // LedDriver.java:31
  input  wire [1:0] cpuState,                    // LedDriver.java:22
  input  wire [1:0] ioState,                     // LedDriver.java:23
  input  wire duplex,                            // LedDriver.java:24
  input  wire failStop,                          // LedDriver.java:25
  input  wire blink,                             // LedDriver.java:26
  output wire [2:0] state,                       // LedDriver.java:27
  output wire green,                             // LedDriver.java:28
  output wire amber,                             // LedDriver.java:29
  input  wire clk,                               // LedDriver.java:31
  input  wire rst                                // LedDriver.java:31
);
  reg  [2:0] shown;                              // LedDriver.java:32
  wire cpuState_eq_3 = cpuState == 2'd3;         // LedDriver.java:33
  wire ioState_eq_3 = ioState == 2'd3;           // LedDriver.java:33
  wire offline = cpuState_eq_3 | ioState_eq_3;   // LedDriver.java:33
  wire cpuState_eq_1 = cpuState == 2'd1;         // LedDriver.java:34
  wire ioState_eq_1 = ioState == 2'd1;           // LedDriver.java:34
  wire diagnosing = cpuState_eq_1 | ioState_eq_1; // LedDriver.java:34
  wire cpuState_eq_2 = cpuState == 2'd2;         // LedDriver.java:38
  wire shown_eq_1 = shown == 3'd1;               // LedDriver.java:42
  wire shown_eq_2 = shown == 3'd2;               // LedDriver.java:42
  wire shown_eq_1_or_shown_eq_2 = shown_eq_1 | shown_eq_2; // LedDriver.java:42
  wire shown_eq_4 = shown == 3'd4;               // LedDriver.java:42
  wire shown_eq_4_and_blink = shown_eq_4 & blink; // LedDriver.java:42
  wire shown_eq_1_or_shown_eq_2_or_shown_eq_4 = shown_eq_1_or_shown_eq_2 | shown_eq_4_and_blink; // LedDriver.java:42
  wire shown_eq_5 = shown == 3'd5;               // LedDriver.java:43
  wire shown_eq_6 = shown == 3'd6;               // LedDriver.java:43
  wire shown_eq_5_or_shown_eq_6 = shown_eq_5 | shown_eq_6; // LedDriver.java:43
  wire shown_eq_3 = shown == 3'd3;               // LedDriver.java:43
  wire shown_eq_3_and_blink = shown_eq_3 & blink; // LedDriver.java:43
  wire shown_eq_5_or_shown_eq_6_or_shown_eq_3 = shown_eq_5_or_shown_eq_6 | shown_eq_3_and_blink; // LedDriver.java:43
  assign state = shown;                          // LedDriver.java:41
  assign green = shown_eq_1_or_shown_eq_2_or_shown_eq_4; // LedDriver.java:42
  assign amber = shown_eq_5_or_shown_eq_6_or_shown_eq_3; // LedDriver.java:43
  always @(posedge clk) begin                    // LedDriver.java:32
    if (rst) begin
      shown <= 3'd0;                             // LedDriver.java:32
    end else begin
      if (failStop) begin                        // LedDriver.java:35
        shown <= 3'd6;                           // LedDriver.java:35
      end else if (offline) begin                // LedDriver.java:36
        shown <= 3'd5;                           // LedDriver.java:36
      end else if (diagnosing) begin             // LedDriver.java:37
        shown <= 3'd3;                           // LedDriver.java:37
      end else if (cpuState_eq_2) begin          // LedDriver.java:38
        shown <= 3'd4;                           // LedDriver.java:38
      end else if (duplex) begin                 // LedDriver.java:39
        shown <= 3'd1;                           // LedDriver.java:39
      end else begin
        shown <= 3'd2;                           // LedDriver.java:40
      end
    end
  end
endmodule
