package dev.hdl.tests.jvmsim;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.jvmsim.JvmSimulator;
import dev.hdl.testing.IcarusComparison;
import org.junit.jupiter.api.Test;

/** Logic too big for one JVM method is split into several, and still computes what the Verilog does. */
class MethodSplitTest {

  /** A long chain of mixing operators: thousands of nodes in one combinational cone. */
  static final class LongChain extends Component {
    final UInt seed = input(uint(32));
    final UInt result = output(uint(32));

    LongChain() {
      UInt acc = seed;
      for (int i = 0; i < 300; i++) {
        UInt rotated = cat(acc.slice(4, 0), acc.slice(31, 5));
        acc = rotated.xor(acc.add(i * 2654435761L & 0xFFFFFFFFL));
      }
      UInt state = reg(uint(32), 0);
      state.assign(state.xor(acc));
      result.assign(state);
    }
  }

  @Test
  void aDesignTooBigForOneMethodIsSplitAndAgreesWithIcarus() {
    Design design = Elaboration.elaborate(LongChain::new);
    int methods = JvmSimulator.logicMethods(design);
    assertTrue(methods >= 4, "expected the logic to be split, got " + methods + " method(s)");
    IcarusComparison.againstIcarus(design, 200, 7);
  }
}
