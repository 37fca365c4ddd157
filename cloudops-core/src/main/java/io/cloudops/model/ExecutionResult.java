package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The outcome of running a plan. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionResult(
    String id,
    ExecutionStatus status,
    String output,
    String error,
    Instant startedAt,
    Instant completedAt,
    Long durationMs,
    List<StepResult> steps) {

  public ExecutionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "started_at");
    output = output == null ? "" : output;
    steps = steps == null ? List.of() : List.copyOf(steps);
  }
}
