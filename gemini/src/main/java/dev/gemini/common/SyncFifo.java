package dev.gemini.common;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.UInt;

/**
 * A first-in first-out queue of {@code depth} words (a power of two), with the head readable
 * combinationally. Pushing into a full queue or popping an empty one is a design error, checked.
 */
public final class SyncFifo extends Component {
  public final Bool push = input(bool());
  public final UInt pushData;
  public final Bool pop = input(bool());
  public final Bool flush = input(bool());
  public final Bool headValid = output(bool());
  public final UInt head;
  public final UInt count;
  private final int width;
  private final int depth;

  public SyncFifo(int width, int depth) {
    this.width = width;
    this.depth = depth;
    int pointerBits = Integer.numberOfTrailingZeros(depth);
    if (Integer.bitCount(depth) != 1 || depth < 2) {
      throw new IllegalArgumentException("depth must be a power of two >= 2: " + depth);
    }
    pushData = input(uint(width));
    head = output(uint(width));
    count = output(uint(pointerBits + 1));

    Mem<UInt> slots = mem(uint(width), depth);
    UInt writePointer = reg(uint(pointerBits), 0);
    UInt readPointer = reg(uint(pointerBits), 0);
    UInt used = reg(uint(pointerBits + 1), 0);

    Bool popping = pop.and(used.ne(0));
    when(push, () -> {
      slots.write(writePointer, pushData);
      writePointer.assign(writePointer.add(1));
    });
    when(popping, () -> readPointer.assign(readPointer.add(1)));
    when(push.and(popping.not()), () -> used.assign(used.add(1)))
        .elseWhen(popping.and(push.not()), () -> used.assign(used.sub(1)));
    when(flush, () -> {
      writePointer.assign(0);
      readPointer.assign(0);
      used.assign(0);
    });

    assertThat(push.not().or(used.ne(depth)).or(popping), "push into a full queue");
    assertThat(pop.not().or(used.ne(0)), "pop from an empty queue");
    headValid.assign(used.ne(0));
    head.assign(slots.readAsync(readPointer));
    count.assign(used);
  }

  @Override
  public String moduleName() {
    return "SyncFifo_w" + width + "_d" + depth;
  }
}
