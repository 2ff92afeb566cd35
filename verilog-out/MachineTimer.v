// MachineTimer: generated from dev.gemini.cpu.MachineTimer by hdl-dsl. Do not edit; run `make rtl`.
module MachineTimer (                            // MachineTimer.java:37
  input  wire reqValid,                          // MachineTimer.java:24
  input  wire reqWrite,                          // MachineTimer.java:25
  input  wire [15:0] reqOffset,                  // MachineTimer.java:27
  input  wire [31:0] reqData,                    // MachineTimer.java:28
  input  wire [3:0] reqMask,                     // MachineTimer.java:29
  output wire respValid,                         // MachineTimer.java:31
  output wire [31:0] respData,                   // MachineTimer.java:32
  output wire respError,                         // MachineTimer.java:33
  output wire irqTimer,                          // MachineTimer.java:34
  output wire irqSoftware,                       // MachineTimer.java:35
  input  wire clk,                               // MachineTimer.java:37
  input  wire rst                                // MachineTimer.java:37
);
  reg  [63:0] mtime;                             // MachineTimer.java:38
  reg  [63:0] mtimecmp;                          // MachineTimer.java:39
  reg  msip;                                     // MachineTimer.java:40
  reg  answered;                                 // MachineTimer.java:41
  reg  [31:0] answer;                            // MachineTimer.java:42
  reg  refused;                                  // MachineTimer.java:43
  wire [63:0] mtime_add_1 = mtime + 64'd1;       // MachineTimer.java:45
  wire [13:0] word = reqOffset[15:2];            // MachineTimer.java:46
  wire [1:0] reqOffset_1_0 = reqOffset[1:0];     // MachineTimer.java:47
  wire aligned = reqOffset_1_0 == 2'd0;          // MachineTimer.java:47
  wire reqValid_and_reqWrite = reqValid & reqWrite; // MachineTimer.java:49
  wire write = reqValid_and_reqWrite & aligned;  // MachineTimer.java:49
  reg  [31:0] read;                              // MachineTimer.java:50
  reg  known;                                    // MachineTimer.java:51
  wire reqMask_3 = reqMask[3];                   // MachineTimer.java:86
  wire [7:0] mux_reqMask_3 = reqMask_3 ? 8'd255 : 8'd0; // MachineTimer.java:90
  wire reqMask_2 = reqMask[2];                   // MachineTimer.java:86
  wire [7:0] mux_reqMask_2 = reqMask_2 ? 8'd255 : 8'd0; // MachineTimer.java:90
  wire reqMask_1 = reqMask[1];                   // MachineTimer.java:86
  wire [7:0] mux_reqMask_1 = reqMask_1 ? 8'd255 : 8'd0; // MachineTimer.java:90
  wire reqMask_0 = reqMask[0];                   // MachineTimer.java:86
  wire [7:0] mux_reqMask_0 = reqMask_0 ? 8'd255 : 8'd0; // MachineTimer.java:90
  wire [31:0] byteMask = {mux_reqMask_3, mux_reqMask_2, mux_reqMask_1, mux_reqMask_0}; // MachineTimer.java:86
  wire msip_cast = msip;                         // MachineTimer.java:57
  wire [31:0] msip_cast_ext = {31'd0, msip_cast}; // MachineTimer.java:57
  wire reqMask_0_1 = reqMask[0];                 // MachineTimer.java:58
  wire write_and_reqMask_0_1 = write & reqMask_0_1; // MachineTimer.java:58
  wire reqData_0 = reqData[0];                   // MachineTimer.java:58
  wire [31:0] current = mtimecmp[31:0];          // Words.java:13
  wire [31:0] not_byteMask = ~byteMask;          // MachineTimer.java:80
  wire [31:0] current_and_not_byteMask = current & not_byteMask; // MachineTimer.java:80
  wire [31:0] reqData_and_byteMask = reqData & byteMask; // MachineTimer.java:80
  wire [31:0] merged = current_and_not_byteMask | reqData_and_byteMask; // MachineTimer.java:80
  wire [31:0] mtimecmp_63_32 = mtimecmp[63:32];  // Words.java:18
  wire [63:0] cat_mtimecmp_63_32_merged = {mtimecmp_63_32, merged}; // Words.java:18
  wire [31:0] current_1 = mtimecmp[63:32];       // Words.java:13
  wire [31:0] not_byteMask_1 = ~byteMask;        // MachineTimer.java:80
  wire [31:0] current_1_and_not_byteMask_1 = current_1 & not_byteMask_1; // MachineTimer.java:80
  wire [31:0] reqData_and_byteMask_1 = reqData & byteMask; // MachineTimer.java:80
  wire [31:0] merged_1 = current_1_and_not_byteMask_1 | reqData_and_byteMask_1; // MachineTimer.java:80
  wire [31:0] mtimecmp_31_0 = mtimecmp[31:0];    // Words.java:18
  wire [63:0] cat_merged_1_mtimecmp_31_0 = {merged_1, mtimecmp_31_0}; // Words.java:18
  wire [31:0] current_2 = mtime[31:0];           // Words.java:13
  wire [31:0] not_byteMask_2 = ~byteMask;        // MachineTimer.java:80
  wire [31:0] current_2_and_not_byteMask_2 = current_2 & not_byteMask_2; // MachineTimer.java:80
  wire [31:0] reqData_and_byteMask_2 = reqData & byteMask; // MachineTimer.java:80
  wire [31:0] merged_2 = current_2_and_not_byteMask_2 | reqData_and_byteMask_2; // MachineTimer.java:80
  wire [31:0] mtime_63_32 = mtime[63:32];        // Words.java:18
  wire [63:0] cat_mtime_63_32_merged_2 = {mtime_63_32, merged_2}; // Words.java:18
  wire [31:0] current_3 = mtime[63:32];          // Words.java:13
  wire [31:0] not_byteMask_3 = ~byteMask;        // MachineTimer.java:80
  wire [31:0] current_3_and_not_byteMask_3 = current_3 & not_byteMask_3; // MachineTimer.java:80
  wire [31:0] reqData_and_byteMask_3 = reqData & byteMask; // MachineTimer.java:80
  wire [31:0] merged_3 = current_3_and_not_byteMask_3 | reqData_and_byteMask_3; // MachineTimer.java:80
  wire [31:0] mtime_31_0 = mtime[31:0];          // Words.java:18
  wire [63:0] cat_merged_3_mtime_31_0 = {merged_3, mtime_31_0}; // Words.java:18
  wire not_known = ~known;                       // MachineTimer.java:68
  wire not_aligned = ~aligned;                   // MachineTimer.java:68
  wire not_known_or_not_aligned = not_known | not_aligned; // MachineTimer.java:68
  wire answered_and_refused = answered & refused; // MachineTimer.java:71
  wire mtime_ge_mtimecmp = mtime >= mtimecmp;    // MachineTimer.java:72
  assign respValid = answered;                   // MachineTimer.java:69
  assign respData = answer;                      // MachineTimer.java:70
  assign respError = answered_and_refused;       // MachineTimer.java:71
  assign irqTimer = mtime_ge_mtimecmp;           // MachineTimer.java:72
  assign irqSoftware = msip;                     // MachineTimer.java:73
  always @(posedge clk) begin                    // MachineTimer.java:38
    if (rst) begin
      mtime <= 64'd0;                            // MachineTimer.java:38
    end else begin
      mtime <= mtime_add_1;                      // MachineTimer.java:45
      case (word)                                // MachineTimer.java:55
        14'd12286: begin
          if (write) begin                       // MachineTimer.java:81
            mtime <= cat_mtime_63_32_merged_2;   // MachineTimer.java:81
          end
        end
        14'd12287: begin
          if (write) begin                       // MachineTimer.java:81
            mtime <= cat_merged_3_mtime_31_0;    // MachineTimer.java:81
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
      case (word)                                // MachineTimer.java:55
        14'd4096: begin
          if (write) begin                       // MachineTimer.java:81
            mtimecmp <= cat_mtimecmp_63_32_merged; // MachineTimer.java:81
          end
        end
        14'd4097: begin
          if (write) begin                       // MachineTimer.java:81
            mtimecmp <= cat_merged_1_mtimecmp_31_0; // MachineTimer.java:81
          end
        end
        default: begin
        end
      endcase
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:40
    if (rst) begin
      msip <= 1'd0;                              // MachineTimer.java:40
    end else begin
      case (word)                                // MachineTimer.java:55
        14'd0: begin
          if (write_and_reqMask_0_1) begin       // MachineTimer.java:58
            msip <= reqData_0;                   // MachineTimer.java:58
          end
        end
        default: begin
        end
      endcase
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:41
    if (rst) begin
      answered <= 1'd0;                          // MachineTimer.java:41
    end else begin
      answered <= reqValid;                      // MachineTimer.java:66
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:42
    if (rst) begin
      answer <= 32'd0;                           // MachineTimer.java:42
    end else begin
      answer <= read;                            // MachineTimer.java:67
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:43
    if (rst) begin
      refused <= 1'd0;                           // MachineTimer.java:43
    end else begin
      refused <= not_known_or_not_aligned;       // MachineTimer.java:68
    end
  end
  always @(*) begin                              // MachineTimer.java:50
    read = 32'd0;                                // MachineTimer.java:52
    case (word)                                  // MachineTimer.java:55
      14'd0: begin
        read = msip_cast_ext;                    // MachineTimer.java:57
      end
      14'd4096: begin
        read = current;                          // MachineTimer.java:79
      end
      14'd4097: begin
        read = current_1;                        // MachineTimer.java:79
      end
      14'd12286: begin
        read = current_2;                        // MachineTimer.java:79
      end
      14'd12287: begin
        read = current_3;                        // MachineTimer.java:79
      end
      default: begin
      end
    endcase
  end
  always @(*) begin                              // MachineTimer.java:51
    known = 1'd1;                                // MachineTimer.java:53
    case (word)                                  // MachineTimer.java:55
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
        known = 1'd0;                            // MachineTimer.java:64
      end
    endcase
  end
endmodule
