package dev.hdl.lib;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.ClockDomain;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.ResetKind;
import dev.hdl.UInt;

/**
 * A first-in first-out queue between two clock domains: written in the domain of {@code
 * writeClock}, read in this module's default domain. The pointers cross as Gray codes through
 * two-flop synchronizers, so at most one bit of a crossing pointer changes per write or read.
 */
public final class AsyncFifo extends Component {
  public final Bool writeClock = input(bool());
  public final Bool writeReset = input(bool());
  public final UInt writeData;
  public final Bool writeValid = input(bool());
  public final Bool writeReady = output(bool());
  public final UInt readData;
  public final Bool readValid = output(bool());
  public final Bool readReady = input(bool());
  private final int width;
  private final int addressBits;

  /** A FIFO of {@code 2^addressBits} words of {@code width} bits. */
  public AsyncFifo(int width, int addressBits) {
    Caller.require(width >= 1, "an async FIFO's words have at least 1 bit, not " + width + ".");
    Caller.require(addressBits >= 1 && addressBits <= 30,
        "an async FIFO needs between 1 and 30 address bits, not " + addressBits + ".");
    this.width = width;
    this.addressBits = addressBits;
    writeData = input(uint(width));
    readData = output(uint(width));
    int pointerBits = addressBits + 1;
    ClockDomain write = clockDomain(writeClock, writeReset, ResetKind.SYNC, false);
    Mem<UInt> slots = inDomain(write, () -> mem(uint(width), 1 << addressBits));

    UInt readGray = reg(uint(pointerBits), 0);
    grayCoded(readGray);
    UInt writeGray = inDomain(write, () -> {
      UInt binary = reg(uint(pointerBits), 0);
      UInt gray = reg(uint(pointerBits), 0);
      grayCoded(gray);
      TwoFlopSynchronizer readSeen = instance(() -> new TwoFlopSynchronizer(pointerBits));
      readSeen.in.assign(readGray);
      // Full: the writer is a whole lap ahead, which in Gray code flips the top two bits.
      Bool full = gray.eq(readSeen.out.xor(lit(3L << (pointerBits - 2), pointerBits)));
      writeReady.assign(full.not());
      when(writeValid.and(full.not()), () -> {
        slots.write(binary.truncate(addressBits), writeData);
        UInt next = binary.add(1);
        binary.assign(next);
        gray.assign(next.xor(next.shiftRight(1)));
      });
      return gray;
    });

    UInt binary = reg(uint(pointerBits), 0);
    TwoFlopSynchronizer writeSeen = instance(() -> new TwoFlopSynchronizer(pointerBits));
    writeSeen.in.assign(writeGray);
    Bool empty = readGray.eq(writeSeen.out);
    readValid.assign(empty.not());
    readData.assign(slots.readAsync(binary.truncate(addressBits)));
    when(readReady.and(empty.not()), () -> {
      UInt next = binary.add(1);
      binary.assign(next);
      readGray.assign(next.xor(next.shiftRight(1)));
    });
  }

  @Override
  public String moduleName() {
    return "AsyncFifo_w" + width + "_a" + addressBits;
  }
}
