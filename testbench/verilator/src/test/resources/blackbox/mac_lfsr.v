// The black box of BlackBoxSimulationTest: a registered adder whose sum is shifted left by SHIFT,
// and a Fibonacci LFSR (taps 16, 14, 13, 11, shifting left) that restarts from SEED in reset.
module mac_lfsr #(
  parameter SHIFT = 0,
  parameter [15:0] SEED = 16'h0001
) (
  input  wire        clk,
  input  wire        rst,
  input  wire [15:0] a,
  input  wire [15:0] b,
  output reg  [15:0] sum,
  output reg  [15:0] lfsr
);
  always @(posedge clk) begin
    sum <= (a + b) << SHIFT;
    if (rst) begin
      lfsr <= SEED;
    end else begin
      lfsr <= {lfsr[14:0], lfsr[15] ^ lfsr[13] ^ lfsr[12] ^ lfsr[10]};
    end
  end
endmodule
