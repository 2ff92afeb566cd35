package dev.hdl.testing;

import dev.hdl.ir.Design;
import dev.hdl.ir.Node;
import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the emitted Verilog in Icarus under a generated test bench that applies a {@link
 * Stimulus} and records every output each cycle, before the clock edge.
 */
final class IcarusReference {
  private IcarusReference() {}

  /** Output values per cycle; null where Icarus printed an unknown (x/z) value. */
  static BigInteger[][] run(Design design, Stimulus stimulus) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("icarus-diff");
    VerilogOutput.of(design).writeTo(dir);
    StringBuilder hex = new StringBuilder();
    int total = 0;
    for (Node n : stimulus.inputs()) {
      total += n.width();
    }
    for (BigInteger[] cycle : stimulus.values()) {
      BigInteger packed = BigInteger.ZERO;
      for (int i = 0; i < cycle.length; i++) {
        packed = packed.shiftLeft(stimulus.inputs().get(i).width()).or(cycle[i]);
      }
      hex.append(packed.toString(16)).append('\n');
    }
    Files.writeString(dir.resolve("stimulus.hex"), hex);
    Files.writeString(dir.resolve("bench.v"), bench(design, stimulus, total));
    List<String> files = new ArrayList<>(List.of("bench.v"));
    files.addAll(Files.readAllLines(dir.resolve(VerilogOutput.FILE_LIST)));
    List<String> compile = new ArrayList<>(List.of("iverilog", "-g2012", "-o", "bench.vvp", "-s", "bench"));
    compile.addAll(files);
    exec(dir, compile);
    exec(dir, List.of("vvp", "-n", "bench.vvp"));
    List<String> lines = Files.readAllLines(dir.resolve("outputs.txt"));
    BigInteger[][] out = new BigInteger[lines.size()][];
    for (int c = 0; c < lines.size(); c++) {
      String[] fields = lines.get(c).trim().split(" ");
      out[c] = new BigInteger[fields.length];
      for (int i = 0; i < fields.length; i++) {
        out[c][i] = fields[i].matches("[0-9a-fA-F]+") ? new BigInteger(fields[i], 16) : null;
      }
    }
    return out;
  }

  private static String bench(Design design, Stimulus s, int total) {
    StringBuilder v = new StringBuilder("`timescale 1ns/1ps\nmodule bench;\n  reg clk = 0;\n");
    for (Node n : s.inputs()) {
      v.append("  reg ").append(range(n.width())).append(n.name()).append(";\n");
    }
    for (Node n : s.outputs()) {
      v.append("  wire ").append(range(n.width())).append(n.name()).append(";\n");
    }
    v.append("  reg ").append(range(total)).append("stimulus [0:").append(s.values().length - 1).append("];\n");
    v.append("  integer cycle, f;\n  ").append(design.top()).append(" dut (");
    List<String> ports = new ArrayList<>();
    if (design.topModule().nodes().stream().anyMatch(n -> "clk".equals(n.name()) && n instanceof dev.hdl.ir.Node.Input)) {
      ports.add(".clk(clk)");
    }
    for (Node n : s.inputs()) {
      ports.add("." + n.name() + "(" + n.name() + ")");
    }
    for (Node n : s.outputs()) {
      ports.add("." + n.name() + "(" + n.name() + ")");
    }
    v.append(String.join(", ", ports)).append(");\n");
    v.append("  initial begin\n    $readmemh(\"stimulus.hex\", stimulus);\n    f = $fopen(\"outputs.txt\", \"w\");\n");
    v.append("    for (cycle = 0; cycle < ").append(s.values().length).append("; cycle = cycle + 1) begin\n      {");
    v.append(String.join(", ", s.inputs().stream().map(Node::name).toList())).append("} = stimulus[cycle];\n");
    v.append("      #1;\n      $fwrite(f, \"");
    v.append(String.join(" ", s.outputs().stream().map(n -> "%h").toList())).append("\\n\", ");
    v.append(String.join(", ", s.outputs().stream().map(Node::name).toList())).append(");\n");
    v.append("      clk = 1; #1; clk = 0;\n    end\n    $fclose(f);\n    $finish;\n  end\nendmodule\n");
    return v.toString();
  }

  private static String range(int width) {
    return width == 1 ? "" : "[" + (width - 1) + ":0] ";
  }

  private static void exec(Path dir, List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed in " + dir + ":\n" + output);
    }
  }
}
