// ResetSequencer: generated from dev.gemini.clocking.ResetSequencer by hdl-dsl. Do not edit; run `make rtl`.
module ResetSequencer (                          // ResetSequencer.java:53
  input  wire moduleId,                          // ResetSequencer.java:35
  input  wire locked,                            // ResetSequencer.java:36
  input  wire sysref,                            // ResetSequencer.java:37
  input  wire [1:0] linkInKind,                  // ResetSequencer.java:38
  output wire [1:0] linkOutKind,                 // ResetSequencer.java:40
  output wire cpuReset,                          // ResetSequencer.java:43
  output wire compareStart,                      // ResetSequencer.java:45
  input  wire [7:0] linkInCycle,                 // ResetSequencer.java:57
  output wire [7:0] linkOutCycle,                // ResetSequencer.java:58
  output wire [7:0] count,                       // ResetSequencer.java:59
  output wire [7:0] releaseAt,                   // ResetSequencer.java:60
  input  wire clk,                               // ResetSequencer.java:53
  input  wire rst                                // ResetSequencer.java:53
);
  reg  [7:0] cycle;                              // ResetSequencer.java:63
  reg  aligned;                                  // ResetSequencer.java:64
  reg  partnerReady;                             // ResetSequencer.java:65
  reg  armed;                                    // ResetSequencer.java:66
  reg  [7:0] target;                             // ResetSequencer.java:67
  reg  holding;                                  // ResetSequencer.java:68
  reg  [4:0] toCompare;                          // ResetSequencer.java:69
  reg  comparePulse;                             // ResetSequencer.java:70
  wire [7:0] cycle_add_1 = cycle + 8'd1;         // ResetSequencer.java:72
  wire [7:0] mux_sysref = sysref ? 8'd0 : cycle_add_1; // ResetSequencer.java:72
  wire ready = locked & aligned;                 // ResetSequencer.java:74
  wire master = ~moduleId;                       // ResetSequencer.java:75
  wire linkInKind_eq_1 = linkInKind == 2'd1;     // ResetSequencer.java:76
  wire not_armed = ~armed;                       // ResetSequencer.java:78
  wire holding_and_not_armed = holding & not_armed; // ResetSequencer.java:78
  wire master_and_ready = master & ready;        // ResetSequencer.java:79
  wire master_and_ready_and_partnerReady = master_and_ready & partnerReady; // ResetSequencer.java:79
  wire [7:0] cycle_add_80 = cycle + 8'd80;       // ResetSequencer.java:81
  wire not_master = ~master;                     // ResetSequencer.java:82
  wire linkInKind_eq_2 = linkInKind == 2'd2;     // ResetSequencer.java:82
  wire not_master_and_linkInKind_eq_2 = not_master & linkInKind_eq_2; // ResetSequencer.java:82
  wire holding_and_armed = holding & armed;      // ResetSequencer.java:87
  wire holding_and_armed_and_aligned = holding_and_armed & aligned; // ResetSequencer.java:87
  wire cycle_eq_target = cycle == target;        // ResetSequencer.java:87
  wire holding_and_armed_and_aligned_and_cycle = holding_and_armed_and_aligned & cycle_eq_target; // ResetSequencer.java:87
  wire toCompare_eq_1 = toCompare == 5'd1;       // ResetSequencer.java:91
  wire toCompare_ne_0 = toCompare != 5'd0;       // ResetSequencer.java:92
  wire [4:0] toCompare_sub_1 = toCompare - 5'd1; // ResetSequencer.java:92
  wire master_and_armed = master & armed;        // ResetSequencer.java:94
  wire sendRelease = master_and_armed & holding; // ResetSequencer.java:94
  wire not_armed_1 = ~armed;                     // ResetSequencer.java:95
  wire sendReady = ready & not_armed_1;          // ResetSequencer.java:95
  wire [1:0] mux_sendReady = sendReady ? 2'd1 : 2'd0; // ResetSequencer.java:97
  wire [1:0] mux_sendRelease = sendRelease ? 2'd2 : mux_sendReady; // ResetSequencer.java:96
  assign linkOutKind = mux_sendRelease;          // ResetSequencer.java:96
  assign cpuReset = holding;                     // ResetSequencer.java:99
  assign compareStart = comparePulse;            // ResetSequencer.java:100
  assign linkOutCycle = target;                  // ResetSequencer.java:98
  assign count = cycle;                          // ResetSequencer.java:101
  assign releaseAt = target;                     // ResetSequencer.java:102
  always @(posedge clk) begin                    // ResetSequencer.java:63
    if (rst) begin
      cycle <= 8'd0;                             // ResetSequencer.java:63
    end else begin
      cycle <= mux_sysref;                       // ResetSequencer.java:72
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:64
    if (rst) begin
      aligned <= 1'd0;                           // ResetSequencer.java:64
    end else begin
      if (sysref) begin                          // ResetSequencer.java:73
        aligned <= 1'd1;                         // ResetSequencer.java:73
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:65
    if (rst) begin
      partnerReady <= 1'd0;                      // ResetSequencer.java:65
    end else begin
      if (linkInKind_eq_1) begin                 // ResetSequencer.java:76
        partnerReady <= 1'd1;                    // ResetSequencer.java:76
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:66
    if (rst) begin
      armed <= 1'd0;                             // ResetSequencer.java:66
    end else begin
      if (holding_and_not_armed) begin           // ResetSequencer.java:78
        if (master_and_ready_and_partnerReady) begin // ResetSequencer.java:79
          armed <= 1'd1;                         // ResetSequencer.java:80
        end else if (not_master_and_linkInKind_eq_2) begin // ResetSequencer.java:82
          armed <= 1'd1;                         // ResetSequencer.java:83
        end
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:67
    if (rst) begin
      target <= 8'd0;                            // ResetSequencer.java:67
    end else begin
      if (holding_and_not_armed) begin           // ResetSequencer.java:78
        if (master_and_ready_and_partnerReady) begin // ResetSequencer.java:79
          target <= cycle_add_80;                // ResetSequencer.java:81
        end else if (not_master_and_linkInKind_eq_2) begin // ResetSequencer.java:82
          target <= linkInCycle;                 // ResetSequencer.java:84
        end
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:68
    if (rst) begin
      holding <= 1'd1;                           // ResetSequencer.java:68
    end else begin
      if (holding_and_armed_and_aligned_and_cycle) begin // ResetSequencer.java:87
        holding <= 1'd0;                         // ResetSequencer.java:88
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:69
    if (rst) begin
      toCompare <= 5'd0;                         // ResetSequencer.java:69
    end else begin
      if (holding_and_armed_and_aligned_and_cycle) begin // ResetSequencer.java:87
        toCompare <= 5'd16;                      // ResetSequencer.java:89
      end
      if (toCompare_ne_0) begin                  // ResetSequencer.java:92
        toCompare <= toCompare_sub_1;            // ResetSequencer.java:92
      end
    end
  end
  always @(posedge clk) begin                    // ResetSequencer.java:70
    if (rst) begin
      comparePulse <= 1'd0;                      // ResetSequencer.java:70
    end else begin
      comparePulse <= toCompare_eq_1;            // ResetSequencer.java:91
    end
  end
endmodule
