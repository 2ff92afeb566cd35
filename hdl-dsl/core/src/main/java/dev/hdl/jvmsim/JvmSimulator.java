package dev.hdl.jvmsim;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.ir.ModuleDef;
import dev.hdl.sim.SimOptions;
import dev.hdl.sim.Simulation;
import dev.hdl.sim.SimulationException;
import dev.hdl.sim.Simulator;
import java.util.Set;

/**
 * Simulates a design in the JVM: the netlist's combinational logic is compiled to bytecode, so a
 * simulation starts in milliseconds with no C++ build and runs at JIT speed.
 */
public final class JvmSimulator implements Simulator {
  @Override
  public String name() {
    return "jvm";
  }

  @Override
  public Simulation open(Design design, SimOptions options) {
    rejectBlackBoxes(design);
    return new JvmSimulation(design, options);
  }

  /**
   * A black box's behaviour is in its Verilog file, which this simulator does not read: its outputs
   * would silently read 0, so a design with one is refused.
   */
  private static void rejectBlackBoxes(Design design) {
    for (ModuleDef m : design.modules()) {
      if (m.blackBox() != null) {
        throw new SimulationException(m.loc() + ": the JVM simulator cannot run the black box " + simpleName(m)
            + " (Verilog module " + m.name() + " in " + m.blackBox().verilogFile() + ") of " + design.top()
            + ": its behaviour is only in Verilog. Simulate this design with the Verilator backend.");
      }
    }
  }

  private static String simpleName(ModuleDef m) {
    String c = m.javaClass();
    return c.substring(Math.max(c.lastIndexOf('.'), c.lastIndexOf('$')) + 1);
  }

  /** How many generated methods hold the design's combinational logic (each under HotSpot's size limit). */
  public static int logicMethods(Design design) {
    FlatNetlist net = design.netlist();
    Layout layout = new Layout(net, Set.of());
    Schedule schedule = new Schedule(net, layout);
    // Which clock drives which register does not change the logic's methods: say one clock drives all.
    EdgeEmitter edges = new EdgeEmitter(net, layout, schedule, 1, domain -> 0);
    ModelCompiler compiler = new ModelCompiler(net, layout, schedule, Set.of(), edges);
    compiler.compile();
    return compiler.methods();
  }

  /**
   * Into how many groups the design's combinational logic is cut, each recomputed only when a value
   * it reads changed; 1 when the logic is small enough to be computed whole at every settle.
   */
  public static int logicGroups(Design design) {
    FlatNetlist net = design.netlist();
    return new Schedule(net, new Layout(net, Set.of())).groups().length;
  }
}
