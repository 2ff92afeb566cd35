package dev.gemini.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What {@link CoreMark} reads from the benchmark's report. */
class CoreMarkReportTest {
  private static final String VALID = """
      2K performance run parameters for coremark.
      CoreMark Size    : 666
      Total ticks      : 315414
      [0]crclist       : 0xe714
      [0]crcfinal      : 0xe714
      Errors detected
      """;

  @Test
  void readsTicksAndCrcAndTakesTheShortRunForValid() {
    CoreMark.Result result = CoreMark.parse(1, VALID);
    assertEquals(315414, result.ticks());
    assertEquals(0xe714, result.crcFinal());
    assertTrue(result.crcsValid());
    assertEquals(1e6 / 315414, result.perMhz(), 1e-12);
  }

  @Test
  void aWrongCrcOrOtherParametersAreNotValid() {
    assertFalse(CoreMark.parse(1, VALID + "[0]ERROR! matrix crc 0x1fd6 - should be 0x1fd7\n").crcsValid());
    assertFalse(CoreMark.parse(1, VALID.replace("2K performance", "2K validation")).crcsValid());
  }

  @Test
  void aReportWithoutTicksFails() {
    AssertionError e = assertThrows(AssertionError.class, () -> CoreMark.parse(1, "CoreMark Size : 666\n"));
    assertTrue(e.getMessage().contains("no total ticks or final CRC"), e.getMessage());
  }
}
