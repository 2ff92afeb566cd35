package dev.hdl.naming;

import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import dev.hdl.source.UserFrames;
import java.lang.StackWalker.Option;
import java.lang.StackWalker.StackFrame;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The place in the user's code that called into the language: its source line and, for calls
 * whose result the user keeps, the name it is kept under.
 */
public record CallSite(SourceLoc loc, NameHint hint) {
  private static final StackWalker WALKER =
      StackWalker.getInstance(Set.of(Option.RETAIN_CLASS_REFERENCE));
  /** How many frames above the first user frame are read to follow returned values. */
  private static final int CALLER_DEPTH = 64;

  /** The user's call site, with the name its result is bound to. */
  public static CallSite capture() {
    return WALKER.walk(s -> {
      Iterator<StackFrame> frames =
          s.dropWhile(f -> UserFrames.isLibrary(f.getClassName())).limit(CALLER_DEPTH).iterator();
      if (!frames.hasNext()) {
        return new CallSite(SourceLoc.UNKNOWN, NameHint.NONE);
      }
      StackFrame first = frames.next();
      return new CallSite(locOf(first), kept(BytecodeNames.hintAfter(first), frames));
    });
  }

  /**
   * Follows a returned value up to the caller that keeps it. A value returned into the JDK (a
   * stream's map) becomes an element of what the JDK call gives the user's code back.
   */
  /**
   * Whether a language frame only hands the value back to its own caller, as {@code
   * inDomain(d, () -> reg(...))} does; if so, skips to the frame of that call.
   */
  private static boolean passesThrough(StackFrame frame, Iterator<StackFrame> callers) {
    if (!frame.getClassName().equals(PASS_THROUGH_CLASS)
        || !frame.getMethodName().startsWith("lambda$" + PASS_THROUGH + "$")) {
      return false;
    }
    while (callers.hasNext()) {
      StackFrame f = callers.next();
      if (f.getMethodName().equals(PASS_THROUGH) && f.getClassName().equals(PASS_THROUGH_CLASS)) {
        return true;
      }
    }
    return false;
  }

  /** The language call that returns what its lambda returns. */
  private static final String PASS_THROUGH = "inDomain";
  private static final String PASS_THROUGH_CLASS = "dev.hdl.Hdl";

  private static NameHint kept(NameHint hint, Iterator<StackFrame> callers) {
    boolean throughJdk = false;
    while (hint.returned() && callers.hasNext()) {
      StackFrame caller = callers.next();
      if (UserFrames.isLanguage(caller.getClassName())) {
        if (!passesThrough(caller, callers)) {
          // Returned to the language, which made the value on its own account.
          return hint.unkept();
        }
        continue;
      }
      if (UserFrames.isLibrary(caller.getClassName())) {
        throughJdk = true;
        continue;
      }
      NameHint callerHint = BytecodeNames.hintAfter(caller);
      hint = hint.resolve(throughJdk ? callerHint.element() : callerHint);
      throughJdk = false;
    }
    return hint.returned() ? hint.unkept() : hint;
  }

  /** Only the user's source line, for nodes whose name is not the user's to choose. */
  public static SourceLoc location() {
    return location(UserFrames::isLibrary);
  }

  /** The first frame that {@code outside} does not select. */
  public static SourceLoc location(Predicate<String> outside) {
    return WALKER.walk(
        s ->
            s.dropWhile(f -> outside.test(f.getClassName()))
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
