package dev.gemini.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemini.registers.Register.Access;
import dev.hdl.Elaborated;
import dev.hdl.Elaboration;
import dev.hdl.junit.SimulationExtension;
import dev.hdl.junit.TestSimulator;
import dev.hdl.sim.Simulation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register file alone against a model of every register of the map: random reads and writes
 * on the bus, random applied writes, status and set inputs drawn each cycle, and every register,
 * command and answer compared every cycle.
 */
@ExtendWith(SimulationExtension.class)
class RegisterFileTest {
  private static final Elaborated<ControlRegisters> ELABORATED = Elaboration.elaborateTop(ControlRegisters::new);
  private static final ControlRegisters REGS = ELABORATED.top();
  private static final List<Register<?>> MAP = RegisterMap.registers();
  private static final long WORD = (1L << RegisterMap.DATA_BITS) - 1;

  /** A mapped register, or now and then an address the map leaves free. */
  private static int address(Random random) {
    if (random.nextInt(8) == 0) {
      return random.nextInt(1 << RegisterMap.ADDRESS_BITS) & ~3;
    }
    return MAP.get(random.nextInt(MAP.size())).offset();
  }

  private static Register<?> at(int address) {
    return MAP.stream().filter(r -> r.offset() == address).findFirst().orElse(null);
  }

  @Test
  void everyRegisterReadsWritesAndRefusesAsTheMapSays(TestSimulator simulator) {
    Random random = simulator.random();
    Map<Register<?>, Long> held = new HashMap<>();
    MAP.stream().filter(r -> r.access() == Access.RW || r.access() == Access.W1C)
        .forEach(r -> held.put(r, (long) r.reset()));
    long respData = 0;
    boolean respValid = false;
    boolean refused = false;
    long badAddress = 0;
    boolean badWrite = false;
    try (Simulation sim = simulator.open(ELABORATED.design())) {
      sim.reset(1);
      for (int n = 0; n < 2000; n++) {
        String at = "cycle " + n;
        Map<Register<?>, Long> status = new HashMap<>();
        for (Register<?> r : MAP) {
          if (r.access() == Access.RO) {
            status.put(r, random.nextLong() & WORD);
            sim.poke("status_" + r.name(), status.get(r));
          } else if (r.access() == Access.W1C) {
            status.put(r, random.nextInt(16) == 0 ? 1L << random.nextInt(RegisterMap.DATA_BITS) : 0);
            sim.poke("set_" + r.name(), status.get(r));
          }
        }
        boolean req = random.nextBoolean();
        boolean write = random.nextBoolean();
        int reqAddress = address(random);
        long reqData = random.nextLong() & WORD;
        boolean apply = random.nextInt(3) == 0;
        int applyAddress = address(random);
        long applyData = random.nextLong() & WORD;
        sim.poke(REGS.reqValid, req ? 1 : 0);
        sim.poke(REGS.reqWrite, write ? 1 : 0);
        sim.poke(REGS.reqAddress, reqAddress);
        sim.poke(REGS.reqData, reqData);
        sim.poke(REGS.applyValid, apply ? 1 : 0);
        sim.poke(REGS.applyAddress, applyAddress);
        sim.poke(REGS.applyData, applyData);

        Register<?> target = at(reqAddress);
        boolean writable = target != null && target.access() != Access.RO;
        boolean bad = req && (write ? !writable : target == null);
        assertEquals(req && write && writable ? 1 : 0, sim.peek(REGS.acceptedWrite), "acceptedWrite at " + at);
        for (Register<?> r : MAP) {
          if (r.access() == Access.WO) {
            assertEquals(apply && applyAddress == r.offset() ? 1 : 0, sim.peek("cmd_" + r.name() + "_write"),
                r.name() + " written at " + at);
            assertEquals(applyData, sim.peek("cmd_" + r.name()), r.name() + "'s data at " + at);
          }
        }
        long read = target == null ? RegisterMap.UNMAPPED_READ : switch (target.access()) {
          case RO -> status.get(target);
          case RW, W1C -> held.get(target);
          case WO -> 0;
        };

        sim.step();
        if (req) {
          respData = write ? 0 : read;
        }
        respValid = req;
        refused = bad;
        if (bad) {
          badAddress = reqAddress;
          badWrite = write;
        }
        for (Register<?> r : MAP) {
          boolean hit = apply && applyAddress == r.offset();
          if (r.access() == Access.RW && hit) {
            held.put(r, applyData);
          } else if (r.access() == Access.W1C) {
            held.put(r, (hit ? held.get(r) & ~applyData : held.get(r)) | status.get(r));
          }
        }
        assertEquals(respValid ? 1 : 0, sim.peek(REGS.respValid), "respValid after " + at);
        assertEquals(respData, sim.peek(REGS.respData), "respData after " + at);
        assertEquals(refused ? 1 : 0, sim.peek(REGS.respError), "respError after " + at);
        assertEquals(badAddress, sim.peek(REGS.refusedAccess.address()), "refused address after " + at);
        assertEquals(badWrite ? 1 : 0, sim.peek(REGS.refusedAccess.write()), "refused write after " + at);
        for (Map.Entry<Register<?>, Long> e : held.entrySet()) {
          assertEquals(e.getValue(), sim.peek("reg_" + e.getKey().name()), e.getKey().name() + " after " + at);
        }
      }
    }
  }
}
