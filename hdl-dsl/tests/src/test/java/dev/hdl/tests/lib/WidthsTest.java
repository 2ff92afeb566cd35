package dev.hdl.tests.lib;

import static dev.hdl.lib.Widths.bitsFor;
import static dev.hdl.lib.Widths.log2Ceil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** log2Ceil numbers things from 0; bitsFor holds every value up to its argument. */
class WidthsTest {
  @ParameterizedTest
  @CsvSource({"1, 0", "2, 1", "3, 2", "4, 2", "5, 3", "8, 3", "9, 4", "1024, 10", "1025, 11",
      "9223372036854775807, 63"})
  void log2CeilIsTheBitsToNumberThatManyThings(long n, int bits) {
    assertEquals(bits, log2Ceil(n));
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "1, 1", "2, 2", "3, 2", "7, 3", "8, 4", "255, 8", "256, 9", "9223372036854775807, 63"})
  void bitsForHoldsEveryValueUpToItsArgument(long n, int bits) {
    assertEquals(bits, bitsFor(n));
  }
}
