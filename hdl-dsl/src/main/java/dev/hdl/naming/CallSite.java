package dev.hdl.naming;

import dev.hdl.HdlException;
import dev.hdl.ir.SourceLoc;
import java.lang.StackWalker.Option;
import java.lang.StackWalker.StackFrame;
import java.util.List;
import java.util.Set;

/**
 * The place in the user's code that called into the language: its source line and, for calls
 * whose result the user keeps, the name it is kept under.
 */
public record CallSite(SourceLoc loc, NameHint hint) {
  private static final StackWalker WALKER =
      StackWalker.getInstance(Set.of(Option.RETAIN_CLASS_REFERENCE));
  /** How many frames above the first user frame are read to follow helper methods' returns. */
  private static final int CALLER_DEPTH = 6;

  /** The user's call site, with the name its result is bound to. */
  public static CallSite capture() {
    List<StackFrame> frames =
        WALKER.walk(
            s -> s.dropWhile(f -> UserFrames.isLibrary(f.getClassName())).limit(CALLER_DEPTH).toList());
    if (frames.isEmpty()) {
      return new CallSite(SourceLoc.UNKNOWN, NameHint.NONE);
    }
    StackFrame first = frames.get(0);
    SourceLoc loc = locOf(first);
    NameHint hint = BytecodeNames.hintAfter(first);
    // A helper that returns the value it built: the name is wherever its caller stores it.
    for (int i = 1; hint.kind() == NameHint.Kind.RETURNED && i < frames.size(); i++) {
      StackFrame caller = frames.get(i);
      if (UserFrames.isLibrary(caller.getClassName())) {
        return new CallSite(loc, NameHint.NONE);
      }
      hint = BytecodeNames.hintAfter(caller);
    }
    return new CallSite(loc, hint.kind() == NameHint.Kind.RETURNED ? NameHint.NONE : hint);
  }

  /** Only the user's source line, for nodes whose name is not the user's to choose. */
  public static SourceLoc location() {
    return WALKER.walk(
        s ->
            s.dropWhile(f -> UserFrames.isLibrary(f.getClassName()))
                .findFirst()
                .map(CallSite::locOf)
                .orElse(SourceLoc.UNKNOWN));
  }

  /** The user's line that runs a constructor of {@code type}, outside that constructor and its supers. */
  public static SourceLoc constructionSite(Class<?> type) {
    return WALKER.walk(
        s ->
            s.dropWhile(f -> UserFrames.isLibrary(f.getClassName())
                    || (f.getMethodName().equals("<init>") && f.getDeclaringClass().isAssignableFrom(type)))
                .findFirst()
                .map(CallSite::locOf)
                .orElse(SourceLoc.UNKNOWN));
  }

  private static SourceLoc locOf(StackFrame frame) {
    if (frame.getLineNumber() < 0 || frame.getFileName() == null) {
      throw new HdlException(
          frame.getClassName()
              + " was compiled without line numbers, so errors cannot point at its source."
              + " Compile it with debug information (javac -g).");
    }
    return new SourceLoc(frame.getFileName(), frame.getLineNumber());
  }
}
