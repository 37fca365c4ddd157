package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * A request to run a plan.
 *
 * @param contextId the conversation the plan came from
 * @param plan what to run
 * @param requestedBy who asked (a user id, or the build that triggered it)
 * @param serverAssessment the planning server's claim about the risk; it can raise the computed
 *     risk, never lower it
 * @param mode execute or dry-run
 * @param origin where it was asked (a Jenkins build), or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionRequest(
    String contextId,
    ExecutionPlan plan,
    String requestedBy,
    RiskAssessment serverAssessment,
    RunMode mode,
    ExecutionOrigin origin) {

  /** A request without an origin (the CLI). */
  public ExecutionRequest(
      String contextId,
      ExecutionPlan plan,
      String requestedBy,
      RiskAssessment serverAssessment,
      RunMode mode) {
    this(contextId, plan, requestedBy, serverAssessment, mode, null);
  }

  public ExecutionRequest {
    Objects.requireNonNull(contextId, "context_id");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(requestedBy, "requested_by");
    mode = mode == null ? RunMode.EXECUTE : mode;
  }
}
