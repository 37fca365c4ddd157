package io.cloudops.execute.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalCheckerTest {

  private static final String DIGEST = "a".repeat(64);
  private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");
  private final ApprovalChecker checker = new ApprovalChecker(ApprovalPolicy.DEFAULT);

  @Test
  void low_needsNoApproval() {
    assertThat(checker.check(DIGEST, RiskLevel.LOW, "alice", List.of(), NOW).granted()).isTrue();
  }

  @Test
  void medium_needsOneApproverOtherThanTheRequester() {
    assertThat(checker.check(DIGEST, RiskLevel.MEDIUM, "alice", List.of(), NOW).granted())
        .isFalse();
    assertThat(
            checker
                .check(DIGEST, RiskLevel.MEDIUM, "alice", List.of(approval("bob")), NOW)
                .granted())
        .isTrue();
  }

  @Test
  void high_needsTwoDistinctApprovers() {
    ApprovalVerdict sameTwice =
        checker.check(
            DIGEST, RiskLevel.HIGH, "alice", List.of(approval("bob"), approval("bob")), NOW);
    ApprovalVerdict two =
        checker.check(
            DIGEST, RiskLevel.HIGH, "alice", List.of(approval("bob"), approval("carol")), NOW);

    assertThat(sameTwice.granted()).isFalse();
    assertThat(sameTwice.problems()).anySatisfy(p -> assertThat(p).contains("2 distinct"));
    assertThat(two.granted()).isTrue();
  }

  @Test
  void requester_cannotApproveTheirOwnPlan() {
    ApprovalVerdict verdict =
        checker.check(DIGEST, RiskLevel.MEDIUM, "alice", List.of(approval("alice")), NOW);

    assertThat(verdict.granted()).isFalse();
    assertThat(verdict.problems()).contains("alice requested the plan and cannot approve it");
  }

  @Test
  void approvalOfAnotherPlan_doesNotCount() {
    Approval other = new Approval("b".repeat(64), "bob", NOW, null);

    ApprovalVerdict verdict = checker.check(DIGEST, RiskLevel.MEDIUM, "alice", List.of(other), NOW);

    assertThat(verdict.granted()).isFalse();
    assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).contains("another plan"));
  }

  @Test
  void expiredApproval_doesNotCount() {
    Approval old =
        new Approval(
            DIGEST, "bob", NOW.minus(ApprovalPolicy.DEFAULT_VALIDITY).minusSeconds(1), null);

    ApprovalVerdict verdict = checker.check(DIGEST, RiskLevel.MEDIUM, "alice", List.of(old), NOW);

    assertThat(verdict.granted()).isFalse();
    assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).contains("expired"));
  }

  @Test
  void approverOutsideTheAllowedList_doesNotCount() {
    ApprovalChecker strict =
        new ApprovalChecker(
            ApprovalPolicy.DEFAULT.with(RiskLevel.MEDIUM, new ApprovalRule(1, Set.of("ops-lead"))));

    assertThat(
            strict
                .check(DIGEST, RiskLevel.MEDIUM, "alice", List.of(approval("bob")), NOW)
                .granted())
        .isFalse();
    assertThat(
            strict
                .check(DIGEST, RiskLevel.MEDIUM, "alice", List.of(approval("ops-lead")), NOW)
                .granted())
        .isTrue();
  }

  private static Approval approval(String who) {
    return new Approval(DIGEST, who, NOW.minusSeconds(60), "ok");
  }
}
