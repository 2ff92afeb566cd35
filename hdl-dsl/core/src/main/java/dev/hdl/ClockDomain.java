package dev.hdl;

/** A clock and its reset in one module; registers made inside {@link Hdl#withDomain} belong to it. */
public final class ClockDomain {
  final ModuleBuilder owner;
  final int index;

  ClockDomain(ModuleBuilder owner, int index) {
    this.owner = owner;
    this.index = index;
  }

  public String name() {
    return owner.domains.get(index).name();
  }
}
