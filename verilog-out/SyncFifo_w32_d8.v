// SyncFifo_w32_d8: generated from dev.gemini.common.SyncFifo by hdl-dsl. Do not edit; run `make rtl`.
module SyncFifo_w32_d8 (                         // SyncFifo.java:25
  input  wire push,                              // SyncFifo.java:15
  input  wire pop,                               // SyncFifo.java:17
  input  wire flush,                             // SyncFifo.java:18
  output wire headValid,                         // SyncFifo.java:19
  input  wire [31:0] pushData,                   // SyncFifo.java:32
  output wire [31:0] head,                       // SyncFifo.java:33
  output wire [3:0] count,                       // SyncFifo.java:34
  input  wire clk,                               // SyncFifo.java:25
  input  wire rst                                // SyncFifo.java:25
);
  reg  [31:0] slots [0:7];                       // SyncFifo.java:36
  reg  [2:0] writePointer;                       // SyncFifo.java:37
  reg  [2:0] readPointer;                        // SyncFifo.java:38
  reg  [3:0] used;                               // SyncFifo.java:39
  wire used_ne_0 = used != 4'd0;                 // SyncFifo.java:41
  wire popping = pop & used_ne_0;                // SyncFifo.java:41
  wire [2:0] writePointer_add_1 = writePointer + 3'd1; // SyncFifo.java:44
  wire [2:0] readPointer_add_1 = readPointer + 3'd1; // SyncFifo.java:46
  wire not_popping = ~popping;                   // SyncFifo.java:47
  wire push_and_not_popping = push & not_popping; // SyncFifo.java:47
  wire [3:0] used_add_1 = used + 4'd1;           // SyncFifo.java:47
  wire not_push = ~push;                         // SyncFifo.java:48
  wire popping_and_not_push = popping & not_push; // SyncFifo.java:48
  wire [3:0] used_sub_1 = used - 4'd1;           // SyncFifo.java:48
  wire not_push_1 = ~push;                       // SyncFifo.java:55
  wire used_ne_8 = used != 4'd8;                 // SyncFifo.java:55
  wire not_push_1_or_used_ne_8 = not_push_1 | used_ne_8; // SyncFifo.java:55
  wire not_push_1_or_used_ne_8_or_popping = not_push_1_or_used_ne_8 | popping; // SyncFifo.java:55
  wire not_pop = ~pop;                           // SyncFifo.java:56
  wire used_ne_0_1 = used != 4'd0;               // SyncFifo.java:56
  wire not_pop_or_used_ne_0_1 = not_pop | used_ne_0_1; // SyncFifo.java:56
  wire used_ne_0_2 = used != 4'd0;               // SyncFifo.java:57
  wire [31:0] slots_rdata = slots[readPointer];  // SyncFifo.java:58
  assign headValid = used_ne_0_2;                // SyncFifo.java:57
  assign head = slots_rdata;                     // SyncFifo.java:58
  assign count = used;                           // SyncFifo.java:59
  always @(posedge clk) begin                    // SyncFifo.java:37
    if (rst) begin
      writePointer <= 3'd0;                      // SyncFifo.java:37
    end else begin
      if (push) begin                            // SyncFifo.java:42
        writePointer <= writePointer_add_1;      // SyncFifo.java:44
      end
      if (flush) begin                           // SyncFifo.java:49
        writePointer <= 3'd0;                    // SyncFifo.java:50
      end
    end
  end
  always @(posedge clk) begin                    // SyncFifo.java:38
    if (rst) begin
      readPointer <= 3'd0;                       // SyncFifo.java:38
    end else begin
      if (popping) begin                         // SyncFifo.java:46
        readPointer <= readPointer_add_1;        // SyncFifo.java:46
      end
      if (flush) begin                           // SyncFifo.java:49
        readPointer <= 3'd0;                     // SyncFifo.java:51
      end
    end
  end
  always @(posedge clk) begin                    // SyncFifo.java:39
    if (rst) begin
      used <= 4'd0;                              // SyncFifo.java:39
    end else begin
      if (push_and_not_popping) begin            // SyncFifo.java:47
        used <= used_add_1;                      // SyncFifo.java:47
      end else if (popping_and_not_push) begin   // SyncFifo.java:48
        used <= used_sub_1;                      // SyncFifo.java:48
      end
      if (flush) begin                           // SyncFifo.java:49
        used <= 4'd0;                            // SyncFifo.java:52
      end
    end
  end
  always @(posedge clk) begin                    // SyncFifo.java:36
    if (push) begin                              // SyncFifo.java:42
      slots[writePointer] <= pushData;           // SyncFifo.java:43
    end
  end
`ifndef SYNTHESIS
  always @(posedge clk) begin
    if (!rst) begin
`ifdef FORMAL
      assert (not_push_1_or_used_ne_8_or_popping); // SyncFifo.java:55
`else
      assert (not_push_1_or_used_ne_8_or_popping) else $error("SyncFifo.java:55: push into a full queue");
`endif
`ifdef FORMAL
      assert (not_pop_or_used_ne_0_1);           // SyncFifo.java:56
`else
      assert (not_pop_or_used_ne_0_1) else $error("SyncFifo.java:56: pop from an empty queue");
`endif
    end
  end
`endif
endmodule
