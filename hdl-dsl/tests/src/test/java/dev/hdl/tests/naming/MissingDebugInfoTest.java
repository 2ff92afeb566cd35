package dev.hdl.tests.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.source.HdlException;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module compiled without the debug information naming needs is refused with a message that says how to fix it. */
class MissingDebugInfoTest {
  private static final String CLASS_NAME = "dev.hdl.tests.naming.compiled.Adder";
  private static final String SOURCE = """
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

  @TempDir
  Path dir;

  @Test
  void withoutLocalVariableTablesTheErrorNamesTheClassAndTheFlag() throws Exception {
    HdlException e = assertThrows(HdlException.class, () -> Elaboration.elaborate(compile("-g:source,lines")));
    assertEquals(CLASS_NAME + " was compiled without local variable tables, so the signals it builds cannot"
        + " keep their Java names. Compile it with javac -g (Maven: <debuglevel>lines,vars,source</debuglevel>).",
        e.getMessage());
  }

  @Test
  void withoutAnyDebugInformationTheErrorNamesTheClassAndTheFlag() throws Exception {
    HdlException e = assertThrows(HdlException.class, () -> Elaboration.elaborate(compile("-g:none")));
    assertEquals(CLASS_NAME + " was compiled without line numbers, so errors cannot point at its source."
        + " Compile it with debug information (javac -g).", e.getMessage());
  }

  @Test
  void withDebugInformationTheSameSourceKeepsItsNames() throws Exception {
    var design = Elaboration.elaborate(compile("-g"));
    assertEquals(List.of("a", "y", "sum"),
        design.topModule().nodes().stream().map(n -> n.name()).filter(n -> n != null).toList());
  }

  /** Compiles {@link #SOURCE} with {@code debugFlag} and returns a supplier of the module it defines. */
  private Supplier<Component> compile(String debugFlag) throws IOException, ReflectiveOperationException {
    Path source = dir.resolve("src/Adder.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, debugFlag, "-d", classes.toString(), "-cp", languageClasses(),
        source.toString());
    assertEquals(0, status, "javac failed");
    ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
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

  private static String languageClasses() {
    try {
      return Path.of(Component.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
