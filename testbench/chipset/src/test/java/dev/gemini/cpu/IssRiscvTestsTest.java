package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gemini.testbench.cpu.CpuTestSystem;
import dev.gemini.testbench.cpu.TraceComparison;
import dev.gemini.testbench.cpu.iss.Disassembler;
import dev.gemini.testbench.cpu.iss.GoldenModel;
import dev.gemini.testbench.cpu.iss.Retirement;
import dev.gemini.testbench.cpu.iss.Rv32Iss;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every riscv-test and machine-mode test, each retired instruction compared with the ISS's. */
@ExtendWith(SimulationExtension.class)
class IssRiscvTestsTest {
  static final Elaborated<CpuTestSystem> SYSTEM = Elaboration.elaborateTop(CpuTestSystem::new);

  static List<String> tests() {
    return RiscvTestSuite.everyTest();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tests")
  void retiresAsTheIss(String test, TestSimulator simulator) {
    long[] program = RiscvTestSuite.program(test).words();
    try (Simulation sim = simulator.open(SYSTEM.design())) {
      TraceComparison.Outcome outcome = new TraceComparison(sim, SYSTEM.top().retire)
          .run(program, new Rv32Iss(program));
      if (!(outcome instanceof TraceComparison.Agreed)) {
        fail(test + ": " + outcome.report());
      }
      assertEquals(1, sim.peek(SYSTEM.top().tohost), test + " ran as the ISS has it, but failed: " + outcome.report());
    }
  }

  /** A model whose sub is off by one: the comparison stops at the first sub that writes a register. */
  @Test
  void aWrongModelIsCaughtAtItsInstruction(TestSimulator simulator) {
    long[] program = RiscvTestSuite.program("rv32ui/sub").words();
    Rv32Iss iss = new Rv32Iss(program);
    GoldenModel wrongSub = core -> {
      Retirement right = iss.follow(core);
      return Disassembler.disassemble(right.word()).startsWith("sub ") && right.rd() != 0
          ? new Retirement(right.pc(), right.word(), right.rd(), right.rdValue() + 1, false, false, 0, 0, false, 0)
          : right;
    };
    try (Simulation sim = simulator.open(SYSTEM.design())) {
      TraceComparison.Outcome outcome = new TraceComparison(sim, SYSTEM.top().retire).run(program, wrongSub);
      if (!(outcome instanceof TraceComparison.Diverged diverged)) {
        throw new AssertionError("a model with a wrong sub agreed with the core: " + outcome.report());
      }
      assertEquals(Retirement.Field.RD_VALUE, diverged.field(), diverged.report());
      assertEquals(diverged.model().rdValue(), diverged.core().rdValue() + 1, diverged.report());
      assertTrue(diverged.report().contains(" sub x"), diverged.report());
    }
  }
}
