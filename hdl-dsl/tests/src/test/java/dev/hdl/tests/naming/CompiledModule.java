package dev.hdl.tests.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Component;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A user's module compiled by this JDK's javac at test time, as a build with other flags would compile it. */
final class CompiledModule {
  static final String CLASS_NAME = "dev.hdl.tests.naming.compiled.Adder";
  static final String SOURCE = """
      package dev.hdl.tests.naming.compiled;

      import static dev.hdl.Hdl.*;

      import dev.hdl.Component;
      import dev.hdl.UInt;

      public class Adder extends Component {
        public Adder() {
          UInt a = input(uint(8));
          UInt y = output(uint(8));
          UInt sum = a.add(a);
          y.assign(sum);
        }
      }
      """;

  private CompiledModule() {}

  /** Compiles {@link #SOURCE} into {@code dir} with {@code options}; returns its class file's bytes. */
  static byte[] compile(Path dir, String... options) throws IOException {
    Path source = dir.resolve("src/Adder.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("-d", classes.toString(), "-cp", languageClasses(), source.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "javac failed");
    return Files.readAllBytes(classFile(dir));
  }

  /** The compiled module's constructor; the language reads its bytecode as {@code classFileView} shows it. */
  static Supplier<Component> load(Path dir, UnaryOperator<byte[]> classFileView) throws ReflectiveOperationException {
    URL[] path;
    try {
      path = new URL[] {dir.resolve("classes").toUri().toURL()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ClassLoader loader = new URLClassLoader(path, CompiledModule.class.getClassLoader()) {
      @Override
      public InputStream getResourceAsStream(String name) {
        if (!name.equals(CLASS_NAME.replace('.', '/') + ".class")) {
          return super.getResourceAsStream(name);
        }
        try {
          return new ByteArrayInputStream(classFileView.apply(Files.readAllBytes(classFile(dir))));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    MethodHandle constructor = MethodHandles.publicLookup()
        .findConstructor(loader.loadClass(CLASS_NAME), MethodType.methodType(void.class));
    return () -> {
      try {
        return (Component) constructor.invoke();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    };
  }

  static Supplier<Component> compileAndLoad(Path dir, String... options) throws IOException, ReflectiveOperationException {
    compile(dir, options);
    return load(dir, UnaryOperator.identity());
  }

  /** The class file version in bytes 6 and 7 of a class file. */
  static int majorVersion(byte[] classFile) {
    return (classFile[6] & 0xff) << 8 | (classFile[7] & 0xff);
  }

  private static Path classFile(Path dir) {
    return dir.resolve("classes").resolve(CLASS_NAME.replace('.', '/') + ".class");
  }

  private static String languageClasses() {
    try {
      return Path.of(Component.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
