package dev.hdl;

/** When a clock domain's reset takes effect. */
public enum ResetKind {
  /** On the clock edge while reset is asserted. */
  SYNC,
  /** As soon as reset is asserted, without waiting for the clock. */
  ASYNC
}
