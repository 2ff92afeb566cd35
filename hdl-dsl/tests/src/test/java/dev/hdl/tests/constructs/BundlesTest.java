package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.testing.Emitted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A record as a port bundle: its flipped field runs against the others, and connect follows each. */
class BundlesTest {
  record Stream(UInt data, Bool valid, Bool ready) {
    static Stream of(int width) {
      return new Stream(uint(width), bool(), flipped(bool()));
    }
  }

  static final class Stage extends Component {
    final Stream in = input(Stream.of(8));
    final Stream out = output(Stream.of(8));

    Stage() {
      connect(out, in);
    }
  }

  static final class Pipe extends Component {
    final Stream source = input(Stream.of(8));
    final Stream sink = output(Stream.of(8));

    Pipe() {
      Stage stage = instance(Stage::new);
      connect(stage.in, source);
      connect(sink, stage.out);
    }
  }

  private static Emitted v;

  @BeforeAll
  static void emit() {
    v = Emitted.of(Pipe::new);
  }

  @Test
  void acceptedByAllTools() {
    v.assertAcceptedByAll();
  }

  @Test
  void fieldsBecomePortsAndTheFlippedOneRunsBackwards() {
    v.assertLines("Stage", """
        input  wire [7:0] in_data,
        input  wire in_valid,
        output wire in_ready,
        output wire [7:0] out_data,
        output wire out_valid,
        input  wire out_ready
        """);
  }

  @Test
  void connectDrivesEachFieldInItsDirection() {
    v.assertLines("Stage", """
        assign in_ready = out_ready;
        assign out_data = in_data;
        assign out_valid = in_valid;
        """);
    v.assertLines("Pipe", "assign stage_in_data = source_data;");
    v.assertLines("Pipe", "assign source_ready = stage_in_ready;");
    v.assertLines("Pipe", "assign stage_out_ready = sink_ready;");
    v.assertLines("Pipe", "assign sink_valid = stage_out_valid;");
  }
}
