package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache's size bound: after a build, the entries used longest ago go first; a hit counts as a
 * use; entries used recently, or locked by whoever is checking or building them, stay.
 */
class CacheEvictionTest {
  private static final String FILE = "payload";
  /** Each entry: a 1,000-byte file and its manifest line (64 hex digits, a space, the name, a newline). */
  private static final long ENTRY = 1000 + 64 + 1 + FILE.length() + 1;

  @TempDir
  Path root;

  private static void build(BuildCache cache, String key) {
    cache.entry(key, List.of(FILE), dir -> Files.write(dir.resolve(FILE), new byte[1000]));
  }

  private void usedAgo(String key, Duration ago) throws IOException {
    Files.setLastModifiedTime(root.resolve(key).resolve(BuildCache.MANIFEST), FileTime.from(Instant.now().minus(ago)));
  }

  private Set<String> entries() throws IOException {
    try (Stream<Path> all = Files.list(root)) {
      return all.map(p -> p.getFileName().toString()).filter(n -> !Set.of("locks", "tmp").contains(n))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void theEntriesUsedLongestAgoGoUntilTheRestFit() throws IOException {
    BuildCache cache = new BuildCache(root, 3 * ENTRY + ENTRY / 2);
    for (String key : List.of("a", "b", "c")) {
      build(cache, key);
    }
    usedAgo("a", Duration.ofHours(3));
    usedAgo("b", Duration.ofHours(2));
    usedAgo("c", Duration.ofHours(1));
    build(cache, "a"); // a hit: now the most recently used
    assertEquals(Set.of("a", "b", "c"), entries());
    usedAgo("a", Duration.ofMinutes(30));

    build(cache, "d"); // four entries where three and a half fit: the one used longest ago goes
    assertEquals(Set.of("a", "c", "d"), entries());
  }

  @Test
  void anEntryUsedWithinTheLastMinutesStaysOverTheBound() throws IOException {
    BuildCache cache = new BuildCache(root, 1);
    build(cache, "a");
    usedAgo("a", BuildCache.IN_USE.minusMinutes(1));
    build(cache, "b");
    assertEquals(Set.of("a", "b"), entries());
    usedAgo("a", BuildCache.IN_USE.plusMinutes(1));
    build(cache, "c");
    assertEquals(Set.of("b", "c"), entries());
  }

  @Test
  void anEntryWhoseLockIsHeldStays() throws IOException {
    BuildCache cache = new BuildCache(root, 1);
    build(cache, "a");
    usedAgo("a", Duration.ofHours(1));
    try (FileChannel channel = FileChannel.open(root.resolve("locks/a.lock"), StandardOpenOption.WRITE);
        FileLock checking = channel.lock()) {
      build(cache, "b");
      assertEquals(Set.of("a", "b"), entries());
    }
    usedAgo("b", Duration.ofHours(1));
    build(cache, "c");
    assertEquals(Set.of("c"), entries());
  }
}
