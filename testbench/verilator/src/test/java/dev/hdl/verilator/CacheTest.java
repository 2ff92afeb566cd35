package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model cache in a fresh directory (seeded with the already built runtime and bridge, which
 * take longest): hits do not rebuild, broken entries are rebuilt instead of loaded, and threads
 * asking for the same model at once get one build.
 */
class CacheTest {
  /** A cache directory holding copies of the default cache's runtime and bridge entries. */
  private static Path seededCache(Path dir) throws IOException {
    new VerilatorSimulator().open(TestDesigns.accumulator(), SimOptions.defaults()).close();
    try (Stream<Path> entries = Files.list(BuildCache.defaultRoot())) {
      for (Path e : entries.filter(p -> p.getFileName().toString().matches("(runtime|bridge)-.*")).toList()) {
        Files.createDirectories(dir.resolve(e.getFileName()));
        try (Stream<Path> files = Files.list(e)) {
          for (Path f : files.toList()) {
            Files.copy(f, dir.resolve(e.getFileName()).resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
    return dir;
  }

  private static long firstOut(VerilatorSimulator verilator) {
    try (Simulation sim = verilator.open(TestDesigns.lfsr(), SimOptions.defaults())) {
      sim.reset(1);
      sim.step();
      return sim.peek("out");
    }
  }

  private static Object inode(Path file) throws IOException {
    return Files.getAttribute(file, "unix:ino");
  }

  @Test
  void hitsReuseTheEntryAndBrokenEntriesAreRebuilt(@TempDir Path dir) throws IOException {
    VerilatorSimulator verilator = new VerilatorSimulator(seededCache(dir));
    long expected = TestDesigns.Lfsr.next(0xACE1);
    assertEquals(expected, firstOut(verilator));
    Path library = verilator.library(TestDesigns.lfsr());
    Object built = inode(library);

    assertEquals(expected, firstOut(verilator));
    assertEquals(built, inode(verilator.library(TestDesigns.lfsr())), "a hit loads the same file");

    // A truncated library, as a build killed while writing would leave it. It replaces the file
    // rather than cutting it, since this JVM still maps the old one.
    byte[] whole = Files.readAllBytes(library);
    Path half = dir.resolve("half");
    Files.write(half, java.util.Arrays.copyOf(whole, whole.length / 2));
    Files.move(half, library, StandardCopyOption.REPLACE_EXISTING);
    assertEquals(expected, firstOut(verilator), "rebuilt, not loaded");
    assertTrue(BuildCache.intact(library.getParent()));

    Files.delete(library.getParent().resolve(BuildCache.MANIFEST));
    assertEquals(expected, firstOut(verilator), "an entry without manifest is rebuilt");
    assertTrue(BuildCache.intact(library.getParent()));
  }

  @Test
  void concurrentRequestsBuildOnce(@TempDir Path dir) throws Exception {
    VerilatorSimulator verilator = new VerilatorSimulator(seededCache(dir));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Path>> builds = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        builds.add(pool.submit(() -> verilator.library(TestDesigns.widths())));
      }
      Path first = builds.get(0).get();
      for (Future<Path> b : builds) {
        assertEquals(first, b.get());
      }
    } finally {
      pool.shutdown();
    }
    try (Stream<Path> models = Files.list(dir)) {
      assertEquals(1, models.filter(p -> p.getFileName().toString().startsWith("model-")).count());
    }
    try (Stream<Path> leftovers = Files.list(dir.resolve("tmp"))) {
      assertEquals(0, leftovers.count(), "no half-built directories left behind");
    }
  }
}
