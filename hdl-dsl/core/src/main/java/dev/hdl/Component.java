package dev.hdl;

/**
 * A hardware module. Subclasses describe their ports, state and behaviour in their constructor,
 * with the functions of {@link Hdl}; a module is made with {@link Hdl#instance} inside another
 * module, or with {@link Elaboration#elaborate} as the top.
 */
public abstract class Component {
  final ModuleBuilder builder;

  protected Component() {
    builder = Elaboration.enter(this);
  }

  /**
   * The Verilog module name. Modules of one class that elaborate to different hardware get a
   * numbered suffix; override to name parameterised variants yourself.
   */
  public String moduleName() {
    return getClass().getSimpleName();
  }
}
