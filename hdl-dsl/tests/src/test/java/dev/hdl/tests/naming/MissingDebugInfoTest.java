package dev.hdl.tests.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hdl.Elaboration;
import dev.hdl.source.HdlException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module compiled without the debug information naming needs is refused with a message that says how to fix it. */
class MissingDebugInfoTest {
  @TempDir
  Path dir;

  @Test
  void withoutLocalVariableTablesTheErrorNamesTheClassAndTheFlag() throws Exception {
    HdlException e = assertThrows(HdlException.class,
        () -> Elaboration.elaborate(CompiledModule.compileAndLoad(dir, "-g:source,lines")));
    assertEquals(CompiledModule.CLASS_NAME + " was compiled without local variable tables, so the signals it builds"
        + " cannot keep their Java names. Compile it with javac -g (Maven: <debuglevel>lines,vars,source</debuglevel>).",
        e.getMessage());
  }

  @Test
  void withoutAnyDebugInformationTheErrorNamesTheClassAndTheFlag() throws Exception {
    HdlException e = assertThrows(HdlException.class,
        () -> Elaboration.elaborate(CompiledModule.compileAndLoad(dir, "-g:none")));
    assertEquals(CompiledModule.CLASS_NAME + " was compiled without line numbers, so errors cannot point at its"
        + " source. Compile it with debug information (javac -g).", e.getMessage());
  }

  @Test
  void withDebugInformationTheSameSourceKeepsItsNames() throws Exception {
    var design = Elaboration.elaborate(CompiledModule.compileAndLoad(dir, "-g"));
    assertEquals(List.of("a", "y", "sum"),
        design.topModule().nodes().stream().map(n -> n.name()).filter(n -> n != null).toList());
  }
}
