package dev.gemini.testbench.machine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The test host's device in an IO subsystem, at the addresses where the firmware runtime expects
 * the test system's: {@code tohost} at {@code +0x0}, where a program reports its end, and the
 * console at {@code +0xC}, which appends each stored byte. Reads complete {@value #LATENCY}
 * cycles after the device takes them; an unmapped register completes as an unsupported request.
 */
public final class HostDevice extends RegisterDevice {
  public static final int TOHOST = 0x0;
  public static final int CONSOLE = 0xC;
  static final int LATENCY = 3;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private long tohost;
  private boolean reported;

  public HostDevice() {
    super(0, LATENCY);
  }

  @Override
  OptionalLong read(int register) {
    return switch (register) {
      case TOHOST -> OptionalLong.of(tohost);
      case CONSOLE -> OptionalLong.of(0);
      default -> OptionalLong.empty();
    };
  }

  @Override
  void write(int register, long word) {
    switch (register) {
      case TOHOST -> {
        tohost = word;
        reported = true;
      }
      case CONSOLE -> console.write((int) word & 0xFF);
      default -> { }
    }
  }

  /** Whether a program has written {@code tohost}. */
  public boolean reported() {
    return reported;
  }

  public long tohost() {
    return tohost;
  }

  public String console() {
    return console.toString(StandardCharsets.ISO_8859_1);
  }
}
