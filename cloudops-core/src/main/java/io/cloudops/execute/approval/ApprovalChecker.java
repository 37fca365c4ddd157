package io.cloudops.execute.approval;

import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    return check(digest, level, requester == null ? Set.of() : Set.of(requester), approvals, now);
  }

  /**
   * Which approvals count for this plan when several people asked for it (in Jenkins: everyone who
   * started the build). Ids are compared as given: a front end that treats ids as equal in other
   * spellings passes them in one spelling.
   *
   * @param requesters never count as approvers
   */
  public ApprovalVerdict check(
      String digest,
      RiskLevel level,
      Set<String> requesters,
      List<Approval> approvals,
      Instant now) {
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
      } else if (requesters.contains(who)) {
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
      } else if (byApprover.putIfAbsent(who, approval) != null) {
        problems.add(who + " already approved this plan; each person counts once");
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

  /**
   * Who could still give a missing approval: the level's allowed approvers, minus the requesters
   * and those whose approval already counts. Empty when the rule allows anyone.
   */
  public List<String> stillEligible(
      RiskLevel level, Set<String> requesters, ApprovalVerdict verdict) {
    Set<String> counted = new HashSet<>();
    verdict.accepted().forEach(a -> counted.add(a.approver().trim()));
    return policy.rule(level).allowedApprovers().stream()
        .filter(who -> !requesters.contains(who) && !counted.contains(who))
        .sorted()
        .toList();
  }

  private static String prefix(Approval approval) {
    String digest = approval.planDigest();
    return digest.length() > 12 ? digest.substring(0, 12) : digest;
  }
}
