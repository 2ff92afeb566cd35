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
  public final Bool respValid = output(bool());
  public final UInt respData = output(uint(W));
  public final Bool respError = output(bool());

  /** The request is a write the map allows: send it on to be applied. */
  public final Bool acceptedWrite = output(bool());
  /** A refused access, for one cycle, with its address and direction. */
  public final Bool refused = output(bool());
  public final UInt refusedAddress = output(uint(A + 1));

  public final Bool applyValid = input(bool());
  public final UInt applyAddress = input(uint(A));
  public final UInt applyData = input(uint(W));

  private final Map<String, UInt> inputs = new LinkedHashMap<>();
  private final Map<String, UInt> outputs = new LinkedHashMap<>();
  private final Map<String, Bool> pulses = new LinkedHashMap<>();

  public ControlRegisters() {
    for (Register r : RegisterMap.registers()) {
      switch (r.access()) {
        case RO -> inputs.put(r.name(), input(uint(W)).named("status_" + r.name()));
        case RW -> outputs.put(r.name(), output(uint(W)).named("reg_" + r.name()));
        case W1C -> {
          inputs.put(r.name(), input(uint(W)).named("set_" + r.name()));
          outputs.put(r.name(), output(uint(W)).named("reg_" + r.name()));
        }
        case WO -> {
          outputs.put(r.name(), output(uint(W)).named("cmd_" + r.name()));
          pulses.put(r.name(), output(bool()).named("cmd_" + r.name() + "_write"));
        }
      }
    }

    UInt applyWord = applyAddress.slice(A - 1, 2);
    for (Register r : RegisterMap.registers()) {
      Bool hit = applyValid.and(applyWord.eq(r.offset() / 4));
      switch (r.access()) {
        case RW -> {
          UInt value = reg(uint(W), r.reset()).named("r_" + r.name());
          when(hit, () -> value.assign(applyData));
          outputs.get(r.name()).assign(value);
        }
        case W1C -> {
          UInt value = reg(uint(W), r.reset()).named("r_" + r.name());
          UInt cleared = mux(hit, value.and(applyData.not()), value);
          value.assign(cleared.or(inputs.get(r.name())));
          outputs.get(r.name()).assign(value);
        }
        case WO -> {
          outputs.get(r.name()).assign(applyData);
          pulses.get(r.name()).assign(hit);
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
      for (Register r : RegisterMap.registers()) {
        s.is(r.offset() / 4, () -> {
          mapped.assign(true);
          writable.assign(r.access() != Access.RO);
          readValue.assign(switch (r.access()) {
            case RO -> inputs.get(r.name());
            case RW, W1C -> outputs.get(r.name());
            case WO -> lit(0, W);
          });
        });
      }
    });
    Bool bad = reqValid.and(mux(reqWrite, writable.not(), mapped.not()));

    Bool answered = reg(bool(), false);
    answered.assign(reqValid);
    UInt answer = reg(uint(W), 0);
    when(reqValid, () -> answer.assign(mux(reqWrite, lit(0, W), readValue)));
    Bool wasBad = reg(bool(), false);
    wasBad.assign(bad);
    UInt badAddress = reg(uint(A + 1), 0);
    when(bad, () -> badAddress.assign(cat(reqWrite, reqAddress)));

    acceptedWrite.assign(reqValid.and(reqWrite).and(writable));
    respValid.assign(answered);
    respData.assign(answer);
    respError.assign(wasBad);
    refused.assign(wasBad);
    refusedAddress.assign(badAddress);
  }

  /** The input that feeds a read-only register, or the set mask of a write-one-to-clear one. */
  public UInt in(String name) {
    return require(inputs, name);
  }

  /** The value of a read-write or write-one-to-clear register, or a command's data. */
  public UInt out(String name) {
    return require(outputs, name);
  }

  /** High for the cycle a command register is written. */
  public Bool written(String name) {
    return require(pulses, name);
  }

  private static <T> T require(Map<String, T> map, String name) {
    T t = map.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no such port for register " + name);
    }
    return t;
  }
}
