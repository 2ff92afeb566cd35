package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.messageOf;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hdl.Component;
import dev.hdl.lib.AsyncFifo;
import dev.hdl.lib.BinaryToOneHot;
import dev.hdl.lib.Counter;
import dev.hdl.lib.OneHotToBinary;
import dev.hdl.lib.PriorityEncoder;
import dev.hdl.lib.Queue;
import dev.hdl.lib.ResetSynchronizer;
import dev.hdl.lib.RoundRobinArbiter;
import dev.hdl.lib.ShiftRegister;
import dev.hdl.lib.Widths;
import dev.hdl.source.HdlException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The library refuses sizes that make no hardware at the user's line, not at its own. */
class LibraryArgumentTest {
  /** A design that places one block. */
  static final class Placing extends Component {
    Placing(Supplier<? extends Component> block) {
      instance(block);
    }
  }

  /** The line that makes the block, the block, and the refusal. */
  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(here(), (Supplier<Component>) () -> new Queue<>(uint(8), 0),
            "a queue holds at least 1 word, not 0."),
        Arguments.of(here(), (Supplier<Component>) () -> new Counter(0),
            "a counter counts modulo at least 1, not 0."),
        Arguments.of(here(), (Supplier<Component>) () -> Counter.withClear(-2),
            "a counter counts modulo at least 1, not -2."),
        Arguments.of(here(), (Supplier<Component>) () -> new ShiftRegister<>(bool(), 0),
            "a shift register has at least 1 stage, not 0."),
        Arguments.of(here(), (Supplier<Component>) () -> new RoundRobinArbiter(0),
            "an arbiter has at least 1 requester, not 0."),
        Arguments.of(here(), (Supplier<Component>) () -> new PriorityEncoder(0),
            "a priority encoder takes at least 1 bit, not 0."),
        Arguments.of(here(), (Supplier<Component>) () -> new BinaryToOneHot(0),
            "a one-hot value has at least 1 bit, not 0."),
        Arguments.of(here(), (Supplier<Component>) () -> new OneHotToBinary(-1),
            "a one-hot value has at least 1 bit, not -1."),
        Arguments.of(here(), (Supplier<Component>) () -> new AsyncFifo(0, 3),
            "an async FIFO's words have at least 1 bit, not 0."),
        Arguments.of(here(), (Supplier<Component>) () -> new AsyncFifo(8, 0),
            "an async FIFO needs between 1 and 30 address bits, not 0."),
        Arguments.of(here(), (Supplier<Component>) () -> new ResetSynchronizer(1),
            "a reset synchronizer needs at least 2 stages, not 1."));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void aBlockOfNoSizeIsRefusedWhereItIsMade(String line, Supplier<? extends Component> block, String expected) {
    assertEquals(line + ": " + expected, rejectionOf(() -> new Placing(block)));
  }

  @Test
  void widthsOfNothingAreRefusedAtTheCall() {
    String[] at = new String[1];
    HdlException log = assertThrows(HdlException.class, () -> {
      at[0] = here(); Widths.log2Ceil(0);
    });
    assertEquals(at[0] + ": log2Ceil(0) is undefined: it takes a count of at least 1.", messageOf(log));
    HdlException bits = assertThrows(HdlException.class, () -> {
      at[0] = here(); Widths.bitsFor(-1);
    });
    assertEquals(at[0] + ": bitsFor(-1) is undefined: it takes the largest value to hold, at least 0.",
        messageOf(bits));
    assertFalse(bits.getStackTrace()[0].getClassName().startsWith("dev.hdl.lib."),
        "the trace starts in the library at " + bits.getStackTrace()[0]);
  }
}
