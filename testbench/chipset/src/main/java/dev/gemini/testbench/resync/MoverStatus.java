package dev.gemini.testbench.resync;

import dev.gemini.datamover.DataMover;

/** A Data Mover's status registers, as software reads them. */
public record MoverStatus(DataMover.Phase phase, boolean passRunning, boolean failed, int failCause,
    long failAddress, int passes, int lastCopied, int lastDirtied, int dirtyPages, long blackoutCycles,
    boolean synced, boolean refused) {}
