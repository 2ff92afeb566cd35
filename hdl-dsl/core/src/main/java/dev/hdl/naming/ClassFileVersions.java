package dev.hdl.naming;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.objectweb.asm.Opcodes;

/** Which class file versions the ASM on the class path reads: its newest {@code Opcodes.V<n>}. */
final class ClassFileVersions {
  private static final int NEWEST = Arrays.stream(Opcodes.class.getFields())
      .filter(f -> f.getName().matches("V\\d+") && Modifier.isStatic(f.getModifiers()))
      .mapToInt(ClassFileVersions::major)
      .max()
      .orElseThrow();

  private ClassFileVersions() {}

  static int newestReadable() {
    return NEWEST;
  }

  /** Java 8 wrote class file version 52; each release since adds one. */
  static int javaOf(int major) {
    return major - 44;
  }

  private static int major(Field f) {
    try {
      return f.getInt(null) & 0xffff; // a preview version sets the high (minor) half
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
