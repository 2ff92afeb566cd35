package dev.gemini.registers;

import static dev.hdl.Hdl.*;

import dev.gemini.registers.Register.Access;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The register block, generated from {@link RegisterMap}. Software's accesses come in on the
 * access port and are answered one cycle later; a write that the map allows is offered on
 * {@code acceptedWrite*} and takes effect only when it comes back on the apply port, so that the
 * GE can first send it to its partner and both apply it on the same cycle.
 */
public final class ControlRegisters extends Component {
  private static final int W = RegisterMap.DATA_BITS;
  private static final int A = RegisterMap.ADDRESS_BITS;

  public final Bool reqValid = input(bool());
  public final Bool reqWrite = input(bool());
  public final UInt reqAddress = input(uint(A));
  public final UInt reqData = input(uint(W));
  public final Bool respValid = output(reg(bool(), false));
  public final UInt respData = output(reg(uint(W), 0));
  public final Bool respError = output(bool());

  /** The request is a write the map allows: send it on to be applied. */
  public final Bool acceptedWrite = output(bool());
  /** A refused access, for one cycle; the last one's address and direction. */
  public final Bool refused = output(reg(bool(), false));
  public final RegisterMap.CsrError refusedAccess = output(RegisterMap.CSR_ERROR_ADDRESS.type());

  public final Bool applyValid = input(bool());
  public final UInt applyAddress = input(uint(A));
  public final UInt applyData = input(uint(W));

  private final Map<Register<?>, UInt> inputs = new LinkedHashMap<>();
  private final Map<Register<?>, UInt> outputs = new LinkedHashMap<>();
  private final Map<Register<?>, Bool> pulses = new LinkedHashMap<>();

  public ControlRegisters() {
    for (Register<?> r : RegisterMap.registers()) {
      switch (r.access()) {
        case RO -> inputs.put(r, input(uint(W)).named("status_" + r.name()));
        case RW -> outputs.put(r, output(uint(W)).named("reg_" + r.name()));
        case W1C -> {
          inputs.put(r, input(uint(W)).named("set_" + r.name()));
          outputs.put(r, output(uint(W)).named("reg_" + r.name()));
        }
        case WO -> {
          outputs.put(r, output(uint(W)).named("cmd_" + r.name()));
          pulses.put(r, output(bool()).named("cmd_" + r.name() + "_write"));
        }
      }
    }

    UInt applyWord = applyAddress.slice(A - 1, 2);
    // A read-only register takes no writes, so it has no decode of the applied address.
    for (Register<?> r : RegisterMap.registers()) {
      switch (r.access()) {
        case RW -> {
          UInt value = reg(uint(W), r.reset()).named("r_" + r.name());
          when(applied(r, applyWord), () -> value.assign(applyData));
          outputs.get(r).assign(value);
        }
        case W1C -> {
          UInt value = reg(uint(W), r.reset()).named("r_" + r.name());
          UInt cleared = mux(applied(r, applyWord), value.and(applyData.not()), value);
          value.assign(cleared.or(inputs.get(r)));
          outputs.get(r).assign(value);
        }
        case WO -> {
          outputs.get(r).assign(applyData);
          pulses.get(r).assign(applied(r, applyWord));
        }
        case RO -> { }
      }
    }

    UInt word = reqAddress.slice(A - 1, 2);
    UInt readValue = wire(uint(W));
    Bool mapped = wire(bool());
    Bool writable = wire(bool());
    readValue.assign(RegisterMap.UNMAPPED_READ);
    mapped.assign(false);
    writable.assign(false);
    switchOn(word, s -> {
      for (Register<?> r : RegisterMap.registers()) {
        s.is(r.offset() / 4, () -> {
          mapped.assign(true);
          writable.assign(r.access() != Access.RO);
          readValue.assign(switch (r.access()) {
            case RO -> inputs.get(r);
            case RW, W1C -> outputs.get(r);
            case WO -> lit(0, W);
          });
        });
      }
    });
    Bool bad = reqValid.and(mux(reqWrite, writable.not(), mapped.not()));
    respValid.assign(reqValid);
    when(reqValid, () -> respData.assign(mux(reqWrite, lit(0, W), readValue)));
    refused.assign(bad);
    UInt badAddress = reg(uint(A), 0);
    Bool badWrite = reg(bool(), false);
    when(bad, () -> {
      badAddress.assign(reqAddress);
      badWrite.assign(reqWrite);
    });

    acceptedWrite.assign(reqValid.and(reqWrite).and(writable));
    respError.assign(refused);
    connect(refusedAccess, new RegisterMap.CsrError(badAddress, badWrite));
  }

  /** An applied write to {@code register} this cycle. */
  private Bool applied(Register<?> register, UInt applyWord) {
    Bool hit = applyValid.and(applyWord.eq(register.offset() / 4));
    return hit;
  }

  /** Drives a read-only register with these fields, or sets these bits of a write-one-to-clear one. */
  public <T extends Record> void set(Register<T> register, T fields) {
    port(inputs, register, "set").assign(register.word(fields));
  }

  /** The fields of a read-write or write-one-to-clear register, or of a command's data. */
  public <T extends Record> T value(Register<T> register) {
    return register.fields(word(register));
  }

  /** The whole word of a read-write or write-one-to-clear register, or of a command's data. */
  public UInt word(Register<?> register) {
    return port(outputs, register, "read");
  }

  /** High for the cycle a command register is written. */
  public Bool written(Register<?> register) {
    return port(pulses, register, "wait for a write of");
  }

  private static <T> T port(Map<Register<?>, T> ports, Register<?> register, String use) {
    T port = ports.get(register);
    if (port == null) {
      throw new IllegalArgumentException("the GE cannot " + use + " register " + register.name() + ": it is "
          + register.access());
    }
    return port;
  }
}
