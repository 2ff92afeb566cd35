package dev.hdl.source;

/**
 * A problem with the user's design, reported against the user's source line. Its stack trace is
 * cut down to the user's own frames so that it reads as one paragraph, not as a dump of the
 * library's internals.
 */
public class HdlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HdlException(String message) {
    super(message);
    setStackTrace(UserFrames.userOnly(getStackTrace()));
  }

  public HdlException(SourceLoc loc, String message) {
    this(loc + ": " + message);
  }
}
