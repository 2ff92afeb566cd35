package dev.hdl.verilator;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.hdl.sim.SimulationException;
import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JNI bridge: one small library, built and cached like a model, that loads model libraries
 * privately and forwards to them. A handle is a model instance; every call but {@link #step} and
 * {@link #eval} is made once per simulation, not per cycle: ports are read and written in place, and
 * the calls that evaluate the model return its status.
 */
final class NativeModel {
  static final String LIBRARY = "libhdlbridge.so";
  static final int OK = 0;
  static final int STOP = 1;
  static final int FATAL = 2;
  static final int FINISH = 3;

  private static Path loaded;

  private NativeModel() {}

  /** Builds (once per machine) and loads the bridge into this JVM. */
  static synchronized void load(Toolchain tools, BuildCache cache) {
    if (loaded != null) {
      return;
    }
    Path jdk = Path.of(System.getProperty("java.home"));
    Path include = jdk.resolve("include");
    List<String> parts = List.of(tools.compiler, tools.compilerVersion, include.toString(),
        NativeSources.text(NativeSources.API_HEADER), NativeSources.text(NativeSources.BRIDGE));
    Path entry = cache.entry(BuildCache.key("bridge", parts), List.of(LIBRARY), dir -> build(tools, include, dir));
    Path library = entry.resolve(LIBRARY);
    System.load(library.toString());
    loaded = library;
    warnWithoutSystemMemoryBarrier();
  }

  /** Said once per JVM: without the flag, every JNI transition (one a cycle) pays a memory fence. */
  private static void warnWithoutSystemMemoryBarrier() {
    String option = "UseSystemMemoryBarrier";
    boolean on;
    try {
      on = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .getVMOption(option).getValue());
    } catch (IllegalArgumentException unknownToThisJvm) {
      on = false;
    }
    if (!on) {
      System.err.println("hdl-dsl: the Verilator back end runs without -XX:+" + option
          + ", so each cycle's JNI call pays a memory fence; add the flag to the JVM's options"
          + " (under Maven, Surefire's <argLine>).");
    }
  }

  private static void build(Toolchain tools, Path include, Path dir) throws IOException {
    NativeSources.copy(dir, List.of(NativeSources.API_HEADER, NativeSources.BRIDGE));
    List<String> cmd = new ArrayList<>(List.of(tools.compiler, "-std=gnu++14", "-O2", "-fPIC", "-shared",
        "-fvisibility=hidden", "-I" + include, "-I" + include.resolve("linux"), "-I" + dir,
        dir.resolve(NativeSources.BRIDGE).toString(), "-ldl", "-o", dir.resolve(LIBRARY).toString()));
    Toolchain.Result r = Toolchain.run(cmd, dir);
    if (r.exit() != 0) {
      throw new SimulationException("the JNI bridge does not compile (are the JDK headers installed under "
          + include + "?):\n" + r.output());
    }
  }

  static native long open(String library);

  static native void close(long handle);

  /** A buffer over the variable's storage, or null; {@code info} gets width, depth, lowest index, element bytes. */
  static native ByteBuffer find(long handle, String scope, String name, int[] info);

  /** Starts the clocks low and evaluates; returns the model's status. */
  static native int setClocks(long handle, ByteBuffer[] ports, int[] periods, int[] phases);

  /**
   * Runs cycles of the first clock; returns those completed, or, when the model stopped (status
   * no longer {@link #OK}), the complement {@code ~completed}, which is negative.
   */
  static native long step(long handle, long cycles);

  /** Evaluates the model; returns its status. */
  static native int eval(long handle);

  static native void force(long handle, ByteBuffer storage, int offset, int mask, int value, boolean on);

  static native boolean traceOpen(long handle, String path);

  /** Closes the trace; returns the model's status, no longer {@link #OK} if a write failed. */
  static native int traceClose(long handle);

  /** {@link #OK}, or why the model stopped. */
  static native int status(long handle);

  static native String message(long handle);
}
