package dev.hdl.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The one-line Maven command that runs one test again. From inside a reactor it names the module
 * by its path from the reactor's root and builds what it depends on ({@code -am}), so it works
 * whatever {@code ~/.m2} holds; a project of its own is run in its own folder.
 */
final class ReplayCommand {
  private ReplayCommand() {}

  static String of(Path moduleDir, String testClass, String testMethod, String options) {
    Path module = moduleDir.toAbsolutePath().normalize();
    Path root = module;
    while (root.getParent() != null && listsModule(root.getParent(), root.getFileName().toString())) {
      root = root.getParent();
    }
    String test = " -Dtest='" + testClass + "#" + testMethod + "'" + options;
    if (root.equals(module)) {
      return "cd " + module + " && mvn -q test" + test;
    }
    return "cd " + root + " && mvn -q test -pl " + root.relativize(module)
        + " -am -Dsurefire.failIfNoSpecifiedTests=false" + test;
  }

  /** Whether {@code dir}'s pom.xml lists {@code name} among its modules. */
  private static boolean listsModule(Path dir, String name) {
    Path pom = dir.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return false;
    }
    try {
      return Pattern.compile("<module>\\s*" + Pattern.quote(name) + "/?\\s*</module>").matcher(Files.readString(pom)).find();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pom, e);
    }
  }
}
