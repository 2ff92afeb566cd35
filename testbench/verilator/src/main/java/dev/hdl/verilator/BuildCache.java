package dev.hdl.verilator;

import dev.hdl.sim.SimulationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Built artifacts by content hash, in a directory that several JVMs may share. An entry is built
 * in a private directory and published by an atomic rename, under a file lock so two JVMs never
 * build it twice; its manifest holds the hash of each file, and an entry that does not match it
 * (a build killed half-way, a truncated file) is thrown away and rebuilt, never loaded.
 */
final class BuildCache {
  static final String MANIFEST = "manifest.sha256";

  /** Makes the files of an entry in an empty directory. */
  interface Builder {
    void build(Path directory) throws IOException;
  }

  // A file lock is per process: threads of one JVM take turns on this first.
  private static final Map<Path, Object> LOCAL_LOCKS = new ConcurrentHashMap<>();

  private final Path root;

  BuildCache(Path root) {
    this.root = root.toAbsolutePath();
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
  @SuppressWarnings("try") // the lock is held for the body, not used in it
  Path entry(String key, List<String> checked, Builder builder) {
    Path entry = root.resolve(key);
    Path lockFile = root.resolve("locks").resolve(key + ".lock");
    synchronized (LOCAL_LOCKS.computeIfAbsent(lockFile, k -> new Object())) {
      try {
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          if (intact(entry)) {
            return entry;
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
          return entry;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("build cache " + root + ": " + e.getMessage(), e);
      }
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
