// LedDriver: generated from dev.gemini.isolation.LedDriver by hdl-dsl. Do not edit; run `make rtl`.
module LedDriver (                               // LedDriver.java:23
  input  wire [1:0] cpuState,                    // LedDriver.java:14
  input  wire [1:0] ioState,                     // LedDriver.java:15
  input  wire duplex,                            // LedDriver.java:16
  input  wire failStop,                          // LedDriver.java:17
  input  wire blink,                             // LedDriver.java:18
  input  wire clk,                               // LedDriver.java:23
  input  wire rst,                               // LedDriver.java:23
  output wire [2:0] state,                       // LedDriver.java:19
  output wire green,                             // LedDriver.java:20
  output wire amber                              // LedDriver.java:21
);
  /* verilator lint_off UNUSEDPARAM */
  localparam [2:0] LedState_OFF = 3'd0;          // LedDriver.java:19
  localparam [2:0] LedState_DUPLEX = 3'd1;       // LedDriver.java:19
  localparam [2:0] LedState_SIMPLEX = 3'd2;      // LedDriver.java:19
  localparam [2:0] LedState_DIAGNOSING = 3'd3;   // LedDriver.java:19
  localparam [2:0] LedState_RESYNCING = 3'd4;    // LedDriver.java:19
  localparam [2:0] LedState_OFFLINE = 3'd5;      // LedDriver.java:19
  localparam [2:0] LedState_FAIL_STOP = 3'd6;    // LedDriver.java:19
  localparam [1:0] SubsystemState_ONLINE = 2'd0; // LedDriver.java:24
  localparam [1:0] SubsystemState_DIAGNOSING = 2'd1; // LedDriver.java:24
  localparam [1:0] SubsystemState_RESYNCING = 2'd2; // LedDriver.java:24
  localparam [1:0] SubsystemState_OFFLINE = 2'd3; // LedDriver.java:24
  /* verilator lint_on UNUSEDPARAM */
  reg  [2:0] state_reg;                          // LedDriver.java:19
  wire cpuState_eq_OFFLINE = cpuState == SubsystemState_OFFLINE; // LedDriver.java:24
  wire ioState_eq_OFFLINE = ioState == SubsystemState_OFFLINE; // LedDriver.java:24
  wire offline = cpuState_eq_OFFLINE | ioState_eq_OFFLINE; // LedDriver.java:24
  wire cpuState_eq_DIAGNOSING = cpuState == SubsystemState_DIAGNOSING; // LedDriver.java:25
  wire ioState_eq_DIAGNOSING = ioState == SubsystemState_DIAGNOSING; // LedDriver.java:25
  wire diagnosing = cpuState_eq_DIAGNOSING | ioState_eq_DIAGNOSING; // LedDriver.java:25
  wire cpuState_eq_RESYNCING = cpuState == SubsystemState_RESYNCING; // LedDriver.java:29
  wire state_reg_eq_DUPLEX = state_reg == LedState_DUPLEX; // LedDriver.java:32
  wire state_reg_eq_SIMPLEX = state_reg == LedState_SIMPLEX; // LedDriver.java:32
  wire state_reg_eq_DUPLEX_or_state_reg_eq = state_reg_eq_DUPLEX | state_reg_eq_SIMPLEX; // LedDriver.java:32
  wire state_reg_eq_RESYNCING = state_reg == LedState_RESYNCING; // LedDriver.java:32
  wire state_reg_eq_RESYNCING_and_blink = state_reg_eq_RESYNCING & blink; // LedDriver.java:32
  wire state_reg_eq_DUPLEX_or_state_reg_eq_or = state_reg_eq_DUPLEX_or_state_reg_eq | state_reg_eq_RESYNCING_and_blink; // LedDriver.java:32
  wire state_reg_eq_OFFLINE = state_reg == LedState_OFFLINE; // LedDriver.java:33
  wire state_reg_eq_FAIL_STOP = state_reg == LedState_FAIL_STOP; // LedDriver.java:33
  wire state_reg_eq_OFFLINE_or_state_reg_eq = state_reg_eq_OFFLINE | state_reg_eq_FAIL_STOP; // LedDriver.java:33
  wire state_reg_eq_DIAGNOSING = state_reg == LedState_DIAGNOSING; // LedDriver.java:34
  wire state_reg_eq_DIAGNOSING_and_blink = state_reg_eq_DIAGNOSING & blink; // LedDriver.java:34
  wire state_reg_eq_OFFLINE_or_state_reg_eq_or = state_reg_eq_OFFLINE_or_state_reg_eq | state_reg_eq_DIAGNOSING_and_blink; // LedDriver.java:34
  always @(posedge clk) begin                    // LedDriver.java:19
    if (rst) begin
      state_reg <= LedState_OFF;                 // LedDriver.java:19
    end else begin
      if (failStop) begin                        // LedDriver.java:26
        state_reg <= LedState_FAIL_STOP;         // LedDriver.java:26
      end else if (offline) begin                // LedDriver.java:27
        state_reg <= LedState_OFFLINE;           // LedDriver.java:27
      end else if (diagnosing) begin             // LedDriver.java:28
        state_reg <= LedState_DIAGNOSING;        // LedDriver.java:28
      end else if (cpuState_eq_RESYNCING) begin  // LedDriver.java:29
        state_reg <= LedState_RESYNCING;         // LedDriver.java:29
      end else if (duplex) begin                 // LedDriver.java:30
        state_reg <= LedState_DUPLEX;            // LedDriver.java:30
      end else begin
        state_reg <= LedState_SIMPLEX;           // LedDriver.java:31
      end
    end
  end
  assign state = state_reg;                      // LedDriver.java:19
  assign green = state_reg_eq_DUPLEX_or_state_reg_eq_or; // LedDriver.java:32
  assign amber = state_reg_eq_OFFLINE_or_state_reg_eq_or; // LedDriver.java:33
endmodule
