package dev.hdl.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hdl.ir.ModuleDef;
import dev.hdl.ir.Node;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the emitted Verilog of a design in Icarus Verilog under a generated test bench, so that a
 * test can compare what the Verilog computes with what Java computes. Each step applies its
 * inputs, lets them settle, samples every output, then (for a clocked bench) gives one clock edge.
 * Inputs keep their value until a later step changes them and start at zero; signed ports are
 * read and written as signed numbers; an output with an x or z bit reads as null.
 */
public final class IcarusBench {
  private final Emitted design;
  private final String clock;
  private final List<Map<String, BigInteger>> steps = new ArrayList<>();

  private IcarusBench(Emitted design, String clock) {
    this.design = design;
    this.clock = clock;
  }

  /** A bench for a design without clock: steps only sample. */
  public static IcarusBench combinational(Emitted design) {
    return new IcarusBench(design, null);
  }

  /** A bench that drives input {@code clock} with one rising edge after each step's sample. */
  public static IcarusBench clocked(Emitted design, String clock) {
    return new IcarusBench(design, clock);
  }

  /** Adds a step that sets the given inputs (name, value, name, value...). */
  public IcarusBench step(Object... namesAndValues) {
    Map<String, BigInteger> inputs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object v = namesAndValues[i + 1];
      inputs.put((String) namesAndValues[i], v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue()));
    }
    steps.add(inputs);
    return this;
  }

  /** Runs every step and returns, per step, each output's sampled value (null: x or z). */
  public List<Map<String, BigInteger>> run() {
    ModuleDef top = design.design().topModule();
    List<Node> inputs = new ArrayList<>();
    List<Node> outputs = new ArrayList<>();
    for (int id : top.ports()) {
      Node n = top.node(id);
      (n instanceof Node.Input ? inputs : outputs).add(n);
    }
    Path dir = VerilogTools.write(design.output(), Map.of("bench.v", bench(top, inputs, outputs)));
    List<String> files = new ArrayList<>(VerilogTools.files(design.output()));
    files.add("bench.v");
    List<String> compile = new ArrayList<>(List.of("iverilog", "-g2012", "-s", "bench", "-o", "bench.vvp"));
    compile.addAll(files);
    VerilogTools.run(dir, compile, "iverilog");
    String printed = VerilogTools.run(dir, List.of("vvp", "-n", "bench.vvp"), "vvp");
    List<Map<String, BigInteger>> samples = parse(printed, outputs);
    if (samples.size() != steps.size()) {
      fail("the bench in " + dir + " ran " + samples.size() + " of " + steps.size() + " steps:\n" + printed);
    }
    VerilogTools.delete(dir);
    return samples;
  }

  /**
   * Runs every step and asserts, step by step, each output {@code expected} lists (null: x or z);
   * a failure names the output, the step and that step's entry of {@code stimuli}.
   */
  public void assertOutputs(List<Map<String, BigInteger>> expected, List<?> stimuli) {
    List<Map<String, BigInteger>> samples = run();
    for (int step = 0; step < expected.size(); step++) {
      for (Map.Entry<String, BigInteger> e : expected.get(step).entrySet()) {
        assertEquals(e.getValue(), samples.get(step).get(e.getKey()),
            e.getKey() + " at step " + step + " of " + stimuli.get(step));
      }
    }
  }

  private String bench(ModuleDef top, List<Node> inputs, List<Node> outputs) {
    StringBuilder v = new StringBuilder("module bench;\n");
    for (Node n : inputs) {
      v.append("  reg ").append(range(n)).append(n.name()).append(" = 0;\n");
    }
    for (Node n : outputs) {
      v.append("  wire ").append(range(n)).append(n.name()).append(";\n");
    }
    v.append("  ").append(top.name()).append(" dut (");
    List<String> ports = new ArrayList<>();
    for (int id : top.ports()) {
      ports.add("." + top.node(id).name() + "(" + top.node(id).name() + ")");
    }
    v.append(String.join(", ", ports)).append(");\n");
    v.append("  initial begin\n");
    Map<String, Node> byName = new HashMap<>();
    inputs.forEach(n -> byName.put(n.name(), n));
    String format = "sample" + " %h".repeat(outputs.size());
    String args = outputs.stream().map(n -> ", " + n.name()).reduce("", String::concat);
    for (Map<String, BigInteger> step : steps) {
      for (Map.Entry<String, BigInteger> in : step.entrySet()) {
        Node n = byName.get(in.getKey());
        if (n == null || in.getKey().equals(clock)) {
          fail("the bench cannot drive '" + in.getKey() + "': it is not a data input of " + top.name());
        }
        BigInteger bits = in.getValue().signum() < 0 ? in.getValue().add(BigInteger.ONE.shiftLeft(n.width())) : in.getValue();
        v.append("    ").append(n.name()).append(" = ").append(n.width()).append("'h").append(bits.toString(16))
            .append(";\n");
      }
      v.append("    #1 $display(\"").append(format).append('"').append(args).append(");\n");
      if (clock != null) {
        v.append("    ").append(clock).append(" = 1;\n    #1 ").append(clock).append(" = 0;\n");
      }
    }
    return v.append("  end\nendmodule\n").toString();
  }

  private static List<Map<String, BigInteger>> parse(String printed, List<Node> outputs) {
    List<Map<String, BigInteger>> samples = new ArrayList<>();
    for (String line : printed.lines().filter(l -> l.startsWith("sample")).toList()) {
      String[] fields = line.trim().split(" ");
      Map<String, BigInteger> sample = new LinkedHashMap<>();
      for (int i = 0; i < outputs.size(); i++) {
        Node n = outputs.get(i);
        String hex = fields[i + 1];
        if (!hex.matches("[0-9a-f]+")) {
          sample.put(n.name(), null);
          continue;
        }
        BigInteger value = new BigInteger(hex, 16);
        if (n.signed() && value.testBit(n.width() - 1)) {
          value = value.subtract(BigInteger.ONE.shiftLeft(n.width()));
        }
        sample.put(n.name(), value);
      }
      samples.add(sample);
    }
    return samples;
  }

  private static String range(Node n) {
    return n.width() == 1 ? "" : "[" + (n.width() - 1) + ":0] ";
  }
}
