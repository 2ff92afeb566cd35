/** A JUnit 5 extension that gives a test its seeded simulator and keeps what a failure leaves. */
module dev.hdl.junit {
  requires transitive dev.hdl;
  requires transitive org.junit.jupiter.api;

  exports dev.hdl.junit;

  uses dev.hdl.sim.Simulator;
}
