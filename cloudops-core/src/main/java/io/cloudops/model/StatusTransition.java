package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;

/** An execution entered a status at a time, optionally with a reason. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusTransition(ExecutionStatus status, Instant at, String detail) {

  public StatusTransition {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
  }
}
