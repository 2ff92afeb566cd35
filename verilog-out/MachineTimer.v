// MachineTimer: generated from dev.gemini.cpu.MachineTimer by hdl-dsl. Do not edit; run `make rtl`.
module MachineTimer (                            // MachineTimer.java:37
  input  wire reqValid,                          // MachineTimer.java:24
  input  wire reqWrite,                          // MachineTimer.java:25
  input  wire [15:0] reqOffset,                  // MachineTimer.java:27
  input  wire [31:0] reqData,                    // MachineTimer.java:28
  input  wire [3:0] reqMask,                     // MachineTimer.java:29
  input  wire clk,                               // MachineTimer.java:37
  input  wire rst,                               // MachineTimer.java:37
  output wire respValid,                         // MachineTimer.java:31
  output wire [31:0] respData,                   // MachineTimer.java:32
  output wire respError,                         // MachineTimer.java:33
  output wire irqTimer,                          // MachineTimer.java:34
  output wire irqSoftware                        // MachineTimer.java:35
);
  reg  respValid_reg;                            // MachineTimer.java:31
  reg  [31:0] respData_reg;                      // MachineTimer.java:32
  reg  irqSoftware_reg;                          // MachineTimer.java:35
  reg  [63:0] mtime;                             // MachineTimer.java:38
  reg  [63:0] mtimecmp;                          // MachineTimer.java:39
  reg  refused;                                  // MachineTimer.java:40
  wire [63:0] mtime_add_1 = mtime + 64'd1;       // MachineTimer.java:42
  wire [13:0] word = reqOffset[15:2];            // MachineTimer.java:43
  wire [1:0] reqOffset_1_0 = reqOffset[1:0];     // MachineTimer.java:44
  wire aligned = reqOffset_1_0 == 2'd0;          // MachineTimer.java:44
  wire reqValid_and_reqWrite = reqValid & reqWrite; // MachineTimer.java:46
  wire write = reqValid_and_reqWrite & aligned;  // MachineTimer.java:46
  reg  [31:0] read;                              // MachineTimer.java:47
  reg  known;                                    // MachineTimer.java:48
  wire reqMask_3 = reqMask[3];                   // MachineTimer.java:80
  wire [7:0] mux_reqMask_3 = reqMask_3 ? 8'd255 : 8'd0; // MachineTimer.java:84
  wire reqMask_2 = reqMask[2];                   // MachineTimer.java:80
  wire [7:0] mux_reqMask_2 = reqMask_2 ? 8'd255 : 8'd0; // MachineTimer.java:84
  wire reqMask_1 = reqMask[1];                   // MachineTimer.java:80
  wire [7:0] mux_reqMask_1 = reqMask_1 ? 8'd255 : 8'd0; // MachineTimer.java:84
  wire reqMask_0 = reqMask[0];                   // MachineTimer.java:80
  wire [7:0] mux_reqMask_0 = reqMask_0 ? 8'd255 : 8'd0; // MachineTimer.java:84
  wire [31:0] byteMask = {mux_reqMask_3, mux_reqMask_2, mux_reqMask_1, mux_reqMask_0}; // MachineTimer.java:80
  wire irqSoftware_reg_cast = irqSoftware_reg;   // MachineTimer.java:54
  wire [31:0] irqSoftware_reg_cast_ext = {31'd0, irqSoftware_reg_cast}; // MachineTimer.java:54
  wire reqMask_0_1 = reqMask[0];                 // MachineTimer.java:55
  wire write_and_reqMask_0_1 = write & reqMask_0_1; // MachineTimer.java:55
  wire reqData_0 = reqData[0];                   // MachineTimer.java:55
  wire [31:0] current = mtimecmp[31:0];          // Words.java:13
  wire [31:0] not_byteMask = ~byteMask;          // MachineTimer.java:74
  wire [31:0] current_and_not_byteMask = current & not_byteMask; // MachineTimer.java:74
  wire [31:0] reqData_and_byteMask = reqData & byteMask; // MachineTimer.java:74
  wire [31:0] merged = current_and_not_byteMask | reqData_and_byteMask; // MachineTimer.java:74
  wire [31:0] mtimecmp_63_32 = mtimecmp[63:32];  // Words.java:18
  wire [63:0] cat_mtimecmp_63_32_merged = {mtimecmp_63_32, merged}; // Words.java:18
  wire [31:0] current_1 = mtimecmp[63:32];       // Words.java:13
  wire [31:0] not_byteMask_1 = ~byteMask;        // MachineTimer.java:74
  wire [31:0] current_1_and_not_byteMask_1 = current_1 & not_byteMask_1; // MachineTimer.java:74
  wire [31:0] reqData_and_byteMask_1 = reqData & byteMask; // MachineTimer.java:74
  wire [31:0] merged_1 = current_1_and_not_byteMask_1 | reqData_and_byteMask_1; // MachineTimer.java:74
  wire [31:0] mtimecmp_31_0 = mtimecmp[31:0];    // Words.java:18
  wire [63:0] cat_merged_1_mtimecmp_31_0 = {merged_1, mtimecmp_31_0}; // Words.java:18
  wire [31:0] current_2 = mtime[31:0];           // Words.java:13
  wire [31:0] not_byteMask_2 = ~byteMask;        // MachineTimer.java:74
  wire [31:0] current_2_and_not_byteMask_2 = current_2 & not_byteMask_2; // MachineTimer.java:74
  wire [31:0] reqData_and_byteMask_2 = reqData & byteMask; // MachineTimer.java:74
  wire [31:0] merged_2 = current_2_and_not_byteMask_2 | reqData_and_byteMask_2; // MachineTimer.java:74
  wire [31:0] mtime_63_32 = mtime[63:32];        // Words.java:18
  wire [63:0] cat_mtime_63_32_merged_2 = {mtime_63_32, merged_2}; // Words.java:18
  wire [31:0] current_3 = mtime[63:32];          // Words.java:13
  wire [31:0] not_byteMask_3 = ~byteMask;        // MachineTimer.java:74
  wire [31:0] current_3_and_not_byteMask_3 = current_3 & not_byteMask_3; // MachineTimer.java:74
  wire [31:0] reqData_and_byteMask_3 = reqData & byteMask; // MachineTimer.java:74
  wire [31:0] merged_3 = current_3_and_not_byteMask_3 | reqData_and_byteMask_3; // MachineTimer.java:74
  wire [31:0] mtime_31_0 = mtime[31:0];          // Words.java:18
  wire [63:0] cat_merged_3_mtime_31_0 = {merged_3, mtime_31_0}; // Words.java:18
  wire not_known = ~known;                       // MachineTimer.java:65
  wire not_aligned = ~aligned;                   // MachineTimer.java:65
  wire not_known_or_not_aligned = not_known | not_aligned; // MachineTimer.java:65
  wire respValid_reg_and_refused = respValid_reg & refused; // MachineTimer.java:66
  wire mtime_ge_mtimecmp = mtime >= mtimecmp;    // MachineTimer.java:67
  always @(posedge clk) begin                    // MachineTimer.java:31
    if (rst) begin
      respValid_reg <= 1'd0;                     // MachineTimer.java:31
    end else begin
      respValid_reg <= reqValid;                 // MachineTimer.java:63
    end
  end
  assign respValid = respValid_reg;              // MachineTimer.java:31
  always @(posedge clk) begin                    // MachineTimer.java:32
    if (rst) begin
      respData_reg <= 32'd0;                     // MachineTimer.java:32
    end else begin
      respData_reg <= read;                      // MachineTimer.java:64
    end
  end
  assign respData = respData_reg;                // MachineTimer.java:32
  assign respError = respValid_reg_and_refused;  // MachineTimer.java:66
  assign irqTimer = mtime_ge_mtimecmp;           // MachineTimer.java:67
  always @(posedge clk) begin                    // MachineTimer.java:35
    if (rst) begin
      irqSoftware_reg <= 1'd0;                   // MachineTimer.java:35
    end else begin
      case (word)                                // MachineTimer.java:52
        14'd0: begin
          if (write_and_reqMask_0_1) begin       // MachineTimer.java:55
            irqSoftware_reg <= reqData_0;        // MachineTimer.java:55
          end
        end
        default: begin
        end
      endcase
    end
  end
  assign irqSoftware = irqSoftware_reg;          // MachineTimer.java:35
  always @(posedge clk) begin                    // MachineTimer.java:38
    if (rst) begin
      mtime <= 64'd0;                            // MachineTimer.java:38
    end else begin
      mtime <= mtime_add_1;                      // MachineTimer.java:42
      case (word)                                // MachineTimer.java:52
        14'd12286: begin
          if (write) begin                       // MachineTimer.java:75
            mtime <= cat_mtime_63_32_merged_2;   // MachineTimer.java:75
          end
        end
        14'd12287: begin
          if (write) begin                       // MachineTimer.java:75
            mtime <= cat_merged_3_mtime_31_0;    // MachineTimer.java:75
          end
        end
        default: begin
        end
      endcase
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:39
    if (rst) begin
      mtimecmp <= 64'hffffffffffffffff;          // MachineTimer.java:39
    end else begin
      case (word)                                // MachineTimer.java:52
        14'd4096: begin
          if (write) begin                       // MachineTimer.java:75
            mtimecmp <= cat_mtimecmp_63_32_merged; // MachineTimer.java:75
          end
        end
        14'd4097: begin
          if (write) begin                       // MachineTimer.java:75
            mtimecmp <= cat_merged_1_mtimecmp_31_0; // MachineTimer.java:75
          end
        end
        default: begin
        end
      endcase
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:40
    if (rst) begin
      refused <= 1'd0;                           // MachineTimer.java:40
    end else begin
      refused <= not_known_or_not_aligned;       // MachineTimer.java:65
    end
  end
  always @(*) begin                              // MachineTimer.java:47
    read = 32'd0;                                // MachineTimer.java:49
    case (word)                                  // MachineTimer.java:52
      14'd0: begin
        read = irqSoftware_reg_cast_ext;         // MachineTimer.java:54
      end
      14'd4096: begin
        read = current;                          // MachineTimer.java:73
      end
      14'd4097: begin
        read = current_1;                        // MachineTimer.java:73
      end
      14'd12286: begin
        read = current_2;                        // MachineTimer.java:73
      end
      14'd12287: begin
        read = current_3;                        // MachineTimer.java:73
      end
      default: begin
      end
    endcase
  end
  always @(*) begin                              // MachineTimer.java:48
    known = 1'd1;                                // MachineTimer.java:50
    case (word)                                  // MachineTimer.java:52
      14'd0: begin
      end
      14'd4096: begin
      end
      14'd4097: begin
      end
      14'd12286: begin
      end
      14'd12287: begin
      end
      default: begin
        known = 1'd0;                            // MachineTimer.java:61
      end
    endcase
  end
endmodule
