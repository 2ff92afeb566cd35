// ErrorLog: generated from dev.gemini.registers.ErrorLog by hdl-dsl. Do not edit; run `make rtl`.
module ErrorLog (                                // ErrorLog.java:19
  input  wire valid,                             // ErrorLog.java:12
  input  wire [2:0] event_,                      // ErrorLog.java:13
  input  wire [1:0] subsystem,                   // ErrorLog.java:14
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] cycle,                      // ErrorLog.java:15
  /* verilator lint_on UNUSEDSIGNAL */
  output wire [31:0] entries_0,                  // ErrorLog.java:16
  output wire [31:0] entries_1,                  // ErrorLog.java:16
  output wire [31:0] entries_2,                  // ErrorLog.java:16
  output wire [31:0] entries_3,                  // ErrorLog.java:16
  output wire [31:0] entries_4,                  // ErrorLog.java:16
  output wire [31:0] entries_5,                  // ErrorLog.java:16
  output wire [31:0] entries_6,                  // ErrorLog.java:16
  output wire [31:0] entries_7,                  // ErrorLog.java:16
  output wire [31:0] count,                      // ErrorLog.java:17
  input  wire clk,                               // ErrorLog.java:19
  input  wire rst                                // ErrorLog.java:19
);
  reg  [31:0] entry_0;                           // ErrorLog.java:24
  reg  [31:0] entry_1;                           // ErrorLog.java:24
  reg  [31:0] entry_2;                           // ErrorLog.java:24
  reg  [31:0] entry_3;                           // ErrorLog.java:24
  reg  [31:0] entry_4;                           // ErrorLog.java:24
  reg  [31:0] entry_5;                           // ErrorLog.java:24
  reg  [31:0] entry_6;                           // ErrorLog.java:24
  reg  [31:0] entry_7;                           // ErrorLog.java:24
  reg  [31:0] logged;                            // ErrorLog.java:26
  wire [2:0] next = logged[2:0];                 // ErrorLog.java:27
  wire [26:0] cycle_26_0 = cycle[26:0];          // ErrorLog.java:28
  wire [31:0] entry = {event_, subsystem, cycle_26_0}; // ErrorLog.java:28
  wire next_eq_0 = next == 3'd0;                 // ErrorLog.java:31
  wire valid_and_next_eq_0 = valid & next_eq_0;  // ErrorLog.java:31
  wire next_eq_1 = next == 3'd1;                 // ErrorLog.java:31
  wire valid_and_next_eq_1 = valid & next_eq_1;  // ErrorLog.java:31
  wire next_eq_2 = next == 3'd2;                 // ErrorLog.java:31
  wire valid_and_next_eq_2 = valid & next_eq_2;  // ErrorLog.java:31
  wire next_eq_3 = next == 3'd3;                 // ErrorLog.java:31
  wire valid_and_next_eq_3 = valid & next_eq_3;  // ErrorLog.java:31
  wire next_eq_4 = next == 3'd4;                 // ErrorLog.java:31
  wire valid_and_next_eq_4 = valid & next_eq_4;  // ErrorLog.java:31
  wire next_eq_5 = next == 3'd5;                 // ErrorLog.java:31
  wire valid_and_next_eq_5 = valid & next_eq_5;  // ErrorLog.java:31
  wire next_eq_6 = next == 3'd6;                 // ErrorLog.java:31
  wire valid_and_next_eq_6 = valid & next_eq_6;  // ErrorLog.java:31
  wire next_eq_7 = next == 3'd7;                 // ErrorLog.java:31
  wire valid_and_next_eq_7 = valid & next_eq_7;  // ErrorLog.java:31
  wire [31:0] logged_add_1 = logged + 32'd1;     // ErrorLog.java:33
  assign entries_0 = entry_0;                    // ErrorLog.java:35
  assign entries_1 = entry_1;                    // ErrorLog.java:35
  assign entries_2 = entry_2;                    // ErrorLog.java:35
  assign entries_3 = entry_3;                    // ErrorLog.java:35
  assign entries_4 = entry_4;                    // ErrorLog.java:35
  assign entries_5 = entry_5;                    // ErrorLog.java:35
  assign entries_6 = entry_6;                    // ErrorLog.java:35
  assign entries_7 = entry_7;                    // ErrorLog.java:35
  assign count = logged;                         // ErrorLog.java:37
  always @(posedge clk) begin                    // ErrorLog.java:24
    if (rst) begin
      entry_0 <= 32'd0;                          // ErrorLog.java:24
    end else begin
      if (valid_and_next_eq_0) begin             // ErrorLog.java:31
        entry_0 <= entry;                        // ErrorLog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:24
    if (rst) begin
      entry_1 <= 32'd0;                          // ErrorLog.java:24
    end else begin
      if (valid_and_next_eq_1) begin             // ErrorLog.java:31
        entry_1 <= entry;                        // ErrorLog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:24
    if (rst) begin
      entry_2 <= 32'd0;                          // ErrorLog.java:24
    end else begin
      if (valid_and_next_eq_2) begin             // ErrorLog.java:31
        entry_2 <= entry;                        // ErrorLog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:24
    if (rst) begin
      entry_3 <= 32'd0;                          // ErrorLog.java:24
    end else begin
      if (valid_and_next_eq_3) begin             // ErrorLog.java:31
        entry_3 <= entry;                        // ErrorLog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:24
    if (rst) begin
      entry_4 <= 32'd0;                          // ErrorLog.java:24
    end else begin
      if (valid_and_next_eq_4) begin             // ErrorLog.java:31
        entry_4 <= entry;                        // ErrorLog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:24
    if (rst) begin
      entry_5 <= 32'd0;                          // ErrorLog.java:24
    end else begin
      if (valid_and_next_eq_5) begin             // ErrorLog.java:31
        entry_5 <= entry;                        // ErrorLog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:24
    if (rst) begin
      entry_6 <= 32'd0;                          // ErrorLog.java:24
    end else begin
      if (valid_and_next_eq_6) begin             // ErrorLog.java:31
        entry_6 <= entry;                        // ErrorLog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:24
    if (rst) begin
      entry_7 <= 32'd0;                          // ErrorLog.java:24
    end else begin
      if (valid_and_next_eq_7) begin             // ErrorLog.java:31
        entry_7 <= entry;                        // ErrorLog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:26
    if (rst) begin
      logged <= 32'd0;                           // ErrorLog.java:26
    end else begin
      if (valid) begin                           // ErrorLog.java:33
        logged <= logged_add_1;                  // ErrorLog.java:33
      end
    end
  end
endmodule
