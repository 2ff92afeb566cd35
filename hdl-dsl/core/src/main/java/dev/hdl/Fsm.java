package dev.hdl;

import dev.hdl.naming.CallSite;

/**
 * A finite state machine over a Java enum: a state register, reset to the initial state, and
 * one {@link #state} body per state, describing that state's outputs and transitions. Each body
 * takes effect where it is written, in program order with the statements around it: a default
 * assigned before the bodies is overridden by them.
 */
public final class Fsm<E extends Enum<E>> {
  private final HwEnum<E> state;
  private final SwitchCases cases;

  Fsm(HwEnum<E> state, SwitchCases cases) {
    this.state = state;
    this.cases = cases;
  }

  /** Describes what happens while the machine is in {@code s}. */
  public Fsm<E> state(E s, Runnable body) {
    cases.is(s, body);
    return this;
  }

  /** Moves to {@code next} on the coming clock edge. */
  public void goTo(E next) {
    state.assign(next);
  }

  /** High while the machine is in {@code s}. */
  public Bool isIn(E s) {
    return state.is(s);
  }

  /** The state register. */
  public HwEnum<E> current() {
    return state;
  }

  static <E extends Enum<E>> Fsm<E> make(E initial) {
    ModuleBuilder b = Elaboration.builder();
    CallSite site = CallSite.capture();
    HwEnum<E> type = Hdl.enumOf(initial.getDeclaringClass());
    HwEnum<E> state = Hdl.reg(type, initial);
    ModuleBuilder.Binding bound = b.bindName(site.hint());
    b.name(state.node, bound.name() == null ? "state" : bound.name() + "_state", bound.javaPath());
    return new Fsm<>(state, new SwitchCases(b, state, site.loc()));
  }
}
