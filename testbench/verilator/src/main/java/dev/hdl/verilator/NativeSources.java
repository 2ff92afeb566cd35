package dev.hdl.verilator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The harness's C++ sources, shipped as resources and compiled on the user's machine. */
final class NativeSources {
  static final String API_HEADER = "hdl_model_api.h";
  static final String MODEL = "hdl_model.cpp";
  static final String BRIDGE = "hdl_bridge.cpp";
  static final String PRINT_HEADER = "hdl_print.h";
  static final String PRINT = "hdl_print.cpp";

  private NativeSources() {}

  static String text(String name) {
    try (InputStream in = NativeSources.class.getResourceAsStream("native/" + name)) {
      if (in == null) {
        throw new IllegalStateException("harness source " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the named sources into {@code dir}. */
  static void copy(Path dir, List<String> names) throws IOException {
    for (String n : names) {
      Files.writeString(dir.resolve(n), text(n), StandardCharsets.UTF_8);
    }
  }
}
