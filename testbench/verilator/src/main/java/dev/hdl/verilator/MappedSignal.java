package dev.hdl.verilator;

import dev.hdl.sim.SimSignal;
import dev.hdl.sim.SimulationException;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/** A port or named signal, read and written straight in the model's memory. */
final class MappedSignal implements SimSignal {
  private final VerilatorSimulation sim;
  private final String path;
  private final int width;
  private final int bytes;
  private final ByteBuffer data;
  private final boolean drivable;

  MappedSignal(VerilatorSimulation sim, String path, int width, int bytes, ByteBuffer data, boolean drivable) {
    this.sim = sim;
    this.path = path;
    this.width = width;
    this.bytes = bytes;
    this.data = data;
    this.drivable = drivable;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public int width() {
    return width;
  }

  ByteBuffer data() {
    return data;
  }

  int bytes() {
    return bytes;
  }

  @Override
  public long get() {
    sim.settle();
    return Storage.read(data, 0, bytes);
  }

  @Override
  public BigInteger getBig() {
    sim.settle();
    return Storage.readBig(data, 0, bytes);
  }

  @Override
  public void set(long value) {
    checkDrivable();
    if (!Storage.fits(value, width)) {
      throw tooWide(Long.toUnsignedString(value));
    }
    Storage.write(data, 0, bytes, value);
    sim.poked();
  }

  @Override
  public void set(BigInteger value) {
    checkDrivable();
    if (!Storage.fits(value, width)) {
      throw tooWide(value.toString());
    }
    Storage.write(data, 0, bytes, value);
    sim.poked();
  }

  private void checkDrivable() {
    sim.checkOpen();
    if (!drivable) {
      throw new SimulationException("'" + path + "' cannot be driven: only top-level inputs can be poked"
          + " (clocks are driven by the simulator; use inject() to upset internal state)");
    }
  }

  private SimulationException tooWide(String value) {
    return new SimulationException("value " + value + " does not fit in the " + width + "-bit port '" + path + "'");
  }
}
