package dev.hdl.lib;

import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;
import dev.hdl.source.UserFrames;

/**
 * Errors for arguments the library refuses. They name the user's line that called into the
 * library, past the library's own frames, which the language's call sites count as user code
 * (the library's blocks are ordinary components, named from their own bytecode).
 */
final class Caller {
  private Caller() {}

  /** Throws an error at the caller's line unless {@code ok}. */
  static void require(boolean ok, String message) {
    if (!ok) {
      throw error(message);
    }
  }

  static HdlException error(String message) {
    HdlException e = new HdlException(CallSite.location(UserFrames::isLibraryOrBlock), message);
    e.setStackTrace(UserFrames.userOnly(e.getStackTrace(), UserFrames::isLibraryOrBlock));
    return e;
  }
}
