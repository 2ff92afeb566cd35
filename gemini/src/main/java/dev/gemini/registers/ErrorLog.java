package dev.gemini.registers;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.Vec;

/** The last {@link RegisterMap#ERROR_LOG_ENTRIES} error events, each stamped with the cycle, for software. */
public final class ErrorLog extends Component {
  public final Bool valid = input(bool());
  public final UInt event = input(uint(3));
  public final UInt subsystem = input(uint(2));
  public final UInt cycle = input(uint(32));
  public final Vec<UInt> entries = output(vec(RegisterMap.ERROR_LOG_ENTRIES, uint(32)));
  public final UInt count = output(uint(32));

  public ErrorLog() {
    int n = RegisterMap.ERROR_LOG_ENTRIES;
    int pointerBits = Integer.numberOfTrailingZeros(n);
    UInt[] slots = new UInt[n];
    for (int i = 0; i < n; i++) {
      slots[i] = reg(uint(32), 0).named("entry_" + i);
    }
    UInt logged = reg(uint(32), 0);
    UInt next = logged.slice(pointerBits - 1, 0);
    UInt entry = cat(event, subsystem, cycle.slice(26, 0));
    for (int i = 0; i < n; i++) {
      UInt slot = slots[i];
      when(valid.and(next.eq(i)), () -> slot.assign(entry));
    }
    when(valid, () -> logged.assign(logged.add(1)));
    for (int i = 0; i < n; i++) {
      entries.get(i).assign(slots[i]);
    }
    count.assign(logged);
  }
}
