package dev.gemini.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.testbench.DuplexHarness;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The register bus: reads, mirrored writes, and bad accesses answered as documented. */
@ExtendWith(SimulationExtension.class)
class ControlRegistersTest {
  @Test
  void registersReadWriteAndRefuseAsDocumented(TestSimulator simulator) {
    try (DuplexHarness h = new DuplexHarness(simulator, 2, 7, 0.0, 0.0)) {
      assertEquals(RegisterMap.ID_VALUE | 1, h.csrRead(1, RegisterMap.offset("ID")));
      assertFalse(h.lastCsrError(1));
      assertEquals(4, h.csrRead(0, RegisterMap.offset("ERROR_CAPACITY")));

      // A write to one GE takes effect in both, on the same cycle.
      assertTrue(h.csrWrite(0, RegisterMap.offset("IRQ_ENABLE"), 0xFF));
      h.cycles(h.writeDelay());
      assertEquals(0xFF, h.csrRead(0, RegisterMap.offset("IRQ_ENABLE")));
      assertEquals(0xFF, h.csrRead(1, RegisterMap.offset("IRQ_ENABLE")));

      // Unmapped read: all ones and an error; write to a read-only register: ignored, error, logged.
      assertEquals(RegisterMap.UNMAPPED_READ, h.csrRead(0, 0xFC));
      assertTrue(h.lastCsrError(0));
      assertFalse(h.csrWrite(0, RegisterMap.offset("STATUS"), 7));
      h.cycles(h.writeDelay());
      assertEquals(0x100 | RegisterMap.offset("STATUS"), h.csrRead(0, RegisterMap.offset("CSR_ERROR_ADDRESS")));
      assertFalse(h.csrWrite(0, 0xF0, 1));
      long irqStatus = h.csrRead(0, RegisterMap.offset("IRQ_STATUS"));
      assertEquals(1L << RegisterMap.IRQ_CSR_ERROR, irqStatus);
      assertEquals(1, h.sim.peek(h.module(0).irq()));
      assertEquals(0, h.sim.peek(h.module(1).irq()));

      // Write one to clear.
      h.csrWrite(0, RegisterMap.offset("IRQ_STATUS"), 1L << RegisterMap.IRQ_CSR_ERROR);
      h.cycles(h.writeDelay());
      assertEquals(0, h.csrRead(0, RegisterMap.offset("IRQ_STATUS")));
      assertEquals(0, h.sim.peek(h.module(0).irq()));
      // A command register reads as zero.
      assertEquals(0, h.csrRead(0, RegisterMap.offset("COMMAND")));
      assertFalse(h.lastCsrError(0));
    }
  }

  @Test
  void theRegisterMapDocumentListsEveryRegister(TestSimulator simulator) {
    String doc = RegisterMap.toMarkdown();
    for (Register r : RegisterMap.registers()) {
      assertTrue(doc.contains("| " + r.name() + " |"), r.name());
    }
  }
}
