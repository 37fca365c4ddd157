package io.cloudops.execute.approval;

import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Checks approvals against a policy for one exact plan digest. */
public final class ApprovalChecker {

  /** Approvals dated this far in the future still count (clock skew between machines). */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final ApprovalPolicy policy;

  public ApprovalChecker(ApprovalPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public ApprovalPolicy policy() {
    return policy;
  }

  /**
   * Which approvals count for this plan.
   *
   * @param digest the digest of exactly the plan that would run
   * @param requester who asked for the plan; never counts as an approver
   */
  public ApprovalVerdict check(
      String digest, RiskLevel level, String requester, List<Approval> approvals, Instant now) {
    ApprovalRule rule = policy.rule(level);
    List<String> problems = new ArrayList<>();
    Map<String, Approval> byApprover = new LinkedHashMap<>();
    for (Approval approval : approvals) {
      String who = approval.approver().trim();
      if (policy.signaturesRequired() && !approval.verified()) {
        problems.add(
            "the approval by "
                + who
                + " is unverified (not signed), and signed approvals are required");
      } else if (!approval.planDigest().equals(digest)) {
        problems.add(
            "the approval by " + who + " is for another plan (digest " + prefix(approval) + ")");
      } else if (who.equals(requester)) {
        problems.add(who + " requested the plan and cannot approve it");
      } else if (!rule.mayApprove(who)) {
        problems.add(who + " may not approve " + level.label() + " plans");
      } else if (approval.time().plus(policy.validity()).isBefore(now)) {
        problems.add(
            "the approval by "
                + who
                + " expired (given "
                + approval.time()
                + ", valid for "
                + policy.validity()
                + ")");
      } else if (approval.time().isAfter(now.plus(CLOCK_SKEW))) {
        problems.add(
            "the approval by " + who + " is dated in the future (" + approval.time() + ")");
      } else {
        byApprover.putIfAbsent(who, approval);
      }
    }
    List<Approval> accepted = List.copyOf(byApprover.values());
    if (accepted.size() < rule.requiredApprovers()) {
      problems.add(
          level.label()
              + " plans need "
              + rule.requiredApprovers()
              + (rule.requiredApprovers() == 1 ? " approver" : " distinct approvers")
              + " other than the requester, "
              + accepted.size()
              + " valid");
    }
    return new ApprovalVerdict(accepted, rule.requiredApprovers(), problems);
  }

  private static String prefix(Approval approval) {
    String digest = approval.planDigest();
    return digest.length() > 12 ? digest.substring(0, 12) : digest;
  }
}
