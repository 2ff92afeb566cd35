package dev.hdl.tests.checks;

import static dev.hdl.Hdl.*;
import static dev.hdl.tests.checks.Rejections.here;

import dev.hdl.Component;
import dev.hdl.UInt;

/**
 * A child whose output follows its input within the same cycle, so a parent can misuse its
 * port; its lines are recorded for messages that point inside it.
 */
final class Increment extends Component {
  static String inAt, outAt, sumAt, assignOut;
  final UInt in;
  final UInt out;

  Increment() {
    inAt = here(); in = input(uint(8));
    outAt = here(); out = output(uint(8));
    sumAt = here(); UInt sum = in.add(1);
    assignOut = here(); out.assign(sum);
  }
}
