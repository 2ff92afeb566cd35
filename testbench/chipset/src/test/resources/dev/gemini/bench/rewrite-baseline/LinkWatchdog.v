// LinkWatchdog: generated from dev.gemini.isolation.LinkWatchdog by hdl-dsl. Do not edit; run `make rtl`.
module LinkWatchdog (                            // LinkWatchdog.java:22
  input  wire heartbeat,                         // LinkWatchdog.java:15
  input  wire [15:0] timeout,                    // LinkWatchdog.java:16
  output wire linkUp,                            // LinkWatchdog.java:17
  output wire lost,                              // LinkWatchdog.java:18
  output wire fresh,                             // LinkWatchdog.java:20
  input  wire clk,                               // LinkWatchdog.java:22
  input  wire rst                                // LinkWatchdog.java:22
);
  reg  previous;                                 // LinkWatchdog.java:23
  reg  [15:0] silent;                            // LinkWatchdog.java:25
  reg  up;                                       // LinkWatchdog.java:26
  wire toggled = heartbeat != previous;          // LinkWatchdog.java:27
  wire silent_ne_65535 = silent != 16'd65535;    // LinkWatchdog.java:29
  wire [15:0] silent_add_1 = silent + 16'd1;     // LinkWatchdog.java:29
  wire not_toggled = ~toggled;                   // LinkWatchdog.java:30
  wire up_and_not_toggled = up & not_toggled;    // LinkWatchdog.java:30
  wire [16:0] silent_add_1_1 = {1'd0, silent} + 17'd1; // LinkWatchdog.java:30
  wire [16:0] timeout_ext = {1'd0, timeout};     // LinkWatchdog.java:30
  wire silent_add_1_1_ge_timeout_ext = silent_add_1_1 >= timeout_ext; // LinkWatchdog.java:30
  wire expired = up_and_not_toggled & silent_add_1_1_ge_timeout_ext; // LinkWatchdog.java:30
  reg  lostPulse;                                // LinkWatchdog.java:32
  wire up_and_toggled = up & toggled;            // LinkWatchdog.java:35
  assign linkUp = up;                            // LinkWatchdog.java:34
  assign lost = lostPulse;                       // LinkWatchdog.java:36
  assign fresh = up_and_toggled;                 // LinkWatchdog.java:35
  always @(posedge clk) begin                    // LinkWatchdog.java:23
    if (rst) begin
      previous <= 1'd0;                          // LinkWatchdog.java:23
    end else begin
      previous <= heartbeat;                     // LinkWatchdog.java:24
    end
  end
  always @(posedge clk) begin                    // LinkWatchdog.java:25
    if (rst) begin
      silent <= 16'd0;                           // LinkWatchdog.java:25
    end else begin
      if (toggled) begin                         // LinkWatchdog.java:28
        silent <= 16'd0;                         // LinkWatchdog.java:28
      end else if (silent_ne_65535) begin        // LinkWatchdog.java:29
        silent <= silent_add_1;                  // LinkWatchdog.java:29
      end
    end
  end
  always @(posedge clk) begin                    // LinkWatchdog.java:26
    if (rst) begin
      up <= 1'd1;                                // LinkWatchdog.java:26
    end else begin
      if (expired) begin                         // LinkWatchdog.java:31
        up <= 1'd0;                              // LinkWatchdog.java:31
      end
    end
  end
  always @(posedge clk) begin                    // LinkWatchdog.java:32
    if (rst) begin
      lostPulse <= 1'd0;                         // LinkWatchdog.java:32
    end else begin
      lostPulse <= expired;                      // LinkWatchdog.java:33
    end
  end
endmodule
