/** The language, its checks, the Verilog emitter and the JVM simulator. */
module dev.hdl {
  requires org.objectweb.asm;
  requires org.objectweb.asm.tree;
  requires org.objectweb.asm.tree.analysis;

  exports dev.hdl;
  exports dev.hdl.ir;
  exports dev.hdl.lib;
  exports dev.hdl.mutation;
  exports dev.hdl.sim;
  exports dev.hdl.verilog;
  exports dev.hdl.jvmsim;
  exports dev.hdl.source;

  provides dev.hdl.sim.Simulator with dev.hdl.jvmsim.JvmSimulator;
}
