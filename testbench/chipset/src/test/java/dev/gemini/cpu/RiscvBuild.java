package dev.gemini.cpu;

import dev.hdl.testing.VerilogTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Programs for the module's CPU, built with Debian's {@code gcc-riscv64-unknown-elf} into memory
 * images: each once into {@code target/riscv-programs}, under a name that carries the hash of its
 * flags and of every file it is built from, so that an edited source is rebuilt and an unchanged
 * one is not.
 */
public final class RiscvBuild {
  static final String COMPILER = "riscv64-unknown-elf-gcc";
  static final String OBJCOPY = "riscv64-unknown-elf-objcopy";
  static final String NM = "riscv64-unknown-elf-nm";
  private static final Path OUT = Path.of("target/riscv-programs").toAbsolutePath();
  /** What every program is built with: the core's ISA, no C library, no start files. */
  private static final List<String> COMMON_FLAGS = List.of("-march=rv32im_zicsr_zifencei", "-mabi=ilp32",
      "-nostdlib", "-nostartfiles", "-static", "-Wl,--no-warn-rwx-segments");

  private RiscvBuild() {}

  /** A program's memory image from the reset vector on, as little-endian words. */
  public static final class Image {
    private final String name;
    private final long[] words;
    private final Path binary;

    private Image(String name, long[] words, Path binary) {
      this.name = name;
      this.words = words;
      this.binary = binary;
    }

    public String name() {
      return name;
    }

    public long[] words() {
      return words.clone();
    }

    /** The address of a symbol of the program, from its symbol table ({@code nm}). */
    public long symbol(String symbol) {
      try {
        for (String line : Files.readAllLines(symbolFile(binary))) {
          String[] fields = line.trim().split("\\s+");
          if (fields.length == 3 && fields[2].equals(symbol)) {
            return Long.parseLong(fields[0], 16);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new IllegalArgumentException("no symbol '" + symbol + "' in " + name + " (" + symbolFile(binary) + ")");
    }

    /** The image as a {@code $readmemh} file, one word a line. */
    public Path hexFile() {
      Path hex = binary.resolveSibling(binary.getFileName().toString().replace(".bin", ".hex"));
      if (!Files.exists(hex)) {
        StringBuilder text = new StringBuilder();
        for (long w : words) {
          text.append(String.format("%08x%n", w));
        }
        try {
          Files.writeString(hex, text.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return hex;
    }
  }

  /**
   * Builds a program, or finds it built.
   *
   * @param sources the files compiled and linked, in order
   * @param inputs the other files the build reads (headers, the linker script)
   * @param flags compiler flags after the common ones (include folders, -T, -O, -D)
   */
  public static synchronized Image build(String name, List<Path> sources, List<Path> inputs, List<String> flags) {
    List<String> allFlags = new ArrayList<>(COMMON_FLAGS);
    allFlags.addAll(flags);
    List<Path> hashed = new ArrayList<>(sources);
    hashed.addAll(inputs);
    Path binary = OUT.resolve(name.replace('/', '-') + "-" + hash(allFlags, hashed) + ".bin");
    if (!Files.exists(binary) || !Files.exists(symbolFile(binary))) {
      Path elf = binary.resolveSibling(binary.getFileName().toString().replace(".bin", ".elf"));
      List<String> compile = new ArrayList<>(List.of(COMPILER));
      compile.addAll(allFlags);
      sources.forEach(s -> compile.add(s.toString()));
      compile.addAll(List.of("-lgcc", "-o", elf.toString()));
      try {
        Files.createDirectories(OUT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      VerilogTools.run(OUT, compile, "building " + name);
      VerilogTools.run(OUT, List.of(OBJCOPY, "-O", "binary", elf.toString(), binary.toString()), "building " + name);
      String symbols = VerilogTools.run(OUT, List.of(NM, elf.toString()), "listing the symbols of " + name);
      try {
        Files.writeString(symbolFile(binary), symbols);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Image(name, words(binary), binary);
  }

  private static Path symbolFile(Path binary) {
    return binary.resolveSibling(binary.getFileName().toString().replace(".bin", ".sym"));
  }

  private static long[] words(Path binary) {
    try {
      byte[] bytes = Files.readAllBytes(binary);
      ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, bytes.length & ~3).order(ByteOrder.LITTLE_ENDIAN);
      long[] words = new long[(bytes.length + 3) / 4];
      for (int i = 0; i < bytes.length / 4; i++) {
        words[i] = Integer.toUnsignedLong(buffer.getInt());
      }
      for (int i = bytes.length & ~3; i < bytes.length; i++) {
        words[i / 4] |= (long) (bytes[i] & 0xFF) << (8 * (i % 4));
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The checkout's top folder, which holds {@code hdl-dsl/} and {@code gemini/}. */
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("hdl-dsl")) && Files.isDirectory(dir.resolve("gemini"))) {
        return dir;
      }
    }
    throw new IllegalStateException("the tests run outside the repository: " + Path.of("").toAbsolutePath());
  }

  private static String hash(List<String> flags, List<Path> inputs) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.join(" ", flags).getBytes());
      for (Path p : inputs) {
        digest.update(Files.readAllBytes(p));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
