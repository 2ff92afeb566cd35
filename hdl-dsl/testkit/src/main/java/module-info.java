/** For tests of designs: Verilator lint, Icarus and Yosys runners, random circuits, Icarus comparison. */
module dev.hdl.testkit {
  requires transitive dev.hdl;
  requires org.junit.jupiter.api;

  exports dev.hdl.testing;
}
