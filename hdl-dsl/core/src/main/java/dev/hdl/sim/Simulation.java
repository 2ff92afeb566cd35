package dev.hdl.sim;

import dev.hdl.ir.Design;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * A running simulation of an elaborated design. Every backend implements this, so that a test
 * runs unchanged on any of them.
 *
 * <p>Time advances in cycles of the default clock (the top module's {@code clk}, or the first
 * clock in {@link SimOptions}). Values poked before {@link #step} are sampled at its rising edge;
 * peeks see the values settled after the last poke or step. Signals are named by their Verilog
 * path below the top: a port {@code "count"}, an internal signal {@code "u_fifo.wptr"}.
 */
public interface Simulation extends AutoCloseable {

  /** A handle to a port or named signal, resolved once for fast repeated access. */
  SimSignal signal(String path);

  /** A handle to a signal the test holds: a port or signal in a field of the elaborated top. */
  default SimSignal signal(Probe signal) {
    return signal(signal.pathIn(design()));
  }

  default void poke(Probe port, long value) {
    signal(port).set(value);
  }

  default void poke(Probe port, BigInteger value) {
    signal(port).set(value);
  }

  default long peek(Probe signal) {
    return signal(signal).get();
  }

  default BigInteger peekBig(Probe signal) {
    return signal(signal).getBig();
  }

  default long peekSigned(Probe signal) {
    return signal(signal).getSigned();
  }

  default <E extends Enum<E>> E peekEnum(Probe signal, Class<E> type) {
    return signal(signal).getEnum(type);
  }

  default void poke(String port, long value) {
    signal(port).set(value);
  }

  default void poke(String port, BigInteger value) {
    signal(port).set(value);
  }

  default long peek(String path) {
    return signal(path).get();
  }

  default BigInteger peekBig(String path) {
    return signal(path).getBig();
  }

  /** The value read as a two's complement number of its width: -1 for an SInt(4) holding 0b1111. */
  default long peekSigned(String path) {
    return signal(path).getSigned();
  }

  default BigInteger peekSignedBig(String path) {
    return signal(path).getSignedBig();
  }

  /** The constant of {@code type} that an enum-typed signal holds. */
  default <E extends Enum<E>> E peekEnum(String path, Class<E> type) {
    return signal(path).getEnum(type);
  }

  /** One cycle of the default clock, with every other clock's edges that fall within it. */
  void step();

  default void step(int cycles) {
    for (int i = 0; i < cycles; i++) {
      step();
    }
  }

  /** Steps until {@code done} holds; returns the cycles stepped, or throws after {@code maxCycles}. */
  default long runUntil(BooleanSupplier done, long maxCycles) {
    for (long n = 0; n < maxCycles; n++) {
      if (done.getAsBoolean()) {
        return n;
      }
      step();
    }
    if (done.getAsBoolean()) {
      return maxCycles;
    }
    throw new SimulationException("condition not reached within " + maxCycles + " cycles (at cycle " + cycle() + ")");
  }

  /** Completed cycles of the default clock. */
  long cycle();

  /** Holds every reset of the top module active for {@code cycles} cycles, then releases them. */
  void reset(int cycles);

  /** A word of a memory, by its path ({@code "u_ram.mem"}). */
  BigInteger readMemory(String path, int address);

  void writeMemory(String path, int address, BigInteger value);

  /** Schedules a fault; it takes effect at its cycle. */
  void inject(Fault fault);

  /** Writes a waveform of every named signal from now on (VCD, or FST for a {@code .fst} file). */
  void traceTo(Path file);

  /** The seed this simulation was given, for replaying it. */
  long seed();

  Design design();

  /** Flushes the trace and frees the model; any later call throws {@link SimulationException}. */
  @Override
  void close();
}
