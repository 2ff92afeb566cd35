/** Proves a design's assertions under its assumptions with Yosys, yosys-smtbmc and z3, from JUnit. */
module dev.hdl.formal {
  requires transitive dev.hdl;
  requires dev.hdl.junit;
  requires dev.hdl.testkit;
  requires org.junit.jupiter.api;

  exports dev.hdl.formal;
}
