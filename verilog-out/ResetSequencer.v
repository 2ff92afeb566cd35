// ResetSequencer: generated from dev.gemini.clocking.ResetSequencer by hdl-dsl. Do not edit; run `make rtl`.
module ResetSequencer (                          // ResetSequencer.java:53
  input  wire moduleId,                          // ResetSequencer.java:35
  input  wire locked,                            // ResetSequencer.java:36
  input  wire sysref,                            // ResetSequencer.java:37
  input  wire [1:0] linkInKind,                  // ResetSequencer.java:38
  output wire [1:0] linkOutKind,                 // ResetSequencer.java:40
  input  wire clk,                               // ResetSequencer.java:53
  input  wire rst,                               // ResetSequencer.java:53
  output wire cpuReset,                          // ResetSequencer.java:43
  output wire compareStart,                      // ResetSequencer.java:45
  input  wire [7:0] linkInCycle,                 // ResetSequencer.java:57
  output wire [7:0] linkOutCycle,                // ResetSequencer.java:58
  output wire [7:0] count,                       // ResetSequencer.java:59
  output wire [7:0] releaseAt                    // ResetSequencer.java:60
);
  reg  cpuReset_reg;                             // ResetSequencer.java:43
  reg  compareStart_reg;                         // ResetSequencer.java:45
  reg  [7:0] cycle;                              // ResetSequencer.java:63
  reg  aligned;                                  // ResetSequencer.java:64
  reg  partnerReady;                             // ResetSequencer.java:65
  reg  armed;                                    // ResetSequencer.java:66
  reg  [7:0] target;                             // ResetSequencer.java:67
  reg  [4:0] toCompare;                          // ResetSequencer.java:68
  wire [7:0] cycle_add_1 = cycle + 8'd1;         // ResetSequencer.java:70
  wire [7:0] mux_sysref = sysref ? 8'd0 : cycle_add_1; // ResetSequencer.java:70
  wire ready = locked & aligned;                 // ResetSequencer.java:72
  wire master = ~moduleId;                       // ResetSequencer.java:73
  wire linkInKind_eq_1 = linkInKind == 2'd1;     // ResetSequencer.java:74
  wire not_armed = ~armed;                       // ResetSequencer.java:76
  wire cpuReset_reg_and_not_armed = cpuReset_reg & not_armed; // ResetSequencer.java:76
  wire master_and_ready = master & ready;        // ResetSequencer.java:77
  wire master_and_ready_and_partnerReady = master_and_ready & partnerReady; // ResetSequencer.java:77
  wire [7:0] cycle_add_80 = cycle + 8'd80;       // ResetSequencer.java:79
  wire not_master = ~master;                     // ResetSequencer.java:80
  wire linkInKind_eq_2 = linkInKind == 2'd2;     // ResetSequencer.java:80
  wire not_master_and_linkInKind_eq_2 = not_master & linkInKind_eq_2; // ResetSequencer.java:80
  wire cpuReset_reg_and_armed = cpuReset_reg & armed; // ResetSequencer.java:85
  wire cpuReset_reg_and_armed_and_aligned = cpuReset_reg_and_armed & aligned; // ResetSequencer.java:85
  wire cycle_eq_target = cycle == target;        // ResetSequencer.java:85
  wire cpuReset_reg_and_armed_and_aligned_and = cpuReset_reg_and_armed_and_aligned & cycle_eq_target; // ResetSequencer.java:85
  wire toCompare_eq_1 = toCompare == 5'd1;       // ResetSequencer.java:89
  wire toCompare_ne_0 = toCompare != 5'd0;       // ResetSequencer.java:90
  wire [4:0] toCompare_sub_1 = toCompare - 5'd1; // ResetSequencer.java:90
  wire master_and_armed = master & armed;        // ResetSequencer.java:92
  wire sendRelease = master_and_armed & cpuReset_reg; // ResetSequencer.java:92
  wire not_armed_1 = ~armed;                     // ResetSequencer.java:93
  wire sendReady = ready & not_armed_1;          // ResetSequencer.java:93
  wire [1:0] mux_sendReady = sendReady ? 2'd1 : 2'd0; // ResetSequencer.java:95
  wire [1:0] mux_sendRelease = sendRelease ? 2'd2 : mux_sendReady; // ResetSequencer.java:94
  assign linkOutKind = mux_sendRelease;          // ResetSequencer.java:94
  always @(posedge clk) begin                    // ResetSequencer.java:43
    if (rst) begin
      cpuReset_reg <= 1'd1;                      // ResetSequencer.java:43
    end else begin
      if (cpuReset_reg_and_armed_and_aligned_and) begin // ResetSequencer.java:85
        cpuReset_reg <= 1'd0;                    // ResetSequencer.java:86
      end
    end
  end
  assign cpuReset = cpuReset_reg;                // ResetSequencer.java:43
  always @(posedge clk) begin                    // ResetSequencer.java:45
    if (rst) begin
      compareStart_reg <= 1'd0;                  // ResetSequencer.java:45
    end else begin
      compareStart_reg <= toCompare_eq_1;        // ResetSequencer.java:89
    end
  end
  assign compareStart = compareStart_reg;        // ResetSequencer.java:45
  assign linkOutCycle = target;                  // ResetSequencer.java:96
  assign count = cycle;                          // ResetSequencer.java:97
  assign releaseAt = target;                     // ResetSequencer.java:98
  always @(posedge clk) begin                    // ResetSequencer.java:63
    if (rst) begin
      cycle <= 8'd0;                             // ResetSequencer.java:63
    end else begin
      cycle <= mux_sysref;                       // ResetSequencer.java:70
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:64
    if (rst) begin
      aligned <= 1'd0;                           // ResetSequencer.java:64
    end else begin
      if (sysref) begin                          // ResetSequencer.java:71
        aligned <= 1'd1;                         // ResetSequencer.java:71
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:65
    if (rst) begin
      partnerReady <= 1'd0;                      // ResetSequencer.java:65
    end else begin
      if (linkInKind_eq_1) begin                 // ResetSequencer.java:74
        partnerReady <= 1'd1;                    // ResetSequencer.java:74
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:66
    if (rst) begin
      armed <= 1'd0;                             // ResetSequencer.java:66
    end else begin
      if (cpuReset_reg_and_not_armed) begin      // ResetSequencer.java:76
        if (master_and_ready_and_partnerReady) begin // ResetSequencer.java:77
          armed <= 1'd1;                         // ResetSequencer.java:78
        end else if (not_master_and_linkInKind_eq_2) begin // ResetSequencer.java:80
          armed <= 1'd1;                         // ResetSequencer.java:81
        end
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:67
    if (rst) begin
      target <= 8'd0;                            // ResetSequencer.java:67
    end else begin
      if (cpuReset_reg_and_not_armed) begin      // ResetSequencer.java:76
        if (master_and_ready_and_partnerReady) begin // ResetSequencer.java:77
          target <= cycle_add_80;                // ResetSequencer.java:79
        end else if (not_master_and_linkInKind_eq_2) begin // ResetSequencer.java:80
          target <= linkInCycle;                 // ResetSequencer.java:82
        end
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:68
    if (rst) begin
      toCompare <= 5'd0;                         // ResetSequencer.java:68
    end else begin
      if (cpuReset_reg_and_armed_and_aligned_and) begin // ResetSequencer.java:85
        toCompare <= 5'd16;                      // ResetSequencer.java:87
      end
      if (toCompare_ne_0) begin                  // ResetSequencer.java:90
        toCompare <= toCompare_sub_1;            // ResetSequencer.java:90
      end
    end
  end
endmodule
