package dev.gemini.testbench;

import dev.gemini.clocking.PhaseAligner;
import dev.hdl.sim.Simulation;
import java.util.Random;

/**
 * The analog half of the clock-phase aligner: a delay line of 100 ps taps spanning one clock
 * period, and a phase detector with Gaussian jitter and a metastable zone around the edge, resolved
 * at random. The skew between the module's clock and the reference drifts slowly and can jump.
 * The phase error at tap {@code t} is {@code skew + 100 t} folded into half a period either side
 * of zero; the detector says late when it is positive. The tap the controller chose reaches the
 * detector {@code latency} cycles later.
 */
public final class PhasePlant {
  public static final double TAP_PS = 100.0;

  private final int taps;
  private final double period;
  private final double jitterPs;
  private final double driftPsPerCycle;
  private final double metastablePs;
  private final int[] applied;
  private final Random random;
  private double skew;
  private long cycle;

  public PhasePlant(int taps, double skewPs, double jitterPs, double driftPsPerCycle, double metastablePs,
      int latency, long seed) {
    this.taps = taps;
    this.period = taps * TAP_PS;
    this.jitterPs = jitterPs;
    this.driftPsPerCycle = driftPsPerCycle;
    this.metastablePs = metastablePs;
    this.applied = new int[latency + 1];
    this.random = new Random(seed);
    this.skew = fold(skewPs);
  }

  /** One reference cycle with the controller in the loop: sample, clock it, apply its tap. */
  public void cycle(Simulation sim, PhaseAligner aligner) {
    sim.poke(aligner.late, sample() ? 1 : 0);
    sim.step();
    apply((int) sim.peek(aligner.tap));
  }

  /** The detector's answer this cycle, for the tap chosen {@code latency} cycles ago. */
  public boolean sample() {
    double seen = error(applied[(int) ((cycle + 1) % applied.length)]) + random.nextGaussian() * jitterPs;
    if (Math.abs(seen) < metastablePs) {
      return random.nextBoolean();
    }
    return seen > 0;
  }

  /** The controller's tap at the end of this cycle; time moves on one cycle. */
  public void apply(int tap) {
    cycle++;
    applied[(int) (cycle % applied.length)] = tap;
    skew = fold(skew + driftPsPerCycle);
  }

  /** A sudden change of skew, as a clock source switching over. */
  public void jump(double ps) {
    skew = fold(skew + ps);
  }

  /** Phase error at a tap, in ps, within half a period either side of zero. */
  public double error(int tap) {
    return fold(skew + tap * TAP_PS);
  }

  /** The tap nearest to zero phase error. */
  public int idealTap() {
    return Math.floorMod((int) Math.round(-skew / TAP_PS), taps);
  }

  /** Distance in taps, around the period, from a tap to the ideal one. */
  public int residualTaps(int tap) {
    int d = Math.floorMod(tap - idealTap(), taps);
    return Math.min(d, taps - d);
  }

  public double skew() {
    return skew;
  }

  private double fold(double ps) {
    double x = ps % period;
    if (x >= period / 2) {
      x -= period;
    } else if (x < -period / 2) {
      x += period;
    }
    return x;
  }
}
