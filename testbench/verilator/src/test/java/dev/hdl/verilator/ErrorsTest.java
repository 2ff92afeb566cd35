package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.sim.AssertionFailure;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each way of using the backend wrongly ends in an exception that names the problem. */
class ErrorsTest {
  private static Simulation open() {
    Simulation sim = new VerilatorSimulator().open(TestDesigns.widths(), SimOptions.defaults());
    sim.reset(1);
    return sim;
  }

  private static String message(Runnable r) {
    return assertThrows(SimulationException.class, r::run).getMessage();
  }

  @Test
  void unknownPortIsNamedWithTheSignalsThatExist() {
    try (Simulation sim = open()) {
      String m = message(() -> sim.peek("cout"));
      assertTrue(m.contains("no signal 'cout' in Widths"), m);
      assertTrue(m.contains("count"), m);
      assertTrue(message(() -> sim.readMemory("rom", 0)).contains("no memory 'rom'"));
    }
  }

  @Test
  void valuesWiderThanThePortAreRejected() {
    try (Simulation sim = open()) {
      assertEquals("value 256 does not fit in the 8-bit unsigned input 'a' (it takes 0 to 255)",
          message(() -> sim.poke("a", 256)));
      assertTrue(message(() -> sim.poke("a", -1)).contains("does not fit in the 8-bit unsigned input 'a'"));
      assertTrue(message(() -> sim.poke("c", BigInteger.ONE.shiftLeft(100))).contains("100-bit unsigned input 'c'"));
      assertTrue(message(() -> sim.poke("c", BigInteger.valueOf(-1))).contains("100-bit unsigned input 'c'"));
      assertTrue(message(() -> sim.writeMemory("ram", 0, BigInteger.ONE.shiftLeft(72))).contains("72-bit words"));
      sim.poke("b", -1L);
      assertEquals(-1L ^ TestDesigns.B_MASK.longValue(), sim.peek("bXor"), "every long fits 64 bits");
    }
  }

  @Test
  void outputsAndClocksCannotBeDriven() {
    try (Simulation sim = open()) {
      assertTrue(message(() -> sim.poke("aPlus", 1)).contains("cannot be driven"));
      assertTrue(message(() -> sim.poke("clk", 1)).contains("cannot be driven"));
    }
  }

  @Test
  void aClosedSimulationThrowsInsteadOfTouchingFreedMemory() {
    Simulation sim = open();
    SimSignal count = sim.signal("count");
    sim.close();
    assertTrue(message(count::get).contains("closed"));
    assertTrue(message(() -> count.set(1)).contains("closed"));
    assertTrue(message(sim::step).contains("closed"));
    assertTrue(message(() -> sim.readMemory("ram", 0)).contains("closed"));
    sim.close();
  }

  @Test
  void failedAssertionPointsAtTheJavaLine() {
    try (Simulation sim = open()) {
      sim.step(3);
      sim.poke("a", 0xEE);
      AssertionFailure f = assertThrows(AssertionFailure.class, sim::step);
      assertEquals("TestDesigns.java", f.loc().file());
      assertEquals(49, f.loc().line());
      assertEquals(5, f.cycle());
      assertTrue(f.getMessage().endsWith("a is never 0xEE"), f.getMessage());
      assertTrue(message(sim::step).contains("stopped at cycle 5"), "a stopped model does not run on");
    }
  }

  @Test
  void aModelThatCannotStartIsRefusedWithTheReason() {
    // A combinational loop that never settles: the model's first evaluation gives up.
    String loop = "module Loop (\n  input  wire clk,\n  output wire [7:0] q\n);\n"
        + "  wire [7:0] x = q + 8'd1;\n  assign q = x;\nendmodule\n";
    VerilatorSimulator verilator = new VerilatorSimulator();
    verilator.library(TestDesigns.widths()); // loads the bridge
    Path library = verilator.buildVerilog("Loop", Map.of("Loop.v", loop)).resolve(ModelBuilder.LIBRARY);
    String m = message(() -> NativeModel.open(library.toString()));
    assertTrue(m.contains("the model could not start") && m.contains("did not converge"), m);
  }

  @Test
  void aModelThatFailsWhileItsClocksStartReportsTheReason() {
    // The loop runs only while 'spin' is high and the clock low: the model starts, and gives up
    // on the evaluation that starts its clock.
    String loop = "module SpinLoop (\n  input  wire clk,\n  input  wire spin,\n  output wire [7:0] q\n);\n"
        + "  wire [7:0] x = (spin & ~clk) ? q + 8'd1 : 8'd0;\n  assign q = x;\nendmodule\n";
    VerilatorSimulator verilator = new VerilatorSimulator();
    verilator.library(TestDesigns.widths()); // loads the bridge
    Path library = verilator.buildVerilog("SpinLoop", Map.of("SpinLoop.v", loop)).resolve(ModelBuilder.LIBRARY);
    long handle = NativeModel.open(library.toString());
    try {
      int[] info = new int[4];
      NativeModel.find(handle, "TOP.TOP", "spin", info).put(0, (byte) 1);
      ByteBuffer clk = NativeModel.find(handle, "TOP.TOP", "clk", info);
      int status = NativeModel.setClocks(handle, new ByteBuffer[] {clk}, new int[] {2}, new int[] {0});
      assertEquals(NativeModel.FATAL, status);
      assertEquals(NativeModel.FATAL, NativeModel.status(handle));
      assertTrue(NativeModel.message(handle).contains("did not converge"), NativeModel.message(handle));
    } finally {
      NativeModel.close(handle);
    }
  }

  @Test
  void aTraceThatCannotBeWrittenStopsTheRunWithTheReason() {
    // Every write to /dev/full fails as on a full disk.
    try (Simulation sim = open()) {
      sim.traceTo(Path.of("/dev/full"));
      String m = message(() -> {
        for (int i = 0; i < 100_000; i++) {
          sim.step();
        }
      });
      assertTrue(m.contains("cannot write the trace /dev/full: No space left on device"), m);
    }
  }

  @Test
  void missingVerilatorSaysHowToInstallIt() {
    String m = message(() -> Toolchain.locate("/nonexistent/verilator", "g++"));
    assertTrue(m.contains("Verilator is not installed") && m.contains("apt-get install verilator"), m);
  }

  @Test
  void verilatorErrorShowsTheVerilogLineAndItsJavaLocator() {
    String broken = "module Broken (\n  input  wire a,\n  output wire b\n);\n"
        + "  assign b = a & undeclared;                     // Broken.java:7\nendmodule\n";
    String m = message(() -> new VerilatorSimulator().buildVerilog("Broken", Map.of("Broken.v", broken)));
    assertTrue(m.contains("%Error: Broken.v:5"), m);
    assertTrue(m.contains("Broken.v:5: assign b = a & undeclared;"), m);
    assertTrue(m.contains("described at Broken.java:7"), m);
  }
}
