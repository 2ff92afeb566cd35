package dev.hdl.verilator;

import dev.hdl.sim.SimulationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Built artifacts by content hash, in a directory that several JVMs may share. An entry is built
 * in a private directory and published by an atomic rename, under a file lock so two JVMs never
 * build it twice; its manifest holds the hash of each file, and an entry that does not match it
 * (a build killed half-way, a truncated file) is thrown away and rebuilt, never loaded.
 *
 * <p>The cache is bounded: after each build, the entries used longest ago are deleted until the
 * rest fit in the bound. An entry's last use is its manifest's modification time, set at every
 * hit. Eviction takes the entry's lock, so no JVM is checking or building it then, and spares
 * entries used in the last {@link #IN_USE}: a JVM may have been handed one and not loaded it yet. A
 * library already loaded stays usable after its files are deleted.
 */
final class BuildCache {
  static final String MANIFEST = "manifest.sha256";
  /** The bound in megabytes, when the environment gives one. */
  static final String BOUND_VARIABLE = "HDL_SIM_CACHE_MB";
  static final long DEFAULT_BOUND = 512L << 20;
  static final Duration IN_USE = Duration.ofMinutes(10);
  private static final Set<String> NOT_ENTRIES = Set.of("locks", "tmp");

  /** Makes the files of an entry in an empty directory. */
  interface Builder {
    void build(Path directory) throws IOException;
  }

  // A file lock is per process: threads of one JVM take turns on this first.
  private static final Map<Path, Object> LOCAL_LOCKS = new ConcurrentHashMap<>();

  private final Path root;
  private final long bound;

  BuildCache(Path root) {
    this(root, defaultBound());
  }

  BuildCache(Path root, long bound) {
    this.root = root.toAbsolutePath();
    this.bound = bound;
  }

  /** {@code HDL_SIM_CACHE_MB} megabytes, else {@link #DEFAULT_BOUND}. */
  static long defaultBound() {
    String given = System.getenv(BOUND_VARIABLE);
    if (given == null || given.isBlank()) {
      return DEFAULT_BOUND;
    }
    try {
      long megabytes = Long.parseLong(given.strip());
      if (megabytes > 0) {
        return megabytes << 20;
      }
    } catch (NumberFormatException e) {
      // reported below, with the variable's name
    }
    throw new SimulationException(BOUND_VARIABLE + "='" + given + "' is not a positive number of megabytes");
  }

  /** {@code HDL_SIM_CACHE}, else the user's cache directory. */
  static Path defaultRoot() {
    String override = System.getenv("HDL_SIM_CACHE");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("hdl-dsl").resolve("verilator");
  }

  Path root() {
    return root;
  }

  /**
   * The directory of the entry {@code key}, built by {@code builder} if it is missing or broken.
   *
   * @param checked the files the manifest vouches for
   */
  Path entry(String key, List<String> checked, Builder builder) {
    Path entry = root.resolve(key);
    if (buildUnlessIntact(key, checked, builder)) {
      evictBeyondBound(key);
    }
    return entry;
  }

  /** Makes the entry intact; true when it had to be built. */
  @SuppressWarnings("try") // the lock is held for the body, not used in it
  private boolean buildUnlessIntact(String key, List<String> checked, Builder builder) {
    Path entry = root.resolve(key);
    Path lockFile = lockFile(key);
    synchronized (LOCAL_LOCKS.computeIfAbsent(lockFile, k -> new Object())) {
      try {
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          if (intact(entry)) {
            Files.setLastModifiedTime(entry.resolve(MANIFEST), FileTime.from(Instant.now()));
            return false;
          }
          discard(entry);
          clearAbandoned(key);
          Path work = Files.createDirectories(root.resolve("tmp")).resolve(key + "-" + ProcessHandle.current().pid()
              + "-" + System.nanoTime());
          Files.createDirectories(work);
          try {
            builder.build(work);
            writeManifest(work, checked);
            move(work, entry);
          } finally {
            deleteTree(work);
          }
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("build cache " + root + ": " + e.getMessage(), e);
      }
    }
  }

  private Path lockFile(String key) {
    return root.resolve("locks").resolve(key + ".lock");
  }

  /** An entry with its size and last use. */
  private record Usage(String key, long bytes, Instant lastUse) {}

  /** Deletes the entries used longest ago until the cache fits its bound; {@code kept} stays. */
  private void evictBeyondBound(String kept) {
    try {
      List<Usage> entries = new ArrayList<>();
      try (Stream<Path> all = Files.list(root)) {
        for (Path dir : all.filter(Files::isDirectory).toList()) {
          String key = dir.getFileName().toString();
          if (!NOT_ENTRIES.contains(key)) {
            try {
              entries.add(new Usage(key, size(dir), lastUse(dir)));
            } catch (NoSuchFileException goneMeanwhile) {
              // another JVM discarded or evicted it while it was measured
            }
          }
        }
      }
      long total = entries.stream().mapToLong(Usage::bytes).sum();
      entries.sort(Comparator.comparing(Usage::lastUse));
      for (Usage u : entries) {
        if (total <= bound) {
          return;
        }
        if (!u.key().equals(kept) && evictUnused(u.key())) {
          total -= u.bytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("build cache " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes the entry unless it was used in the last {@link #IN_USE} or another thread or JVM
   * holds its lock; true when deleted. Its last use is read again under the lock.
   */
  private boolean evictUnused(String key) throws IOException {
    Path lockFile = lockFile(key);
    synchronized (LOCAL_LOCKS.computeIfAbsent(lockFile, k -> new Object())) {
      Files.createDirectories(lockFile.getParent());
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        Path entry = root.resolve(key);
        if (lock == null || !Files.exists(entry) || lastUse(entry).isAfter(Instant.now().minus(IN_USE))) {
          return false;
        }
        discard(entry);
        return true;
      } catch (OverlappingFileLockException heldInThisJvm) {
        return false;
      }
    }
  }

  /** The manifest's modification time; an entry without one (broken) counts as never used. */
  private static Instant lastUse(Path entry) throws IOException {
    Path manifest = entry.resolve(MANIFEST);
    return Files.isRegularFile(manifest) ? Files.getLastModifiedTime(manifest).toInstant() : Instant.EPOCH;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      long bytes = 0;
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        bytes += Files.size(p);
      }
      return bytes;
    }
  }

  /** Whether the entry exists and every file matches its manifest. */
  static boolean intact(Path entry) throws IOException {
    Path manifest = entry.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return false;
    }
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space < 0) {
        return false;
      }
      Path file = entry.resolve(line.substring(space + 1));
      if (!Files.isRegularFile(file) || !sha256(Files.readAllBytes(file)).equals(line.substring(0, space))) {
        return false;
      }
    }
    return true;
  }

  private static void writeManifest(Path dir, List<String> checked) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String name : checked) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new SimulationException("the build produced no " + name);
      }
      text.append(sha256(Files.readAllBytes(file))).append(' ').append(name).append('\n');
    }
    Files.writeString(dir.resolve(MANIFEST), text, StandardCharsets.UTF_8);
  }

  private void discard(Path entry) throws IOException {
    if (Files.exists(entry)) {
      Path trash = Files.createDirectories(root.resolve("tmp")).resolve(entry.getFileName() + "-broken-"
          + System.nanoTime());
      move(entry, trash);
      deleteTree(trash);
    }
  }

  /**
   * Deletes what a JVM that died while building or discarding {@code key} left under tmp/: work
   * directories there are named after their key, and the caller holds that key's lock, so no
   * living JVM is using them.
   */
  private void clearAbandoned(String key) throws IOException {
    Path tmp = root.resolve("tmp");
    if (!Files.isDirectory(tmp)) {
      return;
    }
    try (Stream<Path> work = Files.list(tmp)) {
      for (Path dir : work.filter(p -> p.getFileName().toString().startsWith(key + "-")).toList()) {
        deleteTree(dir);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the cache directory must be on one file system that renames atomically", e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A key from the things an entry depends on, each separated so that no two lists collide. */
  static String key(String kind, List<String> parts) {
    StringBuilder all = new StringBuilder();
    for (String p : parts) {
      all.append(p.length()).append(':').append(p).append('\n');
    }
    return kind + "-" + sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }
}
