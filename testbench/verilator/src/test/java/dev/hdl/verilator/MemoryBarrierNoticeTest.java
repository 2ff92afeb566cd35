package dev.hdl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM without -XX:+UseSystemMemoryBarrier is told so once, however many models it opens; one with it, never. */
class MemoryBarrierNoticeTest {
  private static final String NOTICE = "hdl-dsl: the Verilator back end runs without -XX:+UseSystemMemoryBarrier";

  /** Opens two simulations and steps each. */
  static final class Child {
    public static void main(String[] args) {
      VerilatorSimulator verilator = new VerilatorSimulator();
      for (int i = 0; i < 2; i++) {
        try (Simulation sim = verilator.open(TestDesigns.accumulator(), SimOptions.defaults())) {
          sim.step();
        }
      }
      System.out.println("done");
    }
  }

  @TempDir
  Path dir;

  @Test
  void withoutTheFlagTheNoticeComesOnce() throws Exception {
    assertEquals(1, notices(run()));
  }

  @Test
  void withTheFlagThereIsNoNotice() throws Exception {
    assertEquals(0, notices(run("-XX:+UseSystemMemoryBarrier")));
  }

  private List<String> run(String... flags) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(List.of(flags));
    cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        Child.class.getName()));
    Path out = dir.resolve("out.txt");
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    boolean exited = child.waitFor(5, TimeUnit.MINUTES);
    if (!exited) {
      child.destroyForcibly().waitFor();
    }
    List<String> lines = Files.readAllLines(out);
    assertTrue(exited, "the child JVM did not finish in 5 minutes:\n" + String.join("\n", lines));
    assertEquals(0, child.exitValue(), String.join("\n", lines));
    assertEquals("done", lines.get(lines.size() - 1), String.join("\n", lines));
    return lines;
  }

  private static long notices(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith(NOTICE)).count();
  }
}
