package dev.hdl.tests.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Elaboration;
import dev.hdl.source.HdlException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Designs compiled for the newest Java elaborate; a class file newer than the language reads is a clear error. */
class ClassFileVersionTest {
  /** make runs the tests on the newest JDK it finds, so this is the newest Java on the machine. */
  private static final int RUNNING = Runtime.version().feature();

  @TempDir
  Path dir;

  @Test
  void aDesignCompiledAtTheRunningJdksOwnReleaseElaboratesWithItsNames() throws Exception {
    byte[] classFile = CompiledModule.compile(dir, "-g", "--release", Integer.toString(RUNNING));
    assertEquals(44 + RUNNING, CompiledModule.majorVersion(classFile));
    var design = Elaboration.elaborate(CompiledModule.load(dir, UnaryOperator.identity()));
    assertEquals(List.of("a", "y", "sum"),
        design.topModule().nodes().stream().map(n -> n.name()).filter(n -> n != null).toList());
  }

  @Test
  void aClassFileNewerThanTheLanguageReadsNamesTheClassAndTheJavaToCompileFor() throws Exception {
    CompiledModule.compile(dir, "-g");
    // The JVM loads the real class; the language is shown a class file of Java 99 (version 143).
    var module = CompiledModule.load(dir, bytes -> {
      byte[] newer = bytes.clone();
      newer[6] = 0;
      newer[7] = (byte) 143;
      return newer;
    });
    HdlException e = assertThrows(HdlException.class, () -> Elaboration.elaborate(module));
    Matcher m = Pattern.compile(Pattern.quote(CompiledModule.CLASS_NAME) + " is compiled for Java 99 \\(class file"
        + " version 143\\), and hdl-dsl reads class files up to Java (\\d+): compile it with --release (\\d+) or lower\\.")
        .matcher(e.getMessage());
    assertTrue(m.matches(), e.getMessage());
    assertEquals(m.group(1), m.group(2));
    assertTrue(Integer.parseInt(m.group(1)) >= RUNNING, "the running JDK's own classes must be readable: " + m.group(1));
  }
}
