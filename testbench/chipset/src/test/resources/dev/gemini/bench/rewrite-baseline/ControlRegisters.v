// ControlRegisters: generated from dev.gemini.registers.ControlRegisters by hdl-dsl. Do not edit; run `make rtl`.
module ControlRegisters (                        // ControlRegisters.java:44
  input  wire reqValid,                          // ControlRegisters.java:22
  input  wire reqWrite,                          // ControlRegisters.java:23
  input  wire [7:0] reqAddress,                  // ControlRegisters.java:24
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] reqData,                    // ControlRegisters.java:25
  /* verilator lint_on UNUSEDSIGNAL */
  output wire respValid,                         // ControlRegisters.java:26
  output wire [31:0] respData,                   // ControlRegisters.java:27
  output wire respError,                         // ControlRegisters.java:28
  output wire acceptedWrite,                     // ControlRegisters.java:31
  output wire refused,                           // ControlRegisters.java:33
  output wire [8:0] refusedAddress,              // ControlRegisters.java:34
  input  wire applyValid,                        // ControlRegisters.java:36
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [7:0] applyAddress,                // ControlRegisters.java:37
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire [31:0] applyData,                  // ControlRegisters.java:38
  input  wire [31:0] status_ID,                  // ControlRegisters.java:47
  output wire [31:0] reg_CONTROL,                // ControlRegisters.java:48
  input  wire [31:0] status_STATUS,              // ControlRegisters.java:47
  input  wire [31:0] set_IRQ_STATUS,             // ControlRegisters.java:50
  output wire [31:0] reg_IRQ_STATUS,             // ControlRegisters.java:51
  output wire [31:0] reg_IRQ_ENABLE,             // ControlRegisters.java:48
  output wire [31:0] cmd_COMMAND,                // ControlRegisters.java:54
  output wire cmd_COMMAND_write,                 // ControlRegisters.java:55
  input  wire [31:0] status_SUBSYSTEM_STATE,     // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LEVEL,         // ControlRegisters.java:47
  output wire [31:0] reg_ERROR_CAPACITY,         // ControlRegisters.java:48
  output wire [31:0] reg_ERROR_PERIOD,           // ControlRegisters.java:48
  output wire [31:0] reg_HEARTBEAT_TIMEOUT,      // ControlRegisters.java:48
  input  wire [31:0] status_LED,                 // ControlRegisters.java:47
  input  wire [31:0] status_COUNT_COMPARED,      // ControlRegisters.java:47
  input  wire [31:0] status_COUNT_MISMATCHES,    // ControlRegisters.java:47
  input  wire [31:0] status_COUNT_CORRECTABLE,   // ControlRegisters.java:47
  input  wire [31:0] status_COUNT_ISOLATIONS,    // ControlRegisters.java:47
  input  wire [31:0] status_MISMATCH_CYCLE,      // ControlRegisters.java:47
  input  wire [31:0] status_MISMATCH_FIELDS,     // ControlRegisters.java:47
  input  wire [31:0] status_MISMATCH_SYNDROME_LO, // ControlRegisters.java:47
  input  wire [31:0] status_MISMATCH_SYNDROME_HI, // ControlRegisters.java:47
  input  wire [31:0] status_MISMATCH_M0_LO,      // ControlRegisters.java:47
  input  wire [31:0] status_MISMATCH_M0_HI,      // ControlRegisters.java:47
  input  wire [31:0] status_MISMATCH_M1_LO,      // ControlRegisters.java:47
  input  wire [31:0] status_MISMATCH_M1_HI,      // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_COUNT,     // ControlRegisters.java:47
  input  wire [31:0] status_CYCLE,               // ControlRegisters.java:47
  input  wire [31:0] status_CSR_ERROR_ADDRESS,   // ControlRegisters.java:47
  input  wire [31:0] status_CLOCKING,            // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_0,         // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_1,         // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_2,         // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_3,         // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_4,         // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_5,         // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_6,         // ControlRegisters.java:47
  input  wire [31:0] status_ERROR_LOG_7,         // ControlRegisters.java:47
  output wire [31:0] cmd_DM_COMMAND,             // ControlRegisters.java:54
  output wire cmd_DM_COMMAND_write,              // ControlRegisters.java:55
  input  wire [31:0] status_DM_STATUS,           // ControlRegisters.java:47
  input  wire [31:0] status_DM_PASSES,           // ControlRegisters.java:47
  input  wire [31:0] status_DM_LAST_COPIED,      // ControlRegisters.java:47
  input  wire [31:0] status_DM_LAST_DIRTIED,     // ControlRegisters.java:47
  input  wire [31:0] status_DM_DIRTY_PAGES,      // ControlRegisters.java:47
  input  wire [31:0] status_DM_FAIL_ADDRESS,     // ControlRegisters.java:47
  input  wire [31:0] status_DM_BLACKOUT_CYCLES,  // ControlRegisters.java:47
  input  wire clk,                               // ControlRegisters.java:44
  input  wire rst                                // ControlRegisters.java:44
);
  wire [5:0] applyWord = applyAddress[7:2];      // ControlRegisters.java:60
  wire applyWord_eq_0 = applyWord == 6'd0;       // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit = applyValid & applyWord_eq_0;        // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_1 = applyWord == 6'd1;       // ControlRegisters.java:62
  wire hit_1 = applyValid & applyWord_eq_1;      // ControlRegisters.java:62
  reg  [31:0] r_CONTROL;                         // ControlRegisters.java:65
  wire applyWord_eq_2 = applyWord == 6'd2;       // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_2 = applyValid & applyWord_eq_2;      // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_3 = applyWord == 6'd3;       // ControlRegisters.java:62
  wire hit_3 = applyValid & applyWord_eq_3;      // ControlRegisters.java:62
  reg  [31:0] r_IRQ_STATUS;                      // ControlRegisters.java:70
  wire [31:0] not_applyData = ~applyData;        // ControlRegisters.java:71
  wire [31:0] r_IRQ_STATUS_and_not_applyData = r_IRQ_STATUS & not_applyData; // ControlRegisters.java:71
  wire [31:0] cleared = hit_3 ? r_IRQ_STATUS_and_not_applyData : r_IRQ_STATUS; // ControlRegisters.java:71
  wire [31:0] cleared_or_set_IRQ_STATUS = cleared | set_IRQ_STATUS; // ControlRegisters.java:72
  wire applyWord_eq_4 = applyWord == 6'd4;       // ControlRegisters.java:62
  wire hit_4 = applyValid & applyWord_eq_4;      // ControlRegisters.java:62
  reg  [31:0] r_IRQ_ENABLE;                      // ControlRegisters.java:65
  wire applyWord_eq_5 = applyWord == 6'd5;       // ControlRegisters.java:62
  wire hit_5 = applyValid & applyWord_eq_5;      // ControlRegisters.java:62
  wire applyWord_eq_6 = applyWord == 6'd6;       // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_6 = applyValid & applyWord_eq_6;      // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_7 = applyWord == 6'd7;       // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_7 = applyValid & applyWord_eq_7;      // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_8 = applyWord == 6'd8;       // ControlRegisters.java:62
  wire hit_8 = applyValid & applyWord_eq_8;      // ControlRegisters.java:62
  reg  [31:0] r_ERROR_CAPACITY;                  // ControlRegisters.java:65
  wire applyWord_eq_9 = applyWord == 6'd9;       // ControlRegisters.java:62
  wire hit_9 = applyValid & applyWord_eq_9;      // ControlRegisters.java:62
  reg  [31:0] r_ERROR_PERIOD;                    // ControlRegisters.java:65
  wire applyWord_eq_10 = applyWord == 6'd10;     // ControlRegisters.java:62
  wire hit_10 = applyValid & applyWord_eq_10;    // ControlRegisters.java:62
  reg  [31:0] r_HEARTBEAT_TIMEOUT;               // ControlRegisters.java:65
  wire applyWord_eq_11 = applyWord == 6'd11;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_11 = applyValid & applyWord_eq_11;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_12 = applyWord == 6'd12;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_12 = applyValid & applyWord_eq_12;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_13 = applyWord == 6'd13;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_13 = applyValid & applyWord_eq_13;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_14 = applyWord == 6'd14;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_14 = applyValid & applyWord_eq_14;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_15 = applyWord == 6'd15;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_15 = applyValid & applyWord_eq_15;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_16 = applyWord == 6'd16;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_16 = applyValid & applyWord_eq_16;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_17 = applyWord == 6'd17;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_17 = applyValid & applyWord_eq_17;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_18 = applyWord == 6'd18;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_18 = applyValid & applyWord_eq_18;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_19 = applyWord == 6'd19;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_19 = applyValid & applyWord_eq_19;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_20 = applyWord == 6'd20;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_20 = applyValid & applyWord_eq_20;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_21 = applyWord == 6'd21;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_21 = applyValid & applyWord_eq_21;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_22 = applyWord == 6'd22;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_22 = applyValid & applyWord_eq_22;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_23 = applyWord == 6'd23;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_23 = applyValid & applyWord_eq_23;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_24 = applyWord == 6'd24;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_24 = applyValid & applyWord_eq_24;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_25 = applyWord == 6'd25;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_25 = applyValid & applyWord_eq_25;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_26 = applyWord == 6'd26;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_26 = applyValid & applyWord_eq_26;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_27 = applyWord == 6'd27;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_27 = applyValid & applyWord_eq_27;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_32 = applyWord == 6'd32;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_28 = applyValid & applyWord_eq_32;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_33 = applyWord == 6'd33;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_29 = applyValid & applyWord_eq_33;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_34 = applyWord == 6'd34;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_30 = applyValid & applyWord_eq_34;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_35 = applyWord == 6'd35;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_31 = applyValid & applyWord_eq_35;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_36 = applyWord == 6'd36;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_32 = applyValid & applyWord_eq_36;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_37 = applyWord == 6'd37;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_33 = applyValid & applyWord_eq_37;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_38 = applyWord == 6'd38;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_34 = applyValid & applyWord_eq_38;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_39 = applyWord == 6'd39;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_35 = applyValid & applyWord_eq_39;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_40 = applyWord == 6'd40;     // ControlRegisters.java:62
  wire hit_36 = applyValid & applyWord_eq_40;    // ControlRegisters.java:62
  wire applyWord_eq_41 = applyWord == 6'd41;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_37 = applyValid & applyWord_eq_41;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_42 = applyWord == 6'd42;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_38 = applyValid & applyWord_eq_42;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_43 = applyWord == 6'd43;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_39 = applyValid & applyWord_eq_43;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_44 = applyWord == 6'd44;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_40 = applyValid & applyWord_eq_44;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_45 = applyWord == 6'd45;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_41 = applyValid & applyWord_eq_45;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_46 = applyWord == 6'd46;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_42 = applyValid & applyWord_eq_46;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire applyWord_eq_47 = applyWord == 6'd47;     // ControlRegisters.java:62
  /* verilator lint_off UNUSEDSIGNAL */
  wire hit_43 = applyValid & applyWord_eq_47;    // ControlRegisters.java:62
  /* verilator lint_on UNUSEDSIGNAL */
  wire [5:0] word = reqAddress[7:2];             // ControlRegisters.java:83
  reg  [31:0] readValue;                         // ControlRegisters.java:84
  reg  mapped;                                   // ControlRegisters.java:85
  reg  writable;                                 // ControlRegisters.java:86
  wire not_writable = ~writable;                 // ControlRegisters.java:103
  wire not_mapped = ~mapped;                     // ControlRegisters.java:103
  wire mux_reqWrite = reqWrite ? not_writable : not_mapped; // ControlRegisters.java:103
  wire bad = reqValid & mux_reqWrite;            // ControlRegisters.java:103
  reg  answered;                                 // ControlRegisters.java:105
  reg  [31:0] answer;                            // ControlRegisters.java:107
  wire [31:0] mux_reqWrite_1 = reqWrite ? 32'd0 : readValue; // ControlRegisters.java:108
  reg  wasBad;                                   // ControlRegisters.java:109
  reg  [8:0] badAddress;                         // ControlRegisters.java:111
  wire [8:0] cat_reqWrite_reqAddress = {reqWrite, reqAddress}; // ControlRegisters.java:112
  wire reqValid_and_reqWrite = reqValid & reqWrite; // ControlRegisters.java:114
  wire reqValid_and_reqWrite_and_writable = reqValid_and_reqWrite & writable; // ControlRegisters.java:114
  assign respValid = answered;                   // ControlRegisters.java:115
  assign respData = answer;                      // ControlRegisters.java:116
  assign respError = wasBad;                     // ControlRegisters.java:117
  assign acceptedWrite = reqValid_and_reqWrite_and_writable; // ControlRegisters.java:114
  assign refused = wasBad;                       // ControlRegisters.java:118
  assign refusedAddress = badAddress;            // ControlRegisters.java:119
  assign reg_CONTROL = r_CONTROL;                // ControlRegisters.java:67
  assign reg_IRQ_STATUS = r_IRQ_STATUS;          // ControlRegisters.java:73
  assign reg_IRQ_ENABLE = r_IRQ_ENABLE;          // ControlRegisters.java:67
  assign cmd_COMMAND = applyData;                // ControlRegisters.java:76
  assign cmd_COMMAND_write = hit_5;              // ControlRegisters.java:77
  assign reg_ERROR_CAPACITY = r_ERROR_CAPACITY;  // ControlRegisters.java:67
  assign reg_ERROR_PERIOD = r_ERROR_PERIOD;      // ControlRegisters.java:67
  assign reg_HEARTBEAT_TIMEOUT = r_HEARTBEAT_TIMEOUT; // ControlRegisters.java:67
  assign cmd_DM_COMMAND = applyData;             // ControlRegisters.java:76
  assign cmd_DM_COMMAND_write = hit_36;          // ControlRegisters.java:77
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_CONTROL <= 32'd0;                        // ControlRegisters.java:65
    end else begin
      if (hit_1) begin                           // ControlRegisters.java:66
        r_CONTROL <= applyData;                  // ControlRegisters.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:70
    if (rst) begin
      r_IRQ_STATUS <= 32'd0;                     // ControlRegisters.java:70
    end else begin
      r_IRQ_STATUS <= cleared_or_set_IRQ_STATUS; // ControlRegisters.java:72
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_IRQ_ENABLE <= 32'd0;                     // ControlRegisters.java:65
    end else begin
      if (hit_4) begin                           // ControlRegisters.java:66
        r_IRQ_ENABLE <= applyData;               // ControlRegisters.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_ERROR_CAPACITY <= 32'd4;                 // ControlRegisters.java:65
    end else begin
      if (hit_8) begin                           // ControlRegisters.java:66
        r_ERROR_CAPACITY <= applyData;           // ControlRegisters.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_ERROR_PERIOD <= 32'd4096;                // ControlRegisters.java:65
    end else begin
      if (hit_9) begin                           // ControlRegisters.java:66
        r_ERROR_PERIOD <= applyData;             // ControlRegisters.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_HEARTBEAT_TIMEOUT <= 32'd16;             // ControlRegisters.java:65
    end else begin
      if (hit_10) begin                          // ControlRegisters.java:66
        r_HEARTBEAT_TIMEOUT <= applyData;        // ControlRegisters.java:66
      end
    end
  end
  always @(*) begin                              // ControlRegisters.java:84
    readValue = 32'hffffffff;                    // ControlRegisters.java:87
    case (word)                                  // ControlRegisters.java:90
      6'd0: begin
        readValue = status_ID;                   // ControlRegisters.java:95
      end
      6'd1: begin
        readValue = reg_CONTROL;                 // ControlRegisters.java:95
      end
      6'd2: begin
        readValue = status_STATUS;               // ControlRegisters.java:95
      end
      6'd3: begin
        readValue = reg_IRQ_STATUS;              // ControlRegisters.java:95
      end
      6'd4: begin
        readValue = reg_IRQ_ENABLE;              // ControlRegisters.java:95
      end
      6'd5: begin
        readValue = 32'd0;                       // ControlRegisters.java:95
      end
      6'd6: begin
        readValue = status_SUBSYSTEM_STATE;      // ControlRegisters.java:95
      end
      6'd7: begin
        readValue = status_ERROR_LEVEL;          // ControlRegisters.java:95
      end
      6'd8: begin
        readValue = reg_ERROR_CAPACITY;          // ControlRegisters.java:95
      end
      6'd9: begin
        readValue = reg_ERROR_PERIOD;            // ControlRegisters.java:95
      end
      6'd10: begin
        readValue = reg_HEARTBEAT_TIMEOUT;       // ControlRegisters.java:95
      end
      6'd11: begin
        readValue = status_LED;                  // ControlRegisters.java:95
      end
      6'd12: begin
        readValue = status_COUNT_COMPARED;       // ControlRegisters.java:95
      end
      6'd13: begin
        readValue = status_COUNT_MISMATCHES;     // ControlRegisters.java:95
      end
      6'd14: begin
        readValue = status_COUNT_CORRECTABLE;    // ControlRegisters.java:95
      end
      6'd15: begin
        readValue = status_COUNT_ISOLATIONS;     // ControlRegisters.java:95
      end
      6'd16: begin
        readValue = status_MISMATCH_CYCLE;       // ControlRegisters.java:95
      end
      6'd17: begin
        readValue = status_MISMATCH_FIELDS;      // ControlRegisters.java:95
      end
      6'd18: begin
        readValue = status_MISMATCH_SYNDROME_LO; // ControlRegisters.java:95
      end
      6'd19: begin
        readValue = status_MISMATCH_SYNDROME_HI; // ControlRegisters.java:95
      end
      6'd20: begin
        readValue = status_MISMATCH_M0_LO;       // ControlRegisters.java:95
      end
      6'd21: begin
        readValue = status_MISMATCH_M0_HI;       // ControlRegisters.java:95
      end
      6'd22: begin
        readValue = status_MISMATCH_M1_LO;       // ControlRegisters.java:95
      end
      6'd23: begin
        readValue = status_MISMATCH_M1_HI;       // ControlRegisters.java:95
      end
      6'd24: begin
        readValue = status_ERROR_LOG_COUNT;      // ControlRegisters.java:95
      end
      6'd25: begin
        readValue = status_CYCLE;                // ControlRegisters.java:95
      end
      6'd26: begin
        readValue = status_CSR_ERROR_ADDRESS;    // ControlRegisters.java:95
      end
      6'd27: begin
        readValue = status_CLOCKING;             // ControlRegisters.java:95
      end
      6'd32: begin
        readValue = status_ERROR_LOG_0;          // ControlRegisters.java:95
      end
      6'd33: begin
        readValue = status_ERROR_LOG_1;          // ControlRegisters.java:95
      end
      6'd34: begin
        readValue = status_ERROR_LOG_2;          // ControlRegisters.java:95
      end
      6'd35: begin
        readValue = status_ERROR_LOG_3;          // ControlRegisters.java:95
      end
      6'd36: begin
        readValue = status_ERROR_LOG_4;          // ControlRegisters.java:95
      end
      6'd37: begin
        readValue = status_ERROR_LOG_5;          // ControlRegisters.java:95
      end
      6'd38: begin
        readValue = status_ERROR_LOG_6;          // ControlRegisters.java:95
      end
      6'd39: begin
        readValue = status_ERROR_LOG_7;          // ControlRegisters.java:95
      end
      6'd40: begin
        readValue = 32'd0;                       // ControlRegisters.java:95
      end
      6'd41: begin
        readValue = status_DM_STATUS;            // ControlRegisters.java:95
      end
      6'd42: begin
        readValue = status_DM_PASSES;            // ControlRegisters.java:95
      end
      6'd43: begin
        readValue = status_DM_LAST_COPIED;       // ControlRegisters.java:95
      end
      6'd44: begin
        readValue = status_DM_LAST_DIRTIED;      // ControlRegisters.java:95
      end
      6'd45: begin
        readValue = status_DM_DIRTY_PAGES;       // ControlRegisters.java:95
      end
      6'd46: begin
        readValue = status_DM_FAIL_ADDRESS;      // ControlRegisters.java:95
      end
      6'd47: begin
        readValue = status_DM_BLACKOUT_CYCLES;   // ControlRegisters.java:95
      end
      default: begin
      end
    endcase
  end
  always @(*) begin                              // ControlRegisters.java:85
    mapped = 1'd0;                               // ControlRegisters.java:88
    case (word)                                  // ControlRegisters.java:90
      6'd0: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd1: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd2: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd3: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd4: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd5: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd6: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd7: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd8: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd9: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd10: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd11: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd12: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd13: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd14: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd15: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd16: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd17: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd18: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd19: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd20: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd21: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd22: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd23: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd24: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd25: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd26: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd27: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd32: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd33: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd34: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd35: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd36: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd37: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd38: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd39: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd40: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd41: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd42: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd43: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd44: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd45: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd46: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      6'd47: begin
        mapped = 1'd1;                           // ControlRegisters.java:93
      end
      default: begin
      end
    endcase
  end
  always @(*) begin                              // ControlRegisters.java:86
    writable = 1'd0;                             // ControlRegisters.java:89
    case (word)                                  // ControlRegisters.java:90
      6'd0: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd1: begin
        writable = 1'd1;                         // ControlRegisters.java:94
      end
      6'd2: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd3: begin
        writable = 1'd1;                         // ControlRegisters.java:94
      end
      6'd4: begin
        writable = 1'd1;                         // ControlRegisters.java:94
      end
      6'd5: begin
        writable = 1'd1;                         // ControlRegisters.java:94
      end
      6'd6: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd7: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd8: begin
        writable = 1'd1;                         // ControlRegisters.java:94
      end
      6'd9: begin
        writable = 1'd1;                         // ControlRegisters.java:94
      end
      6'd10: begin
        writable = 1'd1;                         // ControlRegisters.java:94
      end
      6'd11: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd12: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd13: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd14: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd15: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd16: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd17: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd18: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd19: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd20: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd21: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd22: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd23: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd24: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd25: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd26: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd27: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd32: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd33: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd34: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd35: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd36: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd37: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd38: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd39: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd40: begin
        writable = 1'd1;                         // ControlRegisters.java:94
      end
      6'd41: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd42: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd43: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd44: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd45: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd46: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      6'd47: begin
        writable = 1'd0;                         // ControlRegisters.java:94
      end
      default: begin
      end
    endcase
  end
  always @(posedge clk) begin                    // ControlRegisters.java:105
    if (rst) begin
      answered <= 1'd0;                          // ControlRegisters.java:105
    end else begin
      answered <= reqValid;                      // ControlRegisters.java:106
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:107
    if (rst) begin
      answer <= 32'd0;                           // ControlRegisters.java:107
    end else begin
      if (reqValid) begin                        // ControlRegisters.java:108
        answer <= mux_reqWrite_1;                // ControlRegisters.java:108
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:109
    if (rst) begin
      wasBad <= 1'd0;                            // ControlRegisters.java:109
    end else begin
      wasBad <= bad;                             // ControlRegisters.java:110
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:111
    if (rst) begin
      badAddress <= 9'd0;                        // ControlRegisters.java:111
    end else begin
      if (bad) begin                             // ControlRegisters.java:112
        badAddress <= cat_reqWrite_reqAddress;   // ControlRegisters.java:112
      end
    end
  end
endmodule
