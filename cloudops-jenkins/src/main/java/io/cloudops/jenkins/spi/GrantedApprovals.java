package io.cloudops.jenkins.spi;

import io.cloudops.execute.approval.ApprovalPolicy;
import io.cloudops.model.Approval;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The approvals a plan runs with and the policy they were counted under, which the engine applies
 * again (the same core rules and numbers as the plugin's review).
 *
 * @param approvals counted approvals, approver ids in the one spelling the policy uses
 * @param requesters who started the build; never count as approvers
 */
public record GrantedApprovals(
    List<Approval> approvals, ApprovalPolicy policy, Set<String> requesters) {

  public GrantedApprovals {
    approvals = List.copyOf(approvals);
    Objects.requireNonNull(policy, "policy");
    requesters = Set.copyOf(requesters);
  }

  /** No approvals (Low plans and dry runs), under the given policy. */
  public static GrantedApprovals none(ApprovalPolicy policy) {
    return new GrantedApprovals(List.of(), policy, Set.of());
  }
}
