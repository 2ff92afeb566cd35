package dev.hdl.verilator;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.BlackBox;
import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.ResetKind;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.sim.AssertionFailure;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import dev.hdl.source.SourceLoc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Designs that instantiate external Verilog modules, run on Verilator: the black box's file is read
 * from disk (a relative path from the working directory, which under Maven is testbench/), its
 * parameters take effect, and its text is part of the model's cache key.
 */
class BlackBoxSimulationTest {
  /** Relative to the working directory: Maven runs the tests in the module's directory. */
  static final String MAC_FILE = "src/test/resources/blackbox/mac_lfsr.v";

  private static int MISSING_DECLARED;
  private static int MISSING_PLACED;
  private static int BROKEN_DECLARED;

  /** A registered adder and an LFSR, in {@link #MAC_FILE}. */
  static final class MacLfsr extends BlackBox {
    final Bool clk = input(bool());
    final Bool rst = input(bool());
    final UInt a = input(uint(16));
    final UInt b = input(uint(16));
    final UInt sum = output(uint(16));
    final UInt lfsr = output(uint(16));

    MacLfsr(String file, int shift, int seed) {
      super("mac_lfsr", file);
      parameter("SHIFT", Integer.toString(shift));
      parameter("SEED", String.format("16'h%04X", seed));
    }
  }

  /**
   * The black box between Java logic: its inputs are computed here, its sum is combined with an
   * input, and a Java register in the same clock domain holds its LFSR one cycle longer.
   */
  static final class MacTop extends Component {
    final Bool clk = input(bool());
    final Bool rst = input(bool());
    final UInt a = input(uint(16));
    final UInt b = input(uint(16));
    final UInt sum = output(uint(16));
    final UInt lfsr = output(uint(16));
    final UInt sumXorA = output(uint(16));
    final UInt lastLfsr = output(uint(16));

    MacTop(String file, int shift, int seed) {
      ClockDomain domain = clockDomain(clk, rst, ResetKind.SYNC, false);
      MacLfsr mac = instance(() -> new MacLfsr(file, shift, seed));
      mac.clk.assign(clk);
      mac.rst.assign(rst);
      mac.a.assign(a);
      mac.b.assign(b.xor(lit(0x5A5A, 16)));
      sum.assign(mac.sum);
      lfsr.assign(mac.lfsr);
      sumXorA.assign(mac.sum.xor(a));
      withDomain(domain, () -> {
        UInt held = reg(uint(16), 0);
        held.assign(mac.lfsr);
        lastLfsr.assign(held);
      });
    }
  }

  static Design mac(int shift, int seed) {
    return Elaboration.elaborate(() -> new MacTop(MAC_FILE, shift, seed));
  }

  /** The LFSR of {@link #MAC_FILE} one cycle after {@code state}. */
  static int nextLfsr(int state) {
    int feedback = ((state >> 15) ^ (state >> 13) ^ (state >> 12) ^ (state >> 10)) & 1;
    return ((state << 1) | feedback) & 0xFFFF;
  }

  /** Runs {@code cycles} cycles of random inputs, checking every output against the same sums in Java. */
  private static void checkAgainstReference(Simulation sim, int shift, int seed, int cycles) {
    Random random = new Random(shift * 31L + seed);
    sim.reset(1);
    int state = seed;
    assertEquals(state, sim.peek("lfsr"), "the LFSR starts from SEED in reset");
    for (int cycle = 0; cycle < cycles; cycle++) {
      int a = random.nextInt(1 << 16);
      int b = random.nextInt(1 << 16);
      sim.poke("a", a);
      sim.poke("b", b);
      sim.step();
      int expectedSum = ((a + (b ^ 0x5A5A)) << shift) & 0xFFFF;
      assertEquals(expectedSum, sim.peek("sum"), "sum at cycle " + cycle);
      assertEquals(expectedSum ^ a, sim.peek("sumXorA"), "sumXorA at cycle " + cycle);
      assertEquals(state, sim.peek("lastLfsr"), "the Java register is one cycle behind at cycle " + cycle);
      state = nextLfsr(state);
      assertEquals(state, sim.peek("lfsr"), "lfsr at cycle " + cycle);
    }
  }

  @Test
  void theBlackBoxRunsClockedWithTheJavaLogicAroundIt() {
    try (Simulation sim = new VerilatorSimulator().open(mac(0, 0x0001), SimOptions.defaults())) {
      checkAgainstReference(sim, 0, 0x0001, 2000);
    }
  }

  /** SHIFT scales the sum and SEED starts the LFSR: both only as the Verilog parameters do. */
  @Test
  void parametersTakeEffect() {
    try (Simulation sim = new VerilatorSimulator().open(mac(3, 0xBEEF), SimOptions.defaults())) {
      checkAgainstReference(sim, 3, 0xBEEF, 500);
    }
  }

  /** A relative path is resolved against the working directory, and the file keeps it in rtl/. */
  @Test
  void aRelativePathIsReadFromTheWorkingDirectory() throws IOException {
    BlackBoxFiles.Sources sources = BlackBoxFiles.of(mac(0, 1));
    assertEquals(List.of(MAC_FILE, "MacTop.v"), List.copyOf(sources.verilog().keySet()));
    Path expected = Path.of(System.getProperty("user.dir")).resolve(MAC_FILE);
    assertEquals(Files.readString(expected), sources.verilog().get(MAC_FILE));
    assertEquals(expected, sources.blackBoxes().get(MAC_FILE).resolved());
  }

  static final class Missing extends BlackBox {
    final UInt x = input(uint(4));
    final UInt y = output(uint(4));

    Missing(String file) {
      super("missing_box", file); MISSING_DECLARED = new Throwable().getStackTrace()[0].getLineNumber();
    }
  }

  static final class UsesMissing extends Component {
    final UInt x = input(uint(4));
    final UInt y = output(uint(4));

    UsesMissing(String file) {
      Missing box = instance(() -> new Missing(file)); MISSING_PLACED = new Throwable().getStackTrace()[0].getLineNumber();
      box.x.assign(x);
      y.assign(box.y);
    }
  }

  @Test
  void aMissingFileIsNamedAsGivenAndAsResolvedWithTheJavaLines() {
    Design design = Elaboration.elaborate(() -> new UsesMissing("vendor/no_such_box.v"));
    SimulationException e = assertThrows(SimulationException.class,
        () -> new VerilatorSimulator().open(design, SimOptions.defaults()));
    Path cwd = Path.of(System.getProperty("user.dir"));
    assertEquals("BlackBoxSimulationTest.java:" + MISSING_DECLARED + ": black box Missing (Verilog module"
        + " missing_box), placed as box in UsesMissing at BlackBoxSimulationTest.java:" + MISSING_PLACED + ", names"
        + " the Verilog file 'vendor/no_such_box.v', which does not exist: " + cwd.resolve("vendor/no_such_box.v")
        + " (relative paths are resolved against the working directory, " + cwd + ")", e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void aDirectoryInsteadOfAFileIsRefused(@TempDir Path dir) {
    Design design = Elaboration.elaborate(() -> new UsesMissing(dir.toString()));
    String m = assertThrows(SimulationException.class, () -> new VerilatorSimulator().library(design)).getMessage();
    assertTrue(m.endsWith("names the Verilog file '" + dir + "', which is a directory: " + dir), m);
  }

  /** A one-port module from a file of the test's, to change its text between builds. */
  static final class Step extends BlackBox {
    final UInt x = input(uint(8));
    final UInt y = output(uint(8));

    Step(String file) {
      super("step_box", file); BROKEN_DECLARED = new Throwable().getStackTrace()[0].getLineNumber();
    }
  }

  static final class UsesStep extends Component {
    final UInt x = input(uint(8));
    final UInt y = output(uint(8));

    UsesStep(String file) {
      Step box = instance(() -> new Step(file));
      box.x.assign(x);
      y.assign(box.y);
    }
  }

  private static String stepBy(int n) {
    return "module step_box (\n  input  wire [7:0] x,\n  output wire [7:0] y\n);\n  assign y = x + 8'd" + n
        + ";\nendmodule\n";
  }

  private static long stepOf(VerilatorSimulator verilator, Design design, int x) {
    try (Simulation sim = verilator.open(design, SimOptions.defaults())) {
      sim.poke("x", x);
      return sim.peek("y");
    }
  }

  @Test
  void editingTheFileBuildsAnotherModel(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("step_box.v");
    Design design = Elaboration.elaborate(() -> new UsesStep(file.toString()));
    VerilatorSimulator verilator = new VerilatorSimulator();

    Files.writeString(file, stepBy(1));
    Path first = verilator.library(design);
    assertEquals(41, stepOf(verilator, design, 40));

    Files.writeString(file, stepBy(2));
    Path second = verilator.library(design);
    assertNotEquals(first, second, "the file's text is part of the cache key");
    assertEquals(42, stepOf(verilator, design, 40), "the model runs the edited Verilog");

    Files.writeString(file, stepBy(1));
    assertEquals(first, verilator.library(design), "the first text finds its model again");
  }

  @Test
  void aVerilatorErrorInTheFilePointsAtItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("step_box.v");
    Files.writeString(file, "module step_box (\n  input  wire [7:0] x,\n  output wire [7:0] y\n);\n"
        + "  assign y = x + undeclared_net;\nendmodule\n");
    Design design = Elaboration.elaborate(() -> new UsesStep(file.toString()));
    String m = assertThrows(SimulationException.class, () -> new VerilatorSimulator().library(design)).getMessage();
    assertTrue(m.contains("%Error: blackbox/step_box.v:5"), m);
    assertTrue(m.contains(file + ":5: assign y = x + undeclared_net;"), m);
    assertTrue(m.contains("in the file of black box Step (Verilog module step_box), declared at"
        + " BlackBoxSimulationTest.java:" + BROKEN_DECLARED), m);
  }

  @Test
  void aStopInTheFileIsReportedAtItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("step_box.v");
    Files.writeString(file, "module step_box (\n  input  wire [7:0] x,\n  output wire [7:0] y\n);\n"
        + "  assign y = x;\n  always @* if (x == 8'hEE) $stop;\nendmodule\n");
    Design design = Elaboration.elaborate(() -> new UsesStep(file.toString()));
    try (Simulation sim = new VerilatorSimulator().open(design, SimOptions.defaults())) {
      sim.poke("x", 0x11);
      assertEquals(0x11, sim.peek("y"));
      sim.poke("x", 0xEE);
      AssertionFailure e = assertThrows(AssertionFailure.class, () -> sim.peek("y"));
      assertEquals(new SourceLoc(file.toString(), 6), e.loc());
      assertTrue(e.getMessage().endsWith("$stop in the file of black box Step (Verilog module step_box), declared"
          + " at BlackBoxSimulationTest.java:" + BROKEN_DECLARED), e.getMessage());
    }
  }

  static final class CellA extends BlackBox {
    final UInt x = input(uint(8));
    final UInt y = output(uint(8));

    CellA(String file) {
      super("cell_a", file);
    }
  }

  static final class CellB extends BlackBox {
    final UInt x = input(uint(8));
    final UInt y = output(uint(8));

    CellB(String file) {
      super("cell_b", file);
    }
  }

  static final class TwoCells extends Component {
    final UInt x = input(uint(8));
    final UInt y = output(uint(8));

    TwoCells(String fileA, String fileB) {
      CellA a = instance(() -> new CellA(fileA));
      CellB b = instance(() -> new CellB(fileB));
      a.x.assign(x);
      b.x.assign(a.y);
      y.assign(b.y);
    }
  }

  /** Two files with one base name, and one with an emitted module's name, each keep their own text. */
  @Test
  void filesWithTheSameNameDoNotOverwriteEachOther(@TempDir Path dir) throws IOException {
    Path a = Files.createDirectories(dir.resolve("a")).resolve("cell.v");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("cell.v");
    Files.writeString(a, "module cell_a (input wire [7:0] x, output wire [7:0] y); assign y = x + 8'd1; endmodule\n");
    Files.writeString(b, "module cell_b (input wire [7:0] x, output wire [7:0] y); assign y = x ^ 8'hFF; endmodule\n");
    Design design = Elaboration.elaborate(() -> new TwoCells(a.toString(), b.toString()));
    Map<String, String> verilog = BlackBoxFiles.of(design).verilog();
    assertEquals(List.of("blackbox/cell.v", "blackbox/2/cell.v", "TwoCells.v"), List.copyOf(verilog.keySet()));
    assertTrue(verilog.get("blackbox/cell.v").contains("module cell_a"));
    assertTrue(verilog.get("blackbox/2/cell.v").contains("module cell_b"));

    assertEquals("blackbox/TwoCells.v", BlackBoxFiles.rtlName("TwoCells.v", Set.of("TwoCells.v")));
    assertEquals("blackbox/x.v", BlackBoxFiles.rtlName("../x.v", Set.of()));
    assertEquals("vendor/x.v", BlackBoxFiles.rtlName("./vendor/../vendor/x.v", Set.of()));
  }
}
