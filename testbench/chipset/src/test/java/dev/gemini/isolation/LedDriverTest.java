package dev.gemini.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The status lamp in every combination of subsystem states, mode and blink phase, as its documentation says. */
@ExtendWith(SimulationExtension.class)
class LedDriverTest {
  private static final Elaborated<LedDriver> ELABORATED = Elaboration.elaborateTop(LedDriver::new);
  private static final LedDriver LED = ELABORATED.top();

  /** What the lamp shows for these states: fail-stop first, then offline, diagnosing, resyncing, the mode. */
  private static LedState expected(SubsystemState cpu, SubsystemState io, boolean duplex, boolean failStop) {
    if (failStop) {
      return LedState.FAIL_STOP;
    } else if (cpu == SubsystemState.OFFLINE || io == SubsystemState.OFFLINE) {
      return LedState.OFFLINE;
    } else if (cpu == SubsystemState.DIAGNOSING || io == SubsystemState.DIAGNOSING) {
      return LedState.DIAGNOSING;
    } else if (cpu == SubsystemState.RESYNCING) {
      return LedState.RESYNCING;
    }
    return duplex ? LedState.DUPLEX : LedState.SIMPLEX;
  }

  @Test
  void everyStateLightsItsColourSteadyOrBlinking(TestSimulator simulator) {
    try (Simulation sim = simulator.open(ELABORATED.design())) {
      sim.reset(1);
      for (SubsystemState cpu : SubsystemState.values()) {
        for (SubsystemState io : SubsystemState.values()) {
          for (int flags = 0; flags < 4; flags++) {
            boolean duplex = (flags & 1) != 0;
            boolean failStop = (flags & 2) != 0;
            sim.poke(LED.cpuState, cpu.ordinal());
            sim.poke(LED.ioState, io.ordinal());
            sim.poke(LED.duplex, duplex ? 1 : 0);
            sim.poke(LED.failStop, failStop ? 1 : 0);
            sim.step();
            LedState state = expected(cpu, io, duplex, failStop);
            String at = "cpu " + cpu + ", io " + io + ", duplex " + duplex + ", fail-stop " + failStop;
            assertEquals(state, sim.peekEnum(LED.state, LedState.class), at);
            for (int blink = 0; blink < 2; blink++) {
              sim.poke(LED.blink, blink);
              boolean on = blink == 1;
              boolean green = state == LedState.DUPLEX || state == LedState.SIMPLEX
                  || state == LedState.RESYNCING && on;
              boolean amber = state == LedState.OFFLINE || state == LedState.FAIL_STOP
                  || state == LedState.DIAGNOSING && on;
              assertEquals(green ? 1 : 0, sim.peek(LED.green), "green, blink " + on + ", " + at);
              assertEquals(amber ? 1 : 0, sim.peek(LED.amber), "amber, blink " + on + ", " + at);
            }
          }
        }
      }
    }
  }
}
