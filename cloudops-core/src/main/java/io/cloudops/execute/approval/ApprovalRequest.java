package io.cloudops.execute.approval;

import io.cloudops.execute.risk.PlanRisk;
import io.cloudops.model.ExecutionPlan;
import java.util.Objects;

/**
 * What an approver is shown: the exact plan, its digest, its risk with reasons, who asked, and how
 * many distinct approvers the policy needs.
 */
public record ApprovalRequest(
    ExecutionPlan plan, String digest, PlanRisk risk, String requestedBy, int requiredApprovers) {

  public ApprovalRequest {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(requestedBy, "requestedBy");
  }

  /** The first 12 hex digits of the digest, for people to type. */
  public String shortDigest() {
    return digest.substring(0, 12);
  }
}
