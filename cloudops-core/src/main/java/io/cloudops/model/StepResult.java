package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one step.
 *
 * @param argv what ran, with secrets masked
 * @param output an excerpt of the output (capped)
 * @param outputSha256 hash of the whole output, so the excerpt can be checked against a full copy
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepResult(
    String stepId,
    ExecutionStatus status,
    List<String> argv,
    Integer exitCode,
    String output,
    String outputSha256,
    String error,
    Instant startedAt,
    Instant completedAt) {

  public StepResult {
    Objects.requireNonNull(stepId, "step_id");
    Objects.requireNonNull(status, "status");
    argv = argv == null ? List.of() : List.copyOf(argv);
    output = output == null ? "" : output;
  }
}
