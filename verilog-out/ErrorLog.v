// ErrorLog: generated from dev.gemini.registers.ErrorLog by hdl-dsl. Do not edit; run `make rtl`.
module ErrorLog (                                // ErrorLog.java:25
  input  wire valid,                             // ErrorLog.java:18
  input  wire [2:0] event_,                      // ErrorLog.java:19
  input  wire [1:0] subsystem,                   // ErrorLog.java:20
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] cycle,                      // ErrorLog.java:21
  /* verilator lint_on UNUSEDSIGNAL */
  output wire [2:0] entries_0_event,             // ErrorLog.java:22
  output wire [1:0] entries_0_subsystem,         // ErrorLog.java:22
  output wire [26:0] entries_0_cycle,            // ErrorLog.java:22
  output wire [2:0] entries_1_event,             // ErrorLog.java:22
  output wire [1:0] entries_1_subsystem,         // ErrorLog.java:22
  output wire [26:0] entries_1_cycle,            // ErrorLog.java:22
  output wire [2:0] entries_2_event,             // ErrorLog.java:22
  output wire [1:0] entries_2_subsystem,         // ErrorLog.java:22
  output wire [26:0] entries_2_cycle,            // ErrorLog.java:22
  output wire [2:0] entries_3_event,             // ErrorLog.java:22
  output wire [1:0] entries_3_subsystem,         // ErrorLog.java:22
  output wire [26:0] entries_3_cycle,            // ErrorLog.java:22
  output wire [2:0] entries_4_event,             // ErrorLog.java:22
  output wire [1:0] entries_4_subsystem,         // ErrorLog.java:22
  output wire [26:0] entries_4_cycle,            // ErrorLog.java:22
  output wire [2:0] entries_5_event,             // ErrorLog.java:22
  output wire [1:0] entries_5_subsystem,         // ErrorLog.java:22
  output wire [26:0] entries_5_cycle,            // ErrorLog.java:22
  output wire [2:0] entries_6_event,             // ErrorLog.java:22
  output wire [1:0] entries_6_subsystem,         // ErrorLog.java:22
  output wire [26:0] entries_6_cycle,            // ErrorLog.java:22
  output wire [2:0] entries_7_event,             // ErrorLog.java:22
  output wire [1:0] entries_7_subsystem,         // ErrorLog.java:22
  output wire [26:0] entries_7_cycle,            // ErrorLog.java:22
  input  wire clk,                               // ErrorLog.java:25
  input  wire rst,                               // ErrorLog.java:25
  output wire [31:0] count                       // ErrorLog.java:23
);
  reg  [31:0] count_reg;                         // ErrorLog.java:23
  wire [2:0] next = count_reg[2:0];              // ErrorLog.java:28
  wire [26:0] cycle_26_0 = cycle[26:0];          // ErrorLog.java:29
  wire [31:0] entry = {event_, subsystem, cycle_26_0}; // Register.java:107
  reg  [31:0] entry_0;                           // ErrorLog.java:31
  wire next_eq_0 = next == 3'd0;                 // ErrorLog.java:32
  wire valid_and_next_eq_0 = valid & next_eq_0;  // ErrorLog.java:32
  wire [2:0] values_0 = entry_0[31:29];          // Register.java:79
  wire [1:0] values_1 = entry_0[28:27];          // Register.java:79
  wire [26:0] values_2 = entry_0[26:0];          // Register.java:79
  reg  [31:0] entry_1;                           // ErrorLog.java:31
  wire next_eq_1 = next == 3'd1;                 // ErrorLog.java:32
  wire valid_and_next_eq_1 = valid & next_eq_1;  // ErrorLog.java:32
  wire [2:0] values_3 = entry_1[31:29];          // Register.java:79
  wire [1:0] values_4 = entry_1[28:27];          // Register.java:79
  wire [26:0] values_5 = entry_1[26:0];          // Register.java:79
  reg  [31:0] entry_2;                           // ErrorLog.java:31
  wire next_eq_2 = next == 3'd2;                 // ErrorLog.java:32
  wire valid_and_next_eq_2 = valid & next_eq_2;  // ErrorLog.java:32
  wire [2:0] values_6 = entry_2[31:29];          // Register.java:79
  wire [1:0] values_7 = entry_2[28:27];          // Register.java:79
  wire [26:0] values_8 = entry_2[26:0];          // Register.java:79
  reg  [31:0] entry_3;                           // ErrorLog.java:31
  wire next_eq_3 = next == 3'd3;                 // ErrorLog.java:32
  wire valid_and_next_eq_3 = valid & next_eq_3;  // ErrorLog.java:32
  wire [2:0] values_9 = entry_3[31:29];          // Register.java:79
  wire [1:0] values_10 = entry_3[28:27];         // Register.java:79
  wire [26:0] values_11 = entry_3[26:0];         // Register.java:79
  reg  [31:0] entry_4;                           // ErrorLog.java:31
  wire next_eq_4 = next == 3'd4;                 // ErrorLog.java:32
  wire valid_and_next_eq_4 = valid & next_eq_4;  // ErrorLog.java:32
  wire [2:0] values_12 = entry_4[31:29];         // Register.java:79
  wire [1:0] values_13 = entry_4[28:27];         // Register.java:79
  wire [26:0] values_14 = entry_4[26:0];         // Register.java:79
  reg  [31:0] entry_5;                           // ErrorLog.java:31
  wire next_eq_5 = next == 3'd5;                 // ErrorLog.java:32
  wire valid_and_next_eq_5 = valid & next_eq_5;  // ErrorLog.java:32
  wire [2:0] values_15 = entry_5[31:29];         // Register.java:79
  wire [1:0] values_16 = entry_5[28:27];         // Register.java:79
  wire [26:0] values_17 = entry_5[26:0];         // Register.java:79
  reg  [31:0] entry_6;                           // ErrorLog.java:31
  wire next_eq_6 = next == 3'd6;                 // ErrorLog.java:32
  wire valid_and_next_eq_6 = valid & next_eq_6;  // ErrorLog.java:32
  wire [2:0] values_18 = entry_6[31:29];         // Register.java:79
  wire [1:0] values_19 = entry_6[28:27];         // Register.java:79
  wire [26:0] values_20 = entry_6[26:0];         // Register.java:79
  reg  [31:0] entry_7;                           // ErrorLog.java:31
  wire next_eq_7 = next == 3'd7;                 // ErrorLog.java:32
  wire valid_and_next_eq_7 = valid & next_eq_7;  // ErrorLog.java:32
  wire [2:0] values_21 = entry_7[31:29];         // Register.java:79
  wire [1:0] values_22 = entry_7[28:27];         // Register.java:79
  wire [26:0] values_23 = entry_7[26:0];         // Register.java:79
  wire [31:0] count_reg_add_1 = count_reg + 32'd1; // ErrorLog.java:35
  assign entries_0_event = values_0;             // ErrorLog.java:33
  assign entries_0_subsystem = values_1;         // ErrorLog.java:33
  assign entries_0_cycle = values_2;             // ErrorLog.java:33
  assign entries_1_event = values_3;             // ErrorLog.java:33
  assign entries_1_subsystem = values_4;         // ErrorLog.java:33
  assign entries_1_cycle = values_5;             // ErrorLog.java:33
  assign entries_2_event = values_6;             // ErrorLog.java:33
  assign entries_2_subsystem = values_7;         // ErrorLog.java:33
  assign entries_2_cycle = values_8;             // ErrorLog.java:33
  assign entries_3_event = values_9;             // ErrorLog.java:33
  assign entries_3_subsystem = values_10;        // ErrorLog.java:33
  assign entries_3_cycle = values_11;            // ErrorLog.java:33
  assign entries_4_event = values_12;            // ErrorLog.java:33
  assign entries_4_subsystem = values_13;        // ErrorLog.java:33
  assign entries_4_cycle = values_14;            // ErrorLog.java:33
  assign entries_5_event = values_15;            // ErrorLog.java:33
  assign entries_5_subsystem = values_16;        // ErrorLog.java:33
  assign entries_5_cycle = values_17;            // ErrorLog.java:33
  assign entries_6_event = values_18;            // ErrorLog.java:33
  assign entries_6_subsystem = values_19;        // ErrorLog.java:33
  assign entries_6_cycle = values_20;            // ErrorLog.java:33
  assign entries_7_event = values_21;            // ErrorLog.java:33
  assign entries_7_subsystem = values_22;        // ErrorLog.java:33
  assign entries_7_cycle = values_23;            // ErrorLog.java:33
  always @(posedge clk) begin                    // ErrorLog.java:23
    if (rst) begin
      count_reg <= 32'd0;                        // ErrorLog.java:23
    end else begin
      if (valid) begin                           // ErrorLog.java:35
        count_reg <= count_reg_add_1;            // ErrorLog.java:35
      end
    end
  end
  assign count = count_reg;                      // ErrorLog.java:23
  always @(posedge clk) begin                    // ErrorLog.java:31
    if (rst) begin
      entry_0 <= 32'd0;                          // ErrorLog.java:31
    end else begin
      if (valid_and_next_eq_0) begin             // ErrorLog.java:32
        entry_0 <= entry;                        // ErrorLog.java:32
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:31
    if (rst) begin
      entry_1 <= 32'd0;                          // ErrorLog.java:31
    end else begin
      if (valid_and_next_eq_1) begin             // ErrorLog.java:32
        entry_1 <= entry;                        // ErrorLog.java:32
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:31
    if (rst) begin
      entry_2 <= 32'd0;                          // ErrorLog.java:31
    end else begin
      if (valid_and_next_eq_2) begin             // ErrorLog.java:32
        entry_2 <= entry;                        // ErrorLog.java:32
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:31
    if (rst) begin
      entry_3 <= 32'd0;                          // ErrorLog.java:31
    end else begin
      if (valid_and_next_eq_3) begin             // ErrorLog.java:32
        entry_3 <= entry;                        // ErrorLog.java:32
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:31
    if (rst) begin
      entry_4 <= 32'd0;                          // ErrorLog.java:31
    end else begin
      if (valid_and_next_eq_4) begin             // ErrorLog.java:32
        entry_4 <= entry;                        // ErrorLog.java:32
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:31
    if (rst) begin
      entry_5 <= 32'd0;                          // ErrorLog.java:31
    end else begin
      if (valid_and_next_eq_5) begin             // ErrorLog.java:32
        entry_5 <= entry;                        // ErrorLog.java:32
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:31
    if (rst) begin
      entry_6 <= 32'd0;                          // ErrorLog.java:31
    end else begin
      if (valid_and_next_eq_6) begin             // ErrorLog.java:32
        entry_6 <= entry;                        // ErrorLog.java:32
      end
    end
  end
  always @(posedge clk) begin                    // ErrorLog.java:31
    if (rst) begin
      entry_7 <= 32'd0;                          // ErrorLog.java:31
    end else begin
      if (valid_and_next_eq_7) begin             // ErrorLog.java:32
        entry_7 <= entry;                        // ErrorLog.java:32
      end
    end
  end
endmodule
