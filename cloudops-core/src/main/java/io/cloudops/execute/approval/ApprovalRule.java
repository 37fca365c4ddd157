package io.cloudops.execute.approval;

import java.util.Set;

/**
 * Who must approve a plan of one risk level.
 *
 * @param requiredApprovers how many distinct people must approve (0: none)
 * @param allowedApprovers who may approve; empty means anyone but the requester
 */
public record ApprovalRule(int requiredApprovers, Set<String> allowedApprovers) {

  public ApprovalRule {
    if (requiredApprovers < 0) {
      throw new IllegalArgumentException("requiredApprovers must not be negative");
    }
    allowedApprovers = Set.copyOf(allowedApprovers);
  }

  /** {@code count} distinct approvers, anyone but the requester. */
  public static ApprovalRule anyone(int count) {
    return new ApprovalRule(count, Set.of());
  }

  /** Whether this person may approve under this rule. */
  public boolean mayApprove(String approver) {
    return allowedApprovers.isEmpty() || allowedApprovers.contains(approver);
  }
}
