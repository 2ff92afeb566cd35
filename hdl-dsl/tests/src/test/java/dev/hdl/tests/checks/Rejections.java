package dev.hdl.tests.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.source.HdlException;
import dev.hdl.source.UserFrames;
import java.util.function.Supplier;

/**
 * What every rejected design must give its author: an {@link HdlException} out of elaboration
 * (so no Verilog exists) whose stack trace starts in the author's code, not in the library.
 */
final class Rejections {
  private Rejections() {}

  /**
   * {@code File.java:line} of the statement that calls this, to expect in a message. Designs
   * call it on the line under test ({@code at = here(); y.assign(a);}), so the expectation
   * follows the line when the file is edited; it is known once elaboration has run.
   */
  static String here() {
    StackTraceElement caller = new Throwable().getStackTrace()[1];
    return caller.getFileName() + ":" + caller.getLineNumber();
  }

  /** Elaborates {@code top}, which must be rejected, and returns the message. */
  static String rejectionOf(Supplier<? extends Component> top) {
    return messageOf(assertThrows(HdlException.class, () -> Elaboration.elaborate(top)));
  }

  /** The message of {@code e}, after checking that its trace starts in user code. */
  static String messageOf(HdlException e) {
    StackTraceElement first = e.getStackTrace()[0];
    assertFalse(UserFrames.isLibrary(first.getClassName()), "the trace starts in the library at " + first);
    return e.getMessage();
  }
}
