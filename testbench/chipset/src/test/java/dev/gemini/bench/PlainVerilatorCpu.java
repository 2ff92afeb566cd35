package dev.gemini.bench;

import dev.gemini.cpu.RiscvBuild;
import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.hdl.Elaboration;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CPU test system as Verilator builds it for a user with no harness: {@code -O3
 * --x-assign fast}, no public signals, a C++ loop that clocks it until {@code done}. The program is
 * loaded by {@code $readmemh} before the first cycle; the clock runs from the end of reset.
 */
final class PlainVerilatorCpu {
  /** A run: cycles after reset until the program wrote tohost, the nanoseconds they took, tohost. */
  record Run(long cycles, long nanos, long tohost) {
    double cyclesPerSecond() {
      return cycles * 1e9 / nanos;
    }
  }

  private static final String WRAPPER = """
      module cpu_plain (input wire clk, input wire rst, output wire [31:0] tohost, output wire done);
        CpuTestSystem dut (.clk(clk), .rst(rst), .tohost(tohost), .done(done), .consoleLength());
        initial begin : load
          reg [8 * 1024 - 1:0] image;
          if ($value$plusargs("program=%s", image)) $readmemh(image, dut.ram);
        end
      endmodule
      """;

  private static final String MAIN = """
      #include "Vcpu_plain.h"
      #include "verilated.h"
      #include <chrono>
      #include <cstdio>
      #include <cstdlib>
      int main(int argc, char** argv) {
          VerilatedContext context;
          context.commandArgs(argc, argv);
          Vcpu_plain top{&context};
          const long limit = std::atol(argv[1]);
          top.rst = 1;
          for (int i = 0; i < 2; ++i) { top.clk = 0; top.eval(); top.clk = 1; top.eval(); }
          top.rst = 0;
          long cycles = 0;
          const auto start = std::chrono::steady_clock::now();
          while (!top.done && cycles < limit) {
              top.clk = 0; top.eval();
              top.clk = 1; top.eval();
              ++cycles;
          }
          const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
              std::chrono::steady_clock::now() - start).count();
          std::printf("%ld %lld %u\\n", cycles, (long long) ns, (unsigned) top.tohost);
          top.final();
          return 0;
      }
      """;

  private final Path exe;

  PlainVerilatorCpu() {
    VerilogOutput out = VerilogOutput.of(Elaboration.elaborate(CpuTestSystem::new));
    Path dir = VerilogTools.write(out, Map.of("cpu_plain.v", WRAPPER, "main.cpp", MAIN));
    List<String> build = new ArrayList<>(List.of("verilator", "--cc", "--exe", "--build", "-j", "2", "-O3",
        "--x-assign", "fast", "--x-initial", "fast", "-Wno-fatal", "-CFLAGS", "-O2", "-MAKEFLAGS", "OPT_FAST=-O2",
        "--top-module", "cpu_plain", "-o", "cpu_plain"));
    build.addAll(VerilogTools.files(out));
    build.addAll(List.of("cpu_plain.v", "main.cpp"));
    VerilogTools.run(dir, build, "building the plain Verilator model");
    exe = dir.resolve("obj_dir/cpu_plain");
  }

  Run run(RiscvBuild.Image image, long maxCycles) {
    String[] out = VerilogTools.run(exe.getParent(), List.of(exe.toString(), Long.toString(maxCycles),
        "+program=" + image.hexFile()), "the plain Verilator model").strip().split(" ");
    return new Run(Long.parseLong(out[0]), Long.parseLong(out[1]), Long.parseLong(out[2]));
  }
}
