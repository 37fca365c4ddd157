package io.cloudops.jenkins.execute;

import io.cloudops.execute.approval.ApprovalChecker;
import io.cloudops.execute.approval.ApprovalPolicy;
import io.cloudops.execute.approval.ApprovalVerdict;
import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a plan's approvals stand, decided by the core's {@link ApprovalChecker} from the evidence
 * of this build's {@code input} nodes.
 *
 * @param required distinct approvals the level needs (0 for Low and dry runs)
 * @param accepted the approvals that count
 * @param nodeIds the input nodes of the accepted approvals (consumed when the plan runs)
 * @param notCounted why inputs or approvals did not count
 * @param eligible configured approvers who may still approve (not a starter, not yet counted)
 */
record ApprovalReview(
    int required,
    List<Approval> accepted,
    List<String> nodeIds,
    List<String> notCounted,
    List<String> eligible) {

  ApprovalReview {
    accepted = List.copyOf(accepted);
    nodeIds = List.copyOf(nodeIds);
    notCounted = List.copyOf(notCounted);
    eligible = List.copyOf(eligible);
  }

  /**
   * @param starters who started the build, in Jenkins's spelling of user ids
   */
  static ApprovalReview decide(
      String digest,
      RiskLevel level,
      boolean dryRun,
      ApprovalPolicy policy,
      Set<String> starters,
      ApprovalEvidence evidence,
      Instant now) {
    ApprovalChecker checker = new ApprovalChecker(policy);
    if (dryRun || policy.rule(level).requiredApprovers() == 0) {
      return new ApprovalReview(0, List.of(), List.of(), List.of(), List.of());
    }
    List<Approval> given =
        evidence.approvals().stream().map(ApprovalEvidence.Found::approval).toList();
    ApprovalVerdict verdict = checker.check(digest, level, starters, given, now);
    List<String> nodeIds = new ArrayList<>();
    for (Approval accepted : verdict.accepted()) {
      evidence.approvals().stream()
          .filter(f -> f.approval() == accepted)
          .findFirst()
          .ifPresent(f -> nodeIds.add(f.nodeId()));
    }
    List<String> notCounted = new ArrayList<>(evidence.notCounted());
    notCounted.addAll(verdict.problems());
    return new ApprovalReview(
        verdict.required(),
        verdict.accepted(),
        nodeIds,
        verdict.granted() ? evidence.notCounted() : notCounted,
        checker.stillEligible(level, starters, verdict));
  }

  boolean approved() {
    return accepted.size() >= required;
  }

  int missing() {
    return Math.max(0, required - accepted.size());
  }

  List<String> approvers() {
    return accepted.stream().map(Approval::approver).toList();
  }
}
