package io.cloudops.jenkins.execute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalGateTest {

  private static final String DIGEST = "a".repeat(64);
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Duration DAY = Duration.ofHours(24);
  private static final ApprovalGate.Policy MEDIUM =
      ApprovalGate.Policy.of(RiskLevel.MEDIUM, Set.of("bob", "carol"), DAY);
  private static final ApprovalGate.Policy HIGH =
      ApprovalGate.Policy.of(RiskLevel.HIGH, Set.of("alice", "bob", "carol"), DAY);

  private static Approval by(String user, Instant at) {
    return new Approval(DIGEST, user, at, null);
  }

  @Test
  void low_proceedsWithoutApprovals() {
    ApprovalGate.Policy low = ApprovalGate.Policy.of(RiskLevel.LOW, Set.of(), DAY);

    assertThat(ApprovalGate.decide(DIGEST, low, Optional.empty(), List.of(), T0))
        .isInstanceOf(ApprovalGate.Proceed.class);
  }

  @Test
  void medium_withoutApprovals_waits_andWithOneProceeds() {
    assertThat(ApprovalGate.decide(DIGEST, MEDIUM, Optional.of("alice"), List.of(), T0))
        .isEqualTo(new ApprovalGate.Wait(1, List.of()));
    assertThat(
            ApprovalGate.decide(DIGEST, MEDIUM, Optional.of("alice"), List.of(by("bob", T0)), T0))
        .isEqualTo(new ApprovalGate.Proceed(List.of(by("bob", T0))));
  }

  @Test
  void high_needsTwoDistinctApprovers() {
    List<Approval> twiceBob = List.of(by("bob", T0), by("bob", T0.plusSeconds(5)));

    assertThat(ApprovalGate.decide(DIGEST, HIGH, Optional.empty(), twiceBob, T0.plusSeconds(10)))
        .isInstanceOf(ApprovalGate.Wait.class);
    assertThat(
            ApprovalGate.decide(
                DIGEST, HIGH, Optional.empty(), List.of(by("bob", T0), by("carol", T0)), T0))
        .isInstanceOf(ApprovalGate.Proceed.class);
  }

  @Test
  void theBuildsStarter_isNotCounted_andIsRefused() {
    List<Approval> approvals = List.of(by("alice", T0), by("bob", T0));

    ApprovalGate.Decision decision =
        ApprovalGate.decide(DIGEST, HIGH, Optional.of("alice"), approvals, T0);
    assertThat(decision).isInstanceOf(ApprovalGate.Wait.class);
    assertThat(((ApprovalGate.Wait) decision).notCounted())
        .containsExactly("alice: the user who started the build cannot approve its plan");
    assertThat(
            ApprovalGate.refusal(
                by("alice", T0), DIGEST, HIGH, Optional.of("alice"), List.of(), T0))
        .contains("the user who started the build cannot approve its plan");
  }

  @Test
  void expiredApprovals_areNotCounted() {
    List<Approval> approvals = List.of(by("bob", T0), by("carol", T0.plus(Duration.ofHours(25))));

    assertThat(
            ApprovalGate.decide(
                DIGEST, HIGH, Optional.empty(), approvals, T0.plus(Duration.ofHours(25))))
        .isEqualTo(
            new ApprovalGate.Wait(1, List.of("bob: the approval of " + T0 + " has expired")));
  }

  @Test
  void approvalsForAnotherDigest_orFromOthers_areNotCounted() {
    Approval otherPlan = new Approval("b".repeat(64), "bob", T0, null);

    assertThat(ApprovalGate.decide(DIGEST, MEDIUM, Optional.empty(), List.of(otherPlan), T0))
        .isInstanceOf(ApprovalGate.Wait.class);
    assertThat(
            ApprovalGate.refusal(by("dave", T0), DIGEST, MEDIUM, Optional.empty(), List.of(), T0))
        .hasValueSatisfying(
            r -> assertThat(r).contains("not one of the configured Medium approvers (bob, carol)"));
  }

  @Test
  void aRepeatApproval_isRefused_unlessTheFirstExpired() {
    assertThat(
            ApprovalGate.refusal(
                by("bob", T0.plusSeconds(1)),
                DIGEST,
                HIGH,
                Optional.empty(),
                List.of(by("bob", T0)),
                T0.plusSeconds(1)))
        .hasValueSatisfying(r -> assertThat(r).contains("bob already approved this plan"));
    Instant later = T0.plus(Duration.ofHours(30));
    assertThat(
            ApprovalGate.refusal(
                by("bob", later), DIGEST, HIGH, Optional.empty(), List.of(by("bob", T0)), later))
        .isEmpty();
  }
}
