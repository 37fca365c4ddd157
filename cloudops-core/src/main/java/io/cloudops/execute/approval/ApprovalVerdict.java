package io.cloudops.execute.approval;

import io.cloudops.model.Approval;
import java.util.List;

/**
 * Whether a plan's approvals satisfy the policy.
 *
 * @param accepted the approvals that count (distinct approvers, right digest, not expired)
 * @param required how many distinct approvers the level needs
 * @param problems why approvals were not counted or are missing; empty when granted
 */
public record ApprovalVerdict(List<Approval> accepted, int required, List<String> problems) {

  public ApprovalVerdict {
    accepted = List.copyOf(accepted);
    problems = List.copyOf(problems);
  }

  public boolean granted() {
    return accepted.size() >= required;
  }
}
