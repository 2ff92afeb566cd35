package dev.hdl;

import dev.hdl.ModuleBuilder.Declared;
import dev.hdl.ir.Domain;
import dev.hdl.ir.Node;
import dev.hdl.ir.Op;
import dev.hdl.ir.Stmt;
import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The language: types, hardware, control, hierarchy and checks. Use it with {@code import static
 * dev.hdl.Hdl.*;} inside a {@link Component}'s constructor or the helpers it calls.
 */
public final class Hdl {
  /** Widths above this are almost certainly a mistake (a count passed where a width was meant). */
  static final int MAX_WIDTH = 1 << 20;

  private Hdl() {}

  // ---- types ----

  public static UInt uint(int width) {
    return new UInt(null, -1, checkWidth(width), false);
  }

  public static SInt sint(int width) {
    return new SInt(null, -1, checkWidth(width), false);
  }

  public static Bits bits(int width) {
    return new Bits(null, -1, checkWidth(width), false);
  }

  public static Bool bool() {
    return new Bool(false);
  }

  public static <E extends Enum<E>> HwEnum<E> enumOf(Class<E> type) {
    if (type.getEnumConstants().length == 0) {
      throw new HdlException(CallSite.location(), "enum " + type.getSimpleName() + " has no constants.");
    }
    return new HwEnum<>(null, -1, type, false);
  }

  /** A vector type of {@code size} elements of {@code element}'s type. */
  public static <T> Vec<T> vec(int size, T element) {
    if (size < 1) {
      throw new HdlException(CallSite.location(), "a vec needs at least one element, not " + size + ".");
    }
    List<T> elements = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      elements.add(element);
    }
    return new Vec<>(elements);
  }

  /** The same type with its direction reversed, for the returning signals of a port bundle (ready). */
  public static <T> T flipped(T type) {
    return Aggregates.flip(type);
  }

  static int checkWidth(int width) {
    if (width < 1 || width > MAX_WIDTH) {
      throw new HdlException(CallSite.location(), "width " + width + " is not a valid width: it must be between 1 and "
          + MAX_WIDTH + ".");
    }
    return width;
  }

  // ---- hardware ----

  public static <T> T input(T type) {
    return declare(type, Declared.INPUT);
  }

  /**
   * An output port of {@code type}; or, given registers of this module, a registered output:
   * ports of their shape that they drive, and the registers themselves returned, so that
   * {@code final UInt count = output(reg(uint(8), 0));} is assigned and read as the register.
   */
  public static <T> T output(T type) {
    if (!Aggregates.isHardware(type)) {
      return declare(type, Declared.OUTPUT);
    }
    ModuleBuilder b = Elaboration.builder();
    List<Signal<?>> registers = new ArrayList<>();
    Aggregates.leaves(type, registers::add);
    for (Signal<?> r : registers) {
      if (r.owner != b || !(b.node(r.node) instanceof Node.Reg)) {
        throw new HdlException(CallSite.location(), "output(...) takes a type such as uint(8), or registers of this"
            + " module to drive the port with; " + Signal.describe(r) + " is not a register of this module.");
      }
    }
    List<Signal<?>> ports = new ArrayList<>();
    Aggregates.leaves(declare(Aggregates.typeOf(type), Declared.OUTPUT), ports::add);
    for (int i = 0; i < ports.size(); i++) {
      Signal<?> port = ports.get(i);
      Node.Reg reg = (Node.Reg) b.node(registers.get(i).node);
      String portName = b.node(port.node).name();
      if (reg.name() == null && portName != null) {
        b.name(reg.id(), portName + "_reg", null);
      }
      b.connect(port.node, reg.id(), b.node(port.node).loc());
      b.registeredOutput(reg.id(), port.node);
    }
    return type;
  }

  public static <T> T wire(T type) {
    return declare(type, Declared.WIRE);
  }

  /** A register without reset in the current clock domain. */
  public static <T> T reg(T type) {
    return declare(type, Declared.REG);
  }

  /** A register that the domain's reset sets to {@code init}. */
  public static <S extends Signal<S>> S reg(S type, long init) {
    return reg(type, BigInteger.valueOf(init));
  }

  public static <S extends Signal<S>> S reg(S type, BigInteger init) {
    ModuleBuilder b = Elaboration.builder();
    if (!Signal.fits(init, type.width, type.signed())) {
      throw new HdlException(CallSite.location(), "reset value " + init + " does not fit in " + type.typeName() + ".");
    }
    S r = declare(type, Declared.REG);
    setReset(b, r, init);
    return r;
  }

  public static Bool reg(Bool type, boolean init) {
    return reg(type, init ? 1 : 0);
  }

  public static <E extends Enum<E>> HwEnum<E> reg(HwEnum<E> type, E init) {
    return reg(type, init.ordinal());
  }

  private static void setReset(ModuleBuilder b, Signal<?> r, BigInteger init) {
    Node.Reg d = (Node.Reg) b.node(r.node);
    if (b.resetOf(d.domain()) < 0) {
      throw new HdlException(d.loc(), "missing reset: register '" + d.name() + "' has a reset value but clock domain "
          + b.domains.get(d.domain()).name() + " has no reset.");
    }
    b.replace(d.withResetValue(init));
  }

  /** Registers of a bundle's or vec's shape that the domain's reset sets to {@code init}, a value of constants. */
  public static <T extends Record> T reg(T type, T init) {
    return registers(type, null, init, null, "reg(type, init)");
  }

  public static <T> Vec<T> reg(Vec<T> type, Vec<T> init) {
    return registers(type, null, init, null, "reg(type, init)");
  }

  /** Registers of a bundle's or vec's shape that take {@code next} on every clock edge. */
  public static <T extends Record> T regNext(T next) {
    return registers(next, next, null, null, "regNext(...)");
  }

  public static <T> Vec<T> regNext(Vec<T> next) {
    return registers(next, next, null, null, "regNext(...)");
  }

  /** Registers of a bundle's or vec's shape, without reset, that take {@code next} while {@code enable} is high. */
  public static <T extends Record> T regEnable(T next, Bool enable) {
    return registers(next, next, null, enable, "regEnable(...)");
  }

  public static <T> Vec<T> regEnable(Vec<T> next, Bool enable) {
    return registers(next, next, null, enable, "regEnable(...)");
  }

  /** As {@link #regEnable(Record, Bool)}, and set to {@code init}, a value of constants, by the domain's reset. */
  public static <T extends Record> T regEnable(T next, T init, Bool enable) {
    return registers(next, next, init, enable, "regEnable(...)");
  }

  public static <T> Vec<T> regEnable(Vec<T> next, Vec<T> init, Bool enable) {
    return registers(next, next, init, enable, "regEnable(...)");
  }

  /**
   * Registers of {@code shape}'s shape, one per leaf: each takes its leaf of {@code next} (if
   * any) while {@code enable} is high (always, if null), and its leaf of {@code init} (if any)
   * at reset.
   */
  private static <T> T registers(T shape, T next, T init, Bool enable, String what) {
    ModuleBuilder b = Elaboration.builder();
    T registers = declare(Aggregates.typeOf(shape), Declared.REG);
    int enableNode = enable == null ? -1 : b.read(enable);
    if (next != null) {
      Aggregates.zipLeaves(registers, next, what, (r, n) -> {
        b.connect(r.node, b.read(n), b.node(r.node).loc());
        if (enableNode >= 0) {
          b.replace(((Node.Reg) b.node(r.node)).withEnable(enableNode));
        }
        return r;
      });
    }
    if (init != null) {
      Aggregates.zipLeaves(registers, init, what, (r, value) -> {
        if (!(value.owner == b && b.node(value.node) instanceof Node.Const c)) {
          throw new HdlException(CallSite.location(), what + " takes a reset value of constants, but "
              + Signal.describe(value) + " is not one: write it with lit(...).");
        }
        setReset(b, r, c.value());
        return r;
      });
    }
    return registers;
  }

  /** A register that takes {@code next} on every clock edge. */
  public static <S extends Signal<S>> S regNext(S next) {
    ModuleBuilder b = Elaboration.builder();
    S r = declare(next.template(next.width, false), Declared.REG);
    b.connect(r.node, b.read(next), b.node(r.node).loc());
    return r;
  }

  /** A register without reset that takes {@code next} while {@code enable} is high. */
  public static <S extends Signal<S>> S regEnable(S next, Bool enable) {
    return enable(regNext(next), enable);
  }

  /** A register that the domain's reset sets to {@code init} and that takes {@code next} while {@code enable} is high. */
  public static <S extends Signal<S>> S regEnable(S next, long init, Bool enable) {
    return regEnable(next, BigInteger.valueOf(init), enable);
  }

  public static <S extends Signal<S>> S regEnable(S next, BigInteger init, Bool enable) {
    ModuleBuilder b = Elaboration.builder();
    S r = reg(next.template(next.width, false), init);
    b.connect(r.node, b.read(next), b.node(r.node).loc());
    return enable(r, enable);
  }

  public static Bool regEnable(Bool next, boolean init, Bool enable) {
    return regEnable(next, init ? 1 : 0, enable);
  }

  /** Makes a register load only while {@code enable} is high. */
  public static <S extends Signal<S>> S enable(S register, Bool enable) {
    ModuleBuilder b = Elaboration.builder();
    if (register.owner != b || !(b.node(register.node) instanceof Node.Reg r)) {
      throw new HdlException(CallSite.location(), "enable(...) takes a register of this module, not "
          + Signal.describe(register) + ".");
    }
    b.replace(r.withEnable(b.read(enable)));
    return register;
  }

  private static <T> T declare(T type, Declared kind) {
    ModuleBuilder b = Elaboration.builder();
    CallSite site = CallSite.capture();
    ModuleBuilder.Binding bound = b.bindName(site.hint());
    int domain = kind == Declared.REG ? b.currentDomain() : -1;
    return Aggregates.instantiate(Aggregates.typeOf(type), bound.name(), bound.javaPath(), false, (leaf, name, path, flipped) -> {
      int id = b.declare(flipped ? kind.flipped() : kind, leaf.width, leaf.signed(), leaf.enumType(),
          new ModuleBuilder.Binding(name, name == null ? null : path), domain, site.loc());
      return leaf.make(b, id, leaf.width);
    });
  }

  // ---- constants ----

  public static UInt lit(long value, int width) {
    return lit(BigInteger.valueOf(value), width);
  }

  public static UInt lit(BigInteger value, int width) {
    UInt type = uint(width);
    ModuleBuilder b = Elaboration.builder();
    return type.make(b, type.constant(b, value), width);
  }

  public static SInt slit(long value, int width) {
    SInt type = sint(width);
    ModuleBuilder b = Elaboration.builder();
    return type.make(b, type.constant(b, BigInteger.valueOf(value)), width);
  }

  public static Bool lit(boolean value) {
    ModuleBuilder b = Elaboration.builder();
    return new Bool(b, b.constant(value ? BigInteger.ONE : BigInteger.ZERO, 1, false, CallSite.location()));
  }

  // ---- operators ----

  /** {@code cond ? whenTrue : whenFalse}; both sides of one type and width. */
  public static <S extends Signal<S>> S mux(Bool cond, S whenTrue, S whenFalse) {
    whenTrue.requireSameWidth(Op.MUX, whenFalse);
    return whenTrue.result(Op.MUX, whenTrue.width, cond, whenTrue, whenFalse);
  }

  /** As {@link #mux(Bool, Signal, Signal)}, with a constant of the other side's type and width. */
  public static <S extends BitVector<S>> S mux(Bool cond, S whenTrue, long whenFalse) {
    return mux(cond, whenTrue, whenTrue.constantOfType(whenFalse));
  }

  public static <S extends BitVector<S>> S mux(Bool cond, long whenTrue, S whenFalse) {
    return mux(cond, whenFalse.constantOfType(whenTrue), whenFalse);
  }

  public static Bool mux(Bool cond, Bool whenTrue, boolean whenFalse) {
    return mux(cond, whenTrue, lit(whenFalse));
  }

  public static Bool mux(Bool cond, boolean whenTrue, Bool whenFalse) {
    return mux(cond, lit(whenTrue), whenFalse);
  }

  /** Leaf by leaf over two bundles or vecs of one shape. */
  public static <T extends Record> T mux(Bool cond, T whenTrue, T whenFalse) {
    return Aggregates.zipLeaves(whenTrue, whenFalse, "mux(...)", (a, b) -> muxLeaf(cond, a, b));
  }

  public static <T> Vec<T> mux(Bool cond, Vec<T> whenTrue, Vec<T> whenFalse) {
    return Aggregates.zipLeaves(whenTrue, whenFalse, "mux(...)", (a, b) -> muxLeaf(cond, a, b));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Signal<?> muxLeaf(Bool cond, Signal<?> whenTrue, Signal<?> whenFalse) {
    return mux(cond, (Signal) whenTrue, (Signal) whenFalse);
  }

  // ---- bundles as bits ----

  /** The total width of a signal, vec or bundle, type or hardware. */
  public static int widthOf(Object value) {
    int[] width = {0};
    Aggregates.leaves(value, s -> width[0] += s.width);
    return width[0];
  }

  /** The leaves of a signal, vec or bundle side by side, the first declared most significant. */
  public static UInt pack(Object value) {
    List<Signal<?>> leaves = new ArrayList<>();
    Aggregates.leaves(value, leaves::add);
    return cat(leaves.toArray(Signal<?>[]::new));
  }

  /**
   * Hardware shaped like {@code type} (a type, or hardware of that shape) whose leaves are slices
   * of {@code bits}, as {@link #pack} lays them out; the leaves are named as a bundle declared
   * there would be ({@code frame_valid}).
   */
  public static <T> T unpack(UInt bits, T type) {
    ModuleBuilder b = Elaboration.builder();
    CallSite site = CallSite.capture();
    int width = widthOf(type);
    if (bits.width != width) {
      throw new HdlException(site.loc(), "unpack(...) of " + Signal.describe(bits) + " into a shape of " + width
          + " bits: the widths must be equal.");
    }
    ModuleBuilder.Binding bound = b.bindName(site.hint());
    int source = b.read(bits);
    int[] next = {width};
    return Aggregates.instantiate(Aggregates.typeOf(type), bound.name(), bound.javaPath(), false, (leaf, name, path, flipped) -> {
      next[0] -= leaf.width;
      int id = b.slice(leaf.signed(), next[0] + leaf.width - 1, next[0], source,
          new ModuleBuilder.Binding(name, name == null ? null : path), site.loc());
      return leaf.make(b, id, leaf.width);
    });
  }

  /** The parts side by side, the first most significant. */
  public static UInt cat(Signal<?>... parts) {
    if (parts.length == 0) {
      throw new HdlException(CallSite.location(), "cat() needs at least one part.");
    }
    ModuleBuilder b = Elaboration.builder();
    int width = 0;
    for (Signal<?> p : parts) {
      width += p.width;
    }
    return new UInt(b, b.op(Op.CAT, width, false, Signal.reads(b, parts)), width, false);
  }

  /**
   * Connects two values of one shape leaf by leaf, each leaf in the direction it can be driven:
   * a port bundle's flipped signals (ready) flow back.
   */
  public static <T> void connect(T a, T b) {
    List<Signal<?>> left = new ArrayList<>();
    List<Signal<?>> right = new ArrayList<>();
    Aggregates.leaves(a, left::add);
    Aggregates.leaves(b, right::add);
    if (left.size() != right.size()) {
      throw new HdlException(CallSite.location(), "connect(...) needs two values of one shape, but they have "
          + left.size() + " and " + right.size() + " signals.");
    }
    ModuleBuilder builder = Elaboration.builder();
    for (int i = 0; i < left.size(); i++) {
      Signal<?> x = left.get(i);
      Signal<?> y = right.get(i);
      if (x.width != y.width || x.getClass() != y.getClass()) {
        throw new HdlException(CallSite.location(), "connect(...): " + Signal.describe(x) + " does not match "
            + Signal.describe(y) + ".");
      }
      boolean forward = drivable(builder, x);
      Signal<?> target = forward ? x : y;
      Signal<?> source = forward ? y : x;
      builder.connect(builder.target(target), builder.read(source), CallSite.location());
    }
  }

  private static boolean drivable(ModuleBuilder b, Signal<?> s) {
    if (s.owner == b) {
      return b.node(s.node).isDriven();
    }
    return s.owner != null && s.owner.parent == b && s.owner.node(s.node) instanceof Node.Input;
  }

  // ---- control ----

  /** Runs {@code body} as the hardware that applies while {@code cond} is high. */
  public static WhenChain when(Bool cond, Runnable body) {
    ModuleBuilder b = Elaboration.builder();
    int c = b.read(cond);
    Block parent = b.block();
    Block.When w = parent.when(c, CallSite.location());
    b.inBlock(w.then, body);
    return new WhenChain(b, parent, w);
  }

  /** A case statement: {@code switchOn(op, s -> s.is(0, () -> ...).is(1, () -> ...).otherwise(...))}. */
  public static void switchOn(Signal<?> subject, Consumer<SwitchCases> cases) {
    cases.accept(new SwitchCases(Elaboration.builder(), subject, CallSite.location()));
  }

  /** A state machine over {@code initial}'s enum, starting (and reset) in {@code initial}. */
  public static <E extends Enum<E>> Fsm<E> fsm(E initial) {
    return Fsm.make(initial);
  }

  // ---- hierarchy ----

  /** Makes a submodule: {@code Counter c = instance(() -> new Counter(8));}. */
  public static <M extends Component> M instance(Supplier<M> module) {
    return Elaboration.instance(module);
  }

  // ---- clock domains ----

  /** The module's default domain: input {@code clk}, and {@code rst} (synchronous, active high) once a register needs it. */
  public static ClockDomain defaultDomain() {
    ModuleBuilder b = Elaboration.builder();
    return new ClockDomain(b, b.implicitDomain());
  }

  /** A clock domain on inputs of this module. */
  public static ClockDomain clockDomain(Bool clock, Bool reset, ResetKind kind, boolean activeLow) {
    ModuleBuilder b = Elaboration.builder();
    SourceLoc at = CallSite.location();
    int c = clockInput(b, clock, "clock");
    int r = reset == null ? -1 : clockInput(b, reset, "reset");
    String name = b.node(c).name() == null ? "domain" + b.domains.size() : b.node(c).name();
    Domain.ResetKind k = kind == ResetKind.ASYNC ? Domain.ResetKind.ASYNC : Domain.ResetKind.SYNC;
    return new ClockDomain(b, b.addDomain(new Domain(name, c, r, k, activeLow, at)));
  }

  /** A clock domain without reset: its registers cannot have reset values. */
  public static ClockDomain clockDomain(Bool clock) {
    return clockDomain(clock, null, ResetKind.SYNC, false);
  }

  private static int clockInput(ModuleBuilder b, Bool signal, String what) {
    if (signal.owner != b || !(b.node(signal.node) instanceof Node.Input)) {
      throw new HdlException(CallSite.location(), "a " + what + " must be an input of this module, not "
          + Signal.describe(signal) + ".");
    }
    return signal.node;
  }

  /** Describes {@code body} in {@code domain}: its registers, memories and checks use that clock. */
  public static void withDomain(ClockDomain domain, Runnable body) {
    ModuleBuilder b = Elaboration.builder();
    if (domain.owner != b) {
      throw new HdlException(CallSite.location(), "clock domain " + domain.name() + " belongs to "
          + domain.owner.className() + "; pass its clock and reset to this module through ports.");
    }
    b.inDomain(domain.index, body);
  }

  /** As {@link #withDomain}, returning what {@code body} builds there. */
  public static <T> T inDomain(ClockDomain domain, Supplier<T> body) {
    List<T> result = new ArrayList<>(1);
    withDomain(domain, () -> result.add(body.get()));
    return result.get(0);
  }

  /** Marks the first register of a synchronizer: it may sample a signal of another clock domain. */
  public static void synchronizerStage(Signal<?> register) {
    markCrossing(register, Node.Reg.Crossing.SYNCHRONIZER_STAGE, "synchronizerStage");
  }

  /**
   * Declares that {@code register} holds a Gray code, changing at most one bit per clock edge, so
   * that a bit-wise synchronizer such as {@link dev.hdl.lib.TwoFlopSynchronizer} may carry it into
   * another clock domain. A multi-bit value without it is refused at such a crossing.
   */
  public static void grayCoded(Signal<?> register) {
    markCrossing(register, Node.Reg.Crossing.GRAY_CODED, "grayCoded");
  }

  private static void markCrossing(Signal<?> register, Node.Reg.Crossing role, String what) {
    ModuleBuilder b = Elaboration.builder();
    if (register.owner != b || !(b.node(register.node) instanceof Node.Reg r)) {
      throw new HdlException(CallSite.location(), what + "(...) takes a register of this module, not "
          + Signal.describe(register) + ".");
    }
    b.replace(r.withCrossing(role));
  }

  // ---- memories ----

  public static <S extends Signal<S>> Mem<S> mem(S word, int depth) {
    ModuleBuilder b = Elaboration.builder();
    CallSite site = CallSite.capture();
    if (word.isHardware()) {
      throw new HdlException(site.loc(), "mem(...) takes a word type such as uint(32), not hardware " + word + ".");
    }
    if (depth < 1) {
      throw new HdlException(site.loc(), "memory depth " + depth + " is not valid: it must be at least 1.");
    }
    ModuleBuilder.Binding bound = b.bindName(site.hint());
    b.memories.add(new ModuleBuilder.MemDraft(bound.name(), bound.javaPath(), word.width, depth,
        b.chosenDomain(), site.loc()));
    return new Mem<>(b, b.memories.size() - 1, word.template(word.width, false));
  }

  // ---- checks ----

  /** A property that must hold on every clock edge out of reset; {@code message} says what broke. */
  public static void assertThat(Bool cond, String message) {
    check(Stmt.CheckKind.ASSERT, cond, message);
  }

  /** A property a formal tool may take as given about the inputs. */
  public static void assume(Bool cond, String message) {
    check(Stmt.CheckKind.ASSUME, cond, message);
  }

  /** A condition whose reachability is worth knowing. */
  public static void cover(Bool cond, String message) {
    check(Stmt.CheckKind.COVER, cond, message);
  }

  private static void check(Stmt.CheckKind kind, Bool cond, String message) {
    ModuleBuilder b = Elaboration.builder();
    int domain = b.currentDomain();
    b.resetOf(domain); // checks hold out of reset, so the default domain needs its reset
    b.add(new Stmt.Check(kind, b.read(cond), message, domain, CallSite.location()));
  }
}
