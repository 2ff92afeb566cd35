// CsrFile: generated from dev.gemini.cpu.CsrFile by hdl-dsl. Do not edit; run `make rtl`.
module CsrFile (                                 // CsrFile.java:73
  input  wire [31:0] hartId,                     // CsrFile.java:46
  input  wire [11:0] address,                    // CsrFile.java:47
  input  wire write,                             // CsrFile.java:48
  input  wire [31:0] writeData,                  // CsrFile.java:49
  input  wire retire,                            // CsrFile.java:50
  input  wire unretire,                          // CsrFile.java:52
  input  wire trap,                              // CsrFile.java:53
  input  wire [31:0] trapCause,                  // CsrFile.java:54
  input  wire [31:0] trapPc,                     // CsrFile.java:55
  input  wire [31:0] trapValue,                  // CsrFile.java:56
  input  wire mret,                              // CsrFile.java:57
  input  wire irqExternal,                       // CsrFile.java:58
  input  wire irqTimer,                          // CsrFile.java:59
  input  wire irqSoftware,                       // CsrFile.java:60
  output wire [31:0] readData,                   // CsrFile.java:62
  output reg  exists,                            // CsrFile.java:64
  input  wire clk,                               // CsrFile.java:73
  input  wire rst,                               // CsrFile.java:73
  output wire [31:0] mtvec,                      // CsrFile.java:65
  output wire [31:0] mepc,                       // CsrFile.java:66
  output wire interrupt,                         // CsrFile.java:68
  output wire [31:0] interruptCause,             // CsrFile.java:69
  output wire wake                               // CsrFile.java:71
);
  reg  [31:0] mtvec_reg;                         // CsrFile.java:65
  reg  [31:0] mepc_reg;                          // CsrFile.java:66
  reg  mstatusMie;                               // CsrFile.java:74
  reg  mstatusMpie;                              // CsrFile.java:75
  reg  [31:0] mieBits;                           // CsrFile.java:76
  reg  [31:0] mscratch;                          // CsrFile.java:77
  reg  [31:0] mcause;                            // CsrFile.java:78
  reg  [31:0] mtval;                             // CsrFile.java:79
  reg  [63:0] mcycle;                            // CsrFile.java:80
  reg  [63:0] minstret;                          // CsrFile.java:81
  wire [31:0] mip = {20'd0, irqExternal, 3'd0, irqTimer, 3'd0, irqSoftware, 3'd0}; // CsrFile.java:84
  wire [31:0] mstatus = {19'd0, 2'd3, 3'd0, mstatusMpie, 3'd0, mstatusMie, 3'd0}; // CsrFile.java:85
  wire [31:0] pending = mip & mieBits;           // CsrFile.java:86
  reg  [31:0] value;                             // CsrFile.java:88
  wire [31:0] mcycle_31_0 = mcycle[31:0];        // CsrFile.java:102
  wire [31:0] minstret_31_0 = minstret[31:0];    // CsrFile.java:103
  wire [31:0] mcycle_63_32 = mcycle[63:32];      // CsrFile.java:104
  wire [31:0] minstret_63_32 = minstret[63:32];  // CsrFile.java:105
  wire [63:0] mcycle_add_1 = mcycle + 64'd1;     // CsrFile.java:111
  wire [63:0] minstret_add_1 = minstret + 64'd1; // CsrFile.java:112
  wire [63:0] minstret_sub_1 = minstret - 64'd1; // CsrFile.java:113
  wire writeData_3 = writeData[3];               // CsrFile.java:116
  wire writeData_7 = writeData[7];               // CsrFile.java:117
  wire [31:0] writeData_and_2184 = writeData & 32'd2184; // CsrFile.java:119
  wire [29:0] writeData_31_2 = writeData[31:2];  // CsrFile.java:121
  wire [31:0] cat_writeData_31_2_0 = {writeData_31_2, 2'd0}; // CsrFile.java:121
  wire [29:0] writeData_31_2_1 = writeData[31:2]; // CsrFile.java:123
  wire [31:0] cat_writeData_31_2_1_0 = {writeData_31_2_1, 2'd0}; // CsrFile.java:123
  wire [31:0] mcycle_63_32_1 = mcycle[63:32];    // Words.java:18
  wire [63:0] cat_mcycle_63_32_1_writeData = {mcycle_63_32_1, writeData}; // Words.java:18
  wire [31:0] mcycle_31_0_1 = mcycle[31:0];      // Words.java:18
  wire [63:0] cat_writeData_mcycle_31_0_1 = {writeData, mcycle_31_0_1}; // Words.java:18
  wire [31:0] minstret_63_32_1 = minstret[63:32]; // Words.java:18
  wire [63:0] cat_minstret_63_32_1_writeData = {minstret_63_32_1, writeData}; // Words.java:18
  wire [31:0] minstret_31_0_1 = minstret[31:0];  // Words.java:18
  wire [63:0] cat_writeData_minstret_31_0_1 = {writeData, minstret_31_0_1}; // Words.java:18
  wire or_reduce_pending = |pending;             // CsrFile.java:140
  wire or_reduce_pending_1 = |pending;           // CsrFile.java:141
  wire mstatusMie_and_or_reduce_pending_1 = mstatusMie & or_reduce_pending_1; // CsrFile.java:141
  wire pending_11 = pending[11];                 // CsrFile.java:142
  wire pending_3 = pending[3];                   // CsrFile.java:143
  wire [30:0] mux_pending_3 = pending_3 ? 31'd3 : 31'd7; // CsrFile.java:143
  wire [30:0] interruptCode = pending_11 ? 31'd11 : mux_pending_3; // CsrFile.java:142
  wire [31:0] cat_1_interruptCode = {1'd1, interruptCode}; // CsrFile.java:144
  assign readData = value;                       // CsrFile.java:109
  always @(*) begin                              // CsrFile.java:64
    exists = 1'd1;                               // CsrFile.java:90
    case (address)                               // CsrFile.java:91
      12'd768: begin
      end
      12'd769: begin
      end
      12'd772: begin
      end
      12'd773: begin
      end
      12'd784: begin
      end
      12'd832: begin
      end
      12'd833: begin
      end
      12'd834: begin
      end
      12'd835: begin
      end
      12'd836: begin
      end
      12'd2816, 12'd3072: begin
      end
      12'd2818, 12'd3074: begin
      end
      12'd2944, 12'd3200: begin
      end
      12'd2946, 12'd3202: begin
      end
      12'd3857, 12'd3858, 12'd3859: begin
      end
      12'd3860: begin
      end
      default: begin
        exists = 1'd0;                           // CsrFile.java:108
      end
    endcase
  end
  always @(posedge clk) begin                    // CsrFile.java:65
    if (rst) begin
      mtvec_reg <= 32'd0;                        // CsrFile.java:65
    end else begin
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd773: begin
            mtvec_reg <= cat_writeData_31_2_0;   // CsrFile.java:121
          end
          default: begin
          end
        endcase
      end
    end
  end
  assign mtvec = mtvec_reg;                      // CsrFile.java:65
  always @(posedge clk) begin                    // CsrFile.java:66
    if (rst) begin
      mepc_reg <= 32'd0;                         // CsrFile.java:66
    end else begin
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd833: begin
            mepc_reg <= cat_writeData_31_2_1_0;  // CsrFile.java:123
          end
          default: begin
          end
        endcase
      end
      if (trap) begin                            // CsrFile.java:130
        mepc_reg <= trapPc;                      // CsrFile.java:131
      end
    end
  end
  assign mepc = mepc_reg;                        // CsrFile.java:66
  assign interrupt = mstatusMie_and_or_reduce_pending_1; // CsrFile.java:141
  assign interruptCause = cat_1_interruptCode;   // CsrFile.java:144
  assign wake = or_reduce_pending;               // CsrFile.java:140
  always @(posedge clk) begin                    // CsrFile.java:74
    if (rst) begin
      mstatusMie <= 1'd0;                        // CsrFile.java:74
    end else begin
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd768: begin
            mstatusMie <= writeData_3;           // CsrFile.java:116
          end
          default: begin
          end
        endcase
      end
      if (trap) begin                            // CsrFile.java:130
        mstatusMie <= 1'd0;                      // CsrFile.java:135
      end else if (mret) begin                   // CsrFile.java:136
        mstatusMie <= mstatusMpie;               // CsrFile.java:137
      end
    end
  end
  always @(posedge clk) begin                    // CsrFile.java:75
    if (rst) begin
      mstatusMpie <= 1'd0;                       // CsrFile.java:75
    end else begin
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd768: begin
            mstatusMpie <= writeData_7;          // CsrFile.java:117
          end
          default: begin
          end
        endcase
      end
      if (trap) begin                            // CsrFile.java:130
        mstatusMpie <= mstatusMie;               // CsrFile.java:134
      end else if (mret) begin                   // CsrFile.java:136
        mstatusMpie <= 1'd1;                     // CsrFile.java:138
      end
    end
  end
  always @(posedge clk) begin                    // CsrFile.java:76
    if (rst) begin
      mieBits <= 32'd0;                          // CsrFile.java:76
    end else begin
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd772: begin
            mieBits <= writeData_and_2184;       // CsrFile.java:119
          end
          default: begin
          end
        endcase
      end
    end
  end
  always @(posedge clk) begin                    // CsrFile.java:77
    if (rst) begin
      mscratch <= 32'd0;                         // CsrFile.java:77
    end else begin
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd832: begin
            mscratch <= writeData;               // CsrFile.java:122
          end
          default: begin
          end
        endcase
      end
    end
  end
  always @(posedge clk) begin                    // CsrFile.java:78
    if (rst) begin
      mcause <= 32'd0;                           // CsrFile.java:78
    end else begin
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd834: begin
            mcause <= writeData;                 // CsrFile.java:124
          end
          default: begin
          end
        endcase
      end
      if (trap) begin                            // CsrFile.java:130
        mcause <= trapCause;                     // CsrFile.java:132
      end
    end
  end
  always @(posedge clk) begin                    // CsrFile.java:79
    if (rst) begin
      mtval <= 32'd0;                            // CsrFile.java:79
    end else begin
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd835: begin
            mtval <= writeData;                  // CsrFile.java:125
          end
          default: begin
          end
        endcase
      end
      if (trap) begin                            // CsrFile.java:130
        mtval <= trapValue;                      // CsrFile.java:133
      end
    end
  end
  always @(posedge clk) begin                    // CsrFile.java:80
    if (rst) begin
      mcycle <= 64'd0;                           // CsrFile.java:80
    end else begin
      mcycle <= mcycle_add_1;                    // CsrFile.java:111
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd2816: begin
            mcycle <= cat_mcycle_63_32_1_writeData; // CsrFile.java:126
          end
          12'd2944: begin
            mcycle <= cat_writeData_mcycle_31_0_1; // CsrFile.java:127
          end
          default: begin
          end
        endcase
      end
    end
  end
  always @(posedge clk) begin                    // CsrFile.java:81
    if (rst) begin
      minstret <= 64'd0;                         // CsrFile.java:81
    end else begin
      if (retire) begin                          // CsrFile.java:112
        minstret <= minstret_add_1;              // CsrFile.java:112
      end else if (unretire) begin               // CsrFile.java:113
        minstret <= minstret_sub_1;              // CsrFile.java:113
      end
      if (write) begin                           // CsrFile.java:114
        case (address)                           // CsrFile.java:114
          12'd2818: begin
            minstret <= cat_minstret_63_32_1_writeData; // CsrFile.java:128
          end
          12'd2946: begin
            minstret <= cat_writeData_minstret_31_0_1; // CsrFile.java:129
          end
          default: begin
          end
        endcase
      end
    end
  end
  always @(*) begin                              // CsrFile.java:88
    value = 32'd0;                               // CsrFile.java:89
    case (address)                               // CsrFile.java:91
      12'd768: begin
        value = mstatus;                         // CsrFile.java:92
      end
      12'd769: begin
        value = 32'h40001100;                    // CsrFile.java:93
      end
      12'd772: begin
        value = mieBits;                         // CsrFile.java:94
      end
      12'd773: begin
        value = mtvec_reg;                       // CsrFile.java:95
      end
      12'd784: begin
        value = 32'd0;                           // CsrFile.java:96
      end
      12'd832: begin
        value = mscratch;                        // CsrFile.java:97
      end
      12'd833: begin
        value = mepc_reg;                        // CsrFile.java:98
      end
      12'd834: begin
        value = mcause;                          // CsrFile.java:99
      end
      12'd835: begin
        value = mtval;                           // CsrFile.java:100
      end
      12'd836: begin
        value = mip;                             // CsrFile.java:101
      end
      12'd2816, 12'd3072: begin
        value = mcycle_31_0;                     // CsrFile.java:102
      end
      12'd2818, 12'd3074: begin
        value = minstret_31_0;                   // CsrFile.java:103
      end
      12'd2944, 12'd3200: begin
        value = mcycle_63_32;                    // CsrFile.java:104
      end
      12'd2946, 12'd3202: begin
        value = minstret_63_32;                  // CsrFile.java:105
      end
      12'd3857, 12'd3858, 12'd3859: begin
        value = 32'd0;                           // CsrFile.java:106
      end
      12'd3860: begin
        value = hartId;                          // CsrFile.java:107
      end
      default: begin
      end
    endcase
  end
endmodule
