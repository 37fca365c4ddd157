package io.cloudops.execute.executor;

/**
 * How a process ended.
 *
 * @param exitCode the exit code, or -1 when it was killed
 * @param timedOut killed because it ran past its timeout
 * @param cancelled killed because the execution was cancelled
 */
public record ProcessOutcome(
    int exitCode, boolean timedOut, boolean cancelled, String excerpt, String sha256) {}
