package dev.hdl.lib;

import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import dev.hdl.source.UserFrames;
import java.util.Arrays;

/**
 * Errors for arguments the library refuses. They name the user's line that called into the
 * library, past the library's own frames, which the language's call sites count as user code
 * (the library's blocks are ordinary components, named from their own bytecode).
 */
final class Caller {
  private static final StackWalker WALKER = StackWalker.getInstance();
  private static final String PACKAGE = Caller.class.getPackageName() + ".";

  private Caller() {}

  /** Throws an error at the caller's line unless {@code ok}. */
  static void require(boolean ok, String message) {
    if (!ok) {
      throw error(message);
    }
  }

  static HdlException error(String message) {
    HdlException e = new HdlException(location(), message);
    StackTraceElement[] trace = e.getStackTrace();
    int first = 0;
    while (first < trace.length - 1 && outsideUserCode(trace[first].getClassName())) {
      first++;
    }
    e.setStackTrace(Arrays.copyOfRange(trace, first, trace.length));
    return e;
  }

  private static SourceLoc location() {
    return WALKER.walk(frames -> frames
        .dropWhile(f -> outsideUserCode(f.getClassName()))
        .findFirst()
        .filter(f -> f.getFileName() != null && f.getLineNumber() >= 0)
        .map(f -> new SourceLoc(f.getFileName(), f.getLineNumber()))
        .orElse(SourceLoc.UNKNOWN));
  }

  private static boolean outsideUserCode(String className) {
    return className.startsWith(PACKAGE) || UserFrames.isLibrary(className);
  }
}
