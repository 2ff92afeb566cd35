package dev.gemini.registers;

import static dev.hdl.Hdl.*;

import dev.gemini.registers.RegisterMap.LogEntry;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.Vec;

/**
 * The last {@link RegisterMap#ERROR_LOG_ENTRIES} error events, each stamped with the cycle, for
 * software; each entry is kept as the word its ERROR_LOG register shows.
 */
public final class ErrorLog extends Component {
  private static final Register<LogEntry> LAYOUT = RegisterMap.ERROR_LOG.getFirst();

  public final Bool valid = input(bool());
  public final UInt event = input(uint(3));
  public final UInt subsystem = input(uint(2));
  public final UInt cycle = input(uint(32));
  public final Vec<LogEntry> entries = output(vec(RegisterMap.ERROR_LOG_ENTRIES, LAYOUT.type()));
  public final UInt count = output(reg(uint(32), 0));

  public ErrorLog() {
    int n = RegisterMap.ERROR_LOG_ENTRIES;
    int pointerBits = Integer.numberOfTrailingZeros(n);
    UInt next = count.slice(pointerBits - 1, 0);
    UInt entry = LAYOUT.word(new LogEntry(event, subsystem, cycle.slice(26, 0)));
    for (int i = 0; i < n; i++) {
      UInt slot = reg(uint(RegisterMap.DATA_BITS), 0).named("entry_" + i);
      when(valid.and(next.eq(i)), () -> slot.assign(entry));
      connect(entries.get(i), LAYOUT.fields(slot));
    }
    when(valid, () -> count.assign(count.add(1)));
  }
}
