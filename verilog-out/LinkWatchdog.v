// LinkWatchdog: generated from dev.gemini.isolation.LinkWatchdog by hdl-dsl. Do not edit; run `make rtl`.
module LinkWatchdog (                            // LinkWatchdog.java:22
  input  wire heartbeat,                         // LinkWatchdog.java:15
  input  wire [15:0] timeout,                    // LinkWatchdog.java:16
  input  wire clk,                               // LinkWatchdog.java:22
  input  wire rst,                               // LinkWatchdog.java:22
  output wire linkUp,                            // LinkWatchdog.java:17
  output wire lost,                              // LinkWatchdog.java:18
  output wire fresh                              // LinkWatchdog.java:20
);
  reg  linkUp_reg;                               // LinkWatchdog.java:17
  reg  lost_reg;                                 // LinkWatchdog.java:18
  reg  previous;                                 // LinkWatchdog.java:23
  reg  [15:0] silent;                            // LinkWatchdog.java:25
  wire toggled = heartbeat != previous;          // LinkWatchdog.java:26
  wire silent_ne_65535 = silent != 16'd65535;    // LinkWatchdog.java:28
  wire [15:0] silent_add_1 = silent + 16'd1;     // LinkWatchdog.java:28
  wire not_toggled = ~toggled;                   // LinkWatchdog.java:29
  wire linkUp_reg_and_not_toggled = linkUp_reg & not_toggled; // LinkWatchdog.java:29
  wire [16:0] silent_add_1_1 = {1'd0, silent} + 17'd1; // LinkWatchdog.java:29
  wire [16:0] timeout_ext = {1'd0, timeout};     // LinkWatchdog.java:29
  wire silent_add_1_1_ge_timeout_ext = silent_add_1_1 >= timeout_ext; // LinkWatchdog.java:29
  wire expired = linkUp_reg_and_not_toggled & silent_add_1_1_ge_timeout_ext; // LinkWatchdog.java:29
  wire linkUp_reg_and_toggled = linkUp_reg & toggled; // LinkWatchdog.java:32
  always @(posedge clk) begin                    // LinkWatchdog.java:17
    if (rst) begin
      linkUp_reg <= 1'd1;                        // LinkWatchdog.java:17
    end else begin
      if (expired) begin                         // LinkWatchdog.java:30
        linkUp_reg <= 1'd0;                      // LinkWatchdog.java:30
      end
    end
  end
  assign linkUp = linkUp_reg;                    // LinkWatchdog.java:17
  always @(posedge clk) begin                    // LinkWatchdog.java:18
    if (rst) begin
      lost_reg <= 1'd0;                          // LinkWatchdog.java:18
    end else begin
      lost_reg <= expired;                       // LinkWatchdog.java:31
    end
  end
  assign lost = lost_reg;                        // LinkWatchdog.java:18
  assign fresh = linkUp_reg_and_toggled;         // LinkWatchdog.java:32
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
      if (toggled) begin                         // LinkWatchdog.java:27
        silent <= 16'd0;                         // LinkWatchdog.java:27
      end else if (silent_ne_65535) begin        // LinkWatchdog.java:28
        silent <= silent_add_1;                  // LinkWatchdog.java:28
      end
    end
  end
endmodule
