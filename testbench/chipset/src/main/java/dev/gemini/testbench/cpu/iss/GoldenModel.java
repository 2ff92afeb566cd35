package dev.gemini.testbench.cpu.iss;

/**
 * What the core is compared with: given the core's record of the next instruction, the model's
 * own record of it. The model reads from the core's record only what it cannot predict (see
 * {@link Rv32Iss}).
 */
@FunctionalInterface
public interface GoldenModel {
  Retirement follow(Retirement core);
}
