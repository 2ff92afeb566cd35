package dev.hdl.tests.constructs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.hdl.testing.Emitted;
import dev.hdl.testing.IcarusBench;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link RegistersTest.Registers} in Icarus: a synchronous reset acts on the clock edge,
 * an asynchronous one at once, an enable holds the value, a register without reset follows.
 * {@code clk} gets an edge after every sample; {@code aclk} and {@code bclk} are driven as data.
 */
class RegisterSemanticsTest {
  @Test
  void resetsAndEnablesActWhenTheyShould() {
    List<Map<String, BigInteger>> s = IcarusBench.clocked(Emitted.of(RegistersTest.Registers::new), "clk")
        .step("rst", 1, "arst_n", 1, "d", 0x11)
        .step("rst", 0, "arst_n", 0, "brst", 1)
        .step("arst_n", 1, "brst", 0, "en", 1, "d", 0x22)
        .step("aclk", 1, "bclk", 1, "en", 0)
        .step("aclk", 0, "bclk", 0, "d", 0x44, "rst", 1)
        .step("rst", 0)
        .run();

    // Out of the synchronous reset on the first edge; the asynchronous resets act without an edge.
    assertEquals(5, value(s, 1, "counted"));
    assertEquals(0, value(s, 1, "held"));
    assertEquals(BigInteger.ONE.shiftLeft(70), s.get(1).get("wide"));
    assertEquals(0xa5, value(s, 1, "lowReset"));
    assertEquals(1, value(s, 1, "highReset"));
    assertEquals(0x11, value(s, 1, "delayed"));

    // Enable low on the second edge: the register holds; without reset, 'last' follows d.
    assertEquals(6, value(s, 2, "counted"));
    assertEquals(0, value(s, 2, "held"));

    // Enable high on the third edge loads d; the second domains' edges load d too.
    assertEquals(0x22, value(s, 3, "held"));
    assertEquals(0x22, value(s, 3, "lowReset"));
    assertEquals(0x22, value(s, 3, "highReset"));
    assertEquals(0x22, value(s, 3, "delayed"));

    // The synchronous reset is raised at step 4 but acts only on that step's edge.
    assertEquals(8, value(s, 4, "counted"));
    assertEquals(0x22, value(s, 4, "held"));
    assertEquals(5, value(s, 5, "counted"));
    assertEquals(0, value(s, 5, "held"));
  }

  private static long value(List<Map<String, BigInteger>> samples, int step, String output) {
    BigInteger v = samples.get(step).get(output);
    assertNotNull(v, output + " is x or z at step " + step);
    return v.longValueExact();
  }
}
