package dev.hdl.tests.naming;

import static dev.hdl.Hdl.input;
import static dev.hdl.Hdl.output;
import static dev.hdl.Hdl.uint;

import dev.hdl.Component;
import dev.hdl.UInt;

/** Two 8-bit inputs for idioms to compute from, and an 8-bit output for their result. */
abstract class Operands extends Component {
  final UInt a = input(uint(8));
  final UInt b = input(uint(8));
  final UInt y = output(uint(8));
}
