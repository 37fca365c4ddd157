package io.cloudops.execute.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy a front end configures with named approvers, and several requesters. */
class NamedApproversTest {

  private static final String DIGEST = "b".repeat(64);
  private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");
  private final ApprovalChecker checker =
      new ApprovalChecker(
          ApprovalPolicy.named(
              Set.of("bob"), Set.of("alice", "bob", "carol"), Duration.ofHours(24)));

  @Test
  void named_requiresOneMediumAndTwoHighApproversFromTheLists() {
    assertThat(checker.policy().rule(RiskLevel.LOW).requiredApprovers()).isZero();
    assertThat(checker.policy().rule(RiskLevel.MEDIUM))
        .isEqualTo(new ApprovalRule(1, Set.of("bob")));
    assertThat(checker.policy().rule(RiskLevel.HIGH).requiredApprovers()).isEqualTo(2);
    assertThat(checker.policy().validity()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void everyRequester_isRefusedAsApprover() {
    ApprovalVerdict verdict =
        checker.check(
            DIGEST,
            RiskLevel.HIGH,
            Set.of("alice", "dave"),
            List.of(approval("alice", 60), approval("bob", 60)),
            NOW);

    assertThat(verdict.granted()).isFalse();
    assertThat(verdict.accepted()).extracting(Approval::approver).containsExactly("bob");
    assertThat(verdict.problems()).contains("alice requested the plan and cannot approve it");
  }

  @Test
  void aRepeatedApprover_countsOnceAndSaysSo() {
    ApprovalVerdict verdict =
        checker.check(
            DIGEST,
            RiskLevel.HIGH,
            Set.of(),
            List.of(approval("bob", 60), approval("bob", 30)),
            NOW);

    assertThat(verdict.granted()).isFalse();
    assertThat(verdict.problems())
        .contains("bob already approved this plan; each person counts once");
  }

  @Test
  void stillEligible_leavesOutRequestersAndCountedApprovers() {
    ApprovalVerdict verdict =
        checker.check(DIGEST, RiskLevel.HIGH, Set.of("alice"), List.of(approval("bob", 60)), NOW);

    assertThat(checker.stillEligible(RiskLevel.HIGH, Set.of("alice"), verdict))
        .containsExactly("carol");
  }

  @Test
  void expiry_followsTheConfiguredValidity() {
    ApprovalVerdict verdict =
        checker.check(DIGEST, RiskLevel.MEDIUM, Set.of(), List.of(approval("bob", 25 * 3600)), NOW);

    assertThat(verdict.granted()).isFalse();
    assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).contains("expired"));
  }

  private static Approval approval(String who, long secondsAgo) {
    return new Approval(DIGEST, who, NOW.minusSeconds(secondsAgo), null);
  }
}
