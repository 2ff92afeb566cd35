package dev.hdl.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
  @TempDir Path root;

  @Test
  void aNestedModuleIsNamedByItsPathFromTheReactorRoot() throws Exception {
    pom(root, "<modules><module>bench</module></modules>");
    pom(root.resolve("bench"), "<modules>\n  <module>chipset</module>\n</modules>");
    pom(root.resolve("bench/chipset"), "");
    assertEquals("cd " + root.toRealPath() + " && mvn -q test -pl bench/chipset -am -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dtest='a.B#c' -Dx=1",
        ReplayCommand.of(root.toRealPath().resolve("bench/chipset"), "a.B", "c", " -Dx=1"));
  }

  @Test
  void aProjectInsideAFolderWhosePomDoesNotListItRunsInItsOwnFolder() throws Exception {
    pom(root, "<modules><module>core</module></modules>");
    pom(root.resolve("example"), "");
    Path example = root.toRealPath().resolve("example");
    assertEquals("cd " + example + " && mvn -q test -Dtest='a.B#c'", ReplayCommand.of(example, "a.B", "c", ""));
  }

  private static void pom(Path dir, String body) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), "<project>" + body + "</project>\n");
  }
}
