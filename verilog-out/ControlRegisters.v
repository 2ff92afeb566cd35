// ControlRegisters: generated from dev.gemini.registers.ControlRegisters by hdl-dsl. Do not edit; run `make rtl`.
module ControlRegisters (                        // ControlRegisters.java:44
  input  wire reqValid,                          // ControlRegisters.java:22
  input  wire reqWrite,                          // ControlRegisters.java:23
  input  wire [7:0] reqAddress,                  // ControlRegisters.java:24
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] reqData,                    // ControlRegisters.java:25
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire clk,                               // ControlRegisters.java:44
  input  wire rst,                               // ControlRegisters.java:44
  output wire respValid,                         // ControlRegisters.java:26
  output wire [31:0] respData,                   // ControlRegisters.java:27
  output wire respError,                         // ControlRegisters.java:28
  output wire acceptedWrite,                     // ControlRegisters.java:31
  output wire refused,                           // ControlRegisters.java:33
  output wire [7:0] refusedAccess_address,       // ControlRegisters.java:34
  output wire refusedAccess_write,               // ControlRegisters.java:34
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
  input  wire [31:0] status_DM_BLACKOUT_CYCLES   // ControlRegisters.java:47
);
  reg  respValid_reg;                            // ControlRegisters.java:26
  reg  [31:0] respData_reg;                      // ControlRegisters.java:27
  reg  refused_reg;                              // ControlRegisters.java:33
  wire [5:0] applyWord = applyAddress[7:2];      // ControlRegisters.java:60
  reg  [31:0] r_CONTROL;                         // ControlRegisters.java:65
  wire applyWord_eq_1 = applyWord == 6'd1;       // ControlRegisters.java:121
  wire hit = applyValid & applyWord_eq_1;        // ControlRegisters.java:121
  reg  [31:0] r_IRQ_STATUS;                      // ControlRegisters.java:70
  wire applyWord_eq_3 = applyWord == 6'd3;       // ControlRegisters.java:121
  wire hit_1 = applyValid & applyWord_eq_3;      // ControlRegisters.java:121
  wire [31:0] not_applyData = ~applyData;        // ControlRegisters.java:71
  wire [31:0] r_IRQ_STATUS_and_not_applyData = r_IRQ_STATUS & not_applyData; // ControlRegisters.java:71
  wire [31:0] cleared = hit_1 ? r_IRQ_STATUS_and_not_applyData : r_IRQ_STATUS; // ControlRegisters.java:71
  wire [31:0] cleared_or_set_IRQ_STATUS = cleared | set_IRQ_STATUS; // ControlRegisters.java:72
  reg  [31:0] r_IRQ_ENABLE;                      // ControlRegisters.java:65
  wire applyWord_eq_4 = applyWord == 6'd4;       // ControlRegisters.java:121
  wire hit_2 = applyValid & applyWord_eq_4;      // ControlRegisters.java:121
  wire applyWord_eq_5 = applyWord == 6'd5;       // ControlRegisters.java:121
  wire hit_3 = applyValid & applyWord_eq_5;      // ControlRegisters.java:121
  reg  [31:0] r_ERROR_CAPACITY;                  // ControlRegisters.java:65
  wire applyWord_eq_8 = applyWord == 6'd8;       // ControlRegisters.java:121
  wire hit_4 = applyValid & applyWord_eq_8;      // ControlRegisters.java:121
  reg  [31:0] r_ERROR_PERIOD;                    // ControlRegisters.java:65
  wire applyWord_eq_9 = applyWord == 6'd9;       // ControlRegisters.java:121
  wire hit_5 = applyValid & applyWord_eq_9;      // ControlRegisters.java:121
  reg  [31:0] r_HEARTBEAT_TIMEOUT;               // ControlRegisters.java:65
  wire applyWord_eq_10 = applyWord == 6'd10;     // ControlRegisters.java:121
  wire hit_6 = applyValid & applyWord_eq_10;     // ControlRegisters.java:121
  wire applyWord_eq_40 = applyWord == 6'd40;     // ControlRegisters.java:121
  wire hit_7 = applyValid & applyWord_eq_40;     // ControlRegisters.java:121
  wire [5:0] word = reqAddress[7:2];             // ControlRegisters.java:83
  reg  [31:0] readValue;                         // ControlRegisters.java:84
  reg  mapped;                                   // ControlRegisters.java:85
  reg  writable;                                 // ControlRegisters.java:86
  wire not_writable = ~writable;                 // ControlRegisters.java:103
  wire not_mapped = ~mapped;                     // ControlRegisters.java:103
  wire mux_reqWrite = reqWrite ? not_writable : not_mapped; // ControlRegisters.java:103
  wire bad = reqValid & mux_reqWrite;            // ControlRegisters.java:103
  wire [31:0] mux_reqWrite_1 = reqWrite ? 32'd0 : readValue; // ControlRegisters.java:105
  reg  [7:0] badAddress;                         // ControlRegisters.java:107
  reg  badWrite;                                 // ControlRegisters.java:108
  wire reqValid_and_reqWrite = reqValid & reqWrite; // ControlRegisters.java:114
  wire reqValid_and_reqWrite_and_writable = reqValid_and_reqWrite & writable; // ControlRegisters.java:114
  always @(posedge clk) begin                    // ControlRegisters.java:26
    if (rst) begin
      respValid_reg <= 1'd0;                     // ControlRegisters.java:26
    end else begin
      respValid_reg <= reqValid;                 // ControlRegisters.java:104
    end
  end
  assign respValid = respValid_reg;              // ControlRegisters.java:26
  always @(posedge clk) begin                    // ControlRegisters.java:27
    if (rst) begin
      respData_reg <= 32'd0;                     // ControlRegisters.java:27
    end else begin
      if (reqValid) begin                        // ControlRegisters.java:105
        respData_reg <= mux_reqWrite_1;          // ControlRegisters.java:105
      end
    end
  end
  assign respData = respData_reg;                // ControlRegisters.java:27
  assign respError = refused_reg;                // ControlRegisters.java:115
  assign acceptedWrite = reqValid_and_reqWrite_and_writable; // ControlRegisters.java:114
  always @(posedge clk) begin                    // ControlRegisters.java:33
    if (rst) begin
      refused_reg <= 1'd0;                       // ControlRegisters.java:33
    end else begin
      refused_reg <= bad;                        // ControlRegisters.java:106
    end
  end
  assign refused = refused_reg;                  // ControlRegisters.java:33
  assign refusedAccess_address = badAddress;     // ControlRegisters.java:116
  assign refusedAccess_write = badWrite;         // ControlRegisters.java:116
  assign reg_CONTROL = r_CONTROL;                // ControlRegisters.java:67
  assign reg_IRQ_STATUS = r_IRQ_STATUS;          // ControlRegisters.java:73
  assign reg_IRQ_ENABLE = r_IRQ_ENABLE;          // ControlRegisters.java:67
  assign cmd_COMMAND = applyData;                // ControlRegisters.java:76
  assign cmd_COMMAND_write = hit_3;              // ControlRegisters.java:77
  assign reg_ERROR_CAPACITY = r_ERROR_CAPACITY;  // ControlRegisters.java:67
  assign reg_ERROR_PERIOD = r_ERROR_PERIOD;      // ControlRegisters.java:67
  assign reg_HEARTBEAT_TIMEOUT = r_HEARTBEAT_TIMEOUT; // ControlRegisters.java:67
  assign cmd_DM_COMMAND = applyData;             // ControlRegisters.java:76
  assign cmd_DM_COMMAND_write = hit_7;           // ControlRegisters.java:77
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_CONTROL <= 32'd0;                        // ControlRegisters.java:65
    end else begin
      if (hit) begin                             // ControlRegisters.java:66
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
      if (hit_2) begin                           // ControlRegisters.java:66
        r_IRQ_ENABLE <= applyData;               // ControlRegisters.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_ERROR_CAPACITY <= 32'd4;                 // ControlRegisters.java:65
    end else begin
      if (hit_4) begin                           // ControlRegisters.java:66
        r_ERROR_CAPACITY <= applyData;           // ControlRegisters.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_ERROR_PERIOD <= 32'd4096;                // ControlRegisters.java:65
    end else begin
      if (hit_5) begin                           // ControlRegisters.java:66
        r_ERROR_PERIOD <= applyData;             // ControlRegisters.java:66
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:65
    if (rst) begin
      r_HEARTBEAT_TIMEOUT <= 32'd16;             // ControlRegisters.java:65
    end else begin
      if (hit_6) begin                           // ControlRegisters.java:66
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
  always @(posedge clk) begin                    // ControlRegisters.java:107
    if (rst) begin
      badAddress <= 8'd0;                        // ControlRegisters.java:107
    end else begin
      if (bad) begin                             // ControlRegisters.java:109
        badAddress <= reqAddress;                // ControlRegisters.java:110
      end
    end
  end
  always @(posedge clk) begin                    // ControlRegisters.java:108
    if (rst) begin
      badWrite <= 1'd0;                          // ControlRegisters.java:108
    end else begin
      if (bad) begin                             // ControlRegisters.java:109
        badWrite <= reqWrite;                    // ControlRegisters.java:111
      end
    end
  end
endmodule
