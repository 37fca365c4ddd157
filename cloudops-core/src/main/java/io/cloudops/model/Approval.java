package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;

/** Someone's approval of exactly one plan, identified by its digest. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Approval(String planDigest, String approver, Instant time, String comment) {

  public Approval {
    Objects.requireNonNull(planDigest, "plan_digest");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(time, "time");
    if (approver.isBlank()) {
      throw new IllegalArgumentException("approver must not be blank");
    }
  }
}
