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
  wire write = reqValid & reqWrite;              // MachineTimer.java:47
  reg  [31:0] read;                              // MachineTimer.java:48
  reg  known;                                    // MachineTimer.java:49
  wire msip_cast = msip;                         // MachineTimer.java:54
  wire [31:0] msip_cast_ext = {31'd0, msip_cast}; // MachineTimer.java:54
  wire reqMask_0 = reqMask[0];                   // MachineTimer.java:55
  wire write_and_reqMask_0 = write & reqMask_0;  // MachineTimer.java:55
  wire reqData_0 = reqData[0];                   // MachineTimer.java:55
  wire [31:0] mtimecmp_31_0 = mtimecmp[31:0];    // MachineTimer.java:58
  wire [31:0] mtimecmp_63_32 = mtimecmp[63:32];  // MachineTimer.java:59
  wire [31:0] mtimecmp_31_0_1 = mtimecmp[31:0];  // MachineTimer.java:59
  wire reqMask_3 = reqMask[3];                   // MachineTimer.java:87
  wire [7:0] mux_reqMask_3 = reqMask_3 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_2 = reqMask[2];                   // MachineTimer.java:87
  wire [7:0] mux_reqMask_2 = reqMask_2 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_1 = reqMask[1];                   // MachineTimer.java:87
  wire [7:0] mux_reqMask_1 = reqMask_1 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_0_1 = reqMask[0];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_0_1 = reqMask_0_1 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire [31:0] byteMask = {mux_reqMask_3, mux_reqMask_2, mux_reqMask_1, mux_reqMask_0_1}; // MachineTimer.java:87
  wire [31:0] not_byteMask = ~byteMask;          // MachineTimer.java:88
  wire [31:0] mtimecmp_31_0_1_and_not_byteMask = mtimecmp_31_0_1 & not_byteMask; // MachineTimer.java:88
  wire [31:0] reqData_and_byteMask = reqData & byteMask; // MachineTimer.java:88
  wire [31:0] mtimecmp_31_0_1_and_not_byteMask_or = mtimecmp_31_0_1_and_not_byteMask | reqData_and_byteMask; // MachineTimer.java:88
  wire [63:0] cat_mtimecmp_63_32_mtimecmp_31_0_1_and = {mtimecmp_63_32, mtimecmp_31_0_1_and_not_byteMask_or}; // MachineTimer.java:59
  wire [31:0] mtimecmp_63_32_1 = mtimecmp[63:32]; // MachineTimer.java:62
  wire [31:0] mtimecmp_63_32_2 = mtimecmp[63:32]; // MachineTimer.java:63
  wire reqMask_3_1 = reqMask[3];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_3_1 = reqMask_3_1 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_2_1 = reqMask[2];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_2_1 = reqMask_2_1 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_1_1 = reqMask[1];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_1_1 = reqMask_1_1 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_0_2 = reqMask[0];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_0_2 = reqMask_0_2 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire [31:0] byteMask_1 = {mux_reqMask_3_1, mux_reqMask_2_1, mux_reqMask_1_1, mux_reqMask_0_2}; // MachineTimer.java:87
  wire [31:0] not_byteMask_1 = ~byteMask_1;      // MachineTimer.java:88
  wire [31:0] mtimecmp_63_32_2_and_not_byteMask_1 = mtimecmp_63_32_2 & not_byteMask_1; // MachineTimer.java:88
  wire [31:0] reqData_and_byteMask_1 = reqData & byteMask_1; // MachineTimer.java:88
  wire [31:0] mtimecmp_63_32_2_and_not_byteMask_1_or = mtimecmp_63_32_2_and_not_byteMask_1 | reqData_and_byteMask_1; // MachineTimer.java:88
  wire [31:0] mtimecmp_31_0_2 = mtimecmp[31:0];  // MachineTimer.java:63
  wire [63:0] cat_mtimecmp_63_32_2_and_not_byteMask_1 = {mtimecmp_63_32_2_and_not_byteMask_1_or, mtimecmp_31_0_2}; // MachineTimer.java:63
  wire [31:0] mtime_31_0 = mtime[31:0];          // MachineTimer.java:66
  wire [31:0] mtime_63_32 = mtime[63:32];        // MachineTimer.java:67
  wire [31:0] mtime_31_0_1 = mtime[31:0];        // MachineTimer.java:67
  wire reqMask_3_2 = reqMask[3];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_3_2 = reqMask_3_2 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_2_2 = reqMask[2];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_2_2 = reqMask_2_2 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_1_2 = reqMask[1];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_1_2 = reqMask_1_2 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_0_3 = reqMask[0];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_0_3 = reqMask_0_3 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire [31:0] byteMask_2 = {mux_reqMask_3_2, mux_reqMask_2_2, mux_reqMask_1_2, mux_reqMask_0_3}; // MachineTimer.java:87
  wire [31:0] not_byteMask_2 = ~byteMask_2;      // MachineTimer.java:88
  wire [31:0] mtime_31_0_1_and_not_byteMask_2 = mtime_31_0_1 & not_byteMask_2; // MachineTimer.java:88
  wire [31:0] reqData_and_byteMask_2 = reqData & byteMask_2; // MachineTimer.java:88
  wire [31:0] mtime_31_0_1_and_not_byteMask_2_or = mtime_31_0_1_and_not_byteMask_2 | reqData_and_byteMask_2; // MachineTimer.java:88
  wire [63:0] cat_mtime_63_32_mtime_31_0_1_and_not = {mtime_63_32, mtime_31_0_1_and_not_byteMask_2_or}; // MachineTimer.java:67
  wire [31:0] mtime_63_32_1 = mtime[63:32];      // MachineTimer.java:70
  wire [31:0] mtime_63_32_2 = mtime[63:32];      // MachineTimer.java:71
  wire reqMask_3_3 = reqMask[3];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_3_3 = reqMask_3_3 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_2_3 = reqMask[2];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_2_3 = reqMask_2_3 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_1_3 = reqMask[1];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_1_3 = reqMask_1_3 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire reqMask_0_4 = reqMask[0];                 // MachineTimer.java:87
  wire [7:0] mux_reqMask_0_4 = reqMask_0_4 ? 8'd255 : 8'd0; // MachineTimer.java:92
  wire [31:0] byteMask_3 = {mux_reqMask_3_3, mux_reqMask_2_3, mux_reqMask_1_3, mux_reqMask_0_4}; // MachineTimer.java:87
  wire [31:0] not_byteMask_3 = ~byteMask_3;      // MachineTimer.java:88
  wire [31:0] mtime_63_32_2_and_not_byteMask_3 = mtime_63_32_2 & not_byteMask_3; // MachineTimer.java:88
  wire [31:0] reqData_and_byteMask_3 = reqData & byteMask_3; // MachineTimer.java:88
  wire [31:0] mtime_63_32_2_and_not_byteMask_3_or = mtime_63_32_2_and_not_byteMask_3 | reqData_and_byteMask_3; // MachineTimer.java:88
  wire [31:0] mtime_31_0_2 = mtime[31:0];        // MachineTimer.java:71
  wire [63:0] cat_mtime_63_32_2_and_not_byteMask_3_or = {mtime_63_32_2_and_not_byteMask_3_or, mtime_31_0_2}; // MachineTimer.java:71
  wire not_known = ~known;                       // MachineTimer.java:77
  wire [1:0] reqOffset_1_0 = reqOffset[1:0];     // MachineTimer.java:77
  wire reqOffset_1_0_ne_0 = reqOffset_1_0 != 2'd0; // MachineTimer.java:77
  wire not_known_or_reqOffset_1_0_ne_0 = not_known | reqOffset_1_0_ne_0; // MachineTimer.java:77
  wire answered_and_refused = answered & refused; // MachineTimer.java:80
  wire mtime_ge_mtimecmp = mtime >= mtimecmp;    // MachineTimer.java:81
  assign respValid = answered;                   // MachineTimer.java:78
  assign respData = answer;                      // MachineTimer.java:79
  assign respError = answered_and_refused;       // MachineTimer.java:80
  assign irqTimer = mtime_ge_mtimecmp;           // MachineTimer.java:81
  assign irqSoftware = msip;                     // MachineTimer.java:82
  always @(posedge clk) begin                    // MachineTimer.java:38
    if (rst) begin
      mtime <= 64'd0;                            // MachineTimer.java:38
    end else begin
      mtime <= mtime_add_1;                      // MachineTimer.java:45
      case (word)                                // MachineTimer.java:52
        14'd0: begin
        end
        14'd4096: begin
        end
        14'd4097: begin
        end
        14'd12286: begin
          if (write) begin                       // MachineTimer.java:67
            mtime <= cat_mtime_63_32_mtime_31_0_1_and_not; // MachineTimer.java:67
          end
        end
        14'd12287: begin
          if (write) begin                       // MachineTimer.java:71
            mtime <= cat_mtime_63_32_2_and_not_byteMask_3_or; // MachineTimer.java:71
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
        14'd0: begin
        end
        14'd4096: begin
          if (write) begin                       // MachineTimer.java:59
            mtimecmp <= cat_mtimecmp_63_32_mtimecmp_31_0_1_and; // MachineTimer.java:59
          end
        end
        14'd4097: begin
          if (write) begin                       // MachineTimer.java:63
            mtimecmp <= cat_mtimecmp_63_32_2_and_not_byteMask_1; // MachineTimer.java:63
          end
        end
        14'd12286: begin
        end
        14'd12287: begin
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
      case (word)                                // MachineTimer.java:52
        14'd0: begin
          if (write_and_reqMask_0) begin         // MachineTimer.java:55
            msip <= reqData_0;                   // MachineTimer.java:55
          end
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
        end
      endcase
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:41
    if (rst) begin
      answered <= 1'd0;                          // MachineTimer.java:41
    end else begin
      answered <= reqValid;                      // MachineTimer.java:75
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:42
    if (rst) begin
      answer <= 32'd0;                           // MachineTimer.java:42
    end else begin
      answer <= read;                            // MachineTimer.java:76
    end
  end
  always @(posedge clk) begin                    // MachineTimer.java:43
    if (rst) begin
      refused <= 1'd0;                           // MachineTimer.java:43
    end else begin
      refused <= not_known_or_reqOffset_1_0_ne_0; // MachineTimer.java:77
    end
  end
  always @(*) begin                              // MachineTimer.java:48
    read = 32'd0;                                // MachineTimer.java:50
    case (word)                                  // MachineTimer.java:52
      14'd0: begin
        read = msip_cast_ext;                    // MachineTimer.java:54
      end
      14'd4096: begin
        read = mtimecmp_31_0;                    // MachineTimer.java:58
      end
      14'd4097: begin
        read = mtimecmp_63_32_1;                 // MachineTimer.java:62
      end
      14'd12286: begin
        read = mtime_31_0;                       // MachineTimer.java:66
      end
      14'd12287: begin
        read = mtime_63_32_1;                    // MachineTimer.java:70
      end
      default: begin
      end
    endcase
  end
  always @(*) begin                              // MachineTimer.java:49
    known = 1'd1;                                // MachineTimer.java:51
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
        known = 1'd0;                            // MachineTimer.java:73
      end
    endcase
  end
endmodule
