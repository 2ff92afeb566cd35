// Runs one program on CpuTestSystem from its emitted Verilog alone, without the Java harness:
//   iverilog -g2012 -s cpu_bench -o bench.vvp $(cat files.f) cpu_bench.v
//   vvp -n bench.vvp +program=<image.hex> [+cycles=<limit>]
// The image is a $readmemh file of the memory's words from the reset vector on. The bench prints
// "tohost <hex> cycles <n>" when the program writes tohost, or "timeout cycles <n>".
`timescale 1ns / 1ps
module cpu_bench;
  reg clk = 1'b0;
  reg rst = 1'b1;
  wire [31:0] tohost;
  wire done;
  reg [8 * 1024 - 1:0] image;
  integer limit;
  integer cycles;

  CpuTestSystem dut (
    .tohost      (tohost),
    .done        (done),
    .clk         (clk),
    .rst         (rst)
  );

  always #5 clk = ~clk;

  initial begin
    if (!$value$plusargs("program=%s", image)) begin
      $display("error: no +program=<image.hex>");
      $finish;
    end
    if (!$value$plusargs("cycles=%d", limit)) limit = 200000;
    $readmemh(image, dut.ram);
    repeat (2) @(posedge clk);
    #1 rst = 1'b0;
    cycles = 0;
    while (!done && cycles < limit) begin
      @(posedge clk);
      #1 cycles = cycles + 1;
    end
    if (done) $display("tohost %h cycles %0d", tohost, cycles);
    else $display("timeout cycles %0d", cycles);
    $finish;
  end
endmodule
