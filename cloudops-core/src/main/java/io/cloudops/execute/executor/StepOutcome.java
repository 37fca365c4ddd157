package io.cloudops.execute.executor;

import io.cloudops.model.ExecutionStatus;
import java.util.List;
import java.util.Objects;

/**
 * What running one step gave.
 *
 * @param argv what ran, secrets masked
 * @param exitCode the process's exit code, when it was a process
 * @param output an excerpt of the (masked) output
 * @param outputSha256 SHA-256 of the whole output
 * @param error why it failed, one line; null on success
 */
public record StepOutcome(
    ExecutionStatus status,
    List<String> argv,
    Integer exitCode,
    String output,
    String outputSha256,
    String error) {

  public StepOutcome {
    Objects.requireNonNull(status, "status");
    argv = List.copyOf(argv);
    output = output == null ? "" : output;
  }
}
