package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;
import static dev.hdl.tests.checks.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.UInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An address of the wrong width is a slip, not something to resize quietly; every port checks it. */
class MemoryAddressTest {
  enum Port { READ_ASYNC, READ_SYNC, WRITE }

  static final class WideAddress extends Component {
    static String declared, access;

    WideAddress(Port port) {
      declared = here(); UInt addr = input(uint(8));
      UInt y = output(uint(8));
      Mem<UInt> m = mem(uint(8), 16);
      switch (port) {
        case READ_ASYNC -> { access = here(); y.assign(m.readAsync(addr)); }
        case READ_SYNC -> { access = here(); y.assign(m.readSync(addr)); }
        case WRITE -> { access = here(); m.write(addr, y); }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Port.class)
  void addressMustHaveTheMemorysWidth(Port port) {
    String message = rejectionOf(() -> new WideAddress(port));
    assertEquals(WideAddress.access + ": memory 'm' of depth 16 takes a 4-bit address, but UInt(8) 'addr' from "
        + WideAddress.declared + " is 8 bits; resize it.", message);
  }
}
