package io.cloudops.jenkins.execute;

import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The approval rules, as plain code: Low runs without approval; Medium needs one approval and High
 * two approvals from distinct configured approvers, for exactly this plan digest, not from the user
 * who started the build, and not expired.
 */
public final class ApprovalGate {

  /**
   * Who may approve a level and how many must.
   *
   * @param approvers the configured approvers for the level
   * @param required distinct approvals needed (0 for Low)
   * @param validity how long an approval counts
   */
  public record Policy(RiskLevel level, Set<String> approvers, int required, Duration validity) {
    public Policy {
      approvers = Set.copyOf(new LinkedHashSet<>(approvers));
    }

    /** The policy for a level: Low 0, Medium 1, High 2 approvals. */
    public static Policy of(RiskLevel level, Set<String> approvers, Duration validity) {
      int required = level == RiskLevel.HIGH ? 2 : level == RiskLevel.MEDIUM ? 1 : 0;
      return new Policy(level, approvers, required, validity);
    }
  }

  /** The gate's answer for a plan. */
  public sealed interface Decision {}

  /** Enough valid approvals (those counted). */
  public record Proceed(List<Approval> counted) implements Decision {}

  /** More approvals are needed. */
  public record Wait(int missing, List<String> notCounted) implements Decision {}

  private ApprovalGate() {}

  /**
   * Decides whether a plan may run now.
   *
   * @param approvals every approval recorded for the gate (invalid ones are not counted)
   * @param triggeringUser who started the build, if a user did
   */
  public static Decision decide(
      String digest,
      Policy policy,
      Optional<String> triggeringUser,
      List<Approval> approvals,
      Instant now) {
    if (policy.required() == 0) {
      return new Proceed(List.of());
    }
    List<Approval> counted = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> notCounted = new ArrayList<>();
    for (Approval approval : approvals) {
      Optional<String> problem = problem(approval, digest, policy, triggeringUser, now);
      if (problem.isPresent()) {
        notCounted.add(approval.approver() + ": " + problem.get());
      } else if (seen.add(approval.approver())) {
        counted.add(approval);
      }
    }
    return counted.size() >= policy.required()
        ? new Proceed(List.copyOf(counted))
        : new Wait(policy.required() - counted.size(), List.copyOf(notCounted));
  }

  /**
   * Whether a new approval may be recorded: the reason it may not, or empty.
   *
   * @param already the approvals recorded so far
   */
  public static Optional<String> refusal(
      Approval candidate,
      String digest,
      Policy policy,
      Optional<String> triggeringUser,
      List<Approval> already,
      Instant now) {
    Optional<String> problem = problem(candidate, digest, policy, triggeringUser, now);
    if (problem.isPresent()) {
      return problem;
    }
    for (Approval approval : already) {
      if (approval.approver().equals(candidate.approver())
          && problem(approval, digest, policy, triggeringUser, now).isEmpty()) {
        return Optional.of(
            candidate.approver()
                + " already approved this plan; a "
                + policy.level().label()
                + " plan needs "
                + policy.required()
                + " distinct approvers");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problem(
      Approval approval,
      String digest,
      Policy policy,
      Optional<String> triggeringUser,
      Instant now) {
    if (!approval.planDigest().equals(digest)) {
      return Optional.of("the approval is for another plan");
    }
    if (triggeringUser.isPresent() && triggeringUser.get().equals(approval.approver())) {
      return Optional.of("the user who started the build cannot approve its plan");
    }
    if (!policy.approvers().contains(approval.approver())) {
      return Optional.of(
          "not one of the configured "
              + policy.level().label()
              + " approvers ("
              + String.join(", ", policy.approvers().stream().sorted().toList())
              + ")");
    }
    if (!approval.time().plus(policy.validity()).isAfter(now)) {
      return Optional.of("the approval of " + approval.time() + " has expired");
    }
    if (approval.time().isAfter(now.plus(Duration.ofMinutes(5)))) {
      return Optional.of("the approval is dated in the future");
    }
    return Optional.empty();
  }
}
