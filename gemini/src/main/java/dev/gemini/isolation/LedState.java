package dev.gemini.isolation;

/** What the module's status lamp shows, as LED.state reads it (the constants' order is the code). */
public enum LedState {
  OFF,
  DUPLEX,
  SIMPLEX,
  DIAGNOSING,
  RESYNCING,
  OFFLINE,
  FAIL_STOP
}
