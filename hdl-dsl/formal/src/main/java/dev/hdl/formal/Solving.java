package dev.hdl.formal;

/** How z3 is driven over the steps of a run. */
public enum Solving {
  /** One solver session for every step: the fastest on most designs. */
  INCREMENTAL,
  /**
   * A fresh solver for each step: faster on designs with wide memories, such as a queue of
   * transactions, where z3's incremental queries slow down step after step.
   */
  FRESH_PER_STEP
}
