package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.Mem;
import dev.hdl.UInt;
import dev.hdl.verilog.VerilogOutput;
import org.junit.jupiter.api.Test;

/** A memory must have something in it to read; one that is only read needs no clock. */
class MemoryChecksTest {

  static final class NeverWritten extends Component {
    static String memAt;
    final UInt a = input(uint(2));
    final UInt y = output(uint(8));

    NeverWritten() {
      memAt = here(); Mem<UInt> rom = mem(uint(8), 4);
      y.assign(rom.readAsync(a));
    }
  }

  @Test
  void aMemoryNeitherWrittenNorInitialisedIsRejected() {
    String message = rejectionOf(NeverWritten::new);
    assertEquals(NeverWritten.memAt + ": memory 'rom' of NeverWritten is never written and has no initial contents,"
        + " so every read of it would be undefined. Give it contents with init(...), or write it.", message);
  }

  static final class Rom extends Component {
    final UInt a = input(uint(2));
    final UInt y = output(uint(8));

    Rom() {
      Mem<UInt> table = mem(uint(8), 4);
      table.init(1, 2, 4, 8);
      y.assign(table.readAsync(a));
    }
  }

  @Test
  void aReadOnlyMemoryWithAsynchronousReadsHasNoClock() {
    String v = VerilogOutput.of(Elaboration.elaborate(Rom::new)).module("Rom");
    assertFalse(v.contains("clk"), v);
  }
}
