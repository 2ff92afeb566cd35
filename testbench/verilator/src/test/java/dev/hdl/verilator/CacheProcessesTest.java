package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache shared by separate JVMs, where only the file lock keeps them apart (the
 * JVM-local monitor does not reach across processes): JVMs asking for one entry at once build it
 * once, and a JVM killed while building leaves the entry, and its half-built work, to the next one.
 */
class CacheProcessesTest {
  private static final String KEY = "test-shared";
  private static final String FILE = "out.txt";
  /** Long enough that the other JVMs are certainly waiting on the lock while one builds. */
  private static final Duration BUILD = Duration.ofMillis(800);
  /** The whole test's allowance; a child still running after it is a hang. */
  private static final Duration LIMIT = Duration.ofSeconds(20);

  /**
   * One JVM asking for the entry. Arguments: cache directory, build log, go file, and {@code build},
   * or {@code hang} for a builder that never finishes. It says {@code ready}, waits for the go file
   * so that all children ask at the same moment, then says what it got.
   */
  static final class Child {
    public static void main(String[] args) throws Exception {
      Path cache = Path.of(args[0]);
      Path log = Path.of(args[1]);
      Path go = Path.of(args[2]);
      boolean hang = args[3].equals("hang");
      long pid = ProcessHandle.current().pid();
      System.out.println("ready");
      long deadline = System.nanoTime() + LIMIT.toNanos();
      while (!Files.exists(go)) {
        if (System.nanoTime() > deadline) {
          System.out.println("no go file");
          System.exit(2);
        }
        Thread.sleep(1);
      }
      System.out.println("asking");
      Path entry = new BuildCache(cache).entry(KEY, List.of(FILE), dir -> {
        Files.writeString(log, pid + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (hang) {
          System.out.println("building");
          sleep(Duration.ofDays(1));
        }
        sleep(BUILD);
        Files.writeString(dir.resolve(FILE), "built by " + pid);
      });
      System.out.println("entry " + entry);
      System.out.println("content " + Files.readString(entry.resolve(FILE)));
    }

    private static void sleep(Duration d) throws InterruptedIOException {
      try {
        Thread.sleep(d.toMillis());
      } catch (InterruptedException e) {
        throw new InterruptedIOException("interrupted while building");
      }
    }
  }

  private static Process start(Path dir, Path go, String mode, Path out) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Child.class.getName(), dir.resolve("cache").toString(),
        dir.resolve("builds.log").toString(), go.toString(), mode)
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
  }

  /** Waits until the child has printed {@code line}, failing with its output if it dies or hangs first. */
  private static void awaitLine(Process child, Path out, String line, long deadline) throws Exception {
    while (true) {
      boolean alive = child.isAlive();
      if (Files.readAllLines(out).contains(line)) {
        return;
      }
      if (!alive || System.nanoTime() > deadline) {
        fail("child " + child.pid() + " never said " + line + ":\n" + Files.readString(out));
      }
      Thread.sleep(10);
    }
  }

  /** The child's output once it has exited 0. */
  private static List<String> finish(Process child, Path out, long deadline) throws Exception {
    if (!child.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      fail("child " + child.pid() + " hangs:\n" + Files.readString(out));
    }
    assertEquals(0, child.exitValue(), "child " + child.pid() + ":\n" + Files.readString(out));
    return Files.readAllLines(out);
  }

  private static String said(List<String> output, String what) {
    return output.stream().filter(l -> l.startsWith(what + " ")).map(l -> l.substring(what.length() + 1))
        .findFirst().orElseGet(() -> fail("no " + what + " in:\n" + String.join("\n", output)));
  }

  private static List<String> leftovers(Path dir) throws IOException {
    try (Stream<Path> work = Files.list(dir.resolve("cache").resolve("tmp"))) {
      return work.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void jvmsAskingAtOnceBuildOnce(@TempDir Path dir) throws Exception {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    Path go = dir.resolve("go");
    List<Process> children = new ArrayList<>();
    List<Path> outs = new ArrayList<>();
    List<List<String>> outputs = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        outs.add(dir.resolve("child-" + i + ".out"));
        children.add(start(dir, go, "build", outs.get(i)));
      }
      for (int i = 0; i < children.size(); i++) {
        awaitLine(children.get(i), outs.get(i), "ready", deadline);
      }
      Files.createFile(go);
      for (int i = 0; i < children.size(); i++) {
        outputs.add(finish(children.get(i), outs.get(i), deadline));
      }
    } finally {
      children.forEach(Process::destroyForcibly);
    }

    List<String> builds = Files.readAllLines(dir.resolve("builds.log"));
    assertEquals(1, builds.size(), "builds by " + builds);
    for (List<String> output : outputs) {
      assertEquals(said(outputs.get(0), "entry"), said(output, "entry"));
      assertEquals("built by " + builds.get(0), said(output, "content"));
    }
    assertTrue(BuildCache.intact(Path.of(said(outputs.get(0), "entry"))));
    assertEquals(List.of(), leftovers(dir), "no half-built directories left behind");
  }

  @Test
  void buildKilledHalfWayIsRebuiltByTheJvmWaitingForIt(@TempDir Path dir) throws Exception {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    Path go = dir.resolve("go");
    Path goLater = dir.resolve("go-later");
    Path killedOut = dir.resolve("killed.out");
    Path survivorOut = dir.resolve("survivor.out");
    Process killed = start(dir, go, "hang", killedOut);
    Process survivor = start(dir, goLater, "build", survivorOut);
    List<String> output;
    try {
      Files.createFile(go);
      awaitLine(killed, killedOut, "building", deadline);
      Files.createFile(goLater);
      awaitLine(survivor, survivorOut, "asking", deadline);
      // The survivor now waits on the lock (or is about to); dying releases it.
      killed.destroyForcibly();
      assertTrue(killed.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      output = finish(survivor, survivorOut, deadline);
    } finally {
      killed.destroyForcibly();
      survivor.destroyForcibly();
    }

    assertEquals(List.of(Long.toString(killed.pid()), Long.toString(survivor.pid())),
        Files.readAllLines(dir.resolve("builds.log")));
    assertEquals("built by " + survivor.pid(), said(output, "content"));
    assertTrue(BuildCache.intact(Path.of(said(output, "entry"))));
    // The killed build's work directory was never published, and the rebuild cleared it away.
    assertEquals(List.of(), leftovers(dir), "left behind");
  }
}
