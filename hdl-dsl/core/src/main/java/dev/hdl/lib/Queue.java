package dev.hdl.lib;

import static dev.hdl.Hdl.*;
import static dev.hdl.lib.Widths.bitsFor;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.Signal;
import dev.hdl.UInt;

/**
 * A first-in first-out queue of {@code depth} words in one clock domain, between a stream in and
 * a stream out. It takes a word in every cycle it is not full and offers one in every cycle it is
 * not empty, both in the same cycle too, so it moves a word a cycle; a word taken is offered from
 * the next cycle. {@code in.ready()} depends on the queue's state alone, not on {@code out.ready()}, so
 * chained queues have no combinational path backwards. {@code count} is the number of words held.
 */
public final class Queue<T extends Signal<T>> extends Component {
  public final Decoupled<T> in;
  public final Decoupled<T> out;
  public final UInt count;
  private final int depth;
  private final int width;

  /** A queue of {@code depth} words (at least 1) of {@code type}, such as {@code uint(8)}. */
  public Queue(T type, int depth) {
    Caller.require(depth >= 1, "a queue holds at least 1 word, not " + depth + ".");
    this.depth = depth;
    this.width = type.width();
    in = input(Decoupled.of(type));
    out = output(Decoupled.of(type));
    count = output(uint(bitsFor(depth)));

    Mem<T> slots = mem(type, depth);
    UInt head = reg(uint(bitsFor(depth - 1)), 0); // the word offered
    UInt tail = reg(uint(bitsFor(depth - 1)), 0); // where the next word goes
    UInt held = reg(uint(bitsFor(depth)), 0);
    in.ready().assign(held.ne(depth));
    out.valid().assign(held.ne(0));
    out.payload().assign(slots.readAsync(head));
    Bool push = in.fire();
    Bool pop = out.fire();
    count.assign(held);
    when(push, () -> {
      slots.write(tail, in.payload());
      tail.assign(following(tail));
    });
    when(pop, () -> head.assign(following(head)));
    when(push.and(pop.not()), () -> held.assign(held.add(1)))
        .elseWhen(pop.and(push.not()), () -> held.assign(held.sub(1)));
  }

  /** The slot after {@code slot}, round the ring of {@code depth} slots, which need not be a power of two. */
  private UInt following(UInt slot) {
    return mux(slot.eq(depth - 1), lit(0, slot.width()), slot.add(1));
  }

  @Override
  public String moduleName() {
    return "Queue_" + depth + "x" + width;
  }
}
