package io.cloudops.execute.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.config.InvalidSettingException;
import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalSettingsTest {

  private static final String DIGEST = "c".repeat(64);
  private static final Instant NOW = Instant.parse("2026-12-01T20:00:00Z");

  @Test
  void from_readsEveryVariable() {
    ApprovalSettings settings =
        ApprovalSettings.from(
            Map.of(
                ApprovalSettings.REQUIRE_SIGNED, "TRUE",
                ApprovalSettings.ALLOWED_SIGNERS, "/etc/cloudops/allowed_signers",
                ApprovalSettings.MEDIUM_APPROVERS, "alice, bob",
                ApprovalSettings.HIGH_APPROVERS, "alice"));

    assertThat(settings.signaturesRequired()).isTrue();
    assertThat(settings.allowedSignersFile()).contains(Path.of("/etc/cloudops/allowed_signers"));
    assertThat(settings.mediumApprovers()).containsExactlyInAnyOrder("alice", "bob");
    assertThat(settings.highApprovers()).containsExactly("alice");
  }

  @Test
  void from_badBoolean_namesTheVariable() {
    assertThatThrownBy(() -> ApprovalSettings.from(Map.of(ApprovalSettings.REQUIRE_SIGNED, "sure")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining(ApprovalSettings.REQUIRE_SIGNED)
        .hasMessageContaining("expected true or false");
  }

  @Test
  void policy_narrowsWhoMayApproveHigh_andRequiresSignatures() {
    ApprovalPolicy policy =
        ApprovalSettings.from(
                Map.of(
                    ApprovalSettings.HIGH_APPROVERS, "alice,dave",
                    ApprovalSettings.REQUIRE_SIGNED, "true"))
            .policy(ApprovalPolicy.DEFAULT);
    ApprovalChecker checker = new ApprovalChecker(policy);

    ApprovalVerdict high =
        checker.check(
            DIGEST, RiskLevel.HIGH, "carol", List.of(signed("alice"), signed("bob")), NOW);
    ApprovalVerdict unsigned =
        checker.check(
            DIGEST,
            RiskLevel.MEDIUM,
            "carol",
            List.of(new Approval(DIGEST, "bob", NOW, null)),
            NOW);

    assertThat(policy.rule(RiskLevel.HIGH).requiredApprovers()).isEqualTo(2);
    assertThat(high.granted()).isFalse();
    assertThat(high.problems()).contains("bob may not approve High plans");
    assertThat(unsigned.granted()).isFalse();
    assertThat(unsigned.problems())
        .contains(
            "the approval by bob is unverified (not signed), and signed approvals are required");
    assertThat(checker.check(DIGEST, RiskLevel.MEDIUM, "carol", List.of(signed("bob")), NOW))
        .satisfies(v -> assertThat(v.granted()).isTrue());
  }

  private static Approval signed(String who) {
    return new Approval(DIGEST, who, NOW.minusSeconds(60), null, "SHA256:" + who);
  }
}
