package dev.hdl.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Tells the user's stack frames from the library's and the JDK's. */
public final class UserFrames {
  /** Packages of the language itself; frames there are never where the user wrote hardware. */
  private static final Set<String> LIBRARY_PACKAGES =
      Set.of(
          "dev.hdl", "dev.hdl.source", "dev.hdl.ir", "dev.hdl.naming", "dev.hdl.pass", "dev.hdl.verilog", "dev.hdl.sim");

  private UserFrames() {}

  /** Frames of the language or of the JDK. */
  public static boolean isLibrary(String className) {
    return isLanguage(className)
        || className.startsWith("java.")
        || className.startsWith("jdk.")
        || className.startsWith("sun.");
  }

  /** Frames of the language itself. */
  public static boolean isLanguage(String className) {
    int dot = className.lastIndexOf('.');
    return LIBRARY_PACKAGES.contains(dot < 0 ? "" : className.substring(0, dot));
  }

  /**
   * Frames of the language, of the JDK or of the language's blocks ({@code dev.hdl.lib}): where a
   * block refuses its arguments, the line to blame is the one that asked for the block.
   */
  public static boolean isLibraryOrBlock(String className) {
    return isLibrary(className) || className.startsWith("dev.hdl.lib.");
  }

  /** The stack trace without the library's frames above the first user frame. */
  public static StackTraceElement[] userOnly(StackTraceElement[] trace) {
    return userOnly(trace, UserFrames::isLibrary);
  }

  /** The stack trace without the frames {@code outside} selects above the first other frame. */
  public static StackTraceElement[] userOnly(StackTraceElement[] trace, Predicate<String> outside) {
    List<StackTraceElement> kept = new ArrayList<>();
    for (StackTraceElement e : trace) {
      if (!kept.isEmpty() || !outside.test(e.getClassName())) {
        kept.add(e);
      }
    }
    return kept.isEmpty() ? trace : kept.toArray(StackTraceElement[]::new);
  }
}
