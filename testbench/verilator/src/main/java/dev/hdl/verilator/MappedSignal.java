package dev.hdl.verilator;

import dev.hdl.sim.Pokes;
import dev.hdl.sim.SimSignal;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/** A port or named signal, read and written straight in the model's memory. */
final class MappedSignal implements SimSignal {
  private final VerilatorSimulation sim;
  private final String path;
  private final int width;
  private final int bytes;
  private final ByteBuffer data;
  private final Drive drive;

  /** Whether a poke may drive it, and how it reads a negative value. */
  enum Drive { UNSIGNED_INPUT, SIGNED_INPUT, CLOCK, NONE }

  MappedSignal(VerilatorSimulation sim, String path, int width, int bytes, ByteBuffer data, Drive drive) {
    this.sim = sim;
    this.path = path;
    this.width = width;
    this.bytes = bytes;
    this.data = data;
    this.drive = drive;
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
    Storage.write(data, 0, bytes, Pokes.bits(path, width, drive == Drive.SIGNED_INPUT, value));
    sim.poked();
  }

  @Override
  public void set(BigInteger value) {
    checkDrivable();
    Storage.write(data, 0, bytes, Pokes.bits(path, width, drive == Drive.SIGNED_INPUT, value));
    sim.poked();
  }

  private void checkDrivable() {
    sim.checkOpen();
    if (drive == Drive.CLOCK || drive == Drive.NONE) {
      throw Pokes.notDrivable(path, drive == Drive.CLOCK);
    }
  }
}
