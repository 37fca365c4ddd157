package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * The durable history of one decision about a plan: what was asked, approved, run (or why not), and
 * how it ended.
 *
 * @param kind what was decided; null in records written before decisions were kept (an execution)
 * @param origin where it was decided (a Jenkins build), or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionRecord(
    String id,
    String contextId,
    String planDigest,
    ExecutionPlan plan,
    RiskAssessment risk,
    String requestedBy,
    List<Approval> approvals,
    List<StatusTransition> transitions,
    List<StepResult> steps,
    DecisionKind kind,
    ExecutionOrigin origin) {

  public ExecutionRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planDigest, "plan_digest");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(risk, "risk");
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
    transitions = transitions == null ? List.of() : List.copyOf(transitions);
    steps = steps == null ? List.of() : List.copyOf(steps);
    if (transitions.isEmpty()) {
      throw new IllegalArgumentException("an execution record has at least one status transition");
    }
  }

  /** The latest status. */
  public ExecutionStatus status() {
    return transitions.get(transitions.size() - 1).status();
  }
}
