package dev.gemini.testbench.resync;

import dev.gemini.datamover.DataMover;
import dev.hdl.sim.SimSignal;
import dev.hdl.sim.Simulation;

/** M0's Data Mover registers in a {@link ResyncRig} simulation. */
public final class RigRegisters implements MoverRegisters {
  private final Simulation sim;
  private final ResyncRig rig;
  private final SimSignal commandValid;
  private final SimSignal command;

  /** {@code rig}: the top of the design {@code sim} simulates. */
  public RigRegisters(Simulation sim, ResyncRig rig) {
    this.sim = sim;
    this.rig = rig;
    this.commandValid = sim.signal(rig.commandValid);
    this.command = sim.signal(rig.command);
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
    return new MoverStatus(sim.peekEnum(rig.phase, DataMover.Phase.class), sim.peek(rig.passRunning) != 0,
        sim.peek(rig.failed) != 0, (int) sim.peek(rig.failCause), sim.peek(rig.failAddress), (int) sim.peek(rig.passes),
        (int) sim.peek(rig.lastCopied), (int) sim.peek(rig.lastDirtied), (int) sim.peek(rig.dirtyPages),
        sim.peek(rig.blackoutCycles), sim.peek(rig.synced) != 0, sim.peek(rig.refused) != 0);
  }

  @Override
  public void idle(int cycles) {
    sim.step(cycles);
  }
}
