package dev.gemini.testbench.resync;

import dev.gemini.datamover.DataMover;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;

/** M0's Data Mover registers in a {@link ResyncRig} simulation. */
public final class RigRegisters implements MoverRegisters {
  private static final DataMover.Phase[] PHASES = DataMover.Phase.values();

  private final Simulation sim;
  private final SimSignal commandValid;
  private final SimSignal command;

  public RigRegisters(Simulation sim) {
    this.sim = sim;
    this.commandValid = sim.signal("commandValid");
    this.command = sim.signal("command");
  }

  @Override
  public void command(int code) {
    commandValid.set(1);
    command.set(code);
    sim.step();
    commandValid.set(0);
    command.set(0);
  }

  @Override
  public MoverStatus status() {
    return new MoverStatus(PHASES[(int) sim.peek("phase")], sim.peek("passRunning") != 0, sim.peek("failed") != 0,
        (int) sim.peek("failCause"), sim.peek("failAddress"), (int) sim.peek("passes"),
        (int) sim.peek("lastCopied"), (int) sim.peek("lastDirtied"), (int) sim.peek("dirtyPages"),
        sim.peek("blackoutCycles"), sim.peek("synced") != 0, sim.peek("refused") != 0);
  }

  @Override
  public void idle(int cycles) {
    sim.step(cycles);
  }
}
