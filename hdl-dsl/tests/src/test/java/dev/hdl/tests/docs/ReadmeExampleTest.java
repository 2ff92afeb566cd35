package dev.hdl.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first design is the example project's, which {@code make test} compiles and runs:
 * so the README's code compiles as written, imports and all.
 */
class ReadmeExampleTest {
  private static final Path ROOT = Path.of("../..");
  private static final Path EXAMPLE = ROOT.resolve("hdl-dsl/example/src");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  @Test
  void theFirstDesignIsTheExampleProjectsSource() throws IOException {
    assertEquals(read(EXAMPLE.resolve("main/java/com/example/counter/Counter.java")), firstDesignBlocks().get(0));
  }

  @Test
  void itsTestIsTheExampleProjectsTestLineForLine() throws IOException {
    List<String> test = read(EXAMPLE.resolve("test/java/com/example/counter/CounterTest.java")).lines()
        .map(String::strip).toList();
    int at = 0;
    for (String line : firstDesignBlocks().get(1).lines().toList()) {
      // The README explains a line in a comment the source does not carry.
      String code = line.replaceFirst("\\s+// .*$", "").strip();
      int found = test.subList(at, test.size()).indexOf(code);
      assertTrue(found >= 0, "the README's test line '" + code + "' is not in CounterTest.java after line " + at);
      at += found + 1;
    }
  }

  /** The Java blocks of the README's section "A first design". */
  private static List<String> firstDesignBlocks() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    int start = readme.indexOf("## A first design");
    assertTrue(start >= 0, "README.md has no section 'A first design'");
    int end = readme.indexOf("\n## ", start + 1);
    Matcher blocks = JAVA_BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(blocks.group(1));
    }
    assertEquals(2, found.size(), "the section 'A first design' shows the design and its test");
    return found;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
