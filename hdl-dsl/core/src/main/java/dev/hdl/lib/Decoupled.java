package dev.hdl.lib;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;

/**
 * A valid/ready stream of words of type {@code T}: the producer drives {@code valid} and {@code
 * payload}, the consumer drives {@code ready}, and a word moves on a clock edge where both are
 * high. A producer that raises {@code valid} holds it and the word until the word moves.
 *
 * <p>As a port, {@code input(Decoupled.of(uint(8)))} is a stream coming in, whose {@code ready}
 * is an output, and {@code output(Decoupled.of(uint(8)))} one going out.
 */
public record Decoupled<T>(Bool valid, Bool ready, T payload) {
  /** The stream type for words of {@code payload}'s type; {@code ready} runs against the others. */
  public static <T> Decoupled<T> of(T payload) {
    return new Decoupled<>(bool(), flipped(bool()), payload);
  }

  /** High in a cycle whose clock edge moves a word. */
  public Bool fire() {
    return valid.and(ready);
  }
}
